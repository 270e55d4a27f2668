using System.Buffers;
using System.Text.Json;
using Newsgraph.Cli.Input;

namespace Newsgraph.Cli.Output;

/// <summary>
/// JSON Lines output kept in <c>FILE.partial</c> while a folder run goes on: one complete, flushed line per finished
/// article in input order, so after an interrupt it holds exactly the finished prefix (at worst plus a cut-off last
/// line, which <c>--resume</c> drops) and the resumed file is byte for byte what an uninterrupted run writes.
/// </summary>
internal sealed class PartialFile : PartialOutput
{
    private readonly string _destination;
    private readonly string _path;
    private readonly FileStream _stream;
    private bool _finished;

    private PartialFile(string destination, string displayPath, FileStream stream, EarlierRun earlierRun, int completed)
        : base(displayPath, earlierRun, completed)
    {
        _destination = destination;
        _path = stream.Name;
        _stream = stream;
    }

    /// <summary>
    /// Starts the partial output for <paramref name="destination"/>: afresh, discarding an earlier one, or with
    /// <paramref name="resume"/> continuing an earlier one after checking that its lines are the first articles.
    /// </summary>
    public static PartialFile Open(string destination, IReadOnlyList<ArticleFile> articles, bool resume)
    {
        var fullDestination = OutputDestination.File(destination);

        var displayPath = destination + Suffix;
        var path = fullDestination + Suffix;
        var existed = File.Exists(path);
        // FileShare.None: a second run on the same --out fails instead of interleaving its lines with this one's.
        var stream = new FileStream(path, resume ? FileMode.OpenOrCreate : FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        try
        {
            var completed = 0;
            if (resume && existed)
            {
                stream.SetLength(VerifiedLength(stream, displayPath, articles, out completed));
                stream.Seek(0, SeekOrigin.End);
            }

            var earlierRun = !existed ? EarlierRun.None : resume ? EarlierRun.Resumed : EarlierRun.Discarded;
            return new PartialFile(fullDestination, displayPath, stream, earlierRun, completed);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public override void Write(ArticleFile article, byte[] rendered)
    {
        // "\n", not Environment.NewLine: the same bytes on every platform.
        _stream.Write(rendered);
        _stream.WriteByte((byte)'\n');
        _stream.Flush();
    }

    public override void Commit()
    {
        _stream.Dispose();
        File.Move(_path, _destination, overwrite: true);
        _finished = true;
    }

    public override void Keep()
    {
        _stream.Dispose();
        _finished = true;
    }

    public override void Dispose()
    {
        _stream.Dispose();
        if (!_finished) File.Delete(_path);
    }

    /// <summary>
    /// The length of the complete lines at the start of <paramref name="stream"/>, each checked to be the next
    /// article's JSON; a last line without its newline was cut off by the interrupt and is left out, to be redone.
    /// </summary>
    private static long VerifiedLength(Stream stream, string displayPath, IReadOnlyList<ArticleFile> articles, out int lineCount)
    {
        var line = new ArrayBufferWriter<byte>();
        var buffer = new byte[64 * 1024];
        long length = 0;
        lineCount = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            var chunk = buffer.AsSpan(0, read);
            for (var newline = chunk.IndexOf((byte)'\n'); newline >= 0; newline = chunk.IndexOf((byte)'\n'))
            {
                line.Write(chunk[..newline]);
                Verify(line.WrittenMemory, lineCount, displayPath, articles);
                length += line.WrittenCount + 1;
                lineCount++;
                line.ResetWrittenCount();
                chunk = chunk[(newline + 1)..];
            }

            line.Write(chunk);
        }

        return length;
    }

    private static void Verify(ReadOnlyMemory<byte> line, int index, string displayPath, IReadOnlyList<ArticleFile> articles)
    {
        const string startOver = "run without --resume to start over";
        var id = IdOf(line);
        if (id is null)
            throw new BadInputException($"{displayPath}: line {index + 1} is not an article's JSON with an \"id\"; {startOver}.");
        if (index >= articles.Count)
            throw new BadInputException($"{displayPath}: has more lines than the {articles.Count} articles of the input; {startOver}.");
        if (id != articles[index].Id)
            throw new BadInputException(
                $"{displayPath}: line {index + 1} is article '{id}' but article {index + 1} of the input is '{articles[index].Id}'; {startOver}.");
    }

    private static string? IdOf(ReadOnlyMemory<byte> line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
