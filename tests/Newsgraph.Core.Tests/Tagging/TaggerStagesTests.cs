using Newsgraph.Core.Mentions;
using Newsgraph.Core.Pipeline;
using Newsgraph.Core.Tagging;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Tests.Tagging;

public sealed class TaggerStagesTests
{
    private const string Text = "Defence Minister Lara Quist said on Monday that the ferry to Port Halden would run again.";

    [Fact]
    public void TheDefaultPipelineTagsEveryTokenWithItsPartOfSpeech()
    {
        var document = NewsgraphPipelines.Default.Process(Text);
        Assert.Equal(document.Tokens.Count, document.PartsOfSpeech.Count);
        PennTag TagOf(string word) => document.PartsOfSpeech[document.Tokens.ToList().FindIndex(t => document.TextOf(t.Span) == word)];
        Assert.Equal(PennTag.Vbd, TagOf("said"));
        Assert.Equal(PennTag.Dt, TagOf("the"));
        Assert.Equal(PennTag.Md, TagOf("would"));
        Assert.Equal(PennTag.Period, document.PartsOfSpeech[^1]);
    }

    [Fact]
    public void RecognisedNamesAreTokenAlignedAndTyped()
    {
        var document = NewsgraphPipelines.Default.Process(Text);
        Assert.All(document.NamedEntities, n =>
        {
            Assert.Equal(document.Tokens[n.FirstToken].Start, n.Start);
            Assert.Equal(document.Tokens[n.EndToken - 1].End, n.End);
        });
        Assert.Contains(document.NamedEntities, n => document.TextOf(n.Span) == "Lara Quist" && n.Type == EntityType.Person);
    }

    [Fact]
    public void TheRecogniserNeedsThePartOfSpeechLayer()
    {
        var stage = new EntityRecognizer(Models.Entities);
        Assert.True(stage.Requires.HasFlag(Layers.PartsOfSpeech));
        Assert.Equal(Layers.NamedEntities, stage.Produces);
        Assert.Throws<InvalidOperationException>(() => new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Add(stage).Build());
    }
}
