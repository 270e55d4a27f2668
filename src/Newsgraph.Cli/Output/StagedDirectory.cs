using Newsgraph.Cli.Input;

namespace Newsgraph.Cli.Output;

/// <summary>
/// An output folder filled in a temporary folder beside it and moved into place by <see cref="Commit"/>, so a failed
/// run leaves no partial set of files; disposing without committing deletes the temporary folder.
/// </summary>
internal sealed class StagedDirectory : IDisposable
{
    private readonly string _destination;
    private readonly string _stagingPath;
    private bool _committed;

    public StagedDirectory(string destination)
    {
        _destination = Path.TrimEndingDirectorySeparator(Path.GetFullPath(destination));
        if (File.Exists(_destination)) throw new BadInputException($"{destination}: is a file; --out needs a folder here.");
        var parent = Path.GetDirectoryName(_destination)!;
        if (!Directory.Exists(parent)) throw new BadInputException($"{destination}: the folder {parent} does not exist.");
        _stagingPath = Path.Combine(parent, $".{Path.GetFileName(_destination)}.{Path.GetRandomFileName()}.tmp");
        Directory.CreateDirectory(_stagingPath);
    }

    public void WriteFile(string fileName, string contents) => File.WriteAllText(Path.Combine(_stagingPath, fileName), contents);

    public void Commit()
    {
        if (!Directory.Exists(_destination))
        {
            Directory.Move(_stagingPath, _destination);
        }
        else
        {
            foreach (var file in Directory.EnumerateFiles(_stagingPath))
                File.Move(file, Path.Combine(_destination, Path.GetFileName(file)), overwrite: true);
            Directory.Delete(_stagingPath);
        }

        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_stagingPath)) Directory.Delete(_stagingPath, recursive: true);
    }
}
