using System.Data.Common;
using Newsgraph.Cli.Input;
using Newsgraph.Store;

namespace Newsgraph.Cli.Commands;

/// <summary>A <c>--db</c> location that cannot be read (a malformed PostgreSQL URL): bad usage.</summary>
internal sealed class StoreLocationException(string message) : Exception(message);

/// <summary>Opens the store named by <c>--db</c> for a synchronous command, turning failures into one-line errors.</summary>
internal sealed class StoreOpener : IDisposable
{
    private StoreOpener(INewsStore store) => Store = store;

    public INewsStore Store { get; }

    /// <exception cref="StoreLocationException">A malformed URL.</exception>
    /// <exception cref="BadInputException">The database cannot be opened or created (no server, no such folder, ...).</exception>
    public static StoreOpener Open(string location, CancellationToken cancellationToken)
    {
        try
        {
            return new StoreOpener(NewsStores.OpenAsync(location, cancellationToken).GetAwaiter().GetResult());
        }
        catch (FormatException error)
        {
            throw new StoreLocationException(error.Message);
        }
        catch (Exception error) when (error is DbException or IOException or UnauthorizedAccessException or System.Net.Sockets.SocketException)
        {
            var where = NewsStores.IsPostgres(location) ? "the PostgreSQL database" : location;
            throw new BadInputException($"cannot open {where}: {error.Message.ReplaceLineEndings(" ")}");
        }
    }

    public void Dispose() => Store.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
