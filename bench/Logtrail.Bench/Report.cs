using System.Text.Json;
using Spectre.Console;

namespace Logtrail.Bench;

/// <summary>Progress while steps run; a summary table and a JSON file under the output directory when they are done.</summary>
public static class Report
{
    public delegate Task Step(string name, Func<Action<double>, Task<Measurement>> measure);

    public static async Task<List<Measurement>> RunStepsAsync(Func<Step, Task> steps)
    {
        var results = new List<Measurement>();
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress => await steps(async (name, measure) =>
            {
                var task = progress.AddTask(Markup.Escape(name), maxValue: 1);
                try
                {
                    results.Add(await measure(fraction => task.Value = fraction));
                }
                catch (HttpRequestException exception)
                {
                    // One failed step is reported as such; the run goes on and its file is still written.
                    results.Add(new Measurement(name, "not measured", 0, Detail: exception.Message));
                }

                task.Value = 1;
            }));
        return results;
    }

    public static async Task WriteAsync(BenchSettings settings, string suite, IReadOnlyList<Measurement> results, IReadOnlyDictionary<string, double> ratios)
    {
        // The file first: a run of an hour must not be lost to a console that cannot render it.
        Directory.CreateDirectory(settings.OutputDirectory);
        var file = Path.Combine(settings.OutputDirectory, $"{suite}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(
            new { run_at = DateTime.UtcNow, suite, settings = settings.ForReport(), results, ratios },
            new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));
        var table = new Table().AddColumns("measurement", "value", "p50 ms", "p95 ms", "p99 ms", "detail");
        foreach (var m in results)
        {
            // Cells are plain text: a name or detail may hold "[" or "{", which Spectre would read as markup.
            table.AddRow(new[] { m.Name, $"{m.Value:N1} {m.Unit}", $"{m.P50:0.00}", $"{m.P95:0.00}", $"{m.P99:0.00}", m.Detail ?? "" }.Select(cell => new Text(cell)));
        }

        AnsiConsole.Write(table);
        foreach (var (name, value) in ratios)
        {
            AnsiConsole.MarkupLine($"{Markup.Escape(name)}: [bold]{value:P1}[/]");
        }

        AnsiConsole.MarkupLine($"Written to [bold]{Markup.Escape(file)}[/]");
    }
}
