using System.Runtime.CompilerServices;
namespace Newsgraph.Core.Events;

/// <summary>An agent code ("GOV", "COP"): added after the actor's code ([~GOV]) or before it ([NGO~]).</summary>
public sealed record Agent(string Code, bool BeforeActor)
{
    /// <summary>The agent joined to an actor code; the agent alone when there is no actor.</summary>
    public string JoinTo(string? actor) => actor is null ? Code : BeforeActor ? Code + actor : actor + Code;
}

/// <summary>
/// A PETRARCH agents dictionary (Phoenix.agents.txt): "PHRASE {plural} [~CODE]" lines, regular plurals made
/// automatically unless {...} gives them ({} for none), and !SET! = A, B substitution sets.
/// </summary>
public sealed class AgentDictionary
{
    private readonly PhraseTable<Agent> _phrases = new();

    public int Count => _phrases.Count;

    internal PhraseTable<Agent> Phrases => _phrases;

    // Runs once, at load: compiled optimised at once rather than tier by tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var substitutions = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            var line = DictionaryLines.WithoutComment(rawLine).Trim();
            if (line.IsEmpty || line[0] == '<') continue;
            if (line[0] == '!' && line.IndexOf('=') is var equals and > 0)
            {
                var values = line[(equals + 1)..].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                substitutions[line[..equals].Trim().ToString()] = values;
                continue;
            }

            var phraseWithPlural = DictionaryLines.SplitCode(line, out var codeText);
            if (codeText.IsEmpty) continue;
            var agent = ParseAgent(codeText);
            if (agent is null) continue;

            var brace = phraseWithPlural.IndexOf('{');
            var phrase = (brace < 0 ? phraseWithPlural : phraseWithPlural[..brace]).Trim().ToString();
            string[]? plurals = null;
            if (brace >= 0)
            {
                var close = phraseWithPlural.IndexOf('}');
                var inside = close > brace ? phraseWithPlural[(brace + 1)..close] : phraseWithPlural[(brace + 1)..];
                plurals = inside.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }

            if (phrase.Contains('!'))
            {
                foreach (var expanded in Substitute(phrase, substitutions)) Put(expanded, agent);
                continue;
            }

            Put(phrase, agent);
            if (plurals is null) Put(PluralOfPhrase(PhraseKey.Of(phrase)), agent);
            else foreach (var plural in plurals) Put(plural, agent);
        }
    }

    private void Put(string phrase, Agent agent) => _phrases.Add(PhraseKey.Of(phrase), agent, static (first, _) => first);

    private static IEnumerable<string> Substitute(string phrase, Dictionary<string, string[]> substitutions)
    {
        var start = phrase.IndexOf('!');
        var end = phrase.IndexOf('!', start + 1);
        if (end < 0 || !substitutions.TryGetValue(phrase[start..(end + 1)], out var values)) return [];
        return values.Select(value => phrase[..start] + value + phrase[(end + 1)..]);
    }

    private static string PluralOfPhrase(string key)
    {
        var lastBlank = key.LastIndexOf(' ');
        return key[..(lastBlank + 1)] + DictionaryLines.Plural(key[(lastBlank + 1)..]);
    }

    private static Agent? ParseAgent(ReadOnlySpan<char> code)
    {
        if (code.StartsWith('~') && code.Length > 1) return new Agent(code[1..].ToString(), BeforeActor: false);
        if (code.EndsWith('~') && code.Length > 1) return new Agent(code[..^1].ToString(), BeforeActor: true);
        return null;
    }
}
