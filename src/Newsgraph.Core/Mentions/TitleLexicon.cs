namespace Newsgraph.Core.Mentions;

/// <summary>
/// Role words that make a title ("Secretary", "president", "chief"), the modifiers that qualify them ("Foreign",
/// "Deputy") and words that mark organisation names. Hand-built: a closed class of English newswire vocabulary.
/// </summary>
public static class TitleLexicon
{
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "president-elect", "vice-president", "secretary", "secretary-general", "minister", "premier",
        "chancellor", "chief", "head", "leader", "spokesman", "spokeswoman", "spokesperson", "senator", "sen.",
        "rep.", "representative", "congressman", "congresswoman", "lawmaker", "governor", "gov.", "mayor",
        "ambassador", "envoy", "diplomat", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "pope",
        "bishop", "archbishop", "cardinal", "rabbi", "imam", "director", "chairman", "chairwoman", "chair", "ceo",
        "commissioner", "judge", "justice", "attorney", "prosecutor", "lawyer", "officer", "commander", "gen.",
        "general", "lt.", "col.", "colonel", "captain", "capt.", "sgt.", "sergeant", "admiral", "adm.", "speaker",
        "candidate", "nominee", "adviser", "advisor", "aide", "official", "officials", "strategist", "manager",
        "dr.", "mr.", "mrs.", "ms.", "prof.", "professor", "rev.", "reverend", "founder", "co-founder", "executive",
        "coordinator", "correspondent", "editor", "analyst", "economist", "researcher", "pollster", "coach",
        "counsel", "whip", "deputy", "superintendent", "sheriff", "chairperson", "physician", "doctor", "activist",
        "owner", "publisher", "host", "anchor", "columnist", "reporter", "writer", "author", "billionaire",
        "businessman", "businesswoman", "mogul", "frontrunner", "front-runner", "hopeful", "rival", "challenger",
        "incumbent", "delegate", "staffer", "operative", "consultant", "expert", "scholar", "fellow",
        "negotiator", "mediator", "minister-president", "ministers", "leaders", "lawmakers", "senators", "aides", "advisers", "advisors", "diplomats", "spokesmen",
        "analysts", "experts", "economists", "officers", "commanders", "prosecutors", "lawyers", "candidates",
        "delegates", "strategists", "pollsters", "activists", "researchers", "executives", "governors", "mayors",
        "ambassadors", "envoys", "judges", "directors", "representatives", "staffers", "operatives", "consultants",
    };

    private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "foreign", "deputy", "vice", "former", "acting", "interim", "senior", "top", "assistant", "associate",
        "executive", "prime", "defense", "defence", "interior", "finance", "trade", "health", "education", "justice",
        "energy", "state", "homeland", "security", "national", "federal", "chief", "general", "democratic",
        "republican", "gop", "presidential", "campaign", "press", "communications", "policy", "political",
        "majority", "minority", "house", "senate", "supreme", "court", "district", "u.s.", "us", "un", "uk", "eu",
        "new", "outgoing", "incoming", "longtime", "then", "first", "lady", "white", "attorney", "intelligence",
        "military", "economic", "legal", "principal", "special", "global", "regional", "party", "opposition",
    };

    private static readonly HashSet<string> OrganizationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "party", "ministry", "department", "council", "university", "college", "committee", "commission", "agency",
        "association", "bank", "group", "court", "institute", "foundation", "corporation", "corp.", "inc.", "co.",
        "ltd.", "llc", "company", "news", "times", "post", "press", "journal", "network", "union", "league",
        "federation", "organization", "organisation", "office", "bureau", "board", "administration", "army", "navy",
        "force", "forces", "police", "center", "centre", "society", "church", "school", "hospital",
        "campaign", "caucus", "congress", "senate", "parliament", "assembly", "government", "tribune", "herald",
        "magazine", "television", "radio", "airlines", "airways", "motors", "club", "fund", "trust", "alliance",
        "coalition", "front", "brigade", "brigades", "movement", "pac", "project", "lab", "labs", "reuters",
    };

    private static readonly HashSet<string> LeadershipRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "chief", "head", "leader", "boss", "president", "chairman", "secretary-general", "director", "general", "premier",
    };

    private static readonly Dictionary<string, Gender> GenderedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mr."] = Gender.Male, ["spokesman"] = Gender.Male, ["congressman"] = Gender.Male, ["businessman"] = Gender.Male,
        ["king"] = Gender.Male, ["prince"] = Gender.Male, ["sheikh"] = Gender.Male, ["pope"] = Gender.Male,
        ["mrs."] = Gender.Female, ["ms."] = Gender.Female, ["spokeswoman"] = Gender.Female, ["congresswoman"] = Gender.Female,
        ["businesswoman"] = Gender.Female, ["chairwoman"] = Gender.Female, ["queen"] = Gender.Female, ["princess"] = Gender.Female,
        ["lady"] = Gender.Female,
    };

    private static readonly Dictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> Gendered = GenderedWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Leaders = LeadershipRoles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Roles = RoleWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Modifiers = Qualifiers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Organizations = OrganizationWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A word that names a role or office by itself: "Secretary", "president", "chief".</summary>
    public static bool IsRole(ReadOnlySpan<char> word) => Roles.Contains(word);

    /// <summary>The gender a title word states ("spokeswoman", "Mr."), or Unknown.</summary>
    public static Gender GenderOf(ReadOnlySpan<char> word) => Gendered.TryGetValue(word, out var gender) ? gender : Gender.Unknown;

    /// <summary>A word that narrows a role: "Foreign", "Deputy", "Prime", "State" (in "Secretary of State").</summary>
    public static bool IsQualifier(ReadOnlySpan<char> word) => Modifiers.Contains(word);

    /// <summary>A word that marks the name it ends or heads as an organisation: "Party", "Ministry", "Times".</summary>
    public static bool IsOrganizationWord(ReadOnlySpan<char> word) => Organizations.Contains(word);

    /// <summary>Roles that say someone leads an organisation, so "the UN chief" can match "UN Secretary General".</summary>
    public static bool IsLeadershipRole(ReadOnlySpan<char> word) => Leaders.Contains(word);
}
