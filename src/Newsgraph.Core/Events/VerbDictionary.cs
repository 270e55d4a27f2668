using System.Runtime.CompilerServices;
namespace Newsgraph.Core.Events;

/// <summary>
/// A CAMEO event code with its reciprocal: PETRARCH's "[040:040]" codes the target's act on the source as well
/// (a meeting is mutual). A null <see cref="Primary"/> is PETRARCH's null code "---": no event.
/// </summary>
public readonly record struct EventCode(string? Primary, string? Reciprocal)
{
    public static EventCode Parse(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        var primary = colon < 0 ? text : text[..colon];
        var reciprocal = colon < 0 ? default : text[(colon + 1)..];
        return new EventCode(CodeOrNull(primary), CodeOrNull(reciprocal));
    }

    private static string? CodeOrNull(ReadOnlySpan<char> code)
    {
        code = code.Trim();
        return code.IsEmpty || code[0] == '-' ? null : code.ToString();
    }
}

/// <summary>What one element of a verb pattern stands for.</summary>
internal enum PatternElementKind : byte
{
    /// <summary>A literal word, matched whole or, when <see cref="PatternElement.Stem"/>, as the start of a word.</summary>
    Word,
    /// <summary>Any word of a synonym set (&amp;NAME).</summary>
    Synset,
    /// <summary>$: the source actor.</summary>
    Source,
    /// <summary>+: the target actor.</summary>
    Target,
    /// <summary>%: a compound actor, source and target of each other ("A and B agreed").</summary>
    Compound,
    /// <summary>^: skip a noun phrase; words may be skipped anyway unless joined by '_'.</summary>
    Skip,
}

/// <summary>One pattern element; <see cref="Adjacent"/> when it must touch the element before it (joined by '_').</summary>
internal readonly record struct PatternElement(PatternElementKind Kind, int Id, bool Adjacent, bool Stem);

/// <summary>
/// A verb pattern: the elements before the verb (nearest first) and after it, and the code it gives.
/// <see cref="Required"/> are the word and synset ids that must all occur in a sentence for it to match.
/// </summary>
internal sealed record VerbPattern(PatternElement[] Before, PatternElement[] After, EventCode Code, int[] Required, string Text)
{
    public int Weight { get; } = Before.Count(e => e.Kind != PatternElementKind.Skip) + After.Count(e => e.Kind != PatternElementKind.Skip);
}

/// <summary>A verb and what it codes: its own code (from its line or its last block) and the patterns of every block that lists it.</summary>
internal sealed class VerbSense
{
    private readonly List<VerbPattern> _patterns = [];
    private readonly HashSet<object> _blocks = [];

    public EventCode Code { get; set; }

    /// <summary>Patterns, most specific first.</summary>
    public VerbPattern[] Patterns { get; private set; } = [];

    /// <summary>Adds a block's patterns once, however often the block lists the verb.</summary>
    public void AddPatterns(object block, IEnumerable<VerbPattern> patterns)
    {
        if (_blocks.Add(block)) _patterns.AddRange(patterns);
    }

    public void Seal() => Patterns = [.. _patterns.OrderByDescending(p => p.Weight)];
}

/// <summary>
/// A PETRARCH verb dictionary (CAMEO.verbpatterns): synonym sets (&amp;NAME with '+' members), then blocks that begin
/// "--- NAME [CODE] ---", list verbs (irregular forms in {...}, multi-word verbs with '+' on the verb word, an own
/// [code]) and give patterns ("- $ * WITH + [040]"). Regular verb forms and plurals of synonyms are made at load time.
/// Several files can be read into one dictionary: a verb's code is the one its last block gives it, and the patterns
/// of all its blocks apply. Transformation lines ('~') are skipped.
/// </summary>
public sealed class VerbDictionary
{
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _synsetIds = new(StringComparer.Ordinal);
    private readonly List<List<int>> _synsetsOfWord = [];
    private readonly Dictionary<string, VerbSense> _senses = new(StringComparer.Ordinal);
    private readonly PhraseTable<VerbSense> _forms = new();
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

    // The first letters of every stem word of the patterns: a token that begins with none of them needs no stem lookups.
    // Each start is its MinStemLength UTF-16 units packed into one ulong: hashing it is far cheaper than hashing a string.
    private readonly HashSet<ulong> _stemStarts = [];
    private int[][] _synsetsById = [];

    public VerbDictionary()
    {
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether some stem word of the patterns begins as <paramref name="key"/> does (its first <see cref="MinStemLength"/> letters).</summary>
    internal bool MayHaveStems(ReadOnlySpan<char> key) => key.Length > MinStemLength && _stemStarts.Contains(StemStart(key));

    private static ulong StemStart(ReadOnlySpan<char> word) =>
        word[0] | ((ulong)word[1] << 16) | ((ulong)word[2] << 32) | ((ulong)word[3] << 48);

    /// <summary>Distinct verbs, verb forms (multi-word ones included) and patterns.</summary>
    public int VerbCount => _senses.Count;

    public int FormCount => _forms.Count;

    public int PatternCount { get; private set; }

    /// <summary>Words and synonym sets share one id space: synset ids follow the word ids.</summary>
    internal int IdCount => _words.Count + _synsetIds.Count;

    internal PhraseTable<VerbSense> Forms => _forms;

    /// <summary>The id of a word (in <see cref="PhraseKey"/> spelling), or -1.</summary>
    internal int WordId(ReadOnlySpan<char> key) => _wordLookup.TryGetValue(key, out var id) ? id : -1;

    /// <summary>The words of the patterns and synonym sets with their ids.</summary>
    internal IEnumerable<(string Word, int Id)> PatternWords => _words.Select(pair => (pair.Key, pair.Value));

    /// <summary>The ids of the synonym sets a word belongs to.</summary>
    internal int[] SynsetsOf(int wordId) => wordId < _synsetsById.Length ? _synsetsById[wordId] : [];

    // Runs once, at load: compiled optimised at once rather than tier by tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? synset = null;
        Block? block = null;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            var line = DictionaryLines.WithoutComment(rawLine).Trim();
            if (line.IsEmpty || line[0] == '~') continue;
            if (line.StartsWith("---"))
            {
                Close(block);
                DictionaryLines.SplitCode(line.Trim('-'), out var code);
                block = new Block(EventCode.Parse(code));
                synset = null;
            }
            else if (line[0] == '&')
            {
                synset = line[1..].Trim().ToString();
                GetSynsetId(synset.TrimEnd('_'));
            }
            else if (synset is not null && line[0] == '+')
            {
                AddSynsetMember(synset, line[1..].ToString());
            }
            else if (block is not null && line[0] == '-')
            {
                if (ParsePattern(line[1..]) is { } pattern) block.Patterns.Add(pattern);
            }
            else if (block is not null)
            {
                block.Verbs.Add(line.ToString());
            }
        }

        Close(block);
        _synsetsById = [.. _synsetsOfWord.Select(list => list.ToArray())];
        foreach (var sense in _senses.Values) sense.Seal();
    }

    private void Close(Block? block)
    {
        if (block is null) return;
        PatternCount += block.Patterns.Count;
        foreach (var verbLine in block.Verbs) AddVerb(verbLine, block);
    }

    /// <summary>"MEET {MEETS MET MEETING} [040]", "+MEET_WITH {+MET_WITH ...}", "WIRE_+TAP", "CONVENE [042]".</summary>
    // Runs once, at load: compiled optimised at once rather than tier by tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddVerb(string line, Block block)
    {
        var withForms = DictionaryLines.SplitCode(line, out var ownCode);
        var brace = withForms.IndexOf('{');
        var phrase = (brace < 0 ? withForms : withForms[..brace]).Trim().ToString();
        if (phrase.Length == 0) return;
        var lemma = PhraseKey.Of(phrase.Replace("+", "", StringComparison.Ordinal));
        if (!_senses.TryGetValue(lemma, out var sense)) _senses[lemma] = sense = new VerbSense();
        sense.Code = ownCode.IsEmpty ? block.Code : EventCode.Parse(ownCode);
        sense.AddPatterns(block, block.Patterns);

        IEnumerable<string> forms;
        if (brace >= 0)
        {
            var close = withForms.IndexOf('}');
            var inside = close > brace ? withForms[(brace + 1)..close] : withForms[(brace + 1)..];
            forms = [phrase, .. inside.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        }
        else
        {
            forms = RegularForms(phrase);
        }

        foreach (var form in forms)
            _forms.Add(PhraseKey.Of(form.Replace("+", "", StringComparison.Ordinal)), sense, static (first, _) => first);
    }

    /// <summary>The regular forms of the verb word (the one marked '+', else the first) inside its phrase.</summary>
    private static IEnumerable<string> RegularForms(string phrase)
    {
        var words = phrase.Split('_', StringSplitOptions.RemoveEmptyEntries);
        var verbIndex = Math.Max(0, Array.FindIndex(words, w => w.StartsWith('+')));
        var verb = words[verbIndex].TrimStart('+');
        return VerbForms.Regular(verb).Select(form =>
        {
            var copy = (string[])words.Clone();
            copy[verbIndex] = form;
            return string.Join('_', copy);
        });
    }

    private void AddSynsetMember(string synset, string member)
    {
        var id = GetSynsetId(synset.TrimEnd('_'));
        var noPlural = synset.EndsWith('_') || member.EndsWith('_');
        var key = PhraseKey.Of(member);
        // Multi-word members would need phrase matching inside patterns; single words cover nearly all uses.
        if (key.Length == 0 || key.Contains(' ')) return;
        AddToSynset(GetWordId(key), id);
        if (!noPlural) AddToSynset(GetWordId(DictionaryLines.Plural(key)), id);
    }

    private void AddToSynset(int wordId, int synsetId)
    {
        while (_synsetsOfWord.Count <= wordId) _synsetsOfWord.Add([]);
        if (!_synsetsOfWord[wordId].Contains(synsetId)) _synsetsOfWord[wordId].Add(synsetId);
    }

    private int GetWordId(string key)
    {
        if (_words.TryGetValue(key, out var id)) return id;
        id = _words.Count;
        _words[key] = id;
        return id;
    }

    // Synset ids are kept apart from word ids by a large offset, so both fit one int space however many words follow.
    private const int SynsetIdBase = 1 << 24;

    private int GetSynsetId(string name)
    {
        if (_synsetIds.TryGetValue(name, out var id)) return id;
        id = SynsetIdBase + _synsetIds.Count;
        _synsetIds[name] = id;
        return id;
    }

    /// <summary>A dense index for a word or synset id, below <see cref="IdCount"/>, for per-id arrays.</summary>
    internal int Slot(int id) => id >= SynsetIdBase ? _words.Count + (id - SynsetIdBase) : id;

    /// <summary>"IS_TO * FOLLOWING &amp;WEAPON IN ^ [040:040]" (after the leading '-'); null when it uses an unknown synset or has no verb.</summary>
    // Runs once, at load: compiled optimised at once rather than tier by tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private VerbPattern? ParsePattern(ReadOnlySpan<char> line)
    {
        var body = DictionaryLines.SplitCode(line, out var code);
        var elements = new List<(PatternElement Element, bool IsVerb)>();
        foreach (var chunkRange in body.Split(' '))
        {
            var chunk = body[chunkRange];
            if (chunk.IsEmpty) continue;
            var first = true;
            foreach (var partRange in chunk.Split('_'))
            {
                var part = chunk[partRange];
                if (part.IsEmpty)
                {
                    // A trailing '_' makes the word before it exact.
                    if (elements.Count > 0 && elements[^1].Element.Kind == PatternElementKind.Word)
                        elements[^1] = (elements[^1].Element with { Stem = false }, false);
                    continue;
                }

                var adjacent = !first;
                first = false;
                if (part.SequenceEqual("*"))
                {
                    elements.Add((new PatternElement(PatternElementKind.Skip, -1, adjacent, false), true));
                    continue;
                }

                var element = ParseElement(part, adjacent);
                if (element is null) return null;
                foreach (var e in element) elements.Add((e, false));
            }
        }

        var verb = elements.FindIndex(e => e.IsVerb);
        if (verb < 0) return null;
        var before = new PatternElement[verb];
        for (var k = verb - 1; k >= 0; k--)
            before[verb - 1 - k] = elements[k].Element with { Adjacent = elements[k + 1].Element.Adjacent };
        var after = elements.Skip(verb + 1).Select(e => e.Element).ToArray();
        var required = before.Concat(after)
            .Where(e => e.Kind is PatternElementKind.Word or PatternElementKind.Synset)
            .Select(e => e.Id).Distinct().ToArray();
        return new VerbPattern(before, after, EventCode.Parse(code), required, body.ToString());
    }

    private PatternElement[]? ParseElement(ReadOnlySpan<char> part, bool adjacent)
    {
        switch (part)
        {
            case "$": return [new PatternElement(PatternElementKind.Source, -1, adjacent, false)];
            case "+": return [new PatternElement(PatternElementKind.Target, -1, adjacent, false)];
            case "%": return [new PatternElement(PatternElementKind.Compound, -1, adjacent, false)];
            case "^": return [new PatternElement(PatternElementKind.Skip, -1, adjacent, false)];
        }

        if (part[0] == '&')
        {
            return _synsetIds.TryGetValue(part[1..].ToString(), out var synsetId)
                ? [new PatternElement(PatternElementKind.Synset, synsetId, adjacent, false)]
                : null;
        }

        // "DE-ESCALATION" is two words to the tokenizer's key, so it becomes two adjacent elements.
        var words = PhraseKey.Of(part).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return [new PatternElement(PatternElementKind.Skip, -1, adjacent, false)];
        foreach (var word in words)
        {
            if (word.Length >= MinStemLength) _stemStarts.Add(StemStart(word));
        }

        return [.. words.Select((word, i) => new PatternElement(PatternElementKind.Word, GetWordId(word), i == 0 ? adjacent : true, Stem: word.Length >= MinStemLength))];
    }

    /// <summary>Pattern words this long or longer also match words they begin ("COOPERAT" matches "cooperation").</summary>
    internal const int MinStemLength = 4;

    private sealed class Block(EventCode code)
    {
        public EventCode Code { get; } = code;

        public List<string> Verbs { get; } = [];

        public List<VerbPattern> Patterns { get; } = [];
    }
}
