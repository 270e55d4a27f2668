namespace Newsgraph.Core.Tagging;

/// <summary>What a perceptron model tags; decides its feature templates.</summary>
public enum TaggerKind : byte
{
    PartOfSpeech,
    NamedEntity,
}
