using ClosedXML.Excel;
using Microsoft.Data.Sqlite;
using ProgressIngest.Core.Layout;
using ProgressIngest.Testing;

namespace ProgressIngest.Worker.Tests.Commands;

public class OnceCommandTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    private (int ExitCode, string Output, string Error) Once() => CliRunner.Run("once", "--root", _root.Path);

    [Fact]
    public void Once_OnTheSamples_WritesMasterFeedbackArchiveAndLedger()
    {
        _root.CopySamples();

        var (code, output, error) = Once();

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("処理したファイル: 10 件", output);
        Assert.NotNull(_root.MasterFile);
        foreach (var division in RepoPaths.Catalogue.Divisions)
        {
            Assert.Empty(Directory.GetFiles(_root.Inbox(division.Code)));
            Assert.Single(Directory.GetFiles(_root.Feedback(division.Code), "*_フィードバック.xlsx"));
            Assert.Single(_root.ArchiveFiles(division.Code));
        }

        using var master = new XLWorkbook(_root.MasterFile!);
        var status = master.Worksheet("提出状況");
        Assert.Equal("受理", Row(status, "bpr").Cell(6).GetString());
        Assert.Equal("差戻し", Row(status, "compliance").Cell(6).GetString());
        Assert.Equal("読めない", Row(status, "taihaku").Cell(6).GetString());
        Assert.Equal(5, Count("SELECT COUNT(*) FROM submissions WHERE outcome = 'Accepted'"));
        Assert.Equal(2, Count("SELECT COUNT(*) FROM submissions WHERE outcome = 'AcceptedWithWarnings'"));
        Assert.Equal(10, Count("SELECT COUNT(*) FROM submissions WHERE state = 'processed' AND feedback_written = 1"));
    }

    [Fact]
    public void Once_ReturnedSubmission_LeavesTheDivisionsAcceptedDataInForce()
    {
        var catalogue = RepoPaths.Catalogue;
        using (var good = FilledWorkbook.Create(catalogue, "bpr", 2025))
        {
            good.SaveAs(Path.Combine(_root.Inbox("bpr"), "first.xlsx"));
        }

        Once();
        var before = MasterSheetText("取り組み進捗");

        using (var bad = FilledWorkbook.Create(catalogue, "bpr", 2025))
        {
            bad.MeasureCell("1-3-04", MeasureColumns.Detail).SetValue("書き換えたが差戻しになる内容");
            bad.MeasureCell("1-3-03", MeasureColumns.Status).SetValue("対応中");
            bad.SaveAs(Path.Combine(_root.Inbox("bpr"), "second.xlsx"));
        }

        Once();

        Assert.Equal(before, MasterSheetText("取り組み進捗"));
        Assert.Contains("second.xlsx", MasterSheetText("提出状況"));
        Assert.Contains("差戻し", MasterSheetText("提出状況"));
    }

    [Fact]
    public void Once_WarningsOnly_IsMergedAndReplacesThePreviousSubmission()
    {
        var catalogue = RepoPaths.Catalogue;
        using (var first = FilledWorkbook.Create(catalogue, "bpr", 2025))
        {
            first.SaveAs(Path.Combine(_root.Inbox("bpr"), "first.xlsx"));
        }

        Once();
        using (var second = FilledWorkbook.Create(catalogue, "bpr", 2025))
        {
            second.MeasureCell("1-3-04", MeasureColumns.Detail).SetValue("改訂版の実績");
            second.MeasureCell("1-3-04", MeasureColumns.Plan).SetValue(string.Empty);
            second.SaveAs(Path.Combine(_root.Inbox("bpr"), "second.xlsx"));
        }

        Once();

        var progress = MasterSheetText("取り組み進捗");
        Assert.Contains("改訂版の実績", progress);
        Assert.DoesNotContain("first.xlsx", progress);
        using var feedback = new XLWorkbook(Path.Combine(_root.Feedback("bpr"), "second_フィードバック.xlsx"));
        Assert.Contains(feedback.Worksheets, w => w.Name == "前回からの変更");
    }

    [Fact]
    public void Once_SameContentDroppedAgainUnderAnotherName_IsNotMergedTwice()
    {
        var path = Path.Combine(_root.Inbox("bpr"), "report.xlsx");
        using (var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025))
        {
            workbook.SaveAs(path);
        }

        var bytes = File.ReadAllBytes(path);
        Once();
        File.WriteAllBytes(Path.Combine(_root.Inbox("bpr"), "report (2).xlsx"), bytes);

        var (_, output, _) = Once();

        Assert.Contains("同一内容 1 件", output);
        Assert.Equal(1, Count("SELECT COUNT(*) FROM submissions"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM duplicates"));
        Assert.Single(_root.ArchiveFiles("bpr"));
        Assert.True(File.Exists(Path.Combine(_root.Feedback("bpr"), "report (2)_フィードバック.xlsx")));
        Assert.Empty(Directory.GetFiles(_root.Inbox("bpr")));
    }

    [Fact]
    public void Once_RunTwice_SecondRunChangesNothing()
    {
        _root.CopySamples();
        Once();
        var master = File.ReadAllBytes(_root.MasterFile!);

        var (code, output, _) = Once();

        Assert.Equal(0, code);
        Assert.Contains("処理したファイル: 0 件", output);
        Assert.Equal(master, File.ReadAllBytes(_root.MasterFile!));
    }

    [Fact]
    public void Once_LockFilesTempFilesAndFeedback_AreIgnored()
    {
        var inbox = _root.Inbox("bpr");
        File.WriteAllText(Path.Combine(inbox, "~$report.xlsx"), "lock");
        File.WriteAllText(Path.Combine(inbox, "report.xlsx.tmp"), "partial");
        File.WriteAllText(Path.Combine(inbox, "A1B2C3D4"), "excel saving");
        Directory.CreateDirectory(_root.Feedback("bpr"));
        File.WriteAllText(Path.Combine(_root.Feedback("bpr"), "old_フィードバック.xlsx"), "ours");

        var (_, output, _) = Once();

        Assert.Contains("処理したファイル: 0 件", output);
        Assert.Equal(3, Directory.GetFiles(inbox).Length);
    }

    [Fact]
    public void Once_UnsupportedExtension_GetsFeedbackAndIsKept()
    {
        File.WriteAllText(Path.Combine(_root.Inbox("dx"), "進捗.docx"), "not a workbook");

        Once();

        Assert.Single(_root.ArchiveFiles("dx"));
        using var feedback = new XLWorkbook(Path.Combine(_root.Feedback("dx"), "進捗_フィードバック.xlsx"));
        Assert.Contains(feedback.Worksheet(1).CellsUsed(), c => c.GetString().Contains("file-unsupported-extension", StringComparison.Ordinal));
    }

    private static IXLRow Row(IXLWorksheet sheet, string firstCell)
        => sheet.RowsUsed().First(r => r.Cell(1).GetString() == firstCell);

    private string MasterSheetText(string sheet)
    {
        using var master = new XLWorkbook(_root.MasterFile!);
        return string.Join("|", master.Worksheet(sheet).CellsUsed().Where(c => c.Address.ColumnNumber != 5 || sheet != "提出状況").Select(c => c.GetString()));
    }

    private long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_root.Path, "state", "ledger.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
