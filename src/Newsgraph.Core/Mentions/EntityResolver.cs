using Newsgraph.Core.Pipeline;

namespace Newsgraph.Core.Mentions;

/// <summary>
/// Links mentions into entities within one article. Names join the entity whose name contains theirs or is
/// contained in it (Kerry = John Kerry); titled nominals join the person whose title they repeat or whose
/// organisation they lead (the UN chief = UN Secretary General Ban Ki-moon); pronouns join the most salient
/// compatible person: the subject of the nearest sentence before them, outside quotations.
/// </summary>
public sealed class EntityResolver : IPipelineStage
{
    /// <summary>How many sentences back a pronoun looks, so text without paragraph breaks stays linear.</summary>
    private const int MaxPronounSentences = 10;

    public string Name => "entity-resolver";

    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Quotations | Layers.Mentions;

    public Layers Produces => Layers.Entities;

    public void Process(Document document) => document.SetEntities(Resolve(document));

    private sealed class Cluster(EntityType type)
    {
        public EntityType Type { get; set; } = type;
        public List<int> Mentions { get; } = [];
        public string Name { get; set; } = "";
        public string[] NameWords { get; set; } = [];
        public List<string> Titles { get; } = [];
        public List<string[]> TitleWords { get; } = [];
        public int Male { get; set; }
        public int Female { get; set; }
        public Gender Gender => Male > Female ? Gender.Male : Female > Male ? Gender.Female : Gender.Unknown;
    }

    private static Entity[] Resolve(Document document)
    {
        var mentions = document.Mentions;
        var clusterOf = new int[mentions.Count];
        Array.Fill(clusterOf, -1);
        var clusters = new List<Cluster>();
        var index = new ClusterIndex();
        var inQuote = QuotedMentions(document);
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            // Split a name into words once: matching and choosing the canonical name both need them.
            var nameWords = mention.Kind == MentionKind.Name ? Words(document.TextOf(mention.Span)) : [];
            var target = mention.Kind switch
            {
                MentionKind.Name => NameCluster(mention, nameWords, clusters, index),
                MentionKind.Nominal => NominalCluster(document, mention, clusters, index),
                _ => PronounCluster(document, mention, clusters, clusterOf, inQuote, m),
            };
            if (target < 0 && mention.Kind == MentionKind.Name)
            {
                clusters.Add(new Cluster(mention.Type));
                target = clusters.Count - 1;
            }

            if (target < 0) continue;
            clusterOf[m] = target;
            var cluster = clusters[target];
            cluster.Mentions.Add(m);
            Absorb(document, cluster, mention, nameWords, target, index);
        }

        var entities = new Entity[clusters.Count];
        for (var c = 0; c < clusters.Count; c++)
        {
            var cluster = clusters[c];
            entities[c] = new Entity(c, cluster.Type, cluster.Name, cluster.Gender, cluster.Titles, cluster.Mentions);
        }

        return entities;
    }

    private static void Absorb(Document document, Cluster cluster, Mention mention, string[] nameWords, int clusterId, ClusterIndex index)
    {
        if (mention.Kind == MentionKind.Name)
        {
            // The fullest name wins; between equals, the one not in a capitals-only dateline or headline.
            var name = string.Join(' ', nameWords);
            if (nameWords.Length > cluster.NameWords.Length || nameWords.Length == cluster.NameWords.Length && IsAllCaps(cluster.Name) && !IsAllCaps(name))
            {
                cluster.Name = name;
                cluster.NameWords = nameWords;
                index.AddNameWords(clusterId, nameWords);
            }

            if (mention.Type == EntityType.Person) cluster.Type = EntityType.Person;
        }

        if (mention.Title is { } title && mention.Kind == MentionKind.Name)
        {
            var text = document.TextOf(title);
            if (!cluster.Titles.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                cluster.Titles.Add(text);
                cluster.TitleWords.Add(Words(text));
                if (cluster.Titles.Count == 1) index.AddTitled(clusterId);
            }
        }

        if (mention.Gender == Gender.Male) cluster.Male++;
        else if (mention.Gender == Gender.Female) cluster.Female++;
    }

    private static int NameCluster(Mention mention, string[] words, List<Cluster> clusters, ClusterIndex index)
    {
        var best = -1;
        foreach (var c in index.SharingAWordWith(words))
        {
            var cluster = clusters[c];
            if (!Compatible(cluster.Type, mention.Type)) continue;
            if (SameName(words, cluster.NameWords)) return c;
            if (best < 0 && (cluster.Type == EntityType.Person || mention.Type == EntityType.Person) && (Contains(cluster.NameWords, words) || Contains(words, cluster.NameWords)))
                best = c;
        }

        return best;
    }

    private static bool Compatible(EntityType a, EntityType b) => a == b || a == EntityType.Other || b == EntityType.Other;

    private static int NominalCluster(Document document, Mention mention, List<Cluster> clusters, ClusterIndex index)
    {
        // "The two": a group of people, left unlinked rather than guessing one of them.
        if (mention.Title is not { } title) return -1;
        var words = Words(document.TextOf(title));
        var role = words[^1];
        foreach (var c in index.TitledNewestFirst)
        {
            var cluster = clusters[c];
            if (cluster.Type != EntityType.Person) continue;
            foreach (var heldWords in cluster.TitleWords)
            {
                if (SameName(words, heldWords) || EndsWith(heldWords, words) || SameRoleHead(words, heldWords)) return c;
                // "the UN chief" leads what "UN Secretary General" leads.
                if (TitleLexicon.IsLeadershipRole(role) && TitleLexicon.IsLeadershipRole(heldWords[^1]) && SharesQualifier(words, heldWords)) return c;
            }
        }

        return -1;
    }

    private static int PronounCluster(Document document, Mention pronoun, List<Cluster> clusters, int[] clusterOf, bool[] inQuote, int m)
    {
        if (pronoun.Number != GrammaticalNumber.Singular || inQuote[m]) return -1;
        var mentions = document.Mentions;
        var sentences = document.Sentences;
        var oldestParagraph = sentences[pronoun.Sentence].Paragraph - 2;
        var oldestSentence = pronoun.Sentence - MaxPronounSentences;
        // One pass back over the mentions: the nearest fitting person in the pronoun's own sentence; else, in the
        // nearest earlier sentence with one, the leftmost (its subject).
        var candidate = -1;
        var candidateSentence = -1;
        for (var k = m - 1; k >= 0; k--)
        {
            var sentence = mentions[k].Sentence;
            if (candidate >= 0 && sentence != candidateSentence || sentences[sentence].Paragraph < oldestParagraph || sentence < oldestSentence) break;
            if (inQuote[k] || clusterOf[k] < 0) continue;
            var cluster = clusters[clusterOf[k]];
            if (cluster.Type != EntityType.Person || !GenderFits(cluster.Gender, pronoun.Gender) || IsAfterPreposition(document, mentions[k])) continue;
            if (sentence == pronoun.Sentence) return clusterOf[k];
            candidate = clusterOf[k];
            candidateSentence = sentence;
        }

        return candidate;
    }

    private static bool GenderFits(Gender entity, Gender pronoun) => entity == Gender.Unknown || pronoun == Gender.Unknown || entity == pronoun;

    /// <summary>Objects of prepositions ("with Nasser Judeh", "for talks with Abbas") are rarely what a pronoun picks up.</summary>
    private static bool IsAfterPreposition(Document document, Mention mention)
    {
        var start = mention.Title is { } title && title.Start < mention.Span.Start ? title.Start : mention.Span.Start;
        var tokens = document.TokenSpan;
        var k = document.TokenIndexAt(start) - 1;
        if (k < 0) return false;
        var word = document.CharsOf(tokens[k]);
        return word is "with" or "to" or "by" or "for" or "from" or "of" or "at" or "on" or "in" or "about" or "against" or "and" or "than" or "between" or "among";
    }

    private static bool[] QuotedMentions(Document document)
    {
        var mentions = document.Mentions;
        var quotations = document.Quotations;
        var inQuote = new bool[mentions.Count];
        var q = 0;
        for (var m = 0; m < mentions.Count; m++)
        {
            var start = mentions[m].Span.Start;
            while (q < quotations.Count && quotations[q].End <= start) q++;
            inQuote[m] = q < quotations.Count && quotations[q].Start < start;
        }

        return inQuote;
    }

    private static bool IsAllCaps(string name)
    {
        foreach (var c in name)
        {
            if (char.IsLower(c)) return false;
        }

        return true;
    }

    private static string[] Words(string text) => text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);

    private static bool SameName(string[] a, string[] b) => a.AsSpan().SequenceEqual(b, StringComparer.OrdinalIgnoreCase);

    private static bool EndsWith(string[] whole, string[] tail) =>
        tail.Length <= whole.Length && whole.AsSpan(whole.Length - tail.Length).SequenceEqual(tail, StringComparer.OrdinalIgnoreCase);

    /// <summary>True when every word of <paramref name="part"/> is a word of <paramref name="whole"/>: "Kerry" in "John Kerry".</summary>
    private static bool Contains(string[] whole, string[] part)
    {
        if (part.Length >= whole.Length) return false;
        foreach (var word in part)
        {
            if (!whole.Contains(word, StringComparer.OrdinalIgnoreCase)) return false;
        }

        return true;
    }

    /// <summary>"the envoy" and "special envoy of the Concord of Nations": the same role, no conflicting qualifier.</summary>
    private static bool SameRoleHead(string[] nominal, string[] held)
    {
        var role = Array.FindLastIndex(nominal, word => TitleLexicon.IsRole(word));
        var heldRole = Array.FindIndex(held, word => TitleLexicon.IsRole(word));
        if (role < 0 || heldRole < 0 || !string.Equals(nominal[role], held[heldRole], StringComparison.OrdinalIgnoreCase)) return false;
        for (var i = 0; i < role; i++)
        {
            if (char.IsUpper(nominal[i][0]) && !held.Contains(nominal[i], StringComparer.OrdinalIgnoreCase)) return false;
        }

        return true;
    }

    private static bool SharesQualifier(string[] a, string[] b)
    {
        for (var i = 0; i < a.Length - 1; i++)
        {
            for (var j = 0; j < b.Length - 1; j++)
            {
                if (string.Equals(a[i], b[j], StringComparison.OrdinalIgnoreCase)) return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Finds the clusters a mention can join without scanning them all: a name can only join a cluster that shares one
    /// of its words, and a nominal only a person with a title. Both answer newest first, as the scans did.
    /// </summary>
    private sealed class ClusterIndex
    {
        private readonly Dictionary<string, List<int>> _byNameWord = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<int> _titled = [];
        private readonly List<int> _candidates = [];

        /// <summary>Clusters with a title, newest first.</summary>
        public IEnumerable<int> TitledNewestFirst
        {
            get
            {
                for (var i = _titled.Count - 1; i >= 0; i--) yield return _titled[i];
            }
        }

        public void AddNameWords(int cluster, string[] words)
        {
            foreach (var word in words)
            {
                if (!_byNameWord.TryGetValue(word, out var list)) _byNameWord[word] = list = [];
                if (!list.Contains(cluster)) list.Add(cluster);
            }
        }

        public void AddTitled(int cluster)
        {
            var at = _titled.BinarySearch(cluster);
            if (at < 0) _titled.Insert(~at, cluster);
        }

        /// <summary>The clusters whose name shares a word with <paramref name="words"/>, newest first, each once.</summary>
        public List<int> SharingAWordWith(string[] words)
        {
            _candidates.Clear();
            foreach (var word in words)
            {
                if (_byNameWord.TryGetValue(word, out var list)) _candidates.AddRange(list);
            }

            _candidates.Sort((a, b) => b.CompareTo(a));
            var distinct = 0;
            for (var i = 0; i < _candidates.Count; i++)
            {
                if (i == 0 || _candidates[i] != _candidates[i - 1]) _candidates[distinct++] = _candidates[i];
            }

            _candidates.RemoveRange(distinct, _candidates.Count - distinct);
            return _candidates;
        }
    }
}
