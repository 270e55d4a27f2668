using Newsgraph.Core.Mentions;

namespace Newsgraph.Core.Tagging;

/// <summary>The BIO labels of the entity recogniser: O, B-PERSON, I-PERSON, B-ORG, I-ORG, B-PLACE, I-PLACE, B-NORP, I-NORP.</summary>
public static class EntityLabels
{
    public const string Outside = "O";

    public static string Label(EntityType type, bool begins) => (begins ? "B-" : "I-") + TypeName(type);

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORG",
        EntityType.Place => "PLACE",
        EntityType.Norp => "NORP",
        _ => "OTHER",
    };

    /// <summary>Reads a label: whether it begins a name, and its type; false for O (or anything else).</summary>
    public static bool TryParse(string label, out bool begins, out EntityType type)
    {
        ArgumentNullException.ThrowIfNull(label);
        begins = label.StartsWith("B-", StringComparison.Ordinal);
        type = EntityType.Other;
        if (!begins && !label.StartsWith("I-", StringComparison.Ordinal)) return false;
        EntityType? parsed = label.AsSpan(2) switch
        {
            "PERSON" => EntityType.Person,
            "ORG" => EntityType.Organization,
            "PLACE" => EntityType.Place,
            "NORP" => EntityType.Norp,
            _ => null,
        };
        if (parsed is not { } found) return false;
        type = found;
        return true;
    }
}
