using Newsgraph.Cli.Input;

namespace Newsgraph.Cli.Output;

/// <summary>
/// Brat output kept in <c>DIR.partial</c> while a folder run goes on. Each .ann file is written under a temporary name
/// and renamed, so the folder only ever holds complete files, those of the articles finished in input order.
/// </summary>
internal sealed class PartialDirectory : PartialOutput
{
    private const string TemporaryExtension = ".tmp";

    private readonly string _destination;
    private readonly string _path;
    private bool _finished;

    private PartialDirectory(string destination, string path, string displayPath, EarlierRun earlierRun, int completed)
        : base(displayPath, earlierRun, completed)
    {
        _destination = destination;
        _path = path;
    }

    /// <summary>
    /// Starts the partial output for <paramref name="destination"/>: afresh, discarding an earlier one, or with
    /// <paramref name="resume"/> continuing an earlier one after checking that its files are the first articles'.
    /// </summary>
    public static PartialDirectory Open(string destination, IReadOnlyList<ArticleFile> articles, bool resume)
    {
        var fullDestination = OutputDestination.Folder(destination);

        var displayPath = Path.TrimEndingDirectorySeparator(destination) + Suffix;
        var path = fullDestination + Suffix;
        var earlierRun = EarlierRun.None;
        var completed = 0;
        if (Directory.Exists(path))
        {
            if (resume)
            {
                completed = VerifiedCount(path, displayPath, articles);
                earlierRun = EarlierRun.Resumed;
            }
            else
            {
                Directory.Delete(path, recursive: true);
                earlierRun = EarlierRun.Discarded;
            }
        }

        Directory.CreateDirectory(path);
        return new PartialDirectory(fullDestination, path, displayPath, earlierRun, completed);
    }

    public override void Write(ArticleFile article, byte[] rendered)
    {
        var fileName = article.Id + BratWriter.Extension;
        var temporary = Path.Combine(_path, $".{fileName}{TemporaryExtension}");
        File.WriteAllBytes(temporary, rendered);
        File.Move(temporary, Path.Combine(_path, fileName), overwrite: true);
    }

    public override void Commit()
    {
        if (!Directory.Exists(_destination))
        {
            Directory.Move(_path, _destination);
        }
        else
        {
            foreach (var file in Directory.EnumerateFiles(_path))
                File.Move(file, Path.Combine(_destination, Path.GetFileName(file)), overwrite: true);
            Directory.Delete(_path);
        }

        _finished = true;
    }

    public override void Keep() => _finished = true;

    public override void Dispose()
    {
        if (!_finished && Directory.Exists(_path)) Directory.Delete(_path, recursive: true);
    }

    /// <summary>
    /// How many articles the folder holds, after checking they are the first ones of the input; a temporary file is
    /// one whose writing the interrupt cut off, and is deleted so that article is redone.
    /// </summary>
    private static int VerifiedCount(string path, string displayPath, IReadOnlyList<ArticleFile> articles)
    {
        foreach (var temporary in Directory.EnumerateFiles(path, "*" + TemporaryExtension)) File.Delete(temporary);
        var names = Directory.EnumerateFileSystemEntries(path).Select(entry => Path.GetFileName(entry)).Order(StringComparer.Ordinal).ToArray();
        var expected = articles.Take(names.Length).Select(article => article.Id + BratWriter.Extension).ToHashSet(StringComparer.Ordinal);
        var stray = names.FirstOrDefault(name => !expected.Contains(name));
        if (stray is not null)
            throw new BadInputException(
                $"{displayPath}: {stray} is not one of the first {names.Length} articles of the input; run without --resume to start over.");
        return names.Length;
    }
}
