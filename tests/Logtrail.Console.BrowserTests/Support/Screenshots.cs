namespace Logtrail.Console.BrowserTests.Support;

/// <summary>
/// Where the tests write the console's screenshots. By default a folder under the test's own output
/// (<c>bin/…/screenshots</c>, ignored by git), so a test run leaves the work tree as it found it; with
/// <c>LOGTRAIL_UPDATE_SCREENSHOTS=1</c> the repository's <c>docs/console/</c>, the images <c>docs/console.md</c> shows.
/// </summary>
public static class Screenshots
{
    public const string UpdateVariable = "LOGTRAIL_UPDATE_SCREENSHOTS";

    public static string Directory { get; } = Environment.GetEnvironmentVariable(UpdateVariable) == "1"
        ? Path.Combine(RepositoryRoot(), "docs", "console")
        : Path.Combine(AppContext.BaseDirectory, "screenshots");

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
