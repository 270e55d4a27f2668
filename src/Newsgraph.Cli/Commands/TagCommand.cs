using System.CommandLine;
using System.Text;
using Newsgraph.Cli.Input;
using Newsgraph.Cli.Output;
using Newsgraph.Core;
using Newsgraph.Core.Tagging;

namespace Newsgraph.Cli.Commands;

/// <summary>`newsgraph tag FILE --input conll`: part-of-speech tags and BIO entity labels for pre-tokenised text.</summary>
internal static class TagCommand
{
    /// <summary>Input layouts `tag` reads.</summary>
    internal enum TagInput
    {
        /// <summary>One token a line in the first column, blank lines between sentences, -DOCSTART- document breaks.</summary>
        Conll,
    }

    /// <summary>Output layouts `tag` writes.</summary>
    internal enum TagFormat
    {
        /// <summary>token TAB xpos TAB ner, one token a line, the input's blank and -DOCSTART- lines kept.</summary>
        Conll,
    }

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The pre-tokenised input file." };
        var input = new Option<TagInput>("--input") { Description = "Input layout: conll (one token a line, first column).", Required = true };
        var format = new Option<TagFormat>("--format") { Description = "Output layout: conll (token, xpos, BIO entity label; tab-separated).", DefaultValueFactory = _ => TagFormat.Conll };
        var output = new Option<string?>("--out") { Description = "File to write instead of standard output." };
        var command = new Command("tag", """
            Tag pre-tokenised text with Penn Treebank part-of-speech tags and BIO entity labels (B-PERSON, I-ORG, B-PLACE, ...).

            Example:
              newsgraph tag tokens.conll --input conll --format conll
            """) { file, input, format, output };
        command.SetAction(parseResult =>
        {
            try
            {
                var text = ArticleReader.ReadText(parseResult.GetValue(file)!);
                var tagged = ConllTagging.Tag(text, Models.PartOfSpeech, Models.Entities);
                if (parseResult.GetValue(output) is { } path)
                {
                    using var staged = new StagedFile(path);
                    staged.Stream.Write(Utf8WithoutBom.GetBytes(tagged));
                    staged.Commit();
                }
                else parseResult.InvocationConfiguration.Output.Write(tagged);

                return (int)ExitCode.Success;
            }
            catch (Exception exception) when (exception is BadInputException or IOException or UnauthorizedAccessException)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"error: {exception.Message.ReplaceLineEndings(" ")}");
                return (int)ExitCode.BadInput;
            }
        });
        return command;
    }
}
