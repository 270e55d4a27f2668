using System.Globalization;
using Newsgraph.Core.Mentions;
using Newsgraph.Core.Pipeline;
using Newsgraph.Core.Text;
using Newsgraph.Core.Time;

namespace Newsgraph.Core.Events;

/// <summary>
/// Codes events in CAMEO with PETRARCH's dictionaries, sentence by sentence, without a parser: verbs (and event
/// nouns such as "meeting", "talks") are found by their dictionary forms, the verb's patterns give the code, and the
/// actors are the article's entities (coded by <see cref="ActorResolver"/>, so "he" and "the US Secretary of State"
/// code as well as the name) or dictionary groups. The source is the nearest actor before the verb that is no
/// object (nor a place after "in"), the target the first actor after it, before the next verb; "A and B" are both.
/// Passives ("was rejected by"), object relative clauses ("the proposal that Hamas rejected"), negation (not
/// coded), expectation ("is expected to", "will": coded as intent) and quotations (not coded) are handled.
/// </summary>
public sealed class EventCoder(EventDictionaries dictionaries) : IPipelineStage
{
    [ThreadStatic] private static Scratch? t_scratch;

    private readonly ActorResolver _resolver = new(dictionaries);
    private readonly SentenceActors _sentenceActors = new(dictionaries);

    public EventCoder()
        : this(EventDictionaries.Phoenix)
    {
    }

    public string Name => "events";

    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Quotations | Layers.Mentions | Layers.Entities | Layers.Timexes;

    public Layers Produces => Layers.Events;

    public void Process(Document document)
    {
        var tokens = document.TokenSpan;
        var events = new List<Event>();
        var scratch = t_scratch is { } cached && cached.Dictionaries == dictionaries ? cached : t_scratch = new Scratch(dictionaries);
        scratch.Keys.Fill(document.Text, tokens, dictionaries.Words);
        var sentences = document.Sentences;
        var discarded = new bool[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var kind = dictionaries.Discards.Find(scratch.Keys, sentences[s].FirstToken, sentences[s].EndToken);
            if (kind == DiscardKind.Story)
            {
                document.SetEvents([]);
                return;
            }

            discarded[s] = kind == DiscardKind.Sentence;
        }

        scratch.Reset(tokens.Length);
        foreach (var quotation in document.Quotations)
        {
            for (var t = quotation.FirstToken; t < quotation.EndToken; t++) scratch.InQuote[t] = true;
        }

        var entityCodes = new string?[document.Entities.Count];
        for (var e = 0; e < entityCodes.Length; e++) entityCodes[e] = _resolver.CodeOf(document.Entities[e], document.Published);

        var firstMention = 0;
        var mentions = document.Mentions;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            while (firstMention < mentions.Count && mentions[firstMention].Span.Start < sentence.Start) firstMention++;
            if (discarded[s]) continue;
            new SentenceCoder(document, s, scratch, dictionaries, events).Code(_sentenceActors, firstMention, entityCodes);
        }

        document.SetEvents([.. events]);
    }

    /// <summary>Buffers reused from document to document on one thread.</summary>
    internal sealed class Scratch(EventDictionaries dictionaries)
    {
        public EventDictionaries Dictionaries { get; } = dictionaries;

        public PatternMatcher Matcher { get; } = new(dictionaries.Verbs);

        public List<ActorSpan> Actors { get; } = [];

        public TokenKeys Keys { get; } = new();

        public List<(int First, int End, VerbSense Sense)> Verbs { get; } = [];

        public bool[] InQuote { get; private set; } = [];

        public int[] ActorAt { get; private set; } = [];

        public WordClass[] Classes { get; private set; } = [];

        /// <summary>Per token: the first token at or after it that an actor covers.</summary>
        public int[] NextActor { get; private set; } = [];

        public void Reset(int tokenCount)
        {
            if (InQuote.Length < tokenCount)
            {
                InQuote = new bool[tokenCount];
                ActorAt = new int[tokenCount];
                Classes = new WordClass[tokenCount];
                NextActor = new int[tokenCount];
            }
            else
            {
                Array.Clear(InQuote, 0, tokenCount);
            }
        }
    }

    /// <summary>The coding of one sentence.</summary>
    private readonly ref struct SentenceCoder(Document document, int sentenceIndex, Scratch scratch, EventDictionaries dictionaries, List<Event> events)
    {
        private readonly string _text = document.Text;
        private readonly ReadOnlySpan<Token> _tokens = document.TokenSpan;
        private readonly Sentence _sentence = document.Sentences[sentenceIndex];

        public void Code(SentenceActors sentenceActors, int firstMention, string?[] entityCodes)
        {
            var date = SentenceDate();
            var actors = scratch.Actors;
            sentenceActors.Find(document, _sentence, firstMention, entityCodes, date, scratch.Keys, scratch.ActorAt, scratch.NextActor, actors);
            if (actors.Count == 0) return;
            Array.Fill(scratch.ActorAt, -1, _sentence.FirstToken, _sentence.TokenCount);
            for (var a = 0; a < actors.Count; a++)
            {
                for (var t = actors[a].First; t < actors[a].End && t < _sentence.EndToken; t++) scratch.ActorAt[t] = a;
            }

            var nextActor = _sentence.EndToken;
            for (var t = _sentence.EndToken - 1; t >= _sentence.FirstToken; t--)
            {
                if (scratch.ActorAt[t] >= 0) nextActor = t;
                scratch.NextActor[t] = nextActor;
            }

            for (var t = _sentence.FirstToken; t < _sentence.EndToken; t++) scratch.Classes[t] = FunctionWords.Of(_text, _tokens[t]);
            FindVerbs();
            if (scratch.Verbs.Count == 0) return;
            scratch.Matcher.Prepare(scratch.Keys, _tokens.Length, _sentence.FirstToken, _sentence.EndToken);
            IReadOnlyList<string>? issues = null;
            var appealed = false;
            for (var v = 0; v < scratch.Verbs.Count; v++)
            {
                var (first, end, sense) = scratch.Verbs[v];
                if (scratch.InQuote[first]) continue;
                // "called for Hamas and Israel to end the violence": what is asked for has not happened.
                if (appealed && Is(first - 1, WordClass.To)) continue;
                var next = v + 1 < scratch.Verbs.Count ? scratch.Verbs[v + 1].First : _sentence.EndToken;
                if (CodeVerb(first, end, sense, next, date, ref issues) is { Length: >= 2 } code && code[..2] is "02" or "10" or "13") appealed = true;
            }
        }

        private void FindVerbs()
        {
            var verbs = scratch.Verbs;
            verbs.Clear();
            for (var t = _sentence.FirstToken; t < _sentence.EndToken; t++)
            {
                if (_tokens[t].Kind != TokenKind.Word || scratch.ActorAt[t] >= 0 || (scratch.Keys.Entry(t).Roles & WordRoles.VerbStart) == 0) continue;
                if (dictionaries.Verbs.Forms.Match(_tokens, scratch.Keys, t, scratch.NextActor[t]) is not { } form) continue;
                if (form.End == t + 1 && IsNounUse(t)) continue;
                verbs.Add((t, form.End, form.Value));
                t = form.End - 1;
            }
        }

        /// <summary>
        /// A one-word form after an article or possessive ("the conflict", "the increasing toll") is a noun, unless it
        /// names an event with its participants ("the talks with", "his meeting with").
        /// </summary>
        private bool IsNounUse(int token)
        {
            // "the conflict", "the increasing toll"; not "a congresswoman scolded" (an actor between), nor "the man
            // scolded" (a past form only right after the determiner).
            var determined = false;
            var reach = _text.AsSpan(_tokens[token].Start, _tokens[token].Length).EndsWith("ed", StringComparison.OrdinalIgnoreCase) ? 1 : 2;
            for (var t = token - 1; t >= Math.Max(_sentence.FirstToken, token - reach) && !determined; t--)
            {
                if (scratch.ActorAt[t] >= 0 || Is(t, WordClass.Preposition)) break;
                determined = Is(t, WordClass.Determiner);
            }

            if (!determined) return false;
            var word = _text.AsSpan(_tokens[token].Start, _tokens[token].Length);
            var eventNoun = word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || word.EndsWith('s') || word.EndsWith('S');
            return !(eventNoun && Is(token + 1, WordClass.EventNounPreposition));
        }

        /// <summary>Codes the events of one verb; returns the code it gave, or null.</summary>
        private string? CodeVerb(int first, int end, VerbSense sense, int next, DateOnly? date, ref IReadOnlyList<string>? issues)
        {
            var actors = scratch.Actors;
            var (lo, hi) = PatternWindow(first, end);
            var match = scratch.Matcher.Match(sense, first, end, lo, hi, scratch.ActorAt, actors);
            var code = match?.Pattern.Code ?? sense.Code;
            if (code.Primary is null) return null;
            var patternWords = match?.Pattern.Text ?? "";
            if (!patternWords.Contains("NOT", StringComparison.Ordinal) && !patternWords.Contains("NO ", StringComparison.Ordinal) && IsNegated(first)) return null;

            var passive = IsPassive(first);
            Span<int> sources = stackalloc int[8];
            Span<int> targets = stackalloc int[8];
            var sourceCount = 0;
            var targetCount = 0;
            if (match is { Compound: >= 0 } compound && Group(compound.Compound, sources) is > 1 and var compoundCount)
            {
                sourceCount = compoundCount;
            }
            else
            {
                // A "compound" of one actor is a plain subject.
                if (match is { Compound: >= 0 } single) sourceCount = Group(single.Compound, sources);
                if (match is { Source: >= 0 } withSource) sourceCount = Group(withSource.Source, sources);
                if (match is { Target: >= 0 } withTarget) targetCount = Group(withTarget.Target, targets);
                if (passive && !patternWords.Contains("BY", StringComparison.Ordinal))
                {
                    // An active pattern ("$ * +") matched a passive sentence: its subject is the target.
                    var swap = sources;
                    sources = targets;
                    targets = swap;
                    (sourceCount, targetCount) = (targetCount, sourceCount);
                }

                if (passive)
                {
                    if (sourceCount == 0) sourceCount = Agentive(end, next, sources);
                    if (targetCount == 0) targetCount = Subject(first, targets);
                }
                else
                {
                    if (sourceCount == 0) sourceCount = Subject(first, sources);
                    if (targetCount == 0) targetCount = Object(end, next, targets);
                    if (targetCount == 0 && sourceCount > 0) targetCount = RelativeHead(actors[sources[0]].First, targets);
                }
            }

            if (sourceCount == 0) return null;
            var modality = IsExpected(first, patternWords) ? EventModality.Expected : EventModality.Asserted;
            var trigger = new TextSpan(_tokens[first].Start, _tokens[end - 1].End);
            issues ??= dictionaries.Issues.Find(_tokens, scratch.Keys, _sentence.FirstToken, _sentence.EndToken);
            var place = Place(first, end, code.Primary, targetCount > 0 ? actors[targets[0]] : null);

            if (targetCount == 0)
            {
                // "A and B met": each acted on the other.
                for (var i = 0; i < sourceCount; i++)
                {
                    for (var j = 0; j < sourceCount; j++)
                    {
                        if (i != j) Add(code.Primary, sources[i], sources[j], trigger, place, date, modality, issues);
                    }
                }

                return sourceCount > 1 ? code.Primary : null;
            }

            for (var i = 0; i < sourceCount; i++)
            {
                for (var j = 0; j < targetCount; j++)
                {
                    Add(code.Primary, sources[i], targets[j], trigger, place, date, modality, issues);
                    if (code.Reciprocal is { } reciprocal) Add(reciprocal, targets[j], sources[i], trigger, place, date, modality, issues);
                }
            }

            return code.Primary;
        }

        /// <summary>
        /// The tokens a pattern may match over: the verb's clause, outside quotations (a pattern must not reach into
        /// a quote or across "because", "while", ...).
        /// </summary>
        /// <summary>
        /// An actor has a CAMEO code, or is a person the article names whom no dictionary knows: our users still want
        /// to know who met whom, so such a person takes part with no code (the PETRARCH output leaves those events out).
        /// </summary>
        private bool IsActor(ActorSpan actor) =>
            actor.Code is not null || (actor.Entity >= 0 && document.Entities[actor.Entity].Type == EntityType.Person);

        private (int Lo, int Hi) PatternWindow(int first, int end)
        {
            var lo = first;
            while (lo > _sentence.FirstToken && !scratch.InQuote[lo - 1] && !IsPatternBreak(lo - 1, afterVerb: false)) lo--;
            var hi = end;
            while (hi < _sentence.EndToken && !scratch.InQuote[hi] && !IsPatternBreak(hi, afterVerb: true)) hi++;
            return (lo, hi);
        }

        private void Add(string code, int source, int target, TextSpan trigger, int place, DateOnly? date, EventModality modality, IReadOnlyList<string> issues)
        {
            var (from, to) = (scratch.Actors[source], scratch.Actors[target]);
            if (source == target || !IsActor(from) || !IsActor(to)) return;
            if ((from.Entity >= 0 && from.Entity == to.Entity) || (from.Code is not null && from.Code == to.Code)) return;
            var coded = modality == EventModality.Expected ? IntentOf(code) : code;
            var item = new Event(coded, trigger, new EventActor(from.Code, from.Entity), new EventActor(to.Code, to.Entity), place, date, sentenceIndex, modality, issues);
            // Several verbs of one sentence may code the same act ("held talks"); earlier sentences cannot repeat it.
            for (var e = events.Count - 1; e >= 0 && events[e].Sentence == sentenceIndex; e--)
            {
                if (events[e].Code == item.Code && events[e].Source == item.Source && events[e].Target == item.Target && events[e].Trigger == item.Trigger) return;
            }

            events.Add(item);
        }

        /// <summary>
        /// What an expected act codes as: the intent to do it (CAMEO 03 for cooperation, 13 for force), as PETRARCH's
        /// "will" patterns do: a planned meeting is 036, a planned visit too, a threatened attack 138.
        /// </summary>
        private static string IntentOf(string code) => code.Length < 3 ? code : code[..2] switch
        {
            "04" => "036",
            "05" => "032",
            "06" => "031",
            "07" => "033",
            "08" => "035",
            "17" => "137",
            "18" or "19" or "20" => "138",
            _ => code,
        };

        /// <summary>The subject of the verb: a possessor right before it ("his meeting"), else the nearest actor before it that is no object, with the actors joined to it by "and".</summary>
        private int Subject(int verbFirst, Span<int> found)
        {
            for (var t = verbFirst - 1; t >= Math.Max(_sentence.FirstToken, verbFirst - 3); t--)
            {
                if (scratch.ActorAt[t] is var possessor and >= 0 && (Is(t, WordClass.PossessivePronoun) || (t + 1 < verbFirst && SentenceActors.IsPossessive(_text, _tokens[t + 1]))))
                    return Group(possessor, found);
                if (_tokens[t].Kind != TokenKind.Word || Is(t, WordClass.Preposition)) break;
            }

            for (var t = verbFirst - 1; t >= _sentence.FirstToken; t--)
            {
                if (scratch.InQuote[t]) continue;
                var a = scratch.ActorAt[t];
                if (a < 0 && Is(t, WordClass.ClauseBreak))
                {
                    // "Kerry, who met Abbas": the relative pronoun's head is the subject.
                    if (Is(t, WordClass.Relative))
                    {
                        var head = Is(t - 1, WordClass.Comma) ? t - 2 : t - 1;
                        return head >= _sentence.FirstToken && scratch.ActorAt[head] is var relative and >= 0 ? Group(relative, found) : 0;
                    }

                    // "..., saying", "after meeting Abbas": a participle's subject is the clause's.
                    if (t == verbFirst - 1 && EndsWithIng(verbFirst)) continue;
                    return 0;
                }

                if (a < 0) continue;
                var actor = scratch.Actors[a];
                t = actor.First;
                if (IsObject(actor.First)) continue;
                return Group(a, found);
            }

            return 0;
        }

        /// <summary>The first actor after the verb and before the next one (or a clause break), skipping places after "in", "at".</summary>
        private int Object(int verbEnd, int next, Span<int> found)
        {
            for (var t = verbEnd; t < next; t++)
            {
                if (scratch.InQuote[t] || Is(t, WordClass.ClauseBreak)) return 0;
                var a = scratch.ActorAt[t];
                if (a < 0) continue;
                var actor = scratch.Actors[a];
                if (actor.Locative)
                {
                    t = actor.End - 1;
                    continue;
                }

                return Group(a, found);
            }

            return 0;
        }

        /// <summary>For a passive: the actor after "by".</summary>
        private int Agentive(int verbEnd, int next, Span<int> found)
        {
            for (var t = verbEnd; t + 1 < next; t++)
            {
                if (Is(t, WordClass.ClauseBreak)) return 0;
                if (Is(t, WordClass.By) && scratch.ActorAt[t + 1] is var a and >= 0) return Group(a, found);
            }

            return 0;
        }

        /// <summary>"Egypt's proposal that Hamas rejected": the actor owning the noun before "that" is what the subject acted on.</summary>
        private int RelativeHead(int subjectFirst, Span<int> found)
        {
            var relative = subjectFirst - 1;
            if (relative <= _sentence.FirstToken || !Is(relative, WordClass.Relative)) return 0;
            for (var t = relative - 1; t >= Math.Max(_sentence.FirstToken, relative - 4); t--)
            {
                if (scratch.ActorAt[t] is var a and >= 0)
                {
                    found[0] = a;
                    return 1;
                }
            }

            return 0;
        }

        /// <summary>The actor and those joined to it by "and" or commas, in text order ("Hamas and Israel").</summary>
        private int Group(int actor, Span<int> found)
        {
            var actors = scratch.Actors;
            var first = actor;
            while (first > 0 && Joined(actors[first - 1], actors[first])) first--;
            var last = actor;
            while (last + 1 < actors.Count && Joined(actors[last], actors[last + 1])) last++;
            var count = 0;
            for (var a = first; a <= last && count < found.Length; a++) found[count++] = a;
            return count;
        }

        private bool Joined(ActorSpan left, ActorSpan right)
        {
            var gap = right.First - left.End;
            if (gap == 1) return Is(left.End, WordClass.And | WordClass.Comma);
            return gap == 2 && Is(left.End, WordClass.Comma) && Is(left.End + 1, WordClass.And);
        }

        /// <summary>An actor that follows a preposition or a verb (skipping "the") is an object, not a subject; "he", "they" are subjects.</summary>
        private bool IsObject(int actorFirst)
        {
            if (Is(actorFirst, WordClass.SubjectPronoun)) return false;
            var t = actorFirst - 1;
            if (Is(t, WordClass.Article)) t--;
            if (t < _sentence.FirstToken) return false;
            if (Is(t, WordClass.Preposition)) return true;
            foreach (var verb in scratch.Verbs)
            {
                if (t >= verb.First && t < verb.End) return true;
            }

            return false;
        }

        private bool EndsWithIng(int token) => _text.AsSpan(_tokens[token].Start, _tokens[token].Length).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

        private bool IsNegated(int verbFirst)
        {
            for (var t = verbFirst - 1; t >= Math.Max(_sentence.FirstToken, verbFirst - 3); t--)
            {
                var word = _text.AsSpan(_tokens[t].Start, _tokens[t].Length);
                if (Is(t, WordClass.Negation) || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
                    return true;
                if (scratch.ActorAt[t] >= 0) break;
            }

            return false;
        }

        /// <summary>A form of "be" (with at most one word between, "was also rejected") before a verb not in -ing.</summary>
        private bool IsPassive(int verbFirst)
        {
            var word = _text.AsSpan(_tokens[verbFirst].Start, _tokens[verbFirst].Length);
            if (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || !(word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("en", StringComparison.OrdinalIgnoreCase) || IsIrregularParticiple(word)))
                return false;
            for (var t = verbFirst - 1; t >= Math.Max(_sentence.FirstToken, verbFirst - 2); t--)
            {
                if (Is(t, WordClass.Be)) return true;
                if (scratch.ActorAt[t] >= 0) return false;
            }

            return false;
        }

        private static bool IsIrregularParticiple(ReadOnlySpan<char> word) =>
            word.Equals("met", StringComparison.OrdinalIgnoreCase) || word.Equals("held", StringComparison.OrdinalIgnoreCase)
            || word.Equals("hit", StringComparison.OrdinalIgnoreCase) || word.Equals("shot", StringComparison.OrdinalIgnoreCase)
            || word.Equals("fought", StringComparison.OrdinalIgnoreCase) || word.Equals("sought", StringComparison.OrdinalIgnoreCase)
            || word.Equals("struck", StringComparison.OrdinalIgnoreCase) || word.Equals("caught", StringComparison.OrdinalIgnoreCase);

        /// <summary>"will", "would", "is expected to", "plans to" ... between the subject and the verb, unless the pattern spelled it out.</summary>
        private bool IsExpected(int verbFirst, string patternWords)
        {
            for (var t = verbFirst - 1; t >= _sentence.FirstToken; t--)
            {
                if (scratch.ActorAt[t] >= 0 || Is(t, WordClass.ClauseBreak)) break;
                if (Is(t, WordClass.Modal)) return !patternWords.Contains(_text.AsSpan(_tokens[t].Start, _tokens[t].Length).ToString().ToUpperInvariant(), StringComparison.Ordinal);
            }

            return false;
        }

        /// <summary>The place of the event: a place after "in/at" in its clause (after the verb first), the place an infinitive's motion verb went to ("left for Tel Aviv to speak"), or a visit's place target.</summary>
        private int Place(int verbFirst, int verbEnd, string code, ActorSpan? target)
        {
            for (var t = verbEnd; t < _sentence.EndToken && !Is(t, WordClass.ClauseBreak) && !scratch.InQuote[t]; t++)
            {
                if (PlaceAt(t, locativeOnly: true) is var place and >= 0) return place;
            }

            if (verbFirst - 2 >= _sentence.FirstToken && Is(verbFirst - 1, WordClass.To) && PlaceEndingAt(verbFirst - 2) is var destination and >= 0)
                return destination;
            for (var t = verbFirst - 1; t >= _sentence.FirstToken && !Is(t, WordClass.ClauseBreak); t--)
            {
                if (PlaceAt(t, locativeOnly: true) is var place and >= 0) return place;
            }

            // A visit's target is where it happened ("visited Jerusalem").
            return code is "042" or "043" or "044" && target is { IsPlace: true, Entity: >= 0 } placeTarget ? placeTarget.Entity : -1;
        }

        private int PlaceAt(int token, bool locativeOnly)
        {
            if (scratch.ActorAt[token] is not (var a and >= 0)) return -1;
            var actor = scratch.Actors[a];
            if (!actor.IsPlace || actor.Entity < 0 || actor.First != token) return -1;
            return !locativeOnly || Is(token - 1, WordClass.Locative) ? actor.Entity : -1;
        }

        private int PlaceEndingAt(int token)
        {
            if (scratch.ActorAt[token] is not (var a and >= 0)) return -1;
            var actor = scratch.Actors[a];
            return actor.IsPlace && actor.Entity >= 0 && Is(actor.First - 1, WordClass.Destination) ? actor.Entity : -1;
        }

        // Clause breaks that patterns may not cross; "that" is a word of patterns ("WARNED THAT +"), and so are "after"
        // and "before" ahead of the verb ("SAID AFTER *").
        private bool IsPatternBreak(int token, bool afterVerb) =>
            Is(token, WordClass.ClauseBreak) && !Is(token, WordClass.PatternWord) && (afterVerb || !Is(token, WordClass.AfterBefore));

        /// <summary>Whether the token (inside the sentence) has any of the classes.</summary>
        private bool Is(int token, WordClass classes) =>
            token >= _sentence.FirstToken && token < _sentence.EndToken && (scratch.Classes[token] & classes) != 0;

        /// <summary>The first full date in the sentence, else the publication date.</summary>
        private DateOnly? SentenceDate()
        {
            var timexes = document.Timexes;
            // Timexes are in text order: binary search for the first one in the sentence.
            int lo = 0, hi = timexes.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (timexes[mid].Span.Start < _sentence.Start) lo = mid + 1;
                else hi = mid;
            }

            for (var t = lo; t < timexes.Count && timexes[t].Span.End <= _sentence.End; t++)
            {
                var timex = timexes[t];
                if (timex.Type == TimexType.Date && timex.Value.Length == 10
                    && DateOnly.TryParseExact(timex.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                    return day;
            }

            return document.Published;
        }
    }
}
