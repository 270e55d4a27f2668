using Newsgraph.Core.Text;

namespace Newsgraph.Core.Events;

/// <summary>The grammatical roles of the function words the coder's heuristics look for.</summary>
[Flags]
internal enum WordClass
{
    None = 0,
    Preposition = 1 << 0,
    /// <summary>Ends the clause a verb's object is looked for in: "; : but while because when after before that which who as".</summary>
    ClauseBreak = 1 << 1,
    /// <summary>Before a place where something happened: "in", "at", "near" ...</summary>
    Locative = 1 << 2,
    /// <summary>"the", "a", "an".</summary>
    Article = 1 << 3,
    /// <summary>Makes the next word a noun: articles, demonstratives, possessive pronouns, "any", "no".</summary>
    Determiner = 1 << 4,
    PossessivePronoun = 1 << 5,
    /// <summary>"will", "would", "expected", "plans" ...: the act has not happened yet.</summary>
    Modal = 1 << 6,
    Negation = 1 << 7,
    /// <summary>A form of "be", for passives.</summary>
    Be = 1 << 8,
    /// <summary>"who", "which", "that", "whom".</summary>
    Relative = 1 << 9,
    /// <summary>"and", "&amp;".</summary>
    And = 1 << 10,
    Comma = 1 << 11,
    /// <summary>"that", "after", "before": clause breaks that are also words of verb patterns.</summary>
    PatternWord = 1 << 12,
    /// <summary>"after", "before".</summary>
    AfterBefore = 1 << 13,
    SubjectPronoun = 1 << 14,
    To = 1 << 15,
    By = 1 << 16,
    /// <summary>Prepositions that make a noun an event with participants ("talks with", "meeting between").</summary>
    EventNounPreposition = 1 << 17,
    /// <summary>Before a destination: "to", "for", "in", "into".</summary>
    Destination = 1 << 18,
}

/// <summary>Function words and their classes, looked up once per token (case-insensitive, no allocation).</summary>
internal static class FunctionWords
{
    private static readonly Dictionary<string, WordClass> Classes = Build();
    private static readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> Lookup = Classes.GetAlternateLookup<ReadOnlySpan<char>>();

    public static WordClass Of(string text, Token token) =>
        Lookup.TryGetValue(text.AsSpan(token.Start, token.Length), out var classes) ? classes : WordClass.None;

    private static Dictionary<string, WordClass> Build()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        void Add(WordClass wordClass, params string[] words)
        {
            foreach (var word in words) classes[word] = classes.GetValueOrDefault(word) | wordClass;
        }

        Add(WordClass.Preposition, "in", "at", "on", "for", "to", "with", "from", "of", "by", "about", "into", "near", "against", "between",
            "after", "before", "over", "under", "through", "during", "amid", "toward", "towards", "across", "upon", "than", "like");
        Add(WordClass.ClauseBreak, ";", ":", "—", "–", "but", "while", "although", "because", "when", "after", "before", "since", "that", "which", "who", "as", "whereas");
        Add(WordClass.Locative, "in", "at", "near", "inside", "outside", "across", "throughout", "within");
        Add(WordClass.Article, "the", "a", "an");
        Add(WordClass.Determiner, "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "any", "no", "'s", "’s");
        Add(WordClass.PossessivePronoun, "his", "her", "their", "its", "our", "my");
        Add(WordClass.Modal, "will", "would", "shall", "'ll", "’ll", "expected", "expects", "plans", "planned", "intends", "intended", "scheduled", "due", "set", "aims", "hopes", "wants", "may", "might");
        Add(WordClass.Negation, "not", "never", "no");
        Add(WordClass.Be, "is", "are", "was", "were", "be", "been", "being", "’s");
        Add(WordClass.Relative, "who", "which", "that", "whom");
        Add(WordClass.And, "and", "&");
        Add(WordClass.Comma, ",");
        Add(WordClass.PatternWord, "that");
        Add(WordClass.AfterBefore, "after", "before");
        Add(WordClass.SubjectPronoun, "he", "she", "they", "we", "i");
        Add(WordClass.To, "to");
        Add(WordClass.By, "by");
        Add(WordClass.EventNounPreposition, "with", "between", "for", "on", "to", "by", "of");
        Add(WordClass.Destination, "to", "for", "in", "into");
        return classes;
    }
}
