using Newsgraph.Core.Mentions;
using Newsgraph.Core.Tagging;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Quotes;

/// <summary>
/// Finds the source phrase of a cue: the subject before it (skipping adverbs, auxiliaries, time phrases and
/// parentheticals between commas), the inverted subject after it ("said Kerry"), the subject of the clause a
/// participle hangs from (", saying"), or the object of "according to".
/// </summary>
internal static class SourceFinder
{
    private static readonly HashSet<string> SkippedBeforeCue = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "has", "have", "had", "will", "would", "could", "may", "might", "did", "does", "do", "not", "never",
        "previously", "later", "then", "again", "recently", "repeatedly", "once", "reportedly", "publicly", "privately",
        "initially", "first", "further", "quickly", "often", "frequently", "already", "even", "still", "just", "long",
        "was", "is", "are", "were", "been", "be", "simply", "flatly", "openly", "explicitly", "strongly",
        "clearly", "directly", "specifically", "subsequently", "ultimately", "finally", "now", "always", "n't",
        "meanwhile", "however", "instead", "though", "too",
    };

    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend",
    };

    private static readonly HashSet<string> TimeLeaders = new(StringComparer.OrdinalIgnoreCase) { "on", "last", "this", "earlier", "late", "early", "in" };

    private static readonly HashSet<string> Boundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "and", "but", "because", "which", "when", "while", "as", "if", "so", "than", "where", "after",
        "before", "since", "although", "though", "or", "nor", "yet", "whether", "until", "unless", "once", "what",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Skipped = SkippedBeforeCue.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Times = TimeWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Leaders = TimeLeaders.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Stops = Boundaries.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxSourceTokens = 9;

    /// <summary>Long enough for ", the founder of a group that encourages libertarians to move to New Hampshire,".</summary>
    private const int MaxParentheticalTokens = 30;

    private static readonly HashSet<string> ParentheticalOpenerWords = new(StringComparer.Ordinal)
    {
        "who", "whose", "which", "the", "a", "an", "now", "then", "himself", "herself", "both", "all", "each", "in",
        "at", "during", "speaking", "like", "unlike", "also", "once", "formerly", "citing", "meanwhile", "however",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParentheticalOpeners = ParentheticalOpenerWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words of a time phrase: "Tuesday", "on", "last", "week".</summary>
    public static bool IsTimeWord(ReadOnlySpan<char> word) => Times.Contains(word) || Leaders.Contains(word);

    /// <summary>Adverbs and auxiliaries that stand between a subject and its cue: "also", "has", "repeatedly".</summary>
    public static bool IsSkippedBeforeCue(ReadOnlySpan<char> word) => Skipped.Contains(word);

    /// <summary>The subject before a cue: "US Secretary of State John Kerry on Wednesday said".</summary>
    public static TextSpan? Before(QuoteContext context, Sentence sentence, int cueFirst)
    {
        var k = SubjectEnd(context, sentence, cueFirst);
        if (k < sentence.FirstToken || context.IsQuoted(k) || LinksToEarlierVerb(context, k, cueFirst)) return null;
        // "led Republicans to say", "forced her to declare": the object before an infinitive cue speaks.
        if (context.Word(k) is "to" && k > sentence.FirstToken && context.Document.PartOfSpeechSpan[cueFirst] is Tagging.PennTag.Vb) k--;
        // "a spokesman, who said ...", "a poll that showed ...": PolNeAR marks the relative pronoun itself as the source
        // (or, as often, the phrase it stands for: see WithAntecedent).
        if (context.Word(k) is "who" or "which" || context.Word(k) is "that" && k > sentence.FirstToken && EndsNounPhrase(context, k - 1))
            return context.SpanOf(k, k + 1);
        // "the idea that", "Torres repeated an assertion that": an article before a noun cue belongs to the cue's
        // phrase; the subject of the verb that governs the phrase, if any, holds it.
        if (k == cueFirst - 1 && context.Word(k) is "the" or "The" or "a" or "A" or "an" or "An") return NearestVerbSubject(context, sentence, k);
        if (IsExpletiveIt(context, sentence, k)) return null;
        return PhraseEndingAt(context, sentence, k);
    }

    /// <summary>"It's hard to imagine", "it is unclear whether": an "it" before a form of "be" and an adjective names no one.</summary>
    private static bool IsExpletiveIt(QuoteContext context, Sentence sentence, int k)
    {
        if (context.Word(k) is not ("it" or "It") || k + 2 >= sentence.EndToken) return false;
        var next = k + 1;
        if (context.Word(next) is not ("'s" or "’s" or "is" or "was")) return false;
        var tags = context.Document.PartOfSpeechSpan;
        var adjective = next + 1;
        if (tags[adjective] is Tagging.PennTag.Rb or Tagging.PennTag.Rbr && adjective + 1 < sentence.EndToken) adjective++;
        return tags[adjective] is Tagging.PennTag.Jj or Tagging.PennTag.Jjr;
    }

    /// <summary>
    /// The source of a verb cue before which its subject stands: none for a cue that names no source ("seemed"), the
    /// agent of a passive one, else the subject before it or that of the verb it is coordinated with, or the one after
    /// a cue that opens its sentence.
    /// </summary>
    public static TextSpan? OfVerbCue(QuoteContext context, Sentence sentence, Cue cue)
    {
        if (PassiveCue.IsPassive(context, sentence, cue.FirstToken)) return PassiveCue.Agent(context, sentence, cue.EndToken);
        if (SourcelessCue.IsSourceless(context, sentence, cue.FirstToken)) return null;
        return WithAntecedent(context, sentence, ParticipleAfterQuotation(context, sentence, cue.FirstToken)
            ?? Before(context, sentence, cue.FirstToken) ?? CoordinatedSubject(context, sentence, cue.FirstToken)
            ?? (cue.FirstToken == sentence.FirstToken ? After(context, sentence, cue.EndToken) : null)); // "Said Sexton, “...”"
    }

    /// <summary>
    /// "She said she was scared, “...,” adding, “...”": a participle after a quotation, with no comma of its own
    /// before it, takes its clause's subject as a participle after a comma does.
    /// </summary>
    public static TextSpan? ParticipleAfterQuotation(QuoteContext context, Sentence sentence, int cueFirst) =>
        cueFirst > sentence.FirstToken && context.IsQuoted(cueFirst - 1) && context.Document.PartOfSpeechSpan[cueFirst] is Tagging.PennTag.Vbg
            ? ClauseSubject(context, sentence, cueFirst)
            : null;

    /// <summary>
    /// A relative pronoun source with the phrase it stands for: "a law that allows" gives "a law that", "Mira Sexton,
    /// who said" gives "Mira Sexton, who". Any other source comes back as it is.
    /// </summary>
    public static TextSpan? WithAntecedent(QuoteContext context, Sentence sentence, TextSpan? source)
    {
        if (source is not { } span) return null;
        var pronoun = context.Document.TokenIndexAt(span.Start);
        if (context.Document.TokenIndexAt(span.End - 1) != pronoun || context.Word(pronoun) is not ("who" or "which" or "that")) return span;
        var last = pronoun - 1;
        if (last > sentence.FirstToken && context.Word(last) is ",") last--;
        var relative = context.SpanOf(pronoun, pronoun + 1);
        if (last < sentence.FirstToken || context.IsQuoted(last) || !EndsNounPhrase(context, last)) return relative;
        var mention = context.MentionAt(last);
        if (mention >= 0) return new TextSpan(WithTitle(context, mention).Start, relative.End);
        // The noun phrase: nouns, adjectives, numbers and possessives back to its determiner ("a New Hampshire law").
        var first = last;
        var tags = context.Document.PartOfSpeechSpan;
        while (first - 1 >= sentence.FirstToken && last - first < MaxSourceTokens && !context.IsQuoted(first - 1)
            && tags[first - 1] is Tagging.PennTag.Nn or Tagging.PennTag.Nns or Tagging.PennTag.Nnp or Tagging.PennTag.Nnps or Tagging.PennTag.Jj
                or Tagging.PennTag.Cd or Tagging.PennTag.Pos or Tagging.PennTag.PrpPossessive or Tagging.PennTag.Dt)
        {
            first--;
            if (tags[first] is Tagging.PennTag.Dt or Tagging.PennTag.PrpPossessive) break;
        }

        return new TextSpan(context.Document.TokenSpan[first].Start, relative.End);
    }

    /// <summary>
    /// The subject of a cue coordinated with an earlier verb: "Kerry met the envoy and said ...", "Ban, who met Kerry
    /// and urged ...": the subject of the nearest finite verb before it that has one, passing over the clauses a cue
    /// reports ("Kerry said that Ban was right and added ...").
    /// </summary>
    public static TextSpan? CoordinatedSubject(QuoteContext context, Sentence sentence, int cueFirst)
    {
        var coordinator = SubjectEnd(context, sentence, cueFirst);
        if (coordinator <= sentence.FirstToken || !LinksToEarlierVerb(context, coordinator, cueFirst)) return null;
        return NearestVerbSubject(context, sentence, coordinator);
    }

    /// <summary>
    /// The subject of the nearest verb before <paramref name="end"/> that has one, passing over the clauses a cue
    /// reports ("Kerry said [that] Ban was right and added ...").
    /// </summary>
    private static TextSpan? NearestVerbSubject(QuoteContext context, Sentence sentence, int end)
    {
        var tags = context.Document.PartOfSpeechSpan;
        for (var k = end - 1; k > sentence.FirstToken; k--)
        {
            if (context.IsQuoted(k) || !tags[k].IsFiniteVerb() && tags[k] is not (Tagging.PennTag.Vbn or Tagging.PennTag.Vb)) continue;
            if (Before(context, sentence, k) is not { } subject || HasVerb(context, subject)) continue;
            var beforeSubject = context.Document.TokenIndexAt(subject.Start) - 1;
            if (beforeSubject < sentence.FirstToken || context.Word(beforeSubject) is not "that" && !tags[beforeSubject].IsVerb()) return subject;
        }

        return null;
    }

    /// <summary>"defended his call", "said it": a phrase with a verb in it is no subject but the end of an earlier clause.</summary>
    private static bool HasVerb(QuoteContext context, TextSpan phrase)
    {
        var last = context.Document.TokenIndexAt(phrase.End - 1);
        for (var k = context.Document.TokenIndexAt(phrase.Start); k <= last; k++)
        {
            if (context.Document.PartOfSpeechSpan[k].IsVerb()) return true;
        }

        return false;
    }

    /// <summary>
    /// "and said", "but warned": a coordinator; "stood up to say", "tried to promote": an infinitive's "to" after no
    /// noun; "replied by pointing out": "by" before a gerund. Each hangs the cue on an earlier verb.
    /// </summary>
    private static bool LinksToEarlierVerb(QuoteContext context, int link, int cueFirst) => context.Word(link) switch
    {
        "and" or "but" or "or" => true,
        "," => context.Document.PartOfSpeechSpan[cueFirst] is Tagging.PennTag.Vbd or Tagging.PennTag.Vbz or Tagging.PennTag.Vbp,
        "to" => context.Document.PartOfSpeechSpan[cueFirst] is Tagging.PennTag.Vb && !EndsNounPhrase(context, link - 1) && !IsQuantity(context.Word(link - 1)),
        "by" => context.Document.PartOfSpeechSpan[cueFirst] is Tagging.PennTag.Vbg,
        _ => false,
    };

    /// <summary>"caused many to wonder", "a chance for both to assert": a quantity stands for the people it counts.</summary>
    private static bool IsQuantity(ReadOnlySpan<char> word) => word is "many" or "some" or "others" or "both" or "all" or "few" or "most" or "several";

    /// <summary>The last token of the subject before a cue, past adverbs, auxiliaries, times and asides.</summary>
    private static int SubjectEnd(QuoteContext context, Sentence sentence, int cueFirst)
    {
        var k = cueFirst - 1;
        while (k >= sentence.FirstToken)
        {
            var word = context.Word(k);
            // Listed auxiliaries and adverbs, and any word tagged an adverb: "possibly calling", "eventually discussing";
            // a capitalised one is a name ("Jolly said", "Will wrote").
            if ((Skipped.Contains(word) || context.Document.PartOfSpeechSpan[k] is Tagging.PennTag.Rb) && char.IsLower(word[0])) k--;
            // "Torres, meanwhile, who ..., said": the comma that opens a one-word aside already passed over.
            else if (word is "," && k + 2 < cueFirst && Skipped.Contains(context.Word(k + 1)) && context.Word(k + 2) is ",") k--;
            // "has since said": "since" as an adverb after "have".
            else if (word is "since" && k > sentence.FirstToken && context.Word(k - 1) is "has" or "have" or "had") k -= 2;
            else if (Times.Contains(word)) k -= k - 1 >= sentence.FirstToken && Leaders.Contains(context.Word(k - 1)) ? 2 : 1;
            else if (word.SequenceEqual(",") && TryParenthetical(context, sentence, k, out var before)) k = before;
            // "Torres, the host of “Harbour Talk,” said": the aside's closing comma stands inside the quotation marks.
            else if (word is "”" or "''" or "\"" && k - 1 > sentence.FirstToken && context.Word(k - 1) is "," && TryParenthetical(context, sentence, k - 1, out var beforeQuoted)) k = beforeQuoted;
            else if (word is ")" or "—" or "―" or "–" or "--" or "-" && TryBracketed(context, sentence, k, out var opening)) k = opening;
            // "Torres herself seemed to ...": an emphatic reflexive after its noun.
            else if (word is "himself" or "herself" or "themselves" or "itself" && EndsNounPhrase(context, k - 1)) k--;
            else if (PlaceInAside(context, sentence, k) is var comma and >= 0) k = SkipAge(context, sentence, comma - 1);
            else break;
        }

        return k;
    }

    /// <summary>The subject after a cue, as in "..., said Kerry" or "..., said a spokesman for the campaign".</summary>
    public static TextSpan? After(QuoteContext context, Sentence sentence, int cueEnd)
    {
        var k = cueEnd;
        if (k >= sentence.EndToken || context.IsQuoted(k)) return null;
        var mention = context.MentionAt(k);
        if (mention >= 0) return WithTitle(context, mention);
        var end = k;
        while (end < sentence.EndToken && end < k + MaxSourceTokens && context.Document.TokenSpan[end].Kind == TokenKind.Word && !Stops.Contains(context.Word(end))) end++;
        var first = context.Word(k);
        // "..., said former port adviser Ana Torres", "said retired harbour master Ivo Brandt": a lower-case title
        // opens the phrase too, as does any phrase that runs into a person's name.
        var opensPhrase = IsNounPhraseStart(first) || first is "another" || TitleLexicon.IsRole(first) || TitleLexicon.IsQualifier(first)
            || RunsIntoPerson(context, k, end);
        return end > k && opensPhrase ? context.SpanOf(k, end) : null;
    }

    /// <summary>
    /// The subject of the main clause after an opening clause that ends at <paramref name="comma"/>, past asides that
    /// start with a relative pronoun: "After thanking the crowd, which chanted his name, he touted ...".
    /// </summary>
    public static TextSpan? SubjectAfterOpeningClause(QuoteContext context, Sentence sentence, int comma)
    {
        for (var c = comma; c < sentence.EndToken - 1; c++)
        {
            if (context.Word(c) is not "," || context.IsQuoted(c)) continue;
            if (context.Word(c + 1) is not ("which" or "who" or "whose" or "where" or "when")) return After(context, sentence, c + 1);
        }

        return null;
    }

    private static bool RunsIntoPerson(QuoteContext context, int first, int end)
    {
        for (var k = first + 1; k < end && k <= first + 3; k++)
        {
            var mention = context.MentionAt(k);
            if (mention >= 0) return context.Document.Mentions[mention].Type == EntityType.Person;
        }

        return false;
    }

    /// <summary>The subject of the clause a participle cue hangs from: "Kerry also offered a message, saying ...".</summary>
    public static TextSpan? ClauseSubject(QuoteContext context, Sentence sentence, int cueFirst)
    {
        if (NearestVerbSubject(context, sentence, cueFirst - 1) is { } subject) return subject;
        for (var k = sentence.FirstToken; k < cueFirst; k++)
        {
            if (context.IsQuoted(k)) continue;
            var mention = context.MentionAt(k);
            if (mention >= 0 && context.Document.Mentions[mention].Type == EntityType.Person) return WithTitle(context, mention);
        }

        return Before(context, sentence, ClauseStart(context, sentence, cueFirst));
    }

    /// <summary>The phrase after "according to", up to the next comma or the sentence's end.</summary>
    public static TextSpan? AccordingTo(QuoteContext context, Sentence sentence, int cueEnd, out int phraseEnd)
    {
        phraseEnd = cueEnd;
        while (phraseEnd < sentence.EndToken && phraseEnd < cueEnd + 12 && context.Document.TokenSpan[phraseEnd].Kind is TokenKind.Word or TokenKind.Number) phraseEnd++;
        return phraseEnd > cueEnd ? context.SpanOf(cueEnd, phraseEnd) : null;
    }

    private static int ClauseStart(QuoteContext context, Sentence sentence, int cueFirst)
    {
        var k = cueFirst - 1;
        while (k > sentence.FirstToken && context.Word(k) is not ",") k--;
        return k;
    }

    private static TextSpan? PhraseEndingAt(QuoteContext context, Sentence sentence, int last)
    {
        var mention = context.MentionAt(last);
        var tokens = context.Document.TokenSpan;
        var first = last;
        if (mention >= 0)
        {
            var named = WithTitle(context, mention);
            first = context.Document.TokenIndexAt(named.Start);
            // "a source speaking to Velmora Radio", "delegates in Philadelphia": a name after a preposition is not the
            // subject but part of the phrase that ends with it, which runs on back.
            if (first - 1 < sentence.FirstToken || context.Document.PartOfSpeechSpan[first - 1] is not (Tagging.PennTag.In or Tagging.PennTag.To)
                || context.Word(first - 1) is "of") return named;
            last = context.Document.TokenIndexAt(named.End - 1);
        }
        // "About four in 10 said", "43 said": a number can be the subject.
        else if (tokens[last].Kind is not (TokenKind.Word or TokenKind.Number) || Stops.Contains(context.Word(last))) return null;
        while (first - 1 >= sentence.FirstToken && first > last - MaxSourceTokens)
        {
            var previous = tokens[first - 1];
            var word = context.Word(first - 1);
            if (previous.Kind is not (TokenKind.Word or TokenKind.Number) || Stops.Contains(word) || context.IsQuoted(first - 1)) break;
            first--;
        }

        var phraseMention = context.MentionAt(first);
        // A phrase that starts inside a titled name takes the whole title: "[Foreign Minister] Ana Torres".
        if (phraseMention >= 0) first = Math.Min(first, context.Document.TokenIndexAt(WithTitle(context, phraseMention).Start));
        return context.SpanOf(first, last + 1);
    }

    /// <summary>A name mention with its title before it: "UK Foreign Secretary Philip Hammond".</summary>
    private static TextSpan WithTitle(QuoteContext context, int mention)
    {
        var m = context.Document.Mentions[mention];
        return m.Title is { } title && title.End <= m.Span.Start ? new TextSpan(title.Start, m.Span.End) : m.Span;
    }

    /// <summary>
    /// "Sen. Ana Torres (a Velmora Liberal) says", "Officials — including the director — argued": an aside in
    /// brackets or dashes between a subject and its cue; <paramref name="beforeOpening"/> is the token before it.
    /// </summary>
    private static bool TryBracketed(QuoteContext context, Sentence sentence, int closing, out int beforeOpening)
    {
        beforeOpening = -1;
        var close = context.Word(closing);
        for (var k = closing - 1; k > sentence.FirstToken && closing - k <= MaxParentheticalTokens; k--)
        {
            var word = context.Word(k);
            if (close is ")" ? word is not "(" : !word.SequenceEqual(close)) continue;
            beforeOpening = k - 1;
            return true;
        }

        return false;
    }

    /// <summary>", who ...,", ", the campaign's manager," or ", in her dissent," between a subject and its cue.</summary>
    private static bool TryParenthetical(QuoteContext context, Sentence sentence, int closingComma, out int beforeOpening)
    {
        beforeOpening = -1;
        var k = closingComma - 1;
        while (k > sentence.FirstToken && context.Word(k) is not ("," or "(" or "—")) k--;
        if (k <= sentence.FirstToken || k + 1 >= closingComma || closingComma - k > MaxParentheticalTokens) return false;
        var opener = context.Word(k + 1);
        var openerToken = context.Document.TokenSpan[k + 1];
        var isParenthetical = ParentheticalOpeners.Contains(opener) || TitleLexicon.IsRole(opener) || TitleLexicon.IsQualifier(opener)
            || openerToken.Kind == TokenKind.Number || Chars.IsCapitalisedWord(context.Document.Text, openerToken)
            || EndsNounPhrase(context, k - 1) || context.Word(k - 1) is ")";
        if (!isParenthetical) return false;
        beforeOpening = SkipAge(context, sentence, k - 1);
        return true;
    }

    /// <summary>"Ana Torres, 31, a photographer,": an age between commas before an aside is part of it.</summary>
    private static int SkipAge(QuoteContext context, Sentence sentence, int k) =>
        k - 1 > sentence.FirstToken && context.Document.TokenSpan[k].Kind == TokenKind.Number && context.Word(k - 1) is "," ? k - 2 : k;

    /// <summary>
    /// "Ana Torres, 22, of Dunmore, Velmora, said", "Torres, speaking at a rally in Dunmore, Velmora, said": a
    /// place that an aside ends with is not the subject; the comma that opens the aside is returned, or -1.
    /// </summary>
    private static int PlaceInAside(QuoteContext context, Sentence sentence, int k)
    {
        var mention = context.MentionAt(k);
        if (mention < 0 || context.Word(k + 1) is not "," || context.Document.EntityOf(mention) is var entity && (entity < 0 || context.Document.Entities[entity].Type != EntityType.Place)) return -1;
        var mentionFirst = context.Document.TokenIndexAt(context.Document.Mentions[mention].Span.Start);
        for (var c = mentionFirst - 1; c > sentence.FirstToken && k - c <= MaxParentheticalTokens; c--)
        {
            if (context.IsQuoted(c)) return -1;
            if (context.Word(c) is ",") return c;
        }

        return -1;
    }

    /// <summary>
    /// "Sexton, after two long meetings, wrote", "Torres, though, said": any aside between commas is skipped when a
    /// name, noun or pronoun ends the phrase before it, which is then the subject.
    /// </summary>
    private static bool EndsNounPhrase(QuoteContext context, int token) =>
        token >= 0 && !context.IsQuoted(token)
        && (context.MentionAt(token) >= 0 || context.Document.PartOfSpeechSpan[token] is Tagging.PennTag.Nn or Tagging.PennTag.Nns or Tagging.PennTag.Nnp or Tagging.PennTag.Nnps or Tagging.PennTag.Prp);

    private static bool IsNounPhraseStart(ReadOnlySpan<char> word) =>
        word is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "one" or "two" or "several" or "many" or "some"
        || word.Length > 0 && char.IsUpper(word[0]);
}
