using Newsgraph.Core.Tagging;

namespace Newsgraph.Core.Tests.Tagging;

public sealed class ConllTaggingTests
{
    private const string Input = "-DOCSTART- -X- O\n\nLara\tx\nQuist\nsaid\nthe\nferry\nwould\nleave\nPort\nHalden\n.\n\n-DOCSTART-\n\nShe\nagreed\n.\n";

    private static string[] Lines(string text) => text.Split('\n');

    [Fact]
    public void KeepsEveryTokenAndBreakAndAddsTwoColumns()
    {
        var output = ConllTagging.Tag(Input, Models.PartOfSpeech, Models.Entities);
        var input = Lines(Input);
        var lines = Lines(output);
        Assert.Equal(input.Length, lines.Length);
        for (var k = 0; k < input.Length; k++)
        {
            var first = input[k].Split('\t', ' ')[0];
            if (first.Length == 0 || first == ConllTagging.DocumentStart)
            {
                Assert.Equal(input[k], lines[k]);
                continue;
            }

            var columns = lines[k].Split('\t');
            Assert.Equal(3, columns.Length);
            Assert.Equal(first, columns[0]);
            Assert.True(PennTags.TryParse(columns[1], out _), columns[1]);
        }
    }

    [Fact]
    public void EntityLabelsAreWellFormedBio()
    {
        var labels = Lines(ConllTagging.Tag(Input, Models.PartOfSpeech, Models.Entities))
            .Select(line => line.Split('\t')).Where(c => c.Length == 3).Select(c => c[2]).ToArray();
        for (var k = 0; k < labels.Length; k++)
        {
            if (!labels[k].StartsWith("I-", StringComparison.Ordinal)) continue;
            Assert.True(k > 0 && labels[k - 1][2..] == labels[k][2..], $"{labels[k]} after {(k > 0 ? labels[k - 1] : "nothing")}");
        }

        Assert.Contains("B-PERSON", labels);
        Assert.Equal("VBD", Lines(ConllTagging.Tag("She\nagreed\n.\n", Models.PartOfSpeech, Models.Entities))[1].Split('\t')[1]);
    }
}
