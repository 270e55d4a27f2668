namespace Newsgraph.Core.Events;

/// <summary>The regular English forms of a verb, made at load time so text is matched without a lemmatiser.</summary>
internal static class VerbForms
{
    /// <summary>Base, third person (-S), past (-ED) and participle (-ING): "MEET" → MEETS, MEETED, MEETING.</summary>
    public static string[] Regular(string verb)
    {
        if (verb.Length < 2) return [verb];
        var last = verb[^1];
        var beforeLast = verb[^2];
        if (last == 'E')
            return [verb, verb + "S", verb + "D", verb.EndsWith("EE", StringComparison.Ordinal) ? verb + "ING" : verb[..^1] + "ING"];
        if (last == 'Y' && !DictionaryLines.IsVowel(beforeLast))
            return [verb, verb[..^1] + "IES", verb[..^1] + "IED", verb + "ING"];
        var third = last is 'S' or 'X' or 'Z' || verb.EndsWith("CH", StringComparison.Ordinal) || verb.EndsWith("SH", StringComparison.Ordinal)
            ? verb + "ES"
            : verb + "S";
        if (DoublesFinalConsonant(verb))
            return [verb, third, verb + last + "ED", verb + last + "ING", verb + "ED", verb + "ING"];
        return [verb, third, verb + "ED", verb + "ING"];
    }

    // A verb ending consonant-vowel-consonant may double it ("STOPPED", "REFERRED", but "OFFERED"): stress decides, so
    // both spellings are made; the unused one costs nothing.
    private static bool DoublesFinalConsonant(string verb) =>
        verb.Length >= 3
        && !DictionaryLines.IsVowel(verb[^1]) && verb[^1] is not ('W' or 'X' or 'Y')
        && DictionaryLines.IsVowel(verb[^2])
        && !DictionaryLines.IsVowel(verb[^3]);
}
