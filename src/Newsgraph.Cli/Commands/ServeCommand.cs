using System.CommandLine;
using System.CommandLine.Parsing;
using Newsgraph.Cli.Input;
using Newsgraph.Web;

namespace Newsgraph.Cli.Commands;

internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    private const string Description = """
        Serve the store over HTTP: the web UI at /, the JSON API under /api and its OpenAPI description at
        /openapi/v1.json. It runs until Ctrl+C or SIGTERM, then stops cleanly with exit code 0. Anyone who can reach the
        address can read the whole store, so keep it on loopback unless that is what you want.

        Examples:
          newsgraph serve --db news.db
          newsgraph serve --db news.db --urls http://127.0.0.1:8080
        """;

    public static Command Create()
    {
        var database = StoreOptions.Database();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen: one or more http://HOST:PORT separated by ';' (port 0 picks a free port).",
            HelpName = "URLS",
            DefaultValueFactory = _ => DefaultUrls,
            CustomParser = ParseUrls,
        };
        var command = new Command("serve", Description) { database, urls };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var configuration = parseResult.InvocationConfiguration;
            var listenOn = parseResult.GetRequiredValue(urls);
            return StoreQuery.RunAsync(parseResult.GetRequiredValue(database), configuration.Output, configuration.Error, cancellationToken,
                async store =>
                {
                    await using var app = NewsgraphWeb.Build(store, listenOn);
                    try
                    {
                        await app.StartAsync(cancellationToken).ConfigureAwait(false);
                    }
                    catch (IOException error)
                    {
                        throw new BadInputException($"cannot listen on {listenOn}: {error.Message.ReplaceLineEndings(" ")}");
                    }
                    catch (OperationCanceledException)
                    {
                        return ExitCode.Success;
                    }

                    foreach (var address in NewsgraphWeb.Addresses(app))
                        await configuration.Output.WriteLineAsync($"Serving {store.Location} at {address}/ (Ctrl+C stops)").ConfigureAwait(false);
                    await configuration.Output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                    try
                    {
                        await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        // Ctrl+C or SIGTERM: the way a server is meant to be stopped, so not an error.
                    }

                    await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
                    return ExitCode.Success;
                });
        });
        return command;
    }

    /// <summary>Accepts <c>http://HOST:PORT</c> addresses (a host of <c>*</c> or <c>+</c> is every interface), ';'-separated.</summary>
    private static string ParseUrls(ArgumentResult result)
    {
        var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : DefaultUrls;
        var urls = value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0) result.AddError($"--urls names no address: give http://HOST:PORT, such as {DefaultUrls}.");
        foreach (var url in urls)
        {
            var checkable = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(checkable, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || uri.AbsolutePath != "/"
                || uri.Query.Length > 0 || uri.UserInfo.Length > 0)
            {
                result.AddError($"--urls: '{url}' is not an address to listen on: give http://HOST:PORT, such as {DefaultUrls}.");
            }
        }

        return value;
    }
}
