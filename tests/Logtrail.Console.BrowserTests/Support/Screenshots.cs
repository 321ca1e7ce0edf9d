namespace Logtrail.Console.BrowserTests.Support;

/// <summary>Where the tests write the console's screenshots: <c>docs/console/</c> of the repository they run in.</summary>
public static class Screenshots
{
    public static string Directory { get; } = Path.Combine(RepositoryRoot(), "docs", "console");

    public static string PathOf(string page, string width) => Path.Combine(Directory, $"{page}-{width}.png");

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Logtrail.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Logtrail.sln above {AppContext.BaseDirectory}.");
    }
}
