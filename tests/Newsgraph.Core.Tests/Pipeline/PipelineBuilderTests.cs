using Newsgraph.Core.Pipeline;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    [Fact]
    public void RejectsAStageWhoseInputsComeLater()
    {
        var builder = new PipelineBuilder().Add(new SentenceSplitter()).Add(new Tokenizer());
        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("requires Tokens", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsTwoProducersOfOneLayer()
    {
        var builder = new PipelineBuilder().Add(new Tokenizer()).Add(new Tokenizer());
        Assert.Throws<InvalidOperationException>(builder.Build);
    }

    [Fact]
    public void RunsStagesInOrder()
    {
        var pipeline = new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Build();
        var document = pipeline.Process("One. Two.");
        Assert.Equal(Layers.Tokens | Layers.Sentences | Layers.Paragraphs, document.Annotated);
        Assert.Equal(document.Annotated, pipeline.Produces);
        Assert.Equal(2, document.Sentences.Count);
    }
}
