using Microsoft.Extensions.Time.Testing;
using ProgressIngest.Worker.Commands;

namespace ProgressIngest.Worker.Tests.Commands;

public class ProgressLineTests
{
    [Fact]
    public void Report_AfterTenFilesInFiveSeconds_ShowsRateAndTimeLeft()
    {
        var clock = new FakeTimeProvider();
        using var terminal = new StringWriter();
        var line = new ProgressLine(terminal, clock, 130);

        clock.Advance(TimeSpan.FromSeconds(5));
        line.Report(10, "aoba/報告.xlsx");

        Assert.Contains("処理中 11/130（2.0 件/秒、残り約 1 分）: aoba/報告.xlsx", terminal.ToString());
        Assert.StartsWith("\r", terminal.ToString());
    }

    [Fact]
    public void Report_FirstFile_NoRateYet()
    {
        using var terminal = new StringWriter();

        new ProgressLine(terminal, new FakeTimeProvider(), 3).Report(0, "bpr/a.xlsx");

        Assert.Contains("残り—", terminal.ToString());
    }
}
