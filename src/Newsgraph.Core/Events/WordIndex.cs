using System.Collections.Frozen;

namespace Newsgraph.Core.Events;

/// <summary>Which dictionaries have a phrase beginning with a word.</summary>
[Flags]
internal enum WordRoles : byte
{
    None = 0,
    VerbStart = 1 << 0,
    ActorStart = 1 << 1,
    AgentStart = 1 << 2,
    IssueStart = 1 << 3,
    DiscardStart = 1 << 4,
}

/// <summary>What the dictionaries know of one word: the phrases it begins and its id among the verb patterns' words (-1 if none).</summary>
internal readonly record struct WordEntry(WordRoles Roles, int PatternWordId);

/// <summary>
/// Every first word of every dictionary, with its roles, so one lookup per token tells which dictionaries can match
/// there; most tokens ("the", "of", numbers) are in none, and their other lookups are skipped.
/// </summary>
internal sealed class WordIndex
{
    private readonly Dictionary<string, WordEntry> _entries = new(StringComparer.Ordinal);
    // Looked up once per token of every document: frozen, as lookups are then cheaper.
    private readonly FrozenDictionary<string, WordEntry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordIndex(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents, DiscardList discards, IssueDictionary issues)
    {
        foreach (var (word, id) in verbs.PatternWords) _entries[word] = new WordEntry(WordRoles.None, id);
        Mark(verbs.Forms.FirstWords, WordRoles.VerbStart);
        Mark(actors.Phrases.FirstWords, WordRoles.ActorStart);
        Mark(agents.Phrases.FirstWords, WordRoles.AgentStart);
        Mark(issues.Phrases.FirstWords, WordRoles.IssueStart);
        Mark(discards.FirstWords, WordRoles.DiscardStart);
        _lookup = _entries.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The entry of a word (the first word of a token's key); none when no dictionary knows it.</summary>
    public WordEntry Of(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var entry) ? entry : new WordEntry(WordRoles.None, -1);

    private void Mark(IEnumerable<string> words, WordRoles role)
    {
        foreach (var word in words)
        {
            var entry = _entries.TryGetValue(word, out var known) ? known : new WordEntry(WordRoles.None, -1);
            _entries[word] = entry with { Roles = entry.Roles | role };
        }
    }
}
