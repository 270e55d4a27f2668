using System.Globalization;
using System.Text;
using Newsgraph.Core;

namespace Newsgraph.Cli.Output;

/// <summary>
/// Writes quotes as brat standoff in PolNeAR's attribution scheme, so its tools and scorers read our output:
/// per quote, T lines for Source, Cue and Content, an Attribution T line on the cue (or on the content when there is
/// no cue) and an E line joining them.
/// </summary>
internal static class BratWriter
{
    public const string Extension = ".ann";

    public static string ToAnn(Document document)
    {
        var ann = new StringBuilder();
        var textBoundCount = 0;
        var eventCount = 0;
        foreach (var quote in document.Quotes)
        {
            var source = AppendTextBound(ann, document, ref textBoundCount, "Source", quote.Source);
            var cue = AppendTextBound(ann, document, ref textBoundCount, "Cue", quote.Cue);
            var content = AppendContent(ann, document, ref textBoundCount, quote.Parts);
            var attribution = AppendTextBound(ann, document, ref textBoundCount, "Attribution", quote.Cue ?? quote.Content);

            eventCount++;
            ann.Append(CultureInfo.InvariantCulture, $"E{eventCount}\tAttribution:{attribution}");
            AppendArgument(ann, "Content", content);
            AppendArgument(ann, "Cue", cue);
            AppendArgument(ann, "Source", source);
            ann.Append('\n');
        }

        return ann.ToString();
    }

    private static string? AppendTextBound(StringBuilder ann, Document document, ref int count, string label, TextSpan? span)
    {
        if (span is not { } value) return null;
        count++;
        var id = "T" + count.ToString(CultureInfo.InvariantCulture);
        // Brat keeps one annotation a line, so line breaks inside the covered text become spaces.
        var text = document.TextOf(value).Replace('\n', ' ').Replace('\r', ' ');
        ann.Append(CultureInfo.InvariantCulture, $"{id}\t{label} {value.Start} {value.End}\t{text}\n");
        return id;
    }

    /// <summary>A content T line; an interrupted content lists its pieces as "start end;start end".</summary>
    private static string AppendContent(StringBuilder ann, Document document, ref int count, IReadOnlyList<TextSpan> parts)
    {
        count++;
        var id = "T" + count.ToString(CultureInfo.InvariantCulture);
        var offsets = string.Join(';', parts.Select(part => part.Start.ToString(CultureInfo.InvariantCulture) + " " + part.End.ToString(CultureInfo.InvariantCulture)));
        var text = string.Join(' ', parts.Select(part => document.TextOf(part))).Replace('\n', ' ').Replace('\r', ' ');
        ann.Append(CultureInfo.InvariantCulture, $"{id}\tContent {offsets}\t{text}\n");
        return id;
    }

    private static void AppendArgument(StringBuilder ann, string role, string? textBoundId)
    {
        if (textBoundId is not null) ann.Append(' ').Append(role).Append(':').Append(textBoundId);
    }
}
