namespace Newsgraph.Core.Tagging;

/// <summary>A Penn Treebank part-of-speech tag, with the extra tags of UD English (HYPH, NFP, ADD, GW, XX, AFX).</summary>
public enum PennTag : byte
{
    Cc, Cd, Dt, Ex, Fw, In, Jj, Jjr, Jjs, Ls, Md, Nn, Nns, Nnp, Nnps, Pdt, Pos, Prp, PrpPossessive, Rb, Rbr, Rbs, Rp,
    Sym, To, Uh, Vb, Vbd, Vbg, Vbn, Vbp, Vbz, Wdt, Wp, WpPossessive, Wrb,
    OpeningQuote, ClosingQuote, Comma, Period, Colon, LeftBracket, RightBracket, Dollar, Pound,
    Hyph, Nfp, Add, Gw, Xx, Afx,
}

/// <summary>A Universal Dependencies part-of-speech tag (UPOS).</summary>
public enum UniversalTag : byte
{
    Adj, Adp, Adv, Aux, Cconj, Det, Intj, Noun, Num, Part, Pron, Propn, Punct, Sconj, Sym, Verb, X,
}

/// <summary>Names of <see cref="PennTag"/> as treebanks write them, and the universal tag each maps to.</summary>
public static class PennTags
{
    private static readonly string[] Names =
    [
        "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS", "PRP",
        "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$",
        "WRB", "``", "''", ",", ".", ":", "-LRB-", "-RRB-", "$", "#", "HYPH", "NFP", "ADD", "GW", "XX", "AFX",
    ];

    /// <summary>UPOS per tag, in <see cref="PennTag"/> order. Context decides some (IN is ADP or SCONJ, MD is AUX, VB* may be AUX): the usual reading is given.</summary>
    private static readonly UniversalTag[] Universal =
    [
        UniversalTag.Cconj, UniversalTag.Num, UniversalTag.Det, UniversalTag.Pron, UniversalTag.X, UniversalTag.Adp,
        UniversalTag.Adj, UniversalTag.Adj, UniversalTag.Adj, UniversalTag.X, UniversalTag.Aux, UniversalTag.Noun,
        UniversalTag.Noun, UniversalTag.Propn, UniversalTag.Propn, UniversalTag.Det, UniversalTag.Part, UniversalTag.Pron,
        UniversalTag.Pron, UniversalTag.Adv, UniversalTag.Adv, UniversalTag.Adv, UniversalTag.Adp, UniversalTag.Sym,
        UniversalTag.Part, UniversalTag.Intj, UniversalTag.Verb, UniversalTag.Verb, UniversalTag.Verb, UniversalTag.Verb,
        UniversalTag.Verb, UniversalTag.Verb, UniversalTag.Pron, UniversalTag.Pron, UniversalTag.Pron, UniversalTag.Adv,
        UniversalTag.Punct, UniversalTag.Punct, UniversalTag.Punct, UniversalTag.Punct, UniversalTag.Punct,
        UniversalTag.Punct, UniversalTag.Punct, UniversalTag.Sym, UniversalTag.Sym, UniversalTag.Punct, UniversalTag.Punct,
        UniversalTag.X, UniversalTag.X, UniversalTag.X, UniversalTag.X,
    ];

    private static readonly Dictionary<string, PennTag> ByName = Enumerable.Range(0, Names.Length)
        .ToDictionary(i => Names[i], i => (PennTag)i, StringComparer.Ordinal);

    public static int Count => Names.Length;

    public static string Name(PennTag tag) => Names[(int)tag];

    public static UniversalTag ToUniversal(PennTag tag) => Universal[(int)tag];

    /// <summary>VB, VBD, VBG, VBN, VBP or VBZ.</summary>
    public static bool IsVerb(this PennTag tag) =>
        tag is PennTag.Vb or PennTag.Vbd or PennTag.Vbg or PennTag.Vbn or PennTag.Vbp or PennTag.Vbz;

    /// <summary>A verb that makes a clause finite: VBD, VBZ, VBP or the modal MD.</summary>
    public static bool IsFiniteVerb(this PennTag tag) => tag is PennTag.Vbd or PennTag.Vbz or PennTag.Vbp or PennTag.Md;

    /// <summary>
    /// The universal tag of a word with this PTB tag, where the word decides what the tag alone cannot, as UD English
    /// does: forms of "be" are AUX, "not" and "n't" PART, subordinators tagged IN ("because", "if", "that") SCONJ.
    /// </summary>
    public static UniversalTag ToUniversal(PennTag tag, ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 16)];
        word[..lower.Length].ToLowerInvariant(lower);
        return tag switch
        {
            PennTag.Vb or PennTag.Vbd or PennTag.Vbg or PennTag.Vbn or PennTag.Vbp or PennTag.Vbz when IsBe(lower) => UniversalTag.Aux,
            PennTag.Rb when lower is "not" or "n't" or "n’t" => UniversalTag.Part,
            PennTag.In when IsSubordinator(lower) => UniversalTag.Sconj,
            _ => ToUniversal(tag),
        };
    }

    private static bool IsBe(ReadOnlySpan<char> word) =>
        word is "be" or "is" or "are" or "was" or "were" or "been" or "being" or "am" or "'s" or "’s" or "'re" or "’re" or "'m" or "’m";

    private static bool IsSubordinator(ReadOnlySpan<char> word) =>
        word is "because" or "although" or "though" or "if" or "whether" or "unless" or "whereas" or "that" or "while";

    /// <summary>The tag a treebank name stands for; CoreNLP's bracket names (-LCB-, -LSB-) count as brackets.</summary>
    public static bool TryParse(string name, out PennTag tag)
    {
        if (ByName.TryGetValue(name, out tag)) return true;
        tag = name switch
        {
            "-LCB-" or "-LSB-" => PennTag.LeftBracket,
            "-RCB-" or "-RSB-" => PennTag.RightBracket,
            _ => PennTag.Xx,
        };
        return name is "-LCB-" or "-LSB-" or "-RCB-" or "-RSB-";
    }
}
