namespace Newsgraph.Cli.Output;

/// <summary>
/// An output file written to a temporary file beside its destination and renamed over it by <see cref="Commit"/>,
/// so a failed run never leaves a partial file; disposing without committing deletes the temporary file.
/// </summary>
internal sealed class StagedFile : IDisposable
{
    private readonly string _destination;
    private readonly string _stagingPath;
    private bool _committed;

    public StagedFile(string destination)
    {
        _destination = OutputDestination.File(destination);
        var folder = Path.GetDirectoryName(_destination)!;
        _stagingPath = Path.Combine(folder, $".{Path.GetFileName(_destination)}.{Path.GetRandomFileName()}.tmp");
        Stream = File.Create(_stagingPath);
    }

    public Stream Stream { get; }

    public void Commit()
    {
        Stream.Dispose();
        File.Move(_stagingPath, _destination, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed) File.Delete(_stagingPath);
    }
}
