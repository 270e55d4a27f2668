using System.Globalization;
using System.Runtime.CompilerServices;

namespace Newsgraph.Core.Events;

/// <summary>A code an actor holds over a period: [From, To], either end open when null (PETRARCH: "&lt;date", "&gt;date", "date-date").</summary>
public sealed record ActorRole(string Code, DateOnly? From, DateOnly? To)
{
    public bool Covers(DateOnly date) => (From is not { } from || date >= from) && (To is not { } to || date <= to);
}

/// <summary>One record of a PETRARCH actor dictionary: its default code (null when it has none) and its dated roles.</summary>
public sealed record ActorRecord(string? DefaultCode, IReadOnlyList<ActorRole> Roles)
{
    /// <summary>The code on <paramref name="date"/>: the first role covering it, else the default; without a date, the default or the latest role.</summary>
    public string? CodeAt(DateOnly? date)
    {
        if (date is not { } day) return DefaultCode ?? (Roles.Count > 0 ? Roles[^1].Code : null);
        foreach (var role in Roles)
        {
            if (role.Covers(day)) return role.Code;
        }

        return DefaultCode;
    }
}

/// <summary>
/// PETRARCH actor dictionaries (Phoenix.Countries/International/MilNonState.actors): a primary phrase with an
/// optional [code], synonym phrases beginning with '+', and date restrictions on lines beginning with a tab.
/// Several files (or several records for one phrase) may be loaded: a phrase's code is that of the first record
/// that gives one on the date asked.
/// </summary>
public sealed class ActorDictionary
{
    private readonly PhraseTable<ActorRecord[]> _phrases = new();

    /// <summary>The number of distinct phrases.</summary>
    public int Count => _phrases.Count;

    /// <summary>Reads one actor file's text and adds its records.</summary>
    // Runs once, at load: compiled optimised at once rather than tier by tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var phrases = new List<string>();
        string? defaultCode = null;
        var roles = new List<ActorRole>();
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            var line = DictionaryLines.WithoutComment(rawLine);
            if (line.IsWhiteSpace()) continue;
            if (line[0] is '\t' or ' ')
            {
                DictionaryLines.SplitCode(line, out var restriction);
                if (ParseRole(restriction) is { } role)
                {
                    if (role.From is null && role.To is null) defaultCode = role.Code;
                    else roles.Add(role);
                }

                continue;
            }

            if (line[0] == '+')
            {
                var synonym = DictionaryLines.SplitCode(line[1..], out _);
                phrases.Add(PhraseKey.Of(synonym));
                continue;
            }

            Flush();
            var primary = DictionaryLines.SplitCode(line, out var code);
            phrases.Add(PhraseKey.Of(primary));
            defaultCode = code.IsEmpty ? null : code.ToString();
        }

        Flush();

        void Flush()
        {
            if (phrases.Count > 0 && (defaultCode is not null || roles.Count > 0))
            {
                var record = new[] { new ActorRecord(defaultCode, roles.ToArray()) };
                foreach (var phrase in phrases) _phrases.Add(phrase, record, static (a, b) => [.. a, .. b]);
            }

            phrases.Clear();
            roles.Clear();
            defaultCode = null;
        }
    }

    /// <summary>The code of a phrase (any spelling: "Ban Ki-moon", "BAN_KI_MOON") on a date, or null.</summary>
    public string? CodeOf(ReadOnlySpan<char> phrase, DateOnly? date)
    {
        Span<char> key = stackalloc char[Math.Min(phrase.Length, 512)];
        var length = PhraseKey.Write(phrase, key);
        return length <= 0 ? null : CodeOfKey(key[..length], date);
    }

    internal string? CodeOfKey(ReadOnlySpan<char> key, DateOnly? date) =>
        _phrases.Get(key) is { } records ? CodeAt(records, date) : null;

    internal PhraseTable<ActorRecord[]> Phrases => _phrases;

    internal static string? CodeAt(ActorRecord[] records, DateOnly? date)
    {
        foreach (var record in records)
        {
            if (record.CodeAt(date) is { } code) return code;
        }

        return null;
    }

    /// <summary>"CODE", "CODE &lt;date", "CODE &gt;date" or "CODE date-date"; null when the dates cannot be read.</summary>
    private static ActorRole? ParseRole(ReadOnlySpan<char> restriction)
    {
        if (restriction.IsEmpty) return null;
        var blank = restriction.IndexOf(' ');
        if (blank < 0) return new ActorRole(restriction.ToString(), null, null);
        var code = restriction[..blank].ToString();
        var dates = restriction[(blank + 1)..].Trim();
        if (dates.IsEmpty) return new ActorRole(code, null, null);
        if (dates[0] == '<') return ParseDate(dates[1..]) is { } before ? new ActorRole(code, null, before) : null;
        if (dates[0] == '>') return ParseDate(dates[1..]) is { } after ? new ActorRole(code, after, null) : null;
        var dash = dates.IndexOf('-');
        if (dash < 0) return null;
        return ParseDate(dates[..dash]) is { } from && ParseDate(dates[(dash + 1)..]) is { } to ? new ActorRole(code, from, to) : null;
    }

    /// <summary>YYYYMMDD or YYMMDD (YY below 30 is 20YY, as the Phoenix files use it: "070723" is 2007, "331108" 1933).</summary>
    internal static DateOnly? ParseDate(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return null;
        int year, month = number / 100 % 100, day = number % 100;
        if (text.Length == 8) year = number / 10000;
        else if (text.Length == 6) year = number / 10000 is var yy && yy < 30 ? 2000 + yy : 1900 + yy;
        else return null;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }
}
