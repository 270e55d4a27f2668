using System.Globalization;
using System.Text;
using Newsgraph.Core.Mentions;
using Newsgraph.Core.Tagging;

namespace Newsgraph.Core.Training;

/// <summary>
/// Counts, for capitalised tokens and whole names, how often corpora label them as each entity type:
/// CoreNLP's silver 4-class NER over news (PolNeAR train) and the place names of the Phoenix country dictionary.
/// Output is sorted, so the same corpora give the same bytes.
/// </summary>
public sealed class NameLexiconTrainer
{
    private readonly SortedDictionary<string, int[]> _tokens = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int[]> _spans = new(StringComparer.Ordinal);

    /// <summary>Suffixes of nationality words (demonyms): Israeli, Palestinians, Korean, American, Chinese, British; not Iran, Oman or Amman.</summary>
    private static readonly string[] NationalityWordSuffixes = ["ian", "ians", "ean", "eans", "can", "cans", "ese", "ish", "i", "is"];

    public int Documents { get; private set; }

    /// <summary>Adds one document in our CoreNLP column format: start end word lemma xpos ner, blank line between sentences.</summary>
    public void AddCoreNlp(string conll)
    {
        ArgumentNullException.ThrowIfNull(conll);
        Documents++;
        var words = new List<string>();
        var currentLabel = (EntityType?)null;
        Span<Range> fields = stackalloc Range[7];
        foreach (var line in conll.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty || line[0] == '#')
            {
                Flush(words, currentLabel);
                currentLabel = null;
                continue;
            }

            if (line.Split(fields, '\t') < 6) continue;
            var word = line[fields[2]].ToString();
            var label = line[fields[5]] switch
            {
                "PERSON" => EntityType.Person,
                "ORGANIZATION" => EntityType.Organization,
                "LOCATION" => EntityType.Place,
                "MISC" => EntityType.Norp,
                _ => (EntityType?)null,
            };
            if (label != currentLabel) Flush(words, currentLabel);
            currentLabel = label;
            if (word.Length > 0 && char.IsUpper(word[0])) Count(_tokens, word, label);
            if (label is not null) words.Add(word);
        }

        Flush(words, currentLabel);
    }

    /// <summary>
    /// Adds the country and region names of a PETRARCH country dictionary (Phoenix.Countries.actors.txt): entries
    /// with their code on the same line are places; their one-word synonyms in -ian, -ese, -ish, -i (and a few more) are nationalities.
    /// </summary>
    public void AddPhoenixPlaces(string actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var inPlace = false;
        foreach (var raw in actors.AsSpan().EnumerateLines())
        {
            var line = raw.TrimEnd();
            if (line.IsEmpty || line[0] == '#' || char.IsWhiteSpace(line[0])) continue;
            var isSynonym = line[0] == '+';
            if (!isSynonym) inPlace = line.Contains('[') && !line.Contains('#');
            if (!inPlace) continue;
            var name = line[(isSynonym ? 1 : 0)..];
            var bracket = name.IndexOf('[');
            if (bracket >= 0) name = name[..bracket];
            var words = ToTitleWords(name.Trim().TrimEnd('_'));
            if (words.Count == 0) continue;
            var isNationality = isSynonym && words.Count == 1 && IsNationalityForm(words[0]);
            var type = isNationality ? EntityType.Norp : EntityType.Place;
            if (words.Count == 1) Count(_tokens, words[0], type);
            else Count(_spans, string.Join(' ', words), type);
        }
    }

    public string ToTsv(string description)
    {
        var builder = new StringBuilder();
        builder.Append("# ").Append(description).Append('\n');
        builder.Append(NameLexicon.Header).Append('\n');
        Write(builder, "span", _spans);
        Write(builder, "token", _tokens);
        return builder.ToString();
    }

    private void Flush(List<string> words, EntityType? label)
    {
        if (label is not null && words.Count > 1) Count(_spans, string.Join(' ', words), label);
        words.Clear();
    }

    private static void Count(SortedDictionary<string, int[]> table, string form, EntityType? type)
    {
        if (!table.TryGetValue(form, out var counts)) table[form] = counts = new int[5];
        counts[type switch
        {
            EntityType.Person => 0,
            EntityType.Organization => 1,
            EntityType.Place => 2,
            EntityType.Norp => 3,
            _ => 4,
        }]++;
    }

    private static void Write(StringBuilder builder, string kind, SortedDictionary<string, int[]> table)
    {
        foreach (var (form, counts) in table)
        {
            // Forms seen once and never as a name carry no evidence worth shipping.
            if (counts.Sum() < 2 && counts[4] > 0) continue;
            builder.Append(kind).Append('\t').Append(form);
            foreach (var count in counts) builder.Append('\t').Append(count.ToString(CultureInfo.InvariantCulture));
            builder.Append('\n');
        }
    }

    private static bool IsNationalityForm(string word) =>
        NationalityWordSuffixes.Any(suffix => word.EndsWith(suffix, StringComparison.Ordinal));

    /// <summary>PETRARCH writes names as UPPER_CASE_WORDS; we look them up as Title Case words.</summary>
    private static List<string> ToTitleWords(ReadOnlySpan<char> name)
    {
        var words = new List<string>();
        foreach (var range in name.Split('_'))
        {
            var word = name[range];
            if (word.IsEmpty) continue;
            if (word.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ'-.")) return [];
            var chars = word.ToString().ToLowerInvariant().ToCharArray();
            chars[0] = char.ToUpperInvariant(chars[0]);
            for (var k = 1; k < chars.Length; k++)
            {
                if (chars[k - 1] is '-' or '\'') chars[k] = char.ToUpperInvariant(chars[k]);
            }

            // Country codes and acronyms stay upper case (USA, UK).
            words.Add(word.Length <= 3 && words.Count == 0 && name.Length <= 3 ? word.ToString() : new string(chars));
        }

        return words;
    }
}
