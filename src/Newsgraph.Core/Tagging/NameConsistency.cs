using Newsgraph.Core.Mentions;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Tagging;

/// <summary>
/// Names found once in a document are found again: a capitalised occurrence of a name's exact words that the
/// recogniser left out, outside any other name, becomes a name of the type most of its found occurrences got (the
/// first one's on a tie), unless the recogniser left that name out inside sentences more often than it found it; then a
/// name read as a person that follows "in", "at", "from", "to", ... at least twice in the document becomes a place, and a
/// person's name loses the title words it starts with. A
/// sentence-by-sentence tagger misses a name at the start of a sentence or in a context it never saw ("Athens hosted
/// ...") that it finds elsewhere in the same article. Found names keep their types: making them agree cost accuracy.
/// </summary>
public static class NameConsistency
{
    /// <summary>Names longer than this many tokens are not searched for again.</summary>
    private const int MaxTokens = 6;

    /// <summary>
    /// Adds to <paramref name="names"/> (token spans, end exclusive, in document order, within sentences) of the
    /// document <paramref name="text"/> as above; the result is in document order.
    /// </summary>
    public static void Apply(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, List<(int First, int End, EntityType Type)> names)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count == 0) return;

        // Per written form: persons, organisations and places found, the first one's type, and occurrences left out.
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (first, end, type) in names)
        {
            var key = Key(text, tokens, first, end);
            if (!votes.TryGetValue(key, out var counts)) votes.Add(key, counts = [0, 0, 0, (int)type, 0]);
            var slot = Slot(type);
            if (slot >= 0) counts[slot]++;
        }

        // A person named in full is later named by the last word alone ("Lucero" after "Mario J. Lucero").
        foreach (var (first, end, type) in names)
        {
            if (type != EntityType.Person || end - first < 2) continue;
            var surname = Key(text, tokens, end - 1, end);
            if (!votes.TryGetValue(surname, out var counts)) votes.Add(surname, counts = [0, 0, 0, (int)type, 0]);
            counts[Slot(EntityType.Person)]++;
        }

        var covered = new bool[tokens.Length];
        foreach (var (first, end, _) in names) covered.AsSpan(first, end - first).Fill(true);
        var longest = 0;
        foreach (var (first, end, _) in names) longest = Math.Max(longest, Math.Min(end - first, MaxTokens));
        var lookup = votes.GetAlternateLookup<ReadOnlySpan<char>>();
        // Occurrences left out, and how many of them are inside a sentence, where a capital says more than at its start.
        var missed = new List<(int First, int End, int[] Counts)>();
        foreach (var sentence in sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (covered[i] || !StartsUpper(text, tokens[i])) continue;
                for (var length = Math.Min(longest, sentence.EndToken - i); length >= 1; length--)
                {
                    var end = i + length;
                    if (covered.AsSpan(i, length).Contains(true)) continue;
                    // The key is the tokens' text with single spaces, as Key writes it; tokens joined otherwise do not match.
                    if (!SpacedLikeKey(text, tokens, i, end) || !lookup.TryGetValue(text.AsSpan(tokens[i].Start, tokens[end - 1].End - tokens[i].Start), out var counts)) continue;
                    missed.Add((i, end, counts));
                    if (i > sentence.FirstToken) counts[LeftOut]++;
                    i = end - 1;
                    break;
                }
            }
        }

        // The recogniser's own choice stands where it left a name out inside sentences more often than it found it.
        var added = false;
        foreach (var (first, end, counts) in missed)
        {
            if (counts[0] + counts[1] + counts[2] < counts[LeftOut]) continue;
            names.Add((first, end, Majority(counts)));
            added = true;
        }

        if (added) names.Sort((a, b) => a.First.CompareTo(b.First));
        PlacesByPrepositions(text, tokens, names);
        DropTitles(text, tokens, names);
    }

    /// <summary>
    /// The last touches on typed names (run after the name typer, which learnt from names without them): a person's
    /// name loses an honorific written without its full stop ("Ms Lind" names "Lind", as GUM marks names), and capitals
    /// in brackets right after a name that spell the initials of its capitalised words ("the World Health Organisation
    /// (WHO)") name the same thing, so they are a name of its type there and wherever they recur outside other names.
    /// </summary>
    public static void Finish(string text, ReadOnlySpan<Token> tokens, List<(int First, int End, EntityType Type)> names)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(names);
        for (var n = 0; n < names.Count; n++)
        {
            var (first, end, type) = names[n];
            if (type == EntityType.Person && end - first >= 2 && IsWord(text, tokens[first], "Mr", "Ms", "Mrs", "Dr")) names[n] = (first + 1, end, type);
        }

        var acronyms = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var (first, end, type) in names)
        {
            if (end - first < 2 || end + 2 >= tokens.Length || !IsWord(text, tokens[end], "(") || !IsWord(text, tokens[end + 2], ")")) continue;
            var acronym = text.AsSpan(tokens[end + 1].Start, tokens[end + 1].Length);
            if (acronym.Length >= 2 && IsUpperLetters(acronym) && SpellsInitials(text, tokens, first, end, acronym)) acronyms.TryAdd(acronym.ToString(), type);
        }

        if (acronyms.Count == 0) return;
        var covered = new bool[tokens.Length];
        foreach (var (first, end, _) in names) covered.AsSpan(first, end - first).Fill(true);
        var lookup = acronyms.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 0; k < tokens.Length; k++)
        {
            if (!covered[k] && lookup.TryGetValue(text.AsSpan(tokens[k].Start, tokens[k].Length), out var type)) names.Add((k, k + 1, type));
        }

        names.Sort((a, b) => a.First.CompareTo(b.First));
    }

    private static bool IsWord(string text, Token token, params ReadOnlySpan<string> words)
    {
        var word = text.AsSpan(token.Start, token.Length);
        foreach (var candidate in words)
        {
            if (word.SequenceEqual(candidate)) return true;
        }

        return false;
    }

    private static bool IsUpperLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c)) return false;
        }

        return true;
    }

    /// <summary>Whether the first letters of the name's capitalised words, in order, are the acronym's letters.</summary>
    private static bool SpellsInitials(string text, ReadOnlySpan<Token> tokens, int first, int end, ReadOnlySpan<char> acronym)
    {
        var next = 0;
        for (var k = first; k < end; k++)
        {
            var initial = text[tokens[k].Start];
            if (!char.IsUpper(initial)) continue;
            if (next >= acronym.Length || acronym[next] != initial) return false;
            next++;
        }

        return next == acronym.Length;
    }

    /// <summary>A person's name starts after the title words before it ("Emperor Norton" names "Norton"), as GUM marks names.</summary>
    private static void DropTitles(string text, ReadOnlySpan<Token> tokens, List<(int First, int End, EntityType Type)> names)
    {
        for (var n = 0; n < names.Count; n++)
        {
            var (first, end, type) = names[n];
            if (type != EntityType.Person) continue;
            var start = first;
            while (end - start >= 2 && IsTitleWord(text.AsSpan(tokens[start].Start, tokens[start].Length))) start++;
            if (start != first) names[n] = (start, end, type);
        }
    }

    private static bool IsTitleWord(ReadOnlySpan<char> word) => TitleLexicon.IsRole(word) || TitleLexicon.IsQualifier(word);

    /// <summary>
    /// Words that put a place after them ("in Coron") and seldom a person. Not "to", "from" or "at": news writes
    /// "according to Trump", "a letter from Clinton", "looked at Sanders" often enough to turn people into places.
    /// </summary>
    private static readonly HashSet<string> Locatives = new(["in", "near", "into", "throughout", "across"], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LocativesLookup = Locatives.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A person name that follows a locative in at least this many of its occurrences is a place.</summary>
    private const int MinLocatives = 2;

    /// <summary>
    /// A name the recogniser read as a person that the document puts after "in", "from", ... more than once is a place:
    /// an unfamiliar town's name looks like a surname, but across a document its prepositions give it away.
    /// </summary>
    private static void PlacesByPrepositions(string text, ReadOnlySpan<Token> tokens, List<(int First, int End, EntityType Type)> names)
    {
        // Written forms of persons after a locative, counted; most documents have none, and then nothing is allocated.
        Dictionary<string, int>? located = null;
        foreach (var (first, end, type) in names)
        {
            if (type != EntityType.Person || !AfterLocative(text, tokens, first) || IsPossessed(text, tokens, end)) continue;
            located ??= new Dictionary<string, int>(StringComparer.Ordinal);
            var key = Key(text, tokens, first, end);
            located[key] = located.GetValueOrDefault(key) + 1;
        }

        if (located is null || !located.Values.Any(count => count >= MinLocatives)) return;
        for (var n = 0; n < names.Count; n++)
        {
            var (first, end, type) = names[n];
            if (type == EntityType.Person && located.GetValueOrDefault(Key(text, tokens, first, end)) >= MinLocatives) names[n] = (first, end, EntityType.Place);
        }
    }

    /// <summary>"in Trump's campaign": the preposition belongs to what the name owns, not to the name.</summary>
    private static bool IsPossessed(string text, ReadOnlySpan<Token> tokens, int end) =>
        end < tokens.Length && text.AsSpan(tokens[end].Start, tokens[end].Length) is "'s" or "’s";

    private static bool AfterLocative(string text, ReadOnlySpan<Token> tokens, int first) =>
        first > 0 && LocativesLookup.Contains(text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length));

    private static readonly EntityType[] Voted = [EntityType.Person, EntityType.Organization, EntityType.Place];

    /// <summary>Where a vote array counts the occurrences left out inside sentences.</summary>
    private const int LeftOut = 4;

    private static int Slot(EntityType type) => Array.IndexOf(Voted, type);

    /// <summary>The type most occurrences got; the first occurrence's type wins a tie.</summary>
    private static EntityType Majority(int[] counts)
    {
        var type = (EntityType)counts[3];
        var best = Slot(type) is var slot and >= 0 ? counts[slot] : 0;
        for (var k = 0; k < Voted.Length; k++)
        {
            if (counts[k] <= best) continue;
            best = counts[k];
            type = Voted[k];
        }

        return type;
    }

    private static string Key(string text, ReadOnlySpan<Token> tokens, int first, int end) =>
        SpacedLikeKey(text, tokens, first, end)
            ? text[tokens[first].Start..tokens[end - 1].End]
            : string.Join(' ', tokens[first..end].ToArray().Select(t => text[t.Start..t.End]));

    private static bool SpacedLikeKey(string text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (var k = first + 1; k < end; k++)
        {
            if (tokens[k].Start != tokens[k - 1].End + 1 || text[tokens[k - 1].End] != ' ') return false;
        }

        return true;
    }

    private static bool StartsUpper(string text, Token token) => token.Length > 0 && char.IsUpper(text[token.Start]);
}
