using Newsgraph.Core.Pipeline;
using Newsgraph.Core.Text;

namespace Newsgraph.Core.Mentions;

/// <summary>
/// Collects the mentions of a document: the tagged names with the titles attached to them (before the name, or in
/// an apposition after it), titled nominals ("the UN chief", "the US Secretary of State", "the two") and
/// third-person pronouns. Linking them to entities is the resolver's job.
/// </summary>
public sealed class MentionFinder : IPipelineStage
{
    public string Name => "mention-finder";

    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Names;

    public Layers Produces => Layers.Mentions;

    public void Process(Document document) => document.SetMentions(Find(document));

    private static Mention[] Find(Document document)
    {
        var tokens = document.TokenSpan;
        var names = document.Names;
        var mentions = new List<Mention>(names.Count * 2);
        var nameAt = new int[tokens.Length];
        Array.Fill(nameAt, -1);
        for (var n = 0; n < names.Count; n++)
        {
            for (var k = names[n].FirstToken; k < names[n].EndToken; k++) nameAt[k] = n;
        }

        var sentences = document.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (nameAt[i] >= 0)
                {
                    var name = names[nameAt[i]];
                    var title = name.Type == EntityType.Person ? TitleBefore(document, sentence, name.FirstToken, nameAt) ?? TitleAfter(document, sentence, name.EndToken) : null;
                    mentions.Add(new Mention(name.Span, MentionKind.Name, name.Type, s, GenderOfTitle(document, title), GrammaticalNumber.Singular, title));
                    i = name.EndToken - 1;
                    continue;
                }

                var word = document.CharsOf(tokens[i]);
                if (Pronouns.TryGet(word, out var gender, out var number))
                {
                    mentions.Add(new Mention(tokens[i].Span, MentionKind.Pronoun, EntityType.Person, s, gender, number, null));
                    continue;
                }

                if (word is "the" or "The" && TryNominal(document, sentence, s, i, nameAt, out var nominal))
                {
                    mentions.Add(nominal);
                    i = document.TokenIndexAt(nominal.Span.End - 1);
                }
            }
        }

        return [.. mentions];
    }

    /// <summary>"US Secretary of State" before "John Kerry"; "Israel’s Prime Minister" before "Benjamin Netanyahu".</summary>
    private static TextSpan? TitleBefore(Document document, Sentence sentence, int nameStart, int[] nameAt)
    {
        var tokens = document.TokenSpan;
        var first = nameStart;
        var hasRole = false;
        for (var k = nameStart - 1; k >= sentence.FirstToken; k--)
        {
            var word = document.CharsOf(tokens[k]);
            var isRole = TitleLexicon.IsRole(word);
            var isPossessive = Chars.IsPossessive(word) && k > sentence.FirstToken && nameAt[k - 1] >= 0;
            if (!(isRole || TitleLexicon.IsQualifier(word) || word.SequenceEqual("of") || isPossessive || nameAt[k] >= 0 && Chars.IsCapitalisedWord(document.Text, tokens[k]))) break;
            hasRole |= isRole;
            first = k;
        }

        // The title starts at a role, a qualifier or a name, never at "of" or a possessive ending.
        while (first < nameStart && (document.CharsOf(tokens[first]) is "of" || Chars.IsPossessive(document.CharsOf(tokens[first])))) first++;
        return hasRole && first < nameStart ? new TextSpan(tokens[first].Start, tokens[nameStart - 1].End) : null;
    }

    /// <summary>An apposition: "Mahmoud Abbas, the Palestinian president, said".</summary>
    private static TextSpan? TitleAfter(Document document, Sentence sentence, int nameEnd)
    {
        var tokens = document.TokenSpan;
        if (nameEnd + 2 >= sentence.EndToken || document.Text[tokens[nameEnd].Start] != ',') return null;
        var k = nameEnd + 1;
        if (document.CharsOf(tokens[k]) is "the" or "a" or "an") k++;
        var first = k;
        var lastRole = -1;
        // Long enough for "the special envoy of the Concord of Nations for the strait".
        for (; k < sentence.EndToken && k < first + 12; k++)
        {
            var token = tokens[k];
            var word = document.CharsOf(token);
            if (TitleLexicon.IsRole(word)) lastRole = k;
            else if (token.Kind == TokenKind.Punctuation) break;
            else if (lastRole < 0 && !(TitleLexicon.IsQualifier(word) || Chars.IsCapitalisedWord(document.Text, token) || Chars.IsPossessive(word) || word is "of" or "for" or "the" or "a" or "an" or "and")) return null;
        }

        if (lastRole < 0 || k >= sentence.EndToken || document.Text[tokens[k].Start] is not (',' or '.' or ';')) return null;
        return new TextSpan(tokens[first].Start, tokens[k - 1].End);
    }

    /// <summary>"the US Secretary of State", "The UN chief", "the two".</summary>
    private static bool TryNominal(Document document, Sentence sentence, int sentenceIndex, int determiner, int[] nameAt, out Mention nominal)
    {
        nominal = null!;
        var tokens = document.TokenSpan;
        var k = determiner + 1;
        if (k >= sentence.EndToken) return false;
        if (GroupNominals.SizeOf(document.CharsOf(tokens[k])) > 0 && k + 1 < sentence.EndToken
            && !Chars.IsCapitalisedWord(document.Text, tokens[k + 1]) && tokens[k + 1].Kind is TokenKind.Word or TokenKind.Punctuation)
        {
            nominal = new Mention(new TextSpan(tokens[determiner].Start, tokens[k].End), MentionKind.Nominal, EntityType.Person, sentenceIndex, Gender.Unknown, GrammaticalNumber.Plural, null);
            return true;
        }

        var lastRole = -1;
        for (; k < sentence.EndToken && k < determiner + 7; k++)
        {
            var word = document.CharsOf(tokens[k]);
            if (TitleLexicon.IsRole(word)) lastRole = k;
            else if (lastRole >= 0) break;
            else if (!(TitleLexicon.IsQualifier(word) || Chars.IsCapitalisedWord(document.Text, tokens[k]) || Chars.IsPossessive(word))) return false;
        }

        if (lastRole < 0) return false;
        var end = lastRole + 1;
        // "the Secretary of State"
        if (end + 1 < sentence.EndToken && document.CharsOf(tokens[end]).SequenceEqual("of") && Chars.IsCapitalisedWord(document.Text, tokens[end + 1])) end += 2;
        // A title followed by its holder's name is part of a name mention, not a nominal.
        if (end < sentence.EndToken && nameAt[end] >= 0) return false;
        var roleWord = document.CharsOf(tokens[lastRole]);
        var plural = roleWord.EndsWith('s') && !roleWord.EndsWith("ss");
        var span = new TextSpan(tokens[determiner].Start, tokens[end - 1].End);
        var title = new TextSpan(tokens[determiner + 1].Start, tokens[end - 1].End);
        nominal = new Mention(span, MentionKind.Nominal, EntityType.Person, sentenceIndex, GenderOfTitle(document, title), plural ? GrammaticalNumber.Plural : GrammaticalNumber.Singular, title);
        return true;
    }

    private static Gender GenderOfTitle(Document document, TextSpan? title)
    {
        if (title is not { } span) return Gender.Unknown;
        var text = document.Text.AsSpan(span.Start, span.Length);
        foreach (var range in text.Split(' '))
        {
            var gender = TitleLexicon.GenderOf(text[range]);
            if (gender != Gender.Unknown) return gender;
        }

        return Gender.Unknown;
    }
}
