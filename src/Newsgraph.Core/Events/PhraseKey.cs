namespace Newsgraph.Core.Events;

/// <summary>
/// The one spelling under which dictionary phrases and text are compared: upper case, words separated by single
/// blanks, underscores and hyphens read as blanks and full stops dropped ("BAN_KI-MOON", "Ban Ki-moon" → "BAN KI
/// MOON"; "U.K." → "UK"), a curly apostrophe read as a straight one.
/// </summary>
internal static class PhraseKey
{
    /// <summary>Writes the key of <paramref name="raw"/> into <paramref name="destination"/> and returns its length (-1 if too long).</summary>
    public static int Write(ReadOnlySpan<char> raw, Span<char> destination)
    {
        var length = 0;
        var pendingBlank = false;
        foreach (var c in raw)
        {
            if (c is '_' or '-' or ' ' or '\t')
            {
                pendingBlank = length > 0;
                continue;
            }

            if (c == '.') continue;
            if (length + (pendingBlank ? 2 : 1) > destination.Length) return -1;
            if (pendingBlank) destination[length++] = ' ';
            pendingBlank = false;
            destination[length++] = c == '’' ? '\'' : char.ToUpperInvariant(c);
        }

        return length;
    }

    public static string Of(ReadOnlySpan<char> raw)
    {
        Span<char> buffer = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
        var length = Write(raw, buffer);
        return new string(buffer[..length]);
    }

    /// <summary>The number of words of a key (1 for a single word).</summary>
    public static int WordCount(ReadOnlySpan<char> key) => key.IsEmpty ? 0 : key.Count(' ') + 1;

    /// <summary>The first word of a key.</summary>
    public static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> key)
    {
        var blank = key.IndexOf(' ');
        return blank < 0 ? key : key[..blank];
    }
}
