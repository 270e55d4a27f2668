using Newsgraph.Core.Pipeline;

namespace Newsgraph.Core.Time;

/// <summary>
/// Finds temporal expressions (dates, times, durations, sets) and gives each its TIMEX3 value, anchored to the
/// document's publication date: <see cref="TimexRecognizer"/> finds them sentence by sentence and
/// <see cref="TimexNormalizer"/> resolves them. The timexes come out sorted by start and never overlap.
/// </summary>
public sealed class TimexTagger : IPipelineStage
{
    public string Name => "timex-tagger";

    public Layers Requires => Layers.Tokens | Layers.Sentences;

    public Layers Produces => Layers.Timexes;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var tokens = document.TokenSpan;
        var found = new List<TimexCandidate>();
        var timexes = new List<Timex>();
        foreach (var sentence in document.Sentences)
        {
            found.Clear();
            TimexRecognizer.Recognize(text, tokens, sentence, found);
            if (found.Count == 0) continue;

            // Only bare weekdays look at the sentence's tense, so most sentences skip the scan.
            var futureOriented = found.Exists(c => c.Form == TimexForm.Weekday && c.Deixis == Deixis.None)
                && FutureCues.IsFutureOriented(text, tokens, sentence);
            for (var k = 0; k < found.Count; k++)
            {
                var candidate = found[k];
                TimexCandidate? day = candidate.DayNeighbour != 0 ? found[k + candidate.DayNeighbour] : null;
                var (type, value) = TimexNormalizer.Normalize(candidate, document.Published, futureOriented, day);
                var span = new TextSpan(tokens[candidate.FirstToken].Start, tokens[candidate.EndToken - 1].End);
                timexes.Add(new Timex(span, type, value, candidate.Modifier));
            }
        }

        document.SetTimexes([.. timexes]);
    }
}
