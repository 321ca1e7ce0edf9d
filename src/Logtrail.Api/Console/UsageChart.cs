using Logtrail.Application.Usage.Queries.GetProjectUsage;

namespace Logtrail.Api.Console;

/// <summary>
/// One environment's daily counts over a usage period, laid out as the bars of a server-rendered SVG (no script):
/// one bar per day of the period, scaled to the busiest day of that environment.
/// </summary>
public sealed record UsageChart(string Environment, IReadOnlyList<UsageChart.Bar> Bars, long Peak, long Total)
{
    public const int Width = 620;
    public const int Height = 160;
    public const int PlotTop = 12;
    public const int PlotBottom = 136;

    public sealed record Bar(DateOnly Date, long Count, double X, double Y, double BarWidth, double BarHeight);

    public static UsageChart For(ProjectUsageDto usage, string environment)
    {
        var first = DateOnly.FromDateTime(usage.PeriodStart.UtcDateTime);
        var days = Math.Max(1, DateOnly.FromDateTime(usage.PeriodEnd.UtcDateTime).DayNumber - first.DayNumber);
        var counts = usage.Daily.Where(day => day.Environment == environment).ToDictionary(day => day.Date, day => day.Count);
        var peak = counts.Count == 0 ? 0 : counts.Values.Max();
        var slot = (double)Width / days;
        var bars = Enumerable.Range(0, days)
            .Select(offset =>
            {
                var date = first.AddDays(offset);
                var count = counts.GetValueOrDefault(date);
                var height = peak == 0 ? 0 : (PlotBottom - PlotTop) * (double)count / peak;
                return new Bar(date, count, offset * slot + 1, PlotBottom - height, Math.Max(1, slot - 2), height);
            })
            .ToList();
        return new UsageChart(environment, bars, peak, counts.Values.Sum());
    }
}
