namespace Newsgraph.Core.Mentions;

public enum EntityType : byte
{
    Person,
    Organization,
    Place,
    /// <summary>A group named by nationality, religion or politics ("Palestinians", "Republicans").</summary>
    Norp,
    Other,
}

public enum Gender : byte
{
    Unknown,
    Male,
    Female,
    Neuter,
}

public enum GrammaticalNumber : byte
{
    Unknown,
    Singular,
    Plural,
}

public enum MentionKind : byte
{
    /// <summary>A proper name: "John Kerry", "Kerry", "Hamas".</summary>
    Name,
    /// <summary>A nominal headed by a title or role: "the UN chief", "the US Secretary of State", "the two".</summary>
    Nominal,
    Pronoun,
}
