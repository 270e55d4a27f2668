using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Newsgraph.Store;

namespace Newsgraph.Web;

/// <summary>The JSON API: read-only queries on the store, one endpoint per store query.</summary>
internal static class ApiEndpoints
{
    public const int MaxLimit = 1000;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/stats", (INewsStore store, CancellationToken cancellationToken) => store.CountAsync(cancellationToken))
            .WithName("Stats").WithSummary("How many articles, people, quotes and entities are stored.");

        api.MapGet("/quotes", async Task<Results<Ok<IReadOnlyList<QuoteHit>>, ValidationProblem>> (
                INewsStore store, CancellationToken cancellationToken,
                string? text, string? speaker, long? speakerId, DateOnly? from, DateOnly? to, long? articleId,
                int limit = 100, int offset = 0) =>
            {
                if (Invalid(limit, offset) is { } problem) return problem;
                var query = new QuoteQuery(Blank(speaker), speakerId, from, to, Blank(text), articleId, limit, offset);
                return TypedResults.Ok(await store.FindQuotesAsync(query, cancellationToken));
            })
            .WithName("FindQuotes")
            .WithSummary("Quotes by words in the quote (full text), speaker name or id, publication dates (inclusive) or article, oldest first.");

        api.MapGet("/quotes/speakers", async Task<Results<Ok<IReadOnlyList<SpeakerCount>>, ValidationProblem>> (
                INewsStore store, CancellationToken cancellationToken,
                string? text, string? speaker, long? speakerId, DateOnly? from, DateOnly? to, long? articleId, int limit = 10) =>
            {
                if (Invalid(limit, 0) is { } problem) return problem;
                var query = new QuoteQuery(Blank(speaker), speakerId, from, to, Blank(text), articleId);
                return TypedResults.Ok(await store.TopSpeakersAsync(query, limit, cancellationToken));
            })
            .WithName("TopSpeakers").WithSummary("Who is quoted most among the quotes a search finds, most quoted first.");

        api.MapGet("/quotes/days", async (
                INewsStore store, CancellationToken cancellationToken,
                string? text, string? speaker, long? speakerId, DateOnly? from, DateOnly? to, long? articleId) =>
                TypedResults.Ok(await store.QuotesPerDayAsync(new QuoteQuery(Blank(speaker), speakerId, from, to, Blank(text), articleId), cancellationToken)))
            .WithName("QuotesPerDay").WithSummary("How many of the quotes a search finds were published on each day, oldest first (undated quotes left out).");

        api.MapGet("/people", async Task<Results<Ok<IReadOnlyList<PersonSummary>>, ValidationProblem>> (
                INewsStore store, CancellationToken cancellationToken, string? name, string? title, int limit = 100, int offset = 0) =>
            {
                if (Invalid(limit, offset) is { } problem) return problem;
                return TypedResults.Ok(await store.FindPeopleAsync(new PeopleQuery(Blank(name), Blank(title), limit, offset), cancellationToken));
            })
            .WithName("FindPeople").WithSummary("People by name words (any alias) and title words (any title held), most quoted first.");

        api.MapGet("/people/{id:long}", async Task<Results<Ok<PersonProfile>, NotFound>> (
                INewsStore store, CancellationToken cancellationToken, long id) =>
                await store.GetPersonAsync(id, cancellationToken) is { } profile ? TypedResults.Ok(profile) : TypedResults.NotFound())
            .WithName("GetPerson").WithSummary("One person: titles over time, quotes, the people they appear with and the events they took part in.");

        api.MapGet("/people/links", async Task<Results<Ok<IReadOnlyList<PersonLink>>, ValidationProblem>> (
                INewsStore store, CancellationToken cancellationToken, int limit = 100) =>
            {
                if (Invalid(limit, 0) is { } problem) return problem;
                return TypedResults.Ok(await store.PersonLinksAsync(limit, cancellationToken));
            })
            .WithName("PersonLinks").WithSummary("Pairs of people mentioned in the same sentence, most often first: the edges of the people graph.");

        api.MapGet("/events", async Task<Results<Ok<IReadOnlyList<EventView>>, ValidationProblem>> (
                INewsStore store, CancellationToken cancellationToken, long? personId, int limit = 100) =>
            {
                if (Invalid(limit, 0) is { } problem) return problem;
                return TypedResults.Ok(await store.FindEventsAsync(personId, limit, cancellationToken));
            })
            .WithName("FindEvents").WithSummary("Events (who did what to whom, CAMEO-coded), with the person as source or target when one is given, oldest first.");

        api.MapGet("/articles", async Task<Results<Ok<IReadOnlyList<ArticleSummary>>, ValidationProblem>> (
                INewsStore store, CancellationToken cancellationToken, int limit = 100, int offset = 0) =>
            {
                if (Invalid(limit, offset) is { } problem) return problem;
                return TypedResults.Ok(await store.ListArticlesAsync(limit, offset, cancellationToken));
            })
            .WithName("ListArticles").WithSummary("Stored articles, newest first.");

        api.MapGet("/articles/{id:long}", async Task<Results<Ok<ArticleView>, NotFound>> (
                INewsStore store, CancellationToken cancellationToken, long id) =>
                await store.GetArticleAsync(id, cancellationToken) is { } article ? TypedResults.Ok(article) : TypedResults.NotFound())
            .WithName("GetArticle").WithSummary("One article: its text and every span (entities and mentions, quotes with parts, cue and source, dates).");
    }

    private static ValidationProblem? Invalid(int limit, int offset)
    {
        var errors = new Dictionary<string, string[]>();
        if (limit is < 1 or > MaxLimit) errors["limit"] = [$"limit must be between 1 and {MaxLimit}."];
        if (offset < 0) errors["offset"] = ["offset must not be negative."];
        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
