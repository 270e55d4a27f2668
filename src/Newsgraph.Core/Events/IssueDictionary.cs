using System.Runtime.CompilerServices;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Events;

/// <summary>
/// A PETRARCH issues dictionary (Phoenix.IssueCoding.txt): "phrase [CODE]" lines, where n:word stands for the noun
/// and its plural, v:word for the regular verb forms and a+b for "a b" and "a-b"; a line beginning with '~' is an
/// ignore phrase, whose presence cancels the issue coding of its sentence.
/// </summary>
public sealed class IssueDictionary
{
    private static readonly Issue Ignore = new(null);

    private readonly PhraseTable<Issue> _phrases = new();

    public int Count => _phrases.Count;

    internal PhraseTable<Issue> Phrases => _phrases;

    // Runs once, at load: compiled optimised at once rather than tier by tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            var line = DictionaryLines.WithoutComment(rawLine).Trim();
            if (line.IsEmpty || line[0] == '<') continue;
            Issue issue;
            if (line[0] == '~')
            {
                line = line.TrimStart('~');
                issue = Ignore;
            }
            else
            {
                var phrase = DictionaryLines.SplitCode(line, out var code);
                if (code.IsEmpty) continue;
                line = phrase;
                issue = new Issue(code.ToString());
            }

            foreach (var variant in Variants(line.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                _phrases.Add(PhraseKey.Of(variant), issue, static (first, _) => first);
        }
    }

    /// <summary>The issue codes named in tokens [first, end), each once, in order; none when an ignore phrase occurs.</summary>
    internal IReadOnlyList<string> Find(ReadOnlySpan<Token> tokens, TokenKeys keys, int first, int end)
    {
        List<string>? codes = null;
        for (var i = first; i < end; i++)
        {
            if ((keys.Entry(i).Roles & WordRoles.IssueStart) == 0 || _phrases.Match(tokens, keys, i, end) is not { } match) continue;
            if (match.Value.Code is not { } code) return [];
            codes ??= [];
            if (!codes.Contains(code)) codes.Add(code);
            i = match.End - 1;
        }

        return codes is null ? [] : codes;
    }

    private static IEnumerable<string> Variants(string[] words)
    {
        IEnumerable<string> phrases = [""];
        foreach (var word in words)
        {
            var forms = Forms(word.Replace('+', ' '));
            phrases = phrases.SelectMany(prefix => forms.Select(form => prefix.Length == 0 ? form : prefix + " " + form)).ToArray();
        }

        return phrases;
    }

    private static string[] Forms(string word)
    {
        if (word.StartsWith("n:", StringComparison.Ordinal))
        {
            var noun = word[2..].ToUpperInvariant();
            return [noun, DictionaryLines.Plural(noun)];
        }

        if (word.StartsWith("v:", StringComparison.Ordinal)) return VerbForms.Regular(word[2..].ToUpperInvariant());
        return [word];
    }

    internal sealed record Issue(string? Code);
}
