using Microsoft.Playwright;

namespace Newsgraph.Web.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright (its bundled driver, no browser download), launched once for a test class;
/// tests skip when <see cref="ExecutablePath"/> is absent (.ci/run installs it).
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Quiet start on a machine without internet: no background fetches, updates or QUIC probes.</summary>
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath)) return;
        _playwright = await Playwright.CreateAsync();
        // Playwright gives every launch a fresh, empty user-data folder of its own and removes it on close.
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
        });
    }

    /// <summary>A new page in a fresh browser context, or a skip when Chromium is not installed.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress)
    {
        if (_browser is null) Assert.Skip($"{ExecutablePath} is absent: no browser to test the UI with (apt-get install chromium; .ci/run does).");
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
