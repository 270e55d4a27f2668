namespace Newsgraph.Core.Events;

/// <summary>What a matched pattern bound: its code and the actors it placed at $, + and % (indices into the sentence's actors, or -1).</summary>
internal readonly record struct PatternMatch(VerbPattern Pattern, int Source, int Target, int Compound);

/// <summary>
/// Matches verb patterns around a verb over a sentence's tokens, TABARI-style: elements in order, words in between
/// skipped unless the elements are joined by '_', words matched whole or as stems, $ + % matched by the actors found
/// in the sentence. Each token's words and synonym sets are looked up once per sentence (<see cref="Prepare"/>), and
/// a pattern is only tried when every word it needs occurs in the sentence.
/// </summary>
internal sealed class PatternMatcher(VerbDictionary verbs)
{
    // Per token: the ids it matches whole (the word and its synsets) and, negated, the stem ids it begins with.
    private readonly List<int> _ids = [];
    private int[] _idStart = [];
    private int[] _idCount = [];
    private int[] _seen = [];
    private int _stamp;

    /// <summary>Looks up the words of tokens [first, end) and marks which ids occur.</summary>
    public void Prepare(TokenKeys keys, int tokenCount, int first, int end)
    {
        if (_idStart.Length < tokenCount)
        {
            _idStart = new int[tokenCount];
            _idCount = new int[tokenCount];
        }

        if (_seen.Length < verbs.IdCount) _seen = new int[verbs.IdCount];
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_seen);
            _stamp = 1;
        }

        _ids.Clear();
        for (var t = first; t < end; t++)
        {
            _idStart[t] = _ids.Count;
            var word = keys[t];
            var length = word.Length;
            if (length > 0)
            {
                // The index gives the id of the token's first word; a hyphenated token ("run-off") is looked up whole.
                var id = word.Contains(' ') ? verbs.WordId(word) : keys.Entry(t).PatternWordId;
                if (id >= 0)
                {
                    Mark(id);
                    foreach (var synset in verbs.SynsetsOf(id)) Mark(synset);
                }

                var stems = verbs.MayHaveStems(word) ? length : 0;
                for (var prefix = VerbDictionary.MinStemLength; prefix < stems; prefix++)
                {
                    var stemId = verbs.WordId(word[..prefix]);
                    if (stemId < 0) continue;
                    _ids.Add(~stemId);
                    _seen[verbs.Slot(stemId)] = _stamp;
                }
            }

            _idCount[t] = _ids.Count - _idStart[t];
        }
    }

    private void Mark(int id)
    {
        _ids.Add(id);
        _seen[verbs.Slot(id)] = _stamp;
    }

    /// <summary>The first pattern of <paramref name="sense"/> that matches around the verb at [verbFirst, verbEnd) within [lo, hi).</summary>
    public PatternMatch? Match(VerbSense sense, int verbFirst, int verbEnd, int lo, int hi, int[] actorAt, List<ActorSpan> actors)
    {
        foreach (var pattern in sense.Patterns)
        {
            if (!AllSeen(pattern.Required)) continue;
            var bound = (Source: -1, Target: -1, Compound: -1);
            if (MatchAfter(pattern.After, verbEnd, hi, actorAt, actors, ref bound)
                && MatchBefore(pattern.Before, verbFirst, lo, actorAt, actors, ref bound))
                return new PatternMatch(pattern, bound.Source, bound.Target, bound.Compound);
        }

        return null;
    }

    private bool AllSeen(int[] required)
    {
        foreach (var id in required)
        {
            if (_seen[verbs.Slot(id)] != _stamp) return false;
        }

        return true;
    }

    private bool MatchAfter(PatternElement[] elements, int position, int hi, int[] actorAt, List<ActorSpan> actors, ref (int Source, int Target, int Compound) bound)
    {
        foreach (var element in elements)
        {
            if (element.Kind == PatternElementKind.Skip) continue;
            var found = false;
            for (var p = position; p < hi; p++)
            {
                if (TokenMatches(element, p, actorAt, actors, out var actor))
                {
                    Bind(element.Kind, actor, ref bound);
                    position = actor >= 0 ? actors[actor].End : p + 1;
                    found = true;
                    break;
                }

                if (element.Adjacent) break;
            }

            if (!found) return false;
        }

        return true;
    }

    private bool MatchBefore(PatternElement[] elements, int position, int lo, int[] actorAt, List<ActorSpan> actors, ref (int Source, int Target, int Compound) bound)
    {
        foreach (var element in elements)
        {
            if (element.Kind == PatternElementKind.Skip) continue;
            var found = false;
            for (var p = position - 1; p >= lo; p--)
            {
                if (TokenMatches(element, p, actorAt, actors, out var actor))
                {
                    Bind(element.Kind, actor, ref bound);
                    position = actor >= 0 ? actors[actor].First : p;
                    found = true;
                    break;
                }

                if (element.Adjacent) break;
            }

            if (!found) return false;
        }

        return true;
    }

    private bool TokenMatches(PatternElement element, int token, int[] actorAt, List<ActorSpan> actors, out int actor)
    {
        actor = -1;
        switch (element.Kind)
        {
            case PatternElementKind.Source or PatternElementKind.Target or PatternElementKind.Compound:
                // A place after "in" or "at" is where the event happened, not a participant.
                actor = actorAt[token];
                return actor >= 0 && !actors[actor].Locative;
            case PatternElementKind.Word:
                return Has(token, element.Id) || (element.Stem && Has(token, ~element.Id));
            case PatternElementKind.Synset:
                return Has(token, element.Id);
            default:
                return false;
        }
    }

    private bool Has(int token, int id)
    {
        var start = _idStart[token];
        for (var k = start; k < start + _idCount[token]; k++)
        {
            if (_ids[k] == id) return true;
        }

        return false;
    }

    private static void Bind(PatternElementKind kind, int actor, ref (int Source, int Target, int Compound) bound)
    {
        switch (kind)
        {
            case PatternElementKind.Source: bound.Source = actor; break;
            case PatternElementKind.Target: bound.Target = actor; break;
            case PatternElementKind.Compound: bound.Compound = actor; break;
        }
    }
}
