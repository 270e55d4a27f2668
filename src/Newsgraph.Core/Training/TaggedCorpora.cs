using Newsgraph.Core.Mentions;
using Newsgraph.Core.Tagging;

namespace Newsgraph.Core.Training;

/// <summary>One word of a treebank sentence: form, tags, dependency head (1-based, 0 = root) and relation.</summary>
public readonly record struct TreebankWord(string Form, string Upos, string Xpos, int Head, string Relation, string Misc);

/// <summary>A sentence of gold words and the typed name spans in it (word indices, end exclusive).</summary>
public sealed record TreebankSentence(TreebankWord[] Words, NamedSpan[] Names)
{
    /// <summary>Which document of its corpus the sentence belongs to; consecutive sentences of one document share it.</summary>
    public int Document { get; init; }

    /// <summary>Silver only: the sentence has words CoreNLP labelled MISC (nationalities, events, works), names we do not type.</summary>
    public bool HasMiscNames { get; init; }
}

/// <summary>A named mention: words [First, End) and its entity type.</summary>
public readonly record struct NamedSpan(int First, int End, EntityType Type);

/// <summary>
/// Readers for the tagged corpora in ../shared/data: CoNLL-U treebanks (GUM, UD EWT), GUM's entity brackets, and
/// CoreNLP's column output shipped with PolNeAR. They take file contents and return sentences; no I/O.
/// </summary>
public static class TaggedCorpora
{
    /// <summary>
    /// Reads a CoNLL-U document. Multi-word token lines and empty nodes are skipped. With GUM's <c>Entity=</c>
    /// brackets in MISC, named mentions are found: entity mentions of type person, organization or place whose head
    /// word (the one whose head lies outside the mention) is a proper noun. The name is the head with its flat and
    /// compound proper-noun dependents and, unless it names a person, "of" modifiers ("University of Chicago"), the unbroken run around the head,
    /// so titles, determiners and coordinated names stay out; a bare title ("the President") is no name; where names
    /// overlap, the longer wins.
    /// </summary>
    public static IReadOnlyList<TreebankSentence> ReadConllu(string conllu)
    {
        ArgumentNullException.ThrowIfNull(conllu);
        var sentences = new List<TreebankSentence>();
        var words = new List<TreebankWord>();
        foreach (var raw in conllu.AsSpan().EnumerateLines())
        {
            var line = raw.TrimEnd('\r');
            if (line.IsEmpty)
            {
                if (words.Count > 0) sentences.Add(new TreebankSentence([.. words], NamedMentions(words)));
                words.Clear();
                continue;
            }

            if (line[0] == '#') continue;
            var fields = line.ToString().Split('\t');
            if (fields.Length < 10) throw new FormatException($"A CoNLL-U word line needs 10 columns: {line}");
            if (fields[0].Contains('-') || fields[0].Contains('.')) continue;
            var head = int.TryParse(fields[6], out var h) ? h : 0;
            words.Add(new TreebankWord(fields[1], fields[3], fields[4], head, fields[7], fields[9]));
        }

        if (words.Count > 0) sentences.Add(new TreebankSentence([.. words], NamedMentions(words)));
        return sentences;
    }

    /// <summary>
    /// Reads CoreNLP's column output (start end word lemma xpos ner, a blank line between sentences). Words are taken
    /// from <paramref name="text"/> by their offsets when it is given (CoreNLP rewrites brackets and quotation marks),
    /// else from the word column with its bracket names undone. NER labels PERSON, ORGANIZATION and LOCATION become
    /// typed names; the others (MISC, dates, numbers) are not names here, and a sentence with MISC words is marked.
    /// </summary>
    public static IReadOnlyList<TreebankSentence> ReadCoreNlp(string columns, string? text)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var sentences = new List<TreebankSentence>();
        var words = new List<TreebankWord>();
        var types = new List<EntityType?>();
        var misc = false;
        foreach (var raw in columns.AsSpan().EnumerateLines())
        {
            var line = raw.TrimEnd('\r');
            if (line.IsEmpty)
            {
                Flush();
                continue;
            }

            if (line[0] == '#') continue;
            var fields = line.ToString().Split('\t');
            if (fields.Length < 6) throw new FormatException($"A CoreNLP line needs 6 columns: {line}");
            var form = fields[2];
            if (text is not null && int.TryParse(fields[0], out var start) && int.TryParse(fields[1], out var end) && start >= 0 && end > start && end <= text.Length)
            {
                form = text[start..end];
            }
            else form = UndoBracketName(form);

            if (form.Contains(' ') || form.Contains('\n')) form = form.Replace(' ', '_').Replace('\n', '_');
            words.Add(new TreebankWord(form, "", fields[4], 0, "", "_"));
            misc |= fields[5] == "MISC";
            types.Add(fields[5] switch
            {
                "PERSON" => EntityType.Person,
                "ORGANIZATION" => EntityType.Organization,
                "LOCATION" => EntityType.Place,
                _ => null,
            });
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count == 0) return;
            var names = new List<NamedSpan>();
            for (var i = 0; i < types.Count;)
            {
                if (types[i] is not { } type)
                {
                    i++;
                    continue;
                }

                var end = i + 1;
                while (end < types.Count && types[end] == type) end++;
                names.Add(new NamedSpan(i, end, type));
                i = end;
            }

            sentences.Add(new TreebankSentence([.. words], [.. names]) { HasMiscNames = misc });
            words.Clear();
            types.Clear();
            misc = false;
        }
    }

    /// <summary>BIO labels (B-PERSON, I-ORG, O, ...) for a sentence's names.</summary>
    public static string[] BioLabels(TreebankSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var labels = Enumerable.Repeat(EntityLabels.Outside, sentence.Words.Length).ToArray();
        foreach (var name in sentence.Names)
        {
            for (var i = name.First; i < name.End; i++) labels[i] = EntityLabels.Label(name.Type, begins: i == name.First);
        }

        return labels;
    }

    private static string UndoBracketName(string word) => word switch
    {
        "-LRB-" => "(",
        "-RRB-" => ")",
        "-LSB-" => "[",
        "-RSB-" => "]",
        "-LCB-" => "{",
        "-RCB-" => "}",
        _ => word,
    };

    private static NamedSpan[] NamedMentions(List<TreebankWord> words)
    {
        var candidates = new List<NamedSpan>();
        var open = new List<(string Id, string Type, int Start)>();
        for (var i = 0; i < words.Count; i++)
        {
            var entity = MiscValue(words[i].Misc, "Entity");
            var k = 0;
            while (k < entity.Length)
            {
                if (entity[k] == '(')
                {
                    var stop = entity.IndexOfAny(['(', ')'], k + 1);
                    var body = stop < 0 ? entity[(k + 1)..] : entity[(k + 1)..stop];
                    var parts = body.Split('-');
                    var id = parts[0];
                    var type = parts.Length > 1 ? parts[1] : "";
                    if (stop >= 0 && entity[stop] == ')')
                    {
                        AddIfNamed(words, candidates, type, i, i + 1);
                        k = stop + 1;
                    }
                    else
                    {
                        open.Add((id, type, i));
                        k = stop < 0 ? entity.Length : stop;
                    }
                }
                else
                {
                    var stop = entity.IndexOf(')', k);
                    if (stop < 0) break;
                    var id = entity[k..stop];
                    var index = open.FindLastIndex(o => o.Id == id);
                    if (index >= 0)
                    {
                        AddIfNamed(words, candidates, open[index].Type, open[index].Start, i + 1);
                        open.RemoveAt(index);
                    }

                    k = stop + 1;
                }
            }
        }

        // Longer names first; a name overlapping one already kept is dropped ("Chicago" inside "University of Chicago").
        var kept = new List<NamedSpan>();
        foreach (var name in candidates.OrderByDescending(n => n.End - n.First).ThenBy(n => n.First))
        {
            if (!kept.Any(k => k.First < name.End && name.First < k.End)) kept.Add(name);
        }

        return [.. kept.OrderBy(n => n.First)];
    }

    private static void AddIfNamed(List<TreebankWord> words, List<NamedSpan> names, string type, int start, int end)
    {
        EntityType? entityType = type switch
        {
            "person" => EntityType.Person,
            "organization" => EntityType.Organization,
            "place" => EntityType.Place,
            _ => null,
        };
        if (entityType is not { } found) return;
        var head = -1;
        for (var i = start; i < end; i++)
        {
            var h = words[i].Head - 1;
            if (h < start || h >= end)
            {
                head = i;
                break;
            }
        }

        if (head < 0 || !IsProper(words[head])) return;
        var inName = new bool[end - start];
        inName[head - start] = true;
        // Grow the name from its head over proper-noun flat/compound dependents and "of" modifiers, to a fixed point.
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = start; i < end; i++)
            {
                if (inName[i - start]) continue;
                var h = words[i].Head - 1;
                if (h < start || h >= end || !inName[h - start]) continue;
                var relation = words[i].Relation;
                var joins = IsProper(words[i]) && (relation.StartsWith("flat", StringComparison.Ordinal) || relation is "compound" or "amod")
                    || found != EntityType.Person && relation == "nmod" && IsProper(words[i]) && HasOfCase(words, i, start, end)
                    || relation == "case" && words[i].Form == "of" && h > head;
                if (!joins) continue;
                inName[i - start] = true;
                changed = true;
            }
        }

        // The unbroken run of name words around the head: "Mario J. Lucero" of "Mario J. Lucero and Isabel Ruiz".
        var first = head;
        while (first > start && inName[first - 1 - start]) first--;
        var last = head;
        while (last + 1 < end && inName[last + 1 - start]) last++;
        while (last > head && words[last].Relation == "case") last--;
        // A bare title ("the President", "the Speaker") refers to someone without naming them.
        if (first == last && TitleLexicon.IsRole(words[head].Form)) return;
        names.Add(new NamedSpan(first, last + 1, found));
    }

    /// <summary>A proper noun by either tag ("United" in "United States" is a VERB by UPOS but NNP by XPOS).</summary>
    private static bool IsProper(TreebankWord word) => word.Upos == "PROPN" || word.Xpos is "NNP" or "NNPS";

    private static bool HasOfCase(List<TreebankWord> words, int i, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (words[k].Head - 1 == i && words[k].Relation == "case" && words[k].Form == "of") return true;
        }

        return false;
    }

    private static string MiscValue(string misc, string key)
    {
        foreach (var part in misc.Split('|'))
        {
            if (part.Length > key.Length && part.StartsWith(key, StringComparison.Ordinal) && part[key.Length] == '=') return part[(key.Length + 1)..];
        }

        return "";
    }
}
