using Newsgraph.Core.Mentions;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Events;

/// <summary>
/// An actor in a sentence: tokens [First, End), its code (null when neither the entities nor the dictionaries give
/// one: it still counts as a participant, so no one else takes its place), the entity it is (-1 for a dictionary
/// group), and whether it is a place.
/// </summary>
internal readonly record struct ActorSpan(int First, int End, string? Code, int Entity, bool IsPlace)
{
    /// <summary>A place after "in", "at" ...: where something happened, not who took part.</summary>
    public bool Locative { get; init; }
}

/// <summary>
/// Finds the actors of a sentence: entity mentions (a person's title joined to the name: "Jordan’s Foreign Minister
/// Nasser Judeh" is one actor), then actor and agent phrases of the dictionaries in the remaining tokens, then
/// groups made of a country and an agent ("Israeli troops" → ISRMIL, "police in Gaza" → PSEGZACOP).
/// </summary>
internal sealed class SentenceActors(EventDictionaries dictionaries)
{
    /// <summary>
    /// The actors of the sentence, in text order; <paramref name="covered"/> and <paramref name="nextCovered"/> are
    /// buffers (one slot per token) for which tokens mentions cover.
    /// </summary>
    public void Find(Document document, Sentence sentence, int firstMention, string?[] entityCodes, DateOnly? date, TokenKeys keys, int[] covered, int[] nextCovered, List<ActorSpan> actors)
    {
        actors.Clear();
        var text = document.Text;
        var tokens = document.TokenSpan;
        var mentions = document.Mentions;

        var sentenceEnd = firstMention;
        while (sentenceEnd < mentions.Count && mentions[sentenceEnd].Span.Start < sentence.End) sentenceEnd++;

        for (var m = firstMention; m < sentenceEnd; m++)
        {
            var mention = mentions[m];
            if (InsideTitle(mentions, firstMention, sentenceEnd, mention.Span)) continue;
            var entity = document.EntityOf(m);
            var start = mention.Title is { } title && title.Start < mention.Span.Start ? title.Start : mention.Span.Start;
            var first = document.TokenIndexAt(start);
            var end = document.TokenIndexAt(mention.Span.End - 1) + 1;
            var isPlace = entity >= 0 ? document.Entities[entity].Type == EntityType.Place : mention.Type == EntityType.Place;
            actors.Add(new ActorSpan(first, end, entity >= 0 ? entityCodes[entity] : null, entity, isPlace));
        }

        AddDictionaryActors(text, tokens, keys, sentence, date, actors, covered, nextCovered);
        actors.Sort(static (a, b) => a.First.CompareTo(b.First));
        JoinAgents(text, tokens, actors);
        for (var a = 0; a < actors.Count; a++)
        {
            if (actors[a].IsPlace && actors[a].First > sentence.FirstToken && IsLocative(text, tokens[actors[a].First - 1]))
                actors[a] = actors[a] with { Locative = true };
        }
    }

    internal static bool IsLocative(string text, Token token) =>
        IsWord(text, token, "in", "at", "near", "inside", "outside", "across", "throughout", "within");

    private static bool InsideTitle(IReadOnlyList<Mention> mentions, int first, int end, TextSpan span)
    {
        for (var m = first; m < end; m++)
        {
            if (mentions[m].Title is { } title && title.Contains(span) && !mentions[m].Span.Contains(span)) return true;
        }

        return false;
    }

    /// <summary>Dictionary phrases in tokens no mention covers: capitalised actor phrases ("Israeli") and agents ("police").</summary>
    private void AddDictionaryActors(string text, ReadOnlySpan<Token> tokens, TokenKeys keys, Sentence sentence, DateOnly? date, List<ActorSpan> actors, int[] covered, int[] nextCovered)
    {
        Array.Fill(covered, -1, sentence.FirstToken, sentence.TokenCount);
        for (var a = 0; a < actors.Count; a++)
        {
            for (var t = actors[a].First; t < actors[a].End && t < sentence.EndToken; t++) covered[t] = a;
        }

        var next = sentence.EndToken;
        for (var t = sentence.EndToken - 1; t >= sentence.FirstToken; t--)
        {
            if (covered[t] >= 0) next = t;
            nextCovered[t] = next;
        }

        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || covered[i] >= 0) continue;
            var limit = nextCovered[i];
            // Lower-case words are not actors however the dictionary spells them ("us" is not the USA).
            var roles = keys.Entry(i).Roles;
            if ((roles & (WordRoles.ActorStart | WordRoles.AgentStart)) == 0) continue;
            if ((roles & WordRoles.ActorStart) != 0 && char.IsUpper(text[tokens[i].Start]) && dictionaries.Actors.Phrases.Match(tokens, keys, i, limit) is { } actor
                && ActorDictionary.CodeAt(actor.Value, date) is { } code)
            {
                actors.Add(new ActorSpan(i, actor.End, code, -1, IsPlace: false));
                i = actor.End - 1;
            }
            else if ((roles & WordRoles.AgentStart) != 0 && dictionaries.Agents.Phrases.Match(tokens, keys, i, limit) is { } agent)
            {
                actors.Add(new ActorSpan(i, agent.End, AgentMarker + (agent.Value.BeforeActor ? "<" : ">") + agent.Value.Code, -1, IsPlace: false));
                i = agent.End - 1;
            }
        }
    }

    // An agent not yet joined to a country is kept as a marked code until JoinAgents decides.
    private const char AgentMarker = '\u0001';

    /// <summary>Joins each agent to the country before it ("Israeli troops", "Egypt's government") or after "in/of/from" ("police in Gaza").</summary>
    private static void JoinAgents(string text, ReadOnlySpan<Token> tokens, List<ActorSpan> actors)
    {
        for (var a = 0; a < actors.Count; a++)
        {
            var span = actors[a];
            if (span.Code is not { Length: > 2 } marked || marked[0] != AgentMarker) continue;
            var agent = new Agent(marked[2..], marked[1] == '<');
            if (a > 0 && actors[a - 1] is { Code: { } before } previous && !IsAgent(before)
                && (previous.End == span.First || (previous.End + 1 == span.First && IsPossessive(text, tokens[previous.End]))))
            {
                actors[a - 1] = new ActorSpan(previous.First, span.End, agent.JoinTo(before), -1, IsPlace: false);
                actors.RemoveAt(a);
                a--;
                continue;
            }

            if (a + 1 < actors.Count && actors[a + 1] is { Code: { } after } next && !IsAgent(after)
                && next.First == span.End + 1 && IsWord(text, tokens[span.End], "in", "of", "from"))
            {
                actors[a] = new ActorSpan(span.First, next.End, agent.JoinTo(after), -1, IsPlace: false);
                actors.RemoveAt(a + 1);
                continue;
            }

            actors[a] = span with { Code = agent.JoinTo(null) };
        }
    }

    private static bool IsAgent(string code) => code[0] == AgentMarker;

    internal static bool IsPossessive(string text, Token token) => IsWord(text, token, "'s", "’s", "'", "’");

    internal static bool IsWord(string text, Token token, params ReadOnlySpan<string> words)
    {
        var chars = text.AsSpan(token.Start, token.Length);
        foreach (var word in words)
        {
            if (chars.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}
