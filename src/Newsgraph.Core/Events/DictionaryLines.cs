namespace Newsgraph.Core.Events;

/// <summary>Line handling shared by the PETRARCH dictionary readers: comments, codes in brackets, plurals.</summary>
internal static class DictionaryLines
{
    /// <summary>The line without its '#' comment, trimmed at the end (a leading tab is kept: it marks date restrictions).</summary>
    public static ReadOnlySpan<char> WithoutComment(ReadOnlySpan<char> line)
    {
        var hash = line.IndexOf('#');
        return (hash < 0 ? line : line[..hash]).TrimEnd();
    }

    /// <summary>Splits "PHRASE [CODE] ..." into the text before the first '[' (returned) and the code inside (empty when none).</summary>
    public static ReadOnlySpan<char> SplitCode(ReadOnlySpan<char> line, out ReadOnlySpan<char> code)
    {
        var open = line.IndexOf('[');
        if (open < 0)
        {
            code = default;
            return line.Trim();
        }

        var rest = line[(open + 1)..];
        // A few entries close the code with '}' by mistake ("[~LEG}").
        var close = rest.IndexOfAny(']', '}');
        code = (close < 0 ? rest : rest[..close]).Trim();
        return line[..open].Trim();
    }

    /// <summary>The regular plurals PETRARCH makes: +S, Y → IES, SS → SSES (and S, X, CH, SH → +ES).</summary>
    public static string Plural(string word)
    {
        if (word.Length > 1 && word[^1] == 'Y' && !IsVowel(word[^2])) return word[..^1] + "IES";
        if (word.EndsWith('S') || word.EndsWith('X') || word.EndsWith("CH", StringComparison.Ordinal) || word.EndsWith("SH", StringComparison.Ordinal))
            return word + "ES";
        return word + "S";
    }

    public static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';
}
