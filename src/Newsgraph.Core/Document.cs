using Newsgraph.Core.Events;
using Newsgraph.Core.Mentions;
using Newsgraph.Core.Quotes;
using Newsgraph.Core.Tagging;
using Newsgraph.Core.Text;
using Newsgraph.Core.Time;

namespace Newsgraph.Core;

/// <summary>
/// The original text of one article and its annotation layers. The text is never changed: every annotation is a
/// span of offsets into it. Each layer is set once, by the stage that produces it, and read by the stages after.
/// </summary>
public sealed class Document
{
    private Token[]? _tokens;
    private Sentence[]? _sentences;
    private Paragraph[]? _paragraphs;
    private NameSpan[]? _names;
    private Mention[]? _mentions;
    private Entity[]? _entities;
    private Quote[]? _quotes;
    private Timex[]? _timexes;
    private Quotation[]? _quotations;
    private int[]? _entityOfMention;
    private Event[]? _events;
    private PennTag[]? _partsOfSpeech;
    private NameSpan[]? _namedEntities;

    public Document(string text, string id = "", DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Id = id;
        Published = published;
    }

    public string Text { get; }

    public string Id { get; }

    /// <summary>The publication date, the anchor for relative dates ("on Wednesday", "yesterday").</summary>
    public DateOnly? Published { get; }

    public Layers Annotated { get; private set; }

    public IReadOnlyList<Token> Tokens => Get(_tokens, Layers.Tokens);

    public IReadOnlyList<Sentence> Sentences => Get(_sentences, Layers.Sentences);

    public IReadOnlyList<Paragraph> Paragraphs => Get(_paragraphs, Layers.Paragraphs);

    public IReadOnlyList<NameSpan> Names => Get(_names, Layers.Names);

    public IReadOnlyList<Mention> Mentions => Get(_mentions, Layers.Mentions);

    public IReadOnlyList<Entity> Entities => Get(_entities, Layers.Entities);

    public IReadOnlyList<Quote> Quotes => Get(_quotes, Layers.Quotes);

    public IReadOnlyList<Timex> Timexes => Get(_timexes, Layers.Timexes);

    public IReadOnlyList<Quotation> Quotations => Get(_quotations, Layers.Quotations);

    public IReadOnlyList<Event> Events => Get(_events, Layers.Events);

    /// <summary>The part-of-speech tag of each token.</summary>
    public IReadOnlyList<PennTag> PartsOfSpeech => Get(_partsOfSpeech, Layers.PartsOfSpeech);

    public ReadOnlySpan<PennTag> PartOfSpeechSpan => Get(_partsOfSpeech, Layers.PartsOfSpeech);

    /// <summary>Names found by the trained entity recogniser (the pipeline's own names are <see cref="Names"/>).</summary>
    public IReadOnlyList<NameSpan> NamedEntities => Get(_namedEntities, Layers.NamedEntities);

    /// <summary>The index of the entity a mention refers to, or -1 when it was linked to none.</summary>
    public int EntityOf(int mention) => Get(_entityOfMention, Layers.Entities)[mention];

    /// <summary>The number of word and number tokens: the words of words-per-second figures.</summary>
    public int WordCount
    {
        get
        {
            var words = 0;
            foreach (var token in TokenSpan)
            {
                if (token.Kind is TokenKind.Word or TokenKind.Number) words++;
            }

            return words;
        }
    }

    /// <summary>The tokens as a span, for hot loops.</summary>
    public ReadOnlySpan<Token> TokenSpan => Get(_tokens, Layers.Tokens);

    public string TextOf(TextSpan span) => Text[span.Start..span.End];

    public ReadOnlySpan<char> CharsOf(Token token) => Text.AsSpan(token.Start, token.End - token.Start);

    /// <summary>The index of the token that contains <paramref name="offset"/>, or else of the first token after it.</summary>
    public int TokenIndexAt(int offset)
    {
        var tokens = TokenSpan;
        int lo = 0, hi = tokens.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (tokens[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    /// <summary>The index of the sentence that holds token <paramref name="token"/>.</summary>
    public int SentenceIndexOf(int token)
    {
        var sentences = Get(_sentences, Layers.Sentences);
        int lo = 0, hi = sentences.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (sentences[mid].EndToken <= token) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    public void SetTokens(Token[] tokens) => _tokens = Set(tokens, Layers.Tokens);

    public void SetSentences(Sentence[] sentences) => _sentences = Set(sentences, Layers.Sentences);

    public void SetParagraphs(Paragraph[] paragraphs) => _paragraphs = Set(paragraphs, Layers.Paragraphs);

    public void SetNames(NameSpan[] names) => _names = Set(names, Layers.Names);

    public void SetPartsOfSpeech(PennTag[] tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        if (tags.Length != Get(_tokens, Layers.Tokens).Length) throw new ArgumentException("One tag per token is needed.", nameof(tags));
        _partsOfSpeech = Set(tags, Layers.PartsOfSpeech);
    }

    public void SetNamedEntities(NameSpan[] names) => _namedEntities = Set(names, Layers.NamedEntities);

    public void SetMentions(Mention[] mentions) => _mentions = Set(mentions, Layers.Mentions);

    /// <summary>Sets the entities; each mention listed by an entity is linked to it, the others to none.</summary>
    public void SetEntities(Entity[] entities)
    {
        var mentions = Get(_mentions, Layers.Mentions);
        var entityOf = new int[mentions.Length];
        Array.Fill(entityOf, -1);
        for (var e = 0; e < entities.Length; e++)
        {
            foreach (var m in entities[e].Mentions)
            {
                if (entityOf[m] != -1) throw new ArgumentException($"Mention {m} belongs to two entities.", nameof(entities));
                entityOf[m] = e;
            }
        }

        _entities = Set(entities, Layers.Entities);
        _entityOfMention = entityOf;
    }

    public void SetQuotations(Quotation[] quotations) => _quotations = Set(quotations, Layers.Quotations);

    public void SetQuotes(Quote[] quotes) => _quotes = Set(quotes, Layers.Quotes);

    public void SetTimexes(Timex[] timexes) => _timexes = Set(timexes, Layers.Timexes);

    public void SetEvents(Event[] events) => _events = Set(events, Layers.Events);

    private T[] Get<T>(T[]? layer, Layers which) =>
        layer ?? throw new InvalidOperationException($"The document has no {which} layer: add a stage that produces it.");

    private T[] Set<T>(T[] layer, Layers which)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if ((Annotated & which) != 0) throw new InvalidOperationException($"The {which} layer is already set.");
        Annotated |= which;
        return layer;
    }
}
