using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Newsgraph.Store;

namespace Newsgraph.Web;

/// <summary>
/// The web app over a store: the JSON API under <c>/api</c>, its OpenAPI description at <c>/openapi/v1.json</c> and the
/// browser UI at <c>/</c> (plain HTML, CSS and JavaScript embedded in this assembly).
/// </summary>
public static class NewsgraphWeb
{
    /// <summary>Where the UI's files are embedded (the <c>wwwroot</c> folder of this project).</summary>
    private const string UiResourcePrefix = "Newsgraph.Web.wwwroot";

    /// <summary>
    /// Builds the app on <paramref name="urls"/> (Kestrel's <c>--urls</c> syntax, several separated by ';'; port 0 picks a
    /// free port). The caller owns <paramref name="store"/> and stops the app: Ctrl+C is not handled here, so a command
    /// line can turn it into its own exit code.
    /// </summary>
    public static WebApplication Build(INewsStore store, string urls)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(urls);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(NewsgraphWeb).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls(urls);
        builder.Services.AddSingleton<IHostLifetime, CallerLifetime>();
        // Warnings and errors only, on stderr: stdout is the command's own output.
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddSimpleConsole(options => options.SingleLine = true);
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton(store);
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(options => WebJson.Configure(options.SerializerOptions));
        builder.Services.AddOpenApi(options => options.AddSchemaTransformer(WebJson.DescribeSpans));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders);
        app.UseFileServer(new FileServerOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(NewsgraphWeb).Assembly, UiResourcePrefix),
            EnableDefaultFiles = true,
        });
        app.MapOpenApi();
        ApiEndpoints.Map(app);
        return app;
    }

    /// <summary>The addresses the app listens on once started (with the real port where port 0 was asked for).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses];

    /// <summary>
    /// Article text is shown through the DOM's text nodes only; the policy also forbids inline and foreign scripts, so
    /// text that slipped into markup could not run.
    /// </summary>
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return next();
    }

    /// <summary>Starting and stopping are left to the caller (no console signal handling of the host's own).</summary>
    private sealed class CallerLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
