namespace Newsgraph.Core.Text;

/// <summary>
/// Words that keep their full stop: titles, months, corporate suffixes, state names. Words that are also ordinary
/// English words ("No", "Sat", "Miss", "Wash") are left out, since they end sentences far more often.
/// </summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "rev", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "maj", "adm",
        "cmdr", "cpl", "pvt", "supt", "insp", "det", "jr", "sr", "st", "mt", "ft", "pres", "atty", "amb", "hon",
        "inc", "corp", "co", "ltd", "llc", "bros", "dept", "univ", "assn", "gov't", "govt",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "tue", "tues", "thu", "thur", "thurs",
        "vs", "etc", "vol", "pp", "approx", "e.g", "i.e", "ave", "blvd",
        "ala", "ariz", "calif", "colo", "conn", "fla", "kan", "kans", "ky",
        "md", "mich", "minn", "mont", "neb", "nev", "okla", "penn", "tenn", "tex", "wis", "wyo",
    };

    /// <summary>Abbreviations that rarely end a sentence, so a following capital starts a name, not a sentence.</summary>
    private static readonly HashSet<string> BeforeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "rev", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "maj", "adm",
        "cmdr", "cpl", "pvt", "supt", "insp", "det", "st", "mt", "ft", "pres", "atty", "amb", "hon", "vs",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownLookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNamesLookup = BeforeNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (without its full stop) is an abbreviation that takes one.</summary>
    public static bool TakesFullStop(ReadOnlySpan<char> word) => KnownLookup.Contains(word);

    /// <summary>True for an abbreviation (with its full stop) that is normally followed by a name or number.</summary>
    public static bool PrecedesName(ReadOnlySpan<char> tokenWithStop) =>
        tokenWithStop.Length > 1 && BeforeNamesLookup.Contains(tokenWithStop[..^1]);
}
