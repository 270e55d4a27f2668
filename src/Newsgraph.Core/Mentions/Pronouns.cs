namespace Newsgraph.Core.Mentions;

/// <summary>Third-person pronouns and what they say about their antecedent.</summary>
public static class Pronouns
{
    public static bool TryGet(ReadOnlySpan<char> word, out Gender gender, out GrammaticalNumber number)
    {
        number = GrammaticalNumber.Singular;
        gender = word switch
        {
            "he" or "He" or "him" or "his" or "His" or "himself" => Gender.Male,
            "she" or "She" or "her" or "Her" or "hers" or "herself" => Gender.Female,
            _ => Gender.Unknown,
        };
        if (gender != Gender.Unknown) return true;
        if (word is "they" or "They" or "them" or "their" or "Their" or "themselves")
        {
            number = GrammaticalNumber.Plural;
            return true;
        }

        number = GrammaticalNumber.Unknown;
        return false;
    }
}
