namespace Newsgraph.Cli.Tests;

/// <summary>The checkout the tests run in, and the ../shared folder beside it where CI puts the corpora.</summary>
internal static class Repository
{
    /// <summary>The folder holding Newsgraph.slnx, found by walking up from the test assembly.</summary>
    public static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Newsgraph.slnx"))) return folder.FullName;
            }

            throw new InvalidOperationException("The tests do not run inside the repository.");
        }
    }

    /// <summary>../shared/data beside the checkout (it may not exist: tests that need it skip).</summary>
    public static string SharedData => Path.Combine(Root, "..", "shared", "data");
}
