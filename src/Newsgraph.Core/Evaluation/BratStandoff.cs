using System.Globalization;
using Newsgraph.Core.Quotes;

namespace Newsgraph.Core.Evaluation;

/// <summary>
/// Reads attribution relations from brat standoff (.ann) text as PolNeAR distributes it, and maps our quotes to the
/// same shape so both sides can be scored alike.
/// </summary>
public static class BratStandoff
{
    private enum Role : byte
    {
        Other,
        Content,
        Cue,
        Source,
    }

    /// <summary>
    /// Parses the E (event) lines and the T (text-bound) lines they refer to. Malformed lines, unknown references and
    /// the text field's continuation lines are skipped: offsets are the truth, never the quoted text. E lines without
    /// any Content argument are skipped too, since an attribution is matched by its content.
    /// </summary>
    public static IReadOnlyList<Attribution> Parse(string ann)
    {
        ArgumentNullException.ThrowIfNull(ann);
        var spansById = new Dictionary<string, TextSpan[]>(StringComparer.Ordinal);
        var events = new List<string>();
        foreach (var rawLine in ann.Split('\n'))
        {
            var fields = rawLine.TrimEnd('\r').Split('\t');
            if (fields.Length < 2 || fields[0].Length < 2) continue;
            switch (fields[0][0])
            {
                case 'T' when TryParseSpans(fields[1], out var spans):
                    spansById[fields[0]] = spans;
                    break;
                case 'E':
                    events.Add(fields[1]);
                    break;
            }
        }

        var attributions = new List<Attribution>(events.Count);
        foreach (var arguments in events)
        {
            if (ToAttribution(arguments, spansById) is { } attribution) attributions.Add(attribution);
        }

        return attributions;
    }

    /// <summary>One attribution per quote: its content, and its cue and source where the quote stage found them.</summary>
    public static IReadOnlyList<Attribution> FromQuotes(IEnumerable<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        return [.. quotes.Select(quote => new Attribution(
            quote.Parts,
            quote.Cue is { } cue ? [cue] : [],
            quote.Source is { } source ? [source] : []))];
    }

    private static Attribution? ToAttribution(string arguments, Dictionary<string, TextSpan[]> spansById)
    {
        var content = new List<TextSpan>();
        var cue = new List<TextSpan>();
        var source = new List<TextSpan>();
        foreach (var argument in arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = argument.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !spansById.TryGetValue(argument[(colon + 1)..], out var spans)) continue;
            var target = RoleOf(argument[..colon]) switch
            {
                Role.Content => content,
                Role.Cue => cue,
                Role.Source => source,
                _ => null,
            };
            target?.AddRange(spans);
        }

        if (content.Count == 0) return null;
        content.Sort();
        cue.Sort();
        source.Sort();
        return new Attribution(content, cue, source);
    }

    /// <summary>Brat numbers repeated roles (Content2, Cue2); the digits do not change the role.</summary>
    private static Role RoleOf(string argumentName) => argumentName.TrimEnd("0123456789".ToCharArray()) switch
    {
        "Content" => Role.Content,
        "Cue" => Role.Cue,
        "Source" => Role.Source,
        _ => Role.Other,
    };

    /// <summary>Parses "Label 120 211;230 240" into its fragments; any fragment that is not two ordered offsets fails it.</summary>
    private static bool TryParseSpans(string labelAndOffsets, out TextSpan[] spans)
    {
        spans = [];
        var space = labelAndOffsets.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0) return false;
        var fragments = labelAndOffsets[(space + 1)..].Split(';');
        var parsed = new TextSpan[fragments.Length];
        for (var i = 0; i < fragments.Length; i++)
        {
            var offsets = fragments[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (offsets.Length != 2
                || !int.TryParse(offsets[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(offsets[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || end < start)
            {
                return false;
            }

            parsed[i] = new TextSpan(start, end);
        }

        spans = parsed;
        return true;
    }
}
