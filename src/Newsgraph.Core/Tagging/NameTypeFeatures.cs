using Newsgraph.Core.Mentions;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Tagging;

/// <summary>
/// The features the <see cref="NameTyper"/> reads of each name of a document: its words, what the name lexicon says of
/// the whole name and of its first and last words, the words around it, and the words around every occurrence of the
/// same name in the document (a document calls a child "Gloria" in many contexts, and most of them say "person").
/// </summary>
internal static class NameTypeFeatures
{
    /// <summary>A lexicon type seen fewer times than this is marked as resting on few sightings.</summary>
    private const int FewSightings = 3;

    private const string SentenceStart = "<s>";

    private const string SentenceEnd = "</s>";

    /// <summary>The feature keys of each name in <paramref name="names"/> (token spans within sentences), in that order.</summary>
    public static List<string>[] Extract(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, NameLexicon lexicon, IReadOnlyList<(int First, int End, EntityType Type)> names)
    {
        var sentenceOf = new int[tokens.Length];
        for (var s = 0; s < sentences.Count; s++) sentenceOf.AsSpan(sentences[s].FirstToken, sentences[s].TokenCount).Fill(s);
        var features = new List<string>[names.Count];
        var contexts = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var keys = new string[names.Count];
        for (var n = 0; n < names.Count; n++)
        {
            var (first, end, found) = names[n];
            var sentence = sentences[sentenceOf[first]];
            var previous = first > sentence.FirstToken ? Lower(text, tokens[first - 1]) : SentenceStart;
            var beforePrevious = first - 1 > sentence.FirstToken ? Lower(text, tokens[first - 2]) : SentenceStart;
            var next = end < sentence.EndToken ? Lower(text, tokens[end]) : SentenceEnd;
            var afterNext = end + 1 < sentence.EndToken ? Lower(text, tokens[end + 1]) : SentenceEnd;
            var words = new string[end - first];
            for (var k = 0; k < words.Length; k++) words[k] = text.Substring(tokens[first + k].Start, tokens[first + k].Length);
            var key = string.Join(' ', words);
            keys[n] = key;
            if (!contexts.TryGetValue(key, out var seen)) contexts.Add(key, seen = new SortedSet<string>(StringComparer.Ordinal));
            seen.Add("dp|" + previous);
            seen.Add("dn|" + next);
            seen.Add("dt|" + (Array.IndexOf(NameTyper.Types, found) >= 0 ? EntityLabels.TypeName(found) : "none"));

            var head = words[^1];
            var headLower = head.ToLowerInvariant();
            var list = new List<string>(32)
            {
                "bias",
                "t|" + (Array.IndexOf(NameTyper.Types, found) >= 0 ? EntityLabels.TypeName(found) : "none"),
                "s|" + key,
                "h|" + headLower,
                "x|" + headLower[Math.Max(0, headLower.Length - 3)..],
                "X|" + headLower[..Math.Min(3, headLower.Length)],
                "n|" + Math.Min(words.Length, 4),
                "p|" + previous,
                "q|" + beforePrevious + " " + previous,
                "N|" + next,
                "M|" + next + " " + afterNext,
                "lh|" + LexiconClass(lexicon.Token(head)),
            };
            if (words.Length > 1)
            {
                list.Add("f|" + words[0].ToLowerInvariant());
                list.Add("lf|" + LexiconClass(lexicon.Token(words[0])));
                list.Add("ls|" + LexiconClass(lexicon.Span(key)));
                for (var k = 1; k < words.Length - 1; k++) list.Add("w|" + words[k].ToLowerInvariant());
            }

            list.Add("c|" + WordFeatures.ShapeCode(head) + (words.Length > 1 ? "+" + WordFeatures.ShapeCode(words[0]) : ""));
            foreach (var word in words)
            {
                if (TitleLexicon.IsOrganizationWord(word)) list.Add("o|" + word.ToLowerInvariant());
            }

            if (first > sentence.FirstToken && TitleLexicon.IsRole(text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length))) list.Add("role");
            features[n] = list;
        }

        for (var n = 0; n < names.Count; n++)
        {
            var seen = contexts[keys[n]];
            features[n].AddRange(seen);
            features[n].Add("dk|" + Math.Min(seen.Count, 8));
        }

        return features;
    }

    private static string Lower(string text, Token token) => text.Substring(token.Start, token.Length).ToLowerInvariant();

    private static string LexiconClass(NameEvidence evidence)
    {
        if (evidence.Total == 0) return "unseen";
        var type = evidence.BestType();
        var (name, count) = type switch
        {
            EntityType.Person => ("person", evidence.Person),
            EntityType.Organization => ("org", evidence.Organization),
            EntityType.Place => ("place", evidence.Place),
            EntityType.Norp => ("norp", evidence.Norp),
            _ => (evidence.Named > 0 ? "sometimes" : "never", evidence.Other),
        };
        return count < FewSightings ? name + "?" : name;
    }
}
