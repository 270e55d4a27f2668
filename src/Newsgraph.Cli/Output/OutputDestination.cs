using Newsgraph.Cli.Input;

namespace Newsgraph.Cli.Output;

/// <summary>Checks an --out path before anything is written to it, so a wrong one fails as bad input at once.</summary>
internal static class OutputDestination
{
    /// <summary>The full path of an output file: not an existing folder, in a folder that exists.</summary>
    public static string File(string destination)
    {
        var fullPath = Path.GetFullPath(destination);
        if (Directory.Exists(fullPath)) throw new BadInputException($"{destination}: is a folder; --out needs a file name here.");
        RequireParent(destination, fullPath);
        return fullPath;
    }

    /// <summary>The full path of an output folder: not an existing file, in a folder that exists.</summary>
    public static string Folder(string destination)
    {
        var fullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(destination));
        if (System.IO.File.Exists(fullPath)) throw new BadInputException($"{destination}: is a file; --out needs a folder here.");
        RequireParent(destination, fullPath);
        return fullPath;
    }

    private static void RequireParent(string destination, string fullPath)
    {
        var parent = Path.GetDirectoryName(fullPath)!;
        if (!Directory.Exists(parent)) throw new BadInputException($"{destination}: the folder {parent} does not exist.");
    }
}
