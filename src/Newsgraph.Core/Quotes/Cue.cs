namespace Newsgraph.Core.Quotes;

/// <summary>
/// A cue found in the text: tokens [FirstToken, EndToken) of sentence <see cref="Sentence"/>, with the attribution
/// model's score for it (positive infinity for a cue found by rule, such as "according to").
/// </summary>
internal readonly record struct Cue(int FirstToken, int EndToken, int Sentence, CueForm Form, double Score)
{
    /// <summary>The attribution model's score, or null for a cue found by rule.</summary>
    public double? ModelScore => double.IsFinite(Score) ? Score : null;
}

internal enum CueForm : byte
{
    /// <summary>A reporting verb or phrase: said, warned, told, pointed out.</summary>
    Verb,
    /// <summary>A participle after a comma that takes the clause's subject: ", saying ...", ", adding ...".</summary>
    Participle,
    /// <summary>"according to SOURCE": the source follows the cue.</summary>
    AccordingTo,
}
