using BenchmarkDotNet.Attributes;
using Newsgraph.Core;
using Newsgraph.Core.Mentions;
using Newsgraph.Core.Pipeline;
using Newsgraph.Core.Tagging;
using Newsgraph.Core.Text;

namespace Newsgraph.Bench;

/// <summary>
/// The trained taggers alone over the tokens of a synthetic document (one or thirty copies of the demo article, about
/// 350 or 10,000 tokens): greedy tagging of every sentence, as the pipeline stages do, and loading both models as
/// start-up does. Words outside the models' vocabularies are summed once per document, so thirty copies tag faster
/// per token than one. Not sealed: BenchmarkDotNet generates a class deriving from it.
/// </summary>
[MemoryDiagnoser]
public class TaggerBenchmarks
{
    /// <summary>Copies of the demo article in the document.</summary>
    [Params(1, 30)]
    public int Repetitions { get; set; }

    private Document _document = null!;
    private byte[] _classes = [];
    private byte[] _posClasses = [];
    private byte[] _posModel = [];
    private byte[] _nerModel = [];

    /// <summary>Tokens of the benchmark document of <paramref name="repetitions"/> copies, for the tokens/s column.</summary>
    public static int TokenCount(int repetitions)
    {
        var document = new PipelineBuilder().Add(new Tokenizer()).Build().Process(SyntheticArticle.Build(repetitions));
        return document.Tokens.Count;
    }

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Add(new PartOfSpeechTagger(Models.PartOfSpeech)).Build();
        _document = pipeline.Process(SyntheticArticle.Build(Repetitions), "synthetic");
        _classes = new byte[_document.Tokens.Count];
        var posOfEntityModel = SentenceTagging.EntityPosClasses(Models.Entities.Model);
        _posClasses = [.. _document.PartsOfSpeech.Select(tag => posOfEntityModel[(int)tag])];
        _posModel = Models.PartOfSpeech.Model.ToBytes();
        _nerModel = Models.Entities.Model.ToBytes();
    }

    [Benchmark]
    public byte[] PartOfSpeech() => TagAll(Models.PartOfSpeech, []);

    [Benchmark]
    public byte[] Entities() => TagAll(Models.Entities, _posClasses);

    /// <summary>Entities as the recogniser stage finds them: tagging, names from the labels, and the document-level pass.</summary>
    [Benchmark]
    public int EntityNames()
    {
        var names = new List<(int First, int End, EntityType Type)>();
        Models.Entities.TagSentences(_document.Text, _document.TokenSpan, _document.Sentences, _posClasses, _classes);
        foreach (var sentence in _document.Sentences)
        {
            SentenceTagging.AppendNames(Models.Entities.Model, _classes.AsSpan(sentence.FirstToken, sentence.TokenCount), sentence.FirstToken, names);
        }

        NameConsistency.Apply(_document.Text, _document.TokenSpan, _document.Sentences, names);
        Models.Entities.Model.Typer?.Retype(_document.Text, _document.TokenSpan, _document.Sentences, Models.Entities.Names, names);
        return names.Count;
    }

    /// <summary>What the first use of the taggers costs: parsing both model files and precomputing their vocabularies.</summary>
    [Benchmark]
    public int LoadModels()
    {
        var entities = PerceptronModel.FromBytes(_nerModel);
        return new PerceptronTagger(PerceptronModel.FromBytes(_posModel), NameLexicon.Empty, entities.Vocabulary).Model.WordFeatureCount
            + new PerceptronTagger(entities, Models.Names).Model.WordFeatureCount;
    }

    /// <summary>Tags the document as the pipeline stages do: all sentences in one call.</summary>
    private byte[] TagAll(PerceptronTagger tagger, byte[] posClasses)
    {
        tagger.TagSentences(_document.Text, _document.TokenSpan, _document.Sentences, posClasses, _classes);
        return _classes;
    }
}
