using ClosedXML.Excel;
using ProgressIngest.Core.Layout;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Worker.Tests.Processing;

/// <summary>The feedback a division gets lists how its numbers, years and dates were read.</summary>
public class FeedbackReadBackTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Once_FilledWithPeoplesHabits_FeedbackShowsEachValueAsRead()
    {
        using (var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "jinji", 2025))
        {
            workbook.IndicatorCell("OT-HOURS", "全体", IndicatorColumns.Value).SetValue("１９９．１");
            workbook.IndicatorCell("SURVEY-Q28", "区役所", IndicatorColumns.Year).SetValue("令和７年度");
            var percent = workbook.IndicatorCell("SURVEY-Q32", "全体", IndicatorColumns.Value);
            percent.SetValue(0.512);
            percent.Style.NumberFormat.Format = "0.0%";
            workbook.IndicatorCell("LIAISON-STAFF", "全体", IndicatorColumns.AsOf).SetValue("R7.1.31");
            workbook.SaveAs(Path.Combine(_root.Inbox("jinji"), "habits.xlsx"));
        }

        CliRunner.Run("once", "--root", _root.Path);

        using var feedback = new XLWorkbook(Path.Combine(_root.Feedback("jinji"), "habits_フィードバック.xlsx"));
        var rows = feedback.Worksheet(FeedbackWriter.ReadBackSheet).RowsUsed().Skip(1)
            .Select(r => $"{r.Cell(4).GetString()} → {r.Cell(5).GetString()}")
            .ToList();
        Assert.Contains("１９９．１ → 199.1", rows);
        Assert.Contains("令和７年度 → 令和7年度", rows);
        Assert.Contains("0.512（51.2%表示） → 51.2", rows);
        Assert.Contains("R7.1.31 → 2025/1/31", rows);
    }
}
