using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Newsgraph.Cli.Input;
using Newsgraph.Core;
using Newsgraph.Core.Evaluation;
using Newsgraph.Core.Tagging;
using Newsgraph.Core.Training;
using Spectre.Console;

namespace Newsgraph.Cli.Commands;

/// <summary>`newsgraph train pos|ner`: averaged-perceptron taggers from GUM, UD EWT and PolNeAR's CoreNLP silver.</summary>
internal static partial class TrainCommand
{
    /// <summary>What a tagger training run reads and how: the options of `train pos` and `train ner`.</summary>
    internal sealed record TaggerRequest(TaggerKind Kind, string DataDir, string OutputDir, int Epochs, bool Silver, int GoldWeight, int Seed = 1);

    /// <summary>What a tagger training run wrote, for the console and the model card.</summary>
    internal sealed record TaggerSummary(string ModelFile, int Sentences, int Tokens, double DevScore, int Bytes, int Features, TimeSpan Elapsed);

    /// <summary>Folds of GUM train over which the name typer's training documents are tagged.</summary>
    private const int TyperFolds = 5;

    /// <summary>
    /// Passes of the typer's fold taggers. They are greedy, whatever the recogniser is: a typer that learns from greedy
    /// taggers' names overrides more of their types, and on top of the Viterbi recogniser scores higher than one that
    /// learns from Viterbi fold taggers (GUM dev, seeds 1-4: mean 0.7775 against 0.7735).
    /// </summary>
    private const int TyperFoldEpochs = 3;

    /// <summary>Passes of the name typer over its training names.</summary>
    private const int TyperEpochs = 10;

    private static string ModelFile(TaggerKind kind) => kind == TaggerKind.PartOfSpeech ? "pos.bin" : "ner.bin";

    private static Command CreateTagger(TaggerKind kind)
    {
        var pos = kind == TaggerKind.PartOfSpeech;
        var name = pos ? "pos" : "ner";
        var modelFile = ModelFile(kind);
        var data = new Option<string>("--data")
        {
            Description = "The shared data folder (../shared/data); reads gum/, ud-ewt/ and polnear/ (metadata.tsv, train/corenlp, train/text).",
            Required = true,
        };
        var output = new Option<string>("--out")
        {
            Description = $"Folder to write {modelFile} and its model card {Path.ChangeExtension(modelFile, ".md")} into"
                + (pos ? "." : "; it must hold pos.bin, whose tags the entity features read."),
            Required = true,
        };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => pos ? 8 : 4 };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffling of the training sentences (and of the name typer's examples).", DefaultValueFactory = _ => 1 };
        var silver = new Option<bool>("--silver")
        {
            Description = "Also train on CoreNLP's silver output for PolNeAR train (our dev split excluded); on by default for ner (news names), off for pos, where it lowered GUM dev accuracy.",
            DefaultValueFactory = _ => !pos,
        };
        var goldWeight = new Option<int>("--gold-weight")
        {
            Description = "How many times each gold GUM sentence is seen per epoch.",
            DefaultValueFactory = _ => pos ? 1 : 3,
        };
        var description = pos
            ? "Train the part-of-speech tagger (Penn Treebank tags) on GUM (dev documents excluded) and UD EWT dev, with --silver true also on CoreNLP's silver tags of PolNeAR train; prints per-epoch accuracy on GUM dev."
            : "Train the entity recogniser (PERSON, ORG, PLACE; BIO) on GUM's named mentions (dev documents excluded) and CoreNLP silver NER of PolNeAR train; prints per-epoch span F1 on GUM dev.";
        var command = new Command(name, $"{description}\n\nExample:\n  newsgraph train {name} --data ../shared/data --out models") { data, output, epochs, silver, goldWeight, seed };
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var request = new TaggerRequest(kind, parseResult.GetValue(data)!, parseResult.GetValue(output)!, parseResult.GetValue(epochs), parseResult.GetValue(silver), parseResult.GetValue(goldWeight), parseResult.GetValue(seed));
            if (request.Epochs < 1 || request.GoldWeight < 1)
            {
                error.WriteLine("error: --epochs and --gold-weight must be at least 1.");
                return (int)ExitCode.BadUsage;
            }

            try
            {
                var stdout = parseResult.InvocationConfiguration.Output;
                var summary = TrainTagger(request, stdout, showProgress: ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{summary.Sentences} sentences, {summary.Tokens} tokens, {summary.Features} features, dev {summary.DevScore:0.0000}, {summary.Bytes} bytes, {summary.Elapsed.TotalSeconds:0.0} s -> {Path.Combine(request.OutputDir, summary.ModelFile)}"));
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

    /// <summary>Trains a tagger as <paramref name="request"/> says, writes it with its card and prints one line per epoch.</summary>
    internal static TaggerSummary TrainTagger(TaggerRequest request, TextWriter output, bool showProgress)
    {
        var clock = Stopwatch.StartNew();
        var pos = request.Kind == TaggerKind.PartOfSpeech;
        var gumTrain = TaggerCorpora.Gum(request.DataDir, dev: false) ?? throw new BadInputException($"No GUM data: expected gum/*.conllu and gum/files.dev under {request.DataDir}.");
        var gumDev = TaggerCorpora.Gum(request.DataDir, dev: true)!;
        var silverArticles = 0;
        var silver = request.Silver
            ? TaggerCorpora.PolnearSilver(request.DataDir, out silverArticles) ?? throw new BadInputException($"No silver data: expected polnear/metadata.tsv and polnear/train/corenlp under {request.DataDir} (or pass --silver false).")
            : [];
        var ewt = pos ? TaggerCorpora.EwtDev(request.DataDir) ?? [] : [];

        var sentences = new List<LabelledSentence>();
        var silverUsed = silver.Count;
        var silverSentences = new List<LabelledSentence>();
        PerceptronTagger? posTagger = null;
        if (pos)
        {
            for (var k = 0; k < request.GoldWeight; k++) sentences.AddRange(gumTrain.Select(PosSentence).OfType<LabelledSentence>());
            sentences.AddRange(ewt.Select(PosSentence).OfType<LabelledSentence>());
            sentences.AddRange(silver.Select(PosSentence).OfType<LabelledSentence>());
        }
        else
        {
            var posPath = Path.Combine(request.OutputDir, ModelFile(TaggerKind.PartOfSpeech));
            if (!File.Exists(posPath)) throw new BadInputException($"{posPath}: no part-of-speech model; run `newsgraph train pos` first.");
            posTagger = new PerceptronTagger(PerceptronModel.FromBytes(File.ReadAllBytes(posPath)), NameLexicon.Empty);
            for (var k = 0; k < request.GoldWeight; k++) sentences.AddRange(gumTrain.Select(EntitySentence));
            // CoreNLP's MISC holds nationalities ("Americans"), which GUM's gold calls persons or places: a sentence
            // with MISC words would teach O for them, so it is left out (GUM dev F1 0.7164 to 0.7269).
            silverUsed = silver.Count(s => !s.HasMiscNames);
            silverSentences.AddRange(silver.Where(s => !s.HasMiscNames).Select(EntitySentence));
            sentences.AddRange(silverSentences);
        }

        var data = pos
            ? $"GUM train ({gumTrain.Count} sentences{(request.GoldWeight > 1 ? $" x{request.GoldWeight}" : "")}), UD EWT dev ({ewt.Count}), CoreNLP silver of {silverArticles} PolNeAR train articles ({silver.Count})"
            : $"GUM train named mentions ({gumTrain.Count} sentences{(request.GoldWeight > 1 ? $" x{request.GoldWeight}" : "")}), CoreNLP silver NER of {silverArticles} PolNeAR train articles ({silverUsed} sentences without MISC words of {silver.Count})";
        var description = pos
            ? $"Newsgraph part-of-speech tagger v1: averaged perceptron, {request.Epochs} epochs, seed {request.Seed}; {data}"
            : $"Newsgraph entity recogniser v2: averaged perceptron trained and run with Viterbi, {request.Epochs} epochs, seed {request.Seed}; {data}";
        var options = new PerceptronTrainingOptions(request.Kind, description)
        {
            Epochs = request.Epochs,
            Seed = request.Seed,
            Decoding = pos ? TaggerDecoding.Greedy : TaggerDecoding.Viterbi,
        };
        var trainer = new PerceptronTrainer(options, pos ? NameLexicon.Empty : Models.Names, posTagger);
        double DevScore(PerceptronTagger tagger) => pos
            ? TaggingEvaluation.Score(gumDev, tagger, null).PosAccuracy
            : TaggingEvaluation.Score(gumDev, posTagger!, tagger).AllNames.F1;
        void Report(EpochReport epoch) => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"epoch {epoch.Epoch}/{epoch.Epochs}: train accuracy {epoch.TrainAccuracy:0.0000}, GUM dev {(pos ? "accuracy" : "span F1")} {epoch.DevScore:0.0000} ({clock.Elapsed.TotalSeconds:0} s)"));

        PerceptronModel model;
        if (showProgress)
        {
            PerceptronModel? trained = null;
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn()).Start(context =>
            {
                var task = context.AddTask($"training {(pos ? "pos" : "ner")}", maxValue: request.Epochs);
                trained = trainer.Train(sentences, DevScore, Report, (epoch, share) => task.Value = epoch - 1 + share);
                task.Value = request.Epochs;
            });
            model = trained!;
        }
        else model = trainer.Train(sentences, DevScore, Report);

        if (!pos)
        {
            // The second stage learns from the tagger's output on documents it never saw: folds of GUM train.
            var documents = NameTyperTrainer.OutOfFold(gumTrain, silverSentences, request.GoldWeight, TyperFolds,
                options with { Decoding = TaggerDecoding.Greedy, Epochs = TyperFoldEpochs }, Models.Names, posTagger!);
            model = model.WithTyper(NameTyperTrainer.Train(documents, Models.Names, TyperEpochs, options.Seed));
        }

        var bytes = model.ToBytes();
        // Score what was written: the file's quantised weights, as the engine will load them.
        var loaded = new PerceptronTagger(PerceptronModel.FromBytes(bytes), pos ? NameLexicon.Empty : Models.Names);
        var scores = pos ? TaggingEvaluation.Score(gumDev, loaded, null) : TaggingEvaluation.Score(gumDev, posTagger!, loaded);
        var summary = new TaggerSummary(ModelFile(request.Kind), sentences.Count, sentences.Sum(s => s.Words.Length),
            pos ? scores.PosAccuracy : scores.AllNames.F1, bytes.Length, model.WordFeatureCount, clock.Elapsed);

        Directory.CreateDirectory(request.OutputDir);
        var path = Path.Combine(request.OutputDir, summary.ModelFile);
        File.WriteAllBytes(path + ".tmp", bytes);
        File.Move(path + ".tmp", path, overwrite: true);
        WriteAtomically(Path.ChangeExtension(path, ".md"), TaggerModelCard(request, model, scores, bytes.Length));
        return summary;
    }

    /// <summary>A sentence with its gold PTB tags; null when a tag is not one we know (a treebank error).</summary>
    private static LabelledSentence? PosSentence(TreebankSentence sentence)
    {
        var labels = new string[sentence.Words.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            if (!PennTags.TryParse(sentence.Words[i].Xpos, out var tag)) return null;
            labels[i] = PennTags.Name(tag);
        }

        return new LabelledSentence([.. sentence.Words.Select(w => w.Form)], labels);
    }

    private static LabelledSentence EntitySentence(TreebankSentence sentence) =>
        new([.. sentence.Words.Select(w => w.Form)], TaggedCorpora.BioLabels(sentence));

    private static string TaggerModelCard(TaggerRequest request, PerceptronModel model, TaggingScores scores, int bytes)
    {
        var pos = request.Kind == TaggerKind.PartOfSpeech;
        var card = new ModelCard();
        void Line(string line) => card.Line(line);
        string Figure(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

        Line(pos ? "# Part-of-speech tagger (pos.bin)" : "# Entity recogniser (ner.bin)");
        Line("");
        Line(pos
            ? "Penn Treebank part-of-speech tags (with UD English's HYPH, NFP, ADD, GW, XX, AFX), one per token; universal tags follow from each tag and its word (forms of \"be\" are AUX, \"not\" PART, subordinators SCONJ)."
            : "Person, organisation and place names as BIO labels (B-PERSON, I-ORG, ...), one per token.");
        Line("");
        Line("## Use");
        Line("");
        Line(pos
            ? "`PartOfSpeechTagger` (the default pipeline's parts-of-speech layer), `newsgraph tag`, and the entity recogniser's features."
            : "`EntityRecognizer` (the default pipeline's recognised-names layer), which `LexiconNameTagger` reads to type the names its lexicon has no evidence for, and `newsgraph tag`.");
        Line("");
        Line("## Model");
        Line("");
        Line($"{model.Description}.");
        Line("");
        Line((pos
                ? "Greedy left-to-right averaged perceptron. Features:"
                : "Averaged perceptron (Collins 2002) trained and run with Viterbi: each token's features without label history, plus a weight for each pair of labels (O then I-X and B-X then I-Y excluded). Features:")
            + " the word (lower case, numbers folded; and as written), its suffixes (1-4) and prefixes (1-3), shape, the words and suffixes within two tokens, "
            + (pos ? "the two previous tags and their pair, " : "")
            + "sentence-initial position with the shapes of the word and the next"
            + (pos ? "." : ", the part-of-speech tags around the token (from pos.bin), alone and in pairs, and what models/names.tsv and the title lexicon say of the word and its neighbours."
                + " After tagging, a name found in a document is found again where its exact words recur capitalised outside other names (`NameConsistency`; not where the recogniser left it out inside sentences more often than it found it), and a name read as a person that follows a locative (in, near, into, throughout, across; not before a possessive) at least twice in the document becomes a place (a rule chosen on GUM dev: 0.7269 to 0.7517 F1, nearly all from one document's town); a person's name loses the title words it starts with (title lexicon: \"Vice President Bush\" names \"Bush\", as GUM marks names; 0.7540)."
                + $" Then a second stage (`NameTyper`, {model.Typer?.FeatureCount ?? 0} features, averaged perceptron, {TyperEpochs} epochs) retypes each name as person, organisation or place from the tagger's type, the whole name, its last word's first and last three letters, the shapes of its first and last words, the name lexicon's evidence for the name and its first and last words (marked when resting on fewer than 3 sightings), the two words either side, and the words before and after every occurrence of the same name in the document with the types the tagger gave them;"
                + $" it is trained on GUM train's gold names, with the types a greedy tagger ({TyperFoldEpochs} epochs) trained on the other {TyperFolds} folds (by document) gave them, so it learns how far to trust a tagger on unseen text (greedy recogniser: GUM dev 0.7540 to 0.7878; 5-fold cross-validation on GUM train 0.6446 to 0.6612; features chosen on both). Last, on the typed names (`NameConsistency.Finish`), a person's name loses an honorific without its full stop (\"Ms Lind\" names \"Lind\") and capitals in brackets that spell a name's initials (\"World Health Organisation (WHO)\") are a name of its type wherever they recur (GUM dev 0.7959 to 0.8009). The scores below include these steps."));
        Line($"Classes: {model.Classes.Count}; word features kept: {model.WordFeatureCount} (seen at least twice, averaged weights of at least 0.05); weights quantised to 16 bits. Size: {bytes} bytes.");
        Line("");
        Line("## Data and licences");
        Line("");
        Line("- GUM (`../shared/data/gum`, CC BY 4.0 for the genres used): every document except those listed in `files.dev`, which are kept for evaluation.");
        if (pos) Line("- UD English Web Treebank, dev split (`../shared/data/ud-ewt`, CC BY-SA 4.0), gold tags.");
        else Line("  Named mentions: GUM entity mentions of type person, organization or place whose head is a proper noun (by UPOS or XPOS); the name is the unbroken run of the head with its flat, compound and amod proper-noun dependents and, unless a person, \"of\" modifiers; a bare title (\"the President\") is no name; nested names give way to the longer.");
        if (request.Silver)
        {
            Line($"- PolNeAR v1.0 train (a research corpus, networkdynamics/PolNeAR): CoreNLP 3.x silver {(pos ? "tags" : "NER (PERSON, ORGANIZATION, LOCATION; sentences with MISC words left out, as MISC holds nationalities GUM calls persons)")} of the articles outside our dev split (the last {PolnearSplit.DevArticleCount} train articles by date are excluded).");
        }

        Line("The file holds feature strings (words, affixes, shapes) and weights, no sentences.");
        Line("");
        Line("## Scores (GUM dev documents, never trained on)");
        Line("");
        if (pos)
        {
            Line($"- Accuracy, PTB tags: {Figure(scores.PosAccuracy)} over {scores.Tokens} tokens.");
            Line($"- Accuracy, universal tags mapped from the PTB tags and words: {Figure(scores.UniversalAccuracy)}.");
        }
        else
        {
            foreach (var type in TaggingScores.ScoredTypes)
            {
                var counts = scores.Names[type];
                Line($"- {EntityLabels.TypeName(type)}: precision {Figure(counts.Precision)}, recall {Figure(counts.Recall)}, F1 {Figure(counts.F1)} ({counts.Gold} gold names).");
            }

            var all = scores.AllNames;
            Line($"- All: precision {Figure(all.Precision)}, recall {Figure(all.Recall)}, F1 {Figure(all.F1)} ({all.Gold} gold names); exact spans and types.");
        }

        Line("");
        Line("## Known limits");
        Line("");
        Line(pos
            ? "- Greedy decoding; GUM, EWT and news are the domains seen. Universal tags come from a map of the PTB tag and the word, so those that depend on context (AUX for have and do, PRON for a determiner standing alone) are not told apart."
            : "- No NORP, events or works: GUM's named mentions cover persons, organisations and places. Silver labels carry CoreNLP's errors. Titles are left out of names, as GUM's name heads do.");
        Line("");
        card.RetrainSection(pos ? "pos" : "ner");
        if (!pos) Line("It reads `pos.bin` from the output folder, so train pos first.");
        return card.ToString();
    }
}
