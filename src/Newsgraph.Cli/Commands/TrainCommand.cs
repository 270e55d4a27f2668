using System.CommandLine;
using System.Globalization;
using System.Text;
using Newsgraph.Cli.Input;
using Newsgraph.Core.Evaluation;
using Newsgraph.Core.Quotes;
using Newsgraph.Core.Tagging;
using Newsgraph.Core.Training;

namespace Newsgraph.Cli.Commands;

/// <summary>`newsgraph train &lt;model&gt;`: builds a model file from ../shared data; one subcommand per model.</summary>
internal static partial class TrainCommand
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create() =>
        new("train", """
            Train model files from the shared corpora (dev split excluded); the same data gives the same bytes.

            Example:
              newsgraph train cues --data ../shared/data --out models
            """) { CreateCues(), CreateAttribution(), CreateNames(), CreateTagger(TaggerKind.PartOfSpeech), CreateTagger(TaggerKind.NamedEntity) };

    private static Command CreateCues() => CreateModelCommand(
        "cues",
        "Count attribution cue words and phrases in PolNeAR train (dev split excluded).",
        "The shared data folder (../shared/data); reads polnear/metadata.tsv and polnear/train/{text,attributions}.",
        "cues.tsv",
        "No PolNeAR train data: expected polnear/metadata.tsv and polnear/train/{text,attributions} under --data.",
        (dataDir, outputDir) => TrainCues(dataDir, outputDir) is { } written
            ? $"{written.Articles} articles: {written.WordCount} words, {written.PhraseCount} phrases"
            : null);

    private static Command CreateAttribution() => CreateModelCommand(
        "attribution",
        "Train the attribution model (cue and content-end scorers) on PolNeAR train (dev split excluded); reads the committed cue lexicon and taggers.",
        "The shared data folder (../shared/data); reads polnear/metadata.tsv and polnear/train/{text,attributions}.",
        "attribution.tsv",
        "No PolNeAR train data: expected polnear/metadata.tsv and polnear/train/{text,attributions} under --data.",
        (dataDir, outputDir) => TrainAttribution(dataDir, outputDir) is { } summary
            ? $"{summary.Articles} articles: {summary.CueCandidates} cue candidates ({summary.CuePositives} cues), {summary.ContentEnds} content ends"
            : null);

    private static Command CreateNames() => CreateModelCommand(
        "names",
        "Count entity types of capitalised names in CoreNLP's PolNeAR train NER (dev split excluded) and Phoenix country names.",
        "The shared data folder (../shared/data); reads polnear/metadata.tsv, polnear/train/corenlp/*.conll and cameo/Phoenix.Countries.actors.txt.",
        "names.tsv",
        "No name data: expected polnear/metadata.tsv, polnear/train/corenlp and cameo/Phoenix.Countries.actors.txt under --data.",
        (dataDir, outputDir) => TrainNames(dataDir, outputDir) is { } written
            ? $"{written.Documents} articles: {written.TokenRows} tokens, {written.SpanRows} spans"
            : null);

    /// <summary>
    /// One `train` subcommand: <paramref name="train"/> writes the model and its card into the output folder and
    /// returns a one-line summary, or null when the data folder lacks what it needs.
    /// </summary>
    private static Command CreateModelCommand(string name, string description, string dataDescription, string modelFile, string missingData, Func<string, string, string?> train)
    {
        var data = new Option<string>("--data") { Description = dataDescription, Required = true };
        var output = new Option<string>("--out")
        {
            Description = $"Folder to write {modelFile} and its model card {Path.ChangeExtension(modelFile, ".md")} into.",
            Required = true,
        };
        var example = $"newsgraph train {name} --data ../shared/data --out models";
        var command = new Command(name, $"{description}\n\nExample:\n  {example}") { data, output };
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var outputDir = parseResult.GetValue(output)!;
            try
            {
                if (train(parseResult.GetValue(data)!, outputDir) is not { } summary)
                {
                    error.WriteLine(missingData);
                    return (int)ExitCode.BadInput;
                }

                parseResult.InvocationConfiguration.Output.WriteLine($"{summary} -> {Path.Combine(outputDir, modelFile)}");
                return (int)ExitCode.Success;
            }
            catch (Exception exception) when (exception is BadInputException or IOException or UnauthorizedAccessException or FormatException)
            {
                error.WriteLine(exception.Message.ReplaceLineEndings(" "));
                return (int)ExitCode.BadInput;
            }
        });
        return command;
    }

    /// <summary>
    /// The PolNeAR train articles outside our dev split, in ordinal order, with their texts and gold attributions;
    /// null when the data folder lacks the metadata, the texts or the annotations.
    /// </summary>
    private static (PolnearSplit Split, (string Article, string Text, IReadOnlyList<Attribution> Gold)[] Articles)? PolnearTrainArticles(string dataDir)
    {
        var polnear = Path.Combine(dataDir, "polnear");
        var metadataPath = Path.Combine(polnear, "metadata.tsv");
        var textDir = Path.Combine(polnear, "train", "text");
        var goldDir = Path.Combine(polnear, "train", "attributions");
        if (!File.Exists(metadataPath) || !Directory.Exists(textDir) || !Directory.Exists(goldDir)) return null;

        var split = PolnearSplit.FromMetadata(File.ReadAllText(metadataPath));
        var articles = PolnearCorpus.GoldFiles(goldDir, textDir)
            .Where(entry => split.Train.Contains(entry.Article))
            .Select(entry => (entry.Article, PolnearCorpus.ReadText(textDir, entry.Article), BratStandoff.Parse(File.ReadAllText(entry.AnnotationPath))))
            .ToArray();
        return (split, articles);
    }

    /// <summary>Trains the cue lexicon and writes it with its card; null when the data folder lacks PolNeAR train.</summary>
    internal static CueLexiconCounts? TrainCues(string dataDir, string outputDir)
    {
        if (PolnearTrainArticles(dataDir) is not var (split, articles)) return null;
        var lexicon = CueLexiconTrainer.Train(articles.Select(article => (article.Text, article.Gold)));

        Directory.CreateDirectory(outputDir);
        WriteAtomically(Path.Combine(outputDir, "cues.tsv"), lexicon.ToTsv());
        WriteAtomically(Path.Combine(outputDir, "cues.md"), CuesModelCard(lexicon, split));
        return lexicon;
    }

    /// <summary>
    /// Trains the attribution model on the PolNeAR train articles outside our dev split, each annotated up to entities
    /// by the engine's own stages, and writes it with its card; null when the data folder lacks PolNeAR train.
    /// </summary>
    internal static AttributionTrainingSummary? TrainAttribution(string dataDir, string outputDir)
    {
        if (PolnearTrainArticles(dataDir) is not var (split, articles)) return null;
        var trainer = new AttributionModelTrainer(Core.Models.Cues);
        foreach (var (article, text, gold) in articles)
        {
            trainer.Add(Core.NewsgraphPipelines.BeforeAttribution.Process(text, article), gold);
        }

        var (tsv, summary) = trainer.Train(
            $"Newsgraph attribution model v1: averaged perceptrons, seed 1; {ModelCard.Count(trainer.Articles)} PolNeAR train articles (dev split excluded)");
        // Reading it back checks that the engine can load what was written.
        var model = AttributionModel.Parse(tsv, Core.Models.Cues);
        Directory.CreateDirectory(outputDir);
        WriteAtomically(Path.Combine(outputDir, "attribution.tsv"), tsv);
        WriteAtomically(Path.Combine(outputDir, "attribution.md"), AttributionModelCard(summary, model, split, Utf8WithoutBom.GetByteCount(tsv)));
        return summary;
    }

    /// <summary>What <see cref="TrainNames"/> wrote: for the console line and the model card.</summary>
    internal sealed record NameLexiconSummary(int Documents, int TokenRows, int SpanRows, int Bytes);

    /// <summary>
    /// Trains the name lexicon and writes it with its card; null when the data folder lacks the CoreNLP output,
    /// the PolNeAR metadata or the Phoenix country dictionary.
    /// </summary>
    internal static NameLexiconSummary? TrainNames(string dataDir, string outputDir)
    {
        var metadataPath = Path.Combine(dataDir, "polnear", "metadata.tsv");
        var coreNlpDir = Path.Combine(dataDir, "polnear", "train", "corenlp");
        var phoenixPath = Path.Combine(dataDir, "cameo", "Phoenix.Countries.actors.txt");
        if (!File.Exists(metadataPath) || !Directory.Exists(coreNlpDir) || !File.Exists(phoenixPath)) return null;

        var split = PolnearSplit.FromMetadata(File.ReadAllText(metadataPath));
        var trainer = new NameLexiconTrainer();
        // Ordinal file order: the counts do not depend on it, but a fixed order keeps any run reproducible.
        var coreNlpFiles = Directory.GetFiles(coreNlpDir, "*.conll").Order(StringComparer.Ordinal);
        foreach (var path in coreNlpFiles.Where(path => !split.Dev.Contains(Path.GetFileNameWithoutExtension(path))))
        {
            trainer.AddCoreNlp(File.ReadAllText(path));
        }

        trainer.AddPhoenixPlaces(File.ReadAllText(phoenixPath));
        var tsv = trainer.ToTsv(
            $"Newsgraph name lexicon v1: CoreNLP silver NER of {trainer.Documents.ToString(CultureInfo.InvariantCulture)} PolNeAR train articles (dev split excluded) and Phoenix country/region names (MIT)");
        // Counting rows through the parser also checks that the engine can read what was written.
        var lexicon = NameLexicon.Parse(tsv);
        var summary = new NameLexiconSummary(trainer.Documents, lexicon.TokenCount, lexicon.SpanCount, Utf8WithoutBom.GetByteCount(tsv));

        Directory.CreateDirectory(outputDir);
        WriteAtomically(Path.Combine(outputDir, "names.tsv"), tsv);
        WriteAtomically(Path.Combine(outputDir, "names.md"), NamesModelCard(summary, split));
        return summary;
    }

    /// <summary>Writes beside the target then renames, so a reader never sees a half-written model.</summary>
    private static void WriteAtomically(string path, string contents)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, contents, Utf8WithoutBom);
        File.Move(temporary, path, overwrite: true);
    }

    private static string CuesModelCard(CueLexiconCounts lexicon, PolnearSplit split)
    {
        var card = new ModelCard();
        void Line(string line) => card.Line(line);
        string Count(int count) => ModelCard.Count(count);

        Line("# Cue lexicon (cues.tsv)");
        Line("");
        Line("Which words and phrases report an attribution (\"said\", \"according to\", \"told reporters\"), counted from gold annotations.");
        Line("");
        Line("## Use");
        Line("");
        Line("`CueFinder` (in `QuoteAttributor`) scores as a possible cue only a word outside quotation marks that has a `word` row here, auxiliaries and adverbs that gold cues include (\"has\", \"also\") left out; the attribution model (`attribution.tsv`) reads the word's share and count as two of its features and decides in context.");
        Line("The phrase rows are statistics for analysis; the engine does not load them.");
        Line("");
        Line("## Data and licence");
        Line("");
        Line("PolNeAR v1.0, train compartment (`../shared/data/polnear/train`), gold attribution annotations in brat standoff; a research corpus (networkdynamics/PolNeAR).");
        Line("Where several annotators read an article, the alphabetically first annotator's file is used.");
        Line("The file holds counts of words and short phrases only, no corpus sentences; the news texts remain their publishers'.");
        Line("");
        card.SplitSection();
        Line($"Articles counted: {Count(lexicon.Articles)} (of {Count(split.Train.Count)} in our training split; dev split: {Count(split.Dev.Count)}).");
        Line("");
        Line("## Contents");
        Line("");
        Line($"- `word` rows: {Count(lexicon.WordCount)}: a lowercased token (Newsgraph tokenizer); `as_cue` counts its tokens inside a gold cue span, `occurrences` all its tokens.");
        Line($"- `phrase` rows: {Count(lexicon.PhraseCount)}: a whole cue span of 2-4 tokens, lowercased and joined by spaces; `as_cue` counts cue spans equal to it, `occurrences` the same token sequence anywhere in the text.");
        Line($"- Only rows with `as_cue` >= {Count(CueLexiconTrainer.MinimumAsCue)} are kept. Rows are sorted by kind (word, phrase), `as_cue` descending, then form.");
        Line("");
        Line("## Known limits");
        Line("");
        Line("- Word counts ignore context: a word that is a cue as a verb and not as a noun (\"critique\", \"blame\") gets one share for both.");
        Line("- PolNeAR annotates beliefs, intentions and stances as well as speech, so many cues are rare open-class verbs below the thresholds.");
        Line("- Domain: US political news of 2015-16 (seven national publishers).");
        Line("");
        card.RetrainSection("cues");
        return card.ToString();
    }

    private static string AttributionModelCard(AttributionTrainingSummary summary, AttributionModel model, PolnearSplit split, int bytes)
    {
        var card = new ModelCard();
        void Line(string line) => card.Line(line);
        string Count(int count) => ModelCard.Count(count);
        string Figure(double figure) => figure.ToString("0.0000", CultureInfo.InvariantCulture);

        Line("# Attribution model (attribution.tsv)");
        Line("");
        Line("Three averaged perceptrons that decide, in context, which words report an attribution and where the reported content after a cue starts and ends.");
        Line("");
        Line("## Use");
        Line("");
        Line("`QuoteAttributor`: `CueFinder` scores each word outside quotation marks that the cue lexicon (`cues.tsv`) has seen in a gold cue, auxiliaries and adverbs left out, and keeps it as the cue of an indirect or mixed attribution when its score is above one, or as the cue a sieve may give a direct quote when above -5 (next to a quotation a reporting word is far more likely a cue; both bars tuned on our dev split); `IndirectQuoteFinder` ranks the first words after a cue as the content's start (\"told reporters [that ...]\", \"calling on [...]\") and every end of that content up to the sentence's end, the next cue's clause or a direct quote, and keeps the best of each.");
        Line("Sources, direct quotes and contents before their cue are found by the rules and sieves; `extract --explain` prints which decided.");
        Line("");
        Line("## Model");
        Line("");
        Line($"Cue scorer: a binary averaged perceptron over the word, its part-of-speech tag (`pos.bin`), the words and tags around it, the cue lexicon's share and count for the word, whether a person, organisation or pronoun stands just before it, whether \"that\" follows within six words and whether its sentence holds a quotation. {Count(summary.CueCandidates)} candidate words, {Count(summary.CuePositives)} of them heading gold cues (the cue's verbs, or else its last word that can head a cue: \"[vehemently] opposed\" is headed by \"opposed\", \"criticism of\" by \"criticism\"); training accuracy in the last epoch {Figure(summary.CueTrainAccuracy)}; {Count(model.CueFeatureCount)} weights.");
        Line($"Content-end ranker: a structured perceptron choosing one end among all the token boundaries after the content's first word, over the words and tags at and around the end, the length, the cue word with each of these, the content's first word, and whether the content holds a finite verb, commas or a quotation. {Count(summary.ContentEnds)} gold contents that follow their cue in its sentence; training accuracy in the last epoch {Figure(summary.ContentEndTrainAccuracy)}; {Count(model.ContentEndFeatureCount)} weights; its features also say whether the rest of the sentence after the end holds a finite verb.");
        Line($"Content-start ranker: a structured perceptron choosing the start among the word after the cue and the {Count(AttributionModel.MaxContentStartSkip)} after it, over the words and tags skipped and at the start, with the cue word. {Count(summary.ContentStarts)} gold contents starting within that reach; training accuracy in the last epoch {Figure(summary.ContentStartTrainAccuracy)}; {Count(model.ContentStartFeatureCount)} weights.");
        Line($"Features are stored as 64-bit FNV-1a hashes of their template and values; weights are averaged over 8 epochs for the cue scorer and 2 for the rankers (more fit the train split better and our dev split worse; examples shuffled with seed 1) and rounded to four decimals. Size: {Count(bytes)} bytes.");
        Line("");
        Line("## Data and licence");
        Line("");
        Line("PolNeAR v1.0, train compartment (`../shared/data/polnear/train`), gold attribution annotations in brat standoff; a research corpus (networkdynamics/PolNeAR). Texts are annotated by Newsgraph's own stages up to entities (`NewsgraphPipelines.BeforeAttribution`).");
        Line("Where several annotators read an article, the alphabetically first annotator's file is used.");
        Line("The file holds hashed features and weights only, no corpus sentences.");
        Line("");
        card.SplitSection();
        Line($"Articles used: {Count(summary.Articles)} (of {Count(split.Train.Count)} in our training split; dev split: {Count(split.Dev.Count)}).");
        Line("");
        Line("## Known limits");
        Line("");
        Line("- Cues are single words (and \"according to\"): a word the lexicon never saw inside a gold cue is never one.");
        Line("- Contents before their cue, spanning sentences or nested inside another content are left to the rules.");
        Line("- Domain: US political news of 2015-16 (seven national publishers).");
        Line("");
        card.RetrainSection("attribution");
        Line("It reads `cues.tsv`, `pos.bin`, `ner.bin` and `names.tsv` as compiled into the engine: retrain it after any of them changes.");
        return card.ToString();
    }

    private static string NamesModelCard(NameLexiconSummary summary, PolnearSplit split)
    {
        var card = new ModelCard();
        void Line(string line) => card.Line(line);
        string Count(int count) => ModelCard.Count(count);

        Line("# Name lexicon (names.tsv)");
        Line("");
        Line("How often each capitalised word, and each whole multi-word name, was labelled a person, organisation, place or NORP (nationality, religious or political group), or not a name at all.");
        Line("");
        Line("## Use");
        Line("");
        Line("`LexiconNameTagger` finds proper names from capitalisation and types them from this evidence: a whole multi-word name by its `span` row, otherwise by a vote of its words' `token` rows (the last word weighing double).");
        Line("A sentence-initial word counts as a name only if the lexicon or the rest of the article says so.");
        Line("");
        Line("## Data and licences");
        Line("");
        Line("- PolNeAR v1.0 (a research corpus, networkdynamics/PolNeAR), train compartment: the CoreNLP 3.x silver output shipped with it (`../shared/data/polnear/train/corenlp/*.conll`, 4-class CoNLL NER: PERSON, ORGANIZATION, LOCATION, MISC mapped to person, org, place, norp).");
        Line("  The labels are CoreNLP's automatic output, not gold annotation. The file holds counts of word forms and names only, no corpus sentences; the news texts remain their publishers'.");
        Line("- Phoenix country dictionary (`../shared/data/cameo/Phoenix.Countries.actors.txt`), MIT licence, Copyright (c) 2014 Open Event Data Alliance (see `../shared/data/cameo/LICENSE`).");
        Line("  Country and region entries with a code are counted as places; their one-word synonyms ending in -ian, -ean, -can, -ese, -ish or -i (and plurals) as NORP (\"Jordanian\"), so \"Iran\" and \"Amman\" stay places. Multi-word names become `span` rows.");
        Line("");
        card.SplitSection();
        Line($"Articles counted: {Count(summary.Documents)} (our training split has {Count(split.Train.Count)} articles, of which those with CoreNLP output are read; dev split: {Count(split.Dev.Count)}).");
        Line("");
        Line("## Contents");
        Line("");
        Line($"- `token` rows: {Count(summary.TokenRows)}: a capitalised token (CoreNLP tokenization) or a one-word Phoenix name; counts per type over all its occurrences, `other` where it was not labelled a name.");
        Line($"- `span` rows: {Count(summary.SpanRows)}: a whole multi-word name, its words joined by single spaces; counts per type of the labelled spans equal to it.");
        Line("- Forms seen once, and then not as a name, are left out. Rows are sorted by kind (span, token), then form (ordinal).");
        Line($"- Size: {Count(summary.Bytes)} bytes, UTF-8, `\\n` line ends; a `#` description line, then the header `{NameLexicon.Header.Replace("\t", " ", StringComparison.Ordinal)}` (tab-separated).");
        Line("");
        Line("## Known limits");
        Line("");
        Line("- Silver labels: CoreNLP's NER errors (a wrong type, a title or a sentence-initial word inside a name) are counted as if they were right.");
        Line("- Domain: US political news of 2015-16 (seven national publishers); names from other places, times and topics are often missing, and ambiguous names get the type that coverage gave them most often.");
        Line("- MISC is mapped to NORP, though CoreNLP also uses it for events, works and other names.");
        Line("");
        card.RetrainSection("names");
        return card.ToString();
    }

    /// <summary>A model card being written, with the sections every card shares.</summary>
    private sealed class ModelCard
    {
        private readonly StringBuilder _text = new();

        public static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

        public void Line(string line) => _text.Append(line).Append('\n');

        /// <summary>The heading and first line of the Split section; the card adds how many articles it counted.</summary>
        public void SplitSection()
        {
            Line("## Split");
            Line("");
            Line($"Train-compartment articles are sorted by (publication_date, filename); the last {Count(PolnearSplit.DevArticleCount)} are our dev split and are excluded here.");
        }

        public void RetrainSection(string model)
        {
            Line("## Retrain");
            Line("");
            Line("From the repository root:");
            Line("");
            Line("```");
            Line($"dotnet run --project src/Newsgraph.Cli -- train {model} --data ../shared/data --out models");
            Line("```");
            Line("");
            Line("The output is deterministic: the same data gives the same bytes.");
        }

        public override string ToString() => _text.ToString();
    }
}
