using System.Text;

namespace Newsgraph.Core.Tagging;

/// <summary>
/// Tags pre-tokenised CoNLL-style text: one token a line (its first tab- or space-separated column), a blank line
/// between sentences, <c>-DOCSTART-</c> lines kept as document breaks. Each token comes back as
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
                Flush(words, pos, entities, output);
                output.Append(line).Append('\n');
                continue;
            }

            words.Add(first.ToString());
        }

        Flush(words, pos, entities, output);
        return output.ToString();
    }

    private static void Flush(List<string> words, PerceptronTagger pos, PerceptronTagger entities, StringBuilder output)
    {
        if (words.Count == 0) return;
        var tags = SentenceTagging.TagWords(pos, words);
        var labels = new string[words.Count];
        Array.Fill(labels, EntityLabels.Outside);
        foreach (var (first, end, type) in SentenceTagging.FindNames(entities, words, tags))
        {
            for (var i = first; i < end; i++) labels[i] = EntityLabels.Label(type, begins: i == first);
        }

        for (var i = 0; i < words.Count; i++)
        {
            output.Append(words[i]).Append('\t').Append(PennTags.Name(tags[i])).Append('\t').Append(labels[i]).Append('\n');
        }

        words.Clear();
    }
}
