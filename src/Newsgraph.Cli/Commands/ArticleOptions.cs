using System.CommandLine;

namespace Newsgraph.Cli.Commands;

/// <summary>The options of the commands that read many articles (extract, ingest).</summary>
internal static class ArticleOptions
{
    // PLINQ's limit on the degree of parallelism.
    private const int MaxThreads = 512;

    public static Option<string?> Metadata() => new("--metadata")
    {
        Description = "A TSV with columns filename and publication_date (e.g. PolNeAR's metadata.tsv) giving each article's date.",
        HelpName = "TSV",
    };

    public static Option<int> Threads(string description)
    {
        var threads = new Option<int>("--threads")
        {
            Description = description,
            HelpName = "N",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        threads.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > MaxThreads) result.AddError($"--threads must be between 1 and {MaxThreads}.");
        });
        return threads;
    }
}
