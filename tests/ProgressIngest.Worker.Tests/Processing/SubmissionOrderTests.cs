using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProgressIngest.Core.Layout;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Commands;
using ProgressIngest.Worker.Processing;
using ProgressIngest.Worker.Tests.Hostile;

namespace ProgressIngest.Worker.Tests.Processing;

/// <summary>Which submission is in force follows the ledger's sequence, never the wall clock: a clock stepped back hides nothing.</summary>
public sealed class SubmissionOrderTests : IDisposable
{
    private static readonly DateTimeOffset Morning = new(2025, 6, 10, 10, 0, 0, TimeSpan.FromHours(9));

    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Master_ClockSteppedBackBetweenTwoAcceptedFiles_TheLaterFileIsInForce()
    {
        RunAt(Morning, "first.xlsx", "最初の実績");

        // The server's clock was an hour fast and is corrected before the next file arrives.
        RunAt(Morning.AddHours(-1), "second.xlsx", "訂正後の実績");

        var progress = Outcomes.WorkbookText(_root.MasterFile!);
        Assert.Contains("訂正後の実績", progress, StringComparison.Ordinal);
        Assert.DoesNotContain("最初の実績", progress, StringComparison.Ordinal);
    }

    private void RunAt(DateTimeOffset now, string name, string detail)
    {
        using (var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025))
        {
            workbook.MeasureCell("1-3-04", MeasureColumns.Detail).SetValue(detail);
            workbook.SaveAs(Path.Combine(_root.Inbox("bpr"), name));
        }

        var clock = new FakeTimeProvider(now);
        using var host = HostFactory.Build(CommandLine.Parse(["once", "--root", _root.Path]), service: false, s => s.AddSingleton<TimeProvider>(clock));
        var run = host.Services.GetRequiredService<IngestRun>();
        run.Start();
        run.ProcessAllThenPublish(run.Pending());
    }
}
