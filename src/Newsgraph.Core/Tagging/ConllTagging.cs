using System.Text;

namespace Newsgraph.Core.Tagging;

/// <summary>
/// Tags pre-tokenised CoNLL-style text: one token a line (its first tab- or space-separated column), a blank line
/// between sentences, <c>-DOCSTART-</c> lines kept as document breaks (a name found in a document is looked for in all its sentences). Each token comes back as
/// <c>token TAB xpos TAB ner</c>, the entity label in BIO form (B-PERSON, I-ORG, O); blank and -DOCSTART- lines stay.
/// </summary>
public static class ConllTagging
{
    public const string DocumentStart = "-DOCSTART-";

    public static string Tag(string conll, PerceptronTagger pos, PerceptronTagger entities)
    {
        ArgumentNullException.ThrowIfNull(conll);
        ArgumentNullException.ThrowIfNull(pos);
        ArgumentNullException.ThrowIfNull(entities);
        var output = new StringBuilder(conll.Length * 2);
        // A document's sentences and the lines between them, written once the document ends: names found in one
        // sentence are looked for in the others (NameConsistency).
        var document = new List<(string[]? Words, string? Line)>();
        var words = new List<string>();
        // The last line's line break ends that line; it does not open another.
        var body = conll.AsSpan();
        if (body.EndsWith("\n")) body = body[..^1];
        foreach (var raw in body.EnumerateLines())
        {
            var line = raw.TrimEnd('\r');
            var separator = line.IndexOfAny('\t', ' ');
            var first = separator < 0 ? line : line[..separator];
            if (first.IsEmpty || first.SequenceEqual(DocumentStart))
            {
                if (words.Count > 0) document.Add(([.. words], null));
                words.Clear();
                if (!first.IsEmpty) Flush(document, pos, entities, output);
                document.Add((null, line.ToString()));
                continue;
            }

            words.Add(first.ToString());
        }

        if (words.Count > 0) document.Add(([.. words], null));
        Flush(document, pos, entities, output);
        return output.ToString();
    }

    private static void Flush(List<(string[]? Words, string? Line)> document, PerceptronTagger pos, PerceptronTagger entities, StringBuilder output)
    {
        var sentences = document.Where(item => item.Words is not null).Select(item => (item.Words!, SentenceTagging.TagWords(pos, item.Words!))).ToArray();
        var names = SentenceTagging.FindDocumentNames(entities, sentences);
        var s = 0;
        foreach (var (words, line) in document)
        {
            if (words is null)
            {
                output.Append(line).Append('\n');
                continue;
            }

            var tags = sentences[s].Item2;
            var labels = new string[words.Length];
            Array.Fill(labels, EntityLabels.Outside);
            foreach (var (first, end, type) in names[s++])
            {
                for (var i = first; i < end; i++) labels[i] = EntityLabels.Label(type, begins: i == first);
            }

            for (var i = 0; i < words.Length; i++)
            {
                output.Append(words[i]).Append('\t').Append(PennTags.Name(tags[i])).Append('\t').Append(labels[i]).Append('\n');
            }
        }

        document.Clear();
    }
}
