using System.Runtime.InteropServices;

namespace Newsgraph.Cli;

/// <summary>
/// Turns the first Ctrl+C (SIGINT) or SIGTERM into a cancellation request, so a run stops between articles and keeps
/// what it finished; a second signal gets the default action and ends the process at once.
/// </summary>
/// <remarks>
/// PosixSignalRegistration also receives Ctrl+C on Windows, where it is what Console.CancelKeyPress is built on, so one
/// mechanism covers both. System.CommandLine's own handling is switched off in <see cref="Program"/>: after its
/// ProcessTerminationTimeout it returns while the action is still writing, and the process exits mid-write.
/// </remarks>
internal sealed class InterruptSignals : IDisposable
{
    private readonly CancellationTokenSource _interrupted = new();
    private readonly PosixSignalRegistration[] _registrations;

    public InterruptSignals() =>
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];

    public CancellationToken Token => _interrupted.Token;

    private void OnSignal(PosixSignalContext context)
    {
        // Cancel keeps the process alive to wind down; a repeated signal means "stop now" and terminates it.
        context.Cancel = !_interrupted.IsCancellationRequested;
        _interrupted.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _interrupted.Dispose();
    }
}
