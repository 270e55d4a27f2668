using System.Globalization;
using System.Xml;

namespace Newsgraph.Cli.Input;

/// <summary>One sentence of a PETRARCH input file: its id, date and text.</summary>
internal sealed record PetrarchSentence(string Id, DateOnly Date, string Text);

/// <summary>
/// Reads PETRARCH's XML input: &lt;Sentence date="YYYYMMDD" id="..."&gt; elements, each with a &lt;Text&gt;, under any
/// root; &lt;Parse&gt; and other elements are ignored. Malformed XML, a missing id or date, or a bad date is bad input.
/// </summary>
internal static class PetrarchXml
{
    public static IReadOnlyList<PetrarchSentence> Read(string path)
    {
        if (!File.Exists(path)) throw new BadInputException($"{path}: no such file.");
        var sentences = new List<PetrarchSentence>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(path, settings);
            while (reader.ReadToFollowing("Sentence"))
            {
                var line = (reader as IXmlLineInfo)?.LineNumber ?? 0;
                var id = reader.GetAttribute("id");
                var dateText = reader.GetAttribute("date");
                if (string.IsNullOrWhiteSpace(id)) throw new BadInputException($"{path}:{line}: a Sentence without an id.");
                if (!DateOnly.TryParseExact(dateText, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    throw new BadInputException($"{path}:{line}: sentence {id} has date '{dateText}', not YYYYMMDD.");
                var text = ReadText(reader.ReadSubtree());
                if (text is null) throw new BadInputException($"{path}:{line}: sentence {id} has no Text element.");
                sentences.Add(new PetrarchSentence(id, date, text));
            }
        }
        catch (XmlException error)
        {
            throw new BadInputException($"{path}: not well-formed XML ({error.Message.ReplaceLineEndings(" ")}).");
        }
        catch (IOException error)
        {
            throw new BadInputException($"{path}: cannot be read ({error.Message}).");
        }

        if (sentences.Count == 0) throw new BadInputException($"{path}: no <Sentence> elements.");
        return sentences;
    }

    private static string? ReadText(XmlReader sentence)
    {
        using (sentence)
        {
            // Line breaks inside <Text> are layout, not sentence breaks.
            return sentence.ReadToFollowing("Text") ? string.Join(' ', sentence.ReadElementContentAsString().Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(part => part.Trim())).Trim() : null;
        }
    }
}
