using ProgressIngest.Core.Model;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Ledger;
using ProgressIngest.Worker.Processing;

namespace ProgressIngest.Worker.Tests.Processing;

public sealed class ArchiveCheckerTests : IDisposable
{
    private readonly StageRig _rig = new();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public void Check_ValidWorkbook_IsAcceptedWithTheContextItWasCheckedAgainst()
    {
        var check = _rig.Checker.Check(_rig.Archive(_rig.Drop("bpr", "報告.xlsx")));

        Assert.True(check.Report.Outcome.IsAccepted(), string.Join("\n", check.Report.Findings.Select(f => f.Message)));
        Assert.Equal("bpr", check.Context!.Division.Code);
        Assert.Equal(new FiscalYear(2025), check.Context.ReportingYear);
    }

    [Fact]
    public void Check_WorkbookSavedUnderAnOldExtension_IsReadByItsContentNotItsName()
    {
        var drop = _rig.Drop("bpr", "報告.xlsx");
        var renamed = Path.ChangeExtension(drop.Path, ".xls");
        File.Move(drop.Path, renamed);

        var check = _rig.Checker.Check(_rig.Archive(StageRig.Seen("bpr", renamed)));

        Assert.True(check.Report.Outcome.IsAccepted(), string.Join("\n", check.Report.Findings.Select(f => f.Message)));
    }

    [Fact]
    public void Check_NameWithAnExtensionWeDoNotTake_IsRefusedBeforeReading()
    {
        var check = _rig.Checker.Check(_rig.Archive(_rig.DropBytes("bpr", "報告.csv", "取り組み,状況\n1-3-04,実施\n"u8.ToArray())));

        Assert.Equal(Outcome.Unreadable, check.Report.Outcome);
        Assert.Equal(RuleIds.FileUnsupported, Assert.Single(check.Report.Findings).RuleId);
    }

    [Fact]
    public void Check_FileOverTheSizeLimit_IsRefusedWithTheLimitInTheMessage()
    {
        _rig.Options.MaxFileMegabytes = 1;
        var check = _rig.Checker.Check(_rig.Archive(_rig.DropBytes("bpr", "大きい.xlsx", new byte[(1024 * 1024) + 1])));

        var finding = Assert.Single(check.Report.Findings);
        Assert.Equal(RuleIds.FileTooLarge, finding.RuleId);
        Assert.Equal(Outcome.Unreadable, check.Report.Outcome);
    }

    [Fact]
    public void Check_DivisionNoLongerRegistered_IsReturnedWithAFindingAndNoContext()
    {
        var file = Path.Combine(_rig.Root.Path, "orphan.xlsx");
        using (var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025))
        {
            workbook.SaveAs(file);
        }

        var submission = new ArchivedSubmission(new SubmissionKey("haishi", "0", new FiscalYear(2025), RepoPaths.Catalogue.Hash), "orphan.xlsx", file, new FileInfo(file).Length, StageRig.Now, 7, InboxCleared: true);

        var check = _rig.Checker.Check(submission);

        Assert.Null(check.Context);
        Assert.Equal(Outcome.Returned, check.Report.Outcome);
        Assert.Equal(RuleIds.DivisionNotRegistered, Assert.Single(check.Report.Findings).RuleId);
    }

    [Fact]
    public void Check_ArchiveCopyDeletedBehindOurBack_IsRecordedAsUnreadableSayingItIsNotTheSubmittersFault()
    {
        var submission = _rig.Archive(_rig.Drop("bpr", "報告.xlsx"));
        File.Delete(submission.ArchivePath);

        var check = _rig.Checker.Check(submission);

        Assert.Equal(Outcome.Unreadable, check.Report.Outcome);
        var finding = Assert.Single(check.Report.Findings);
        Assert.Contains("保管用コピー", finding.Message, StringComparison.Ordinal);
        Assert.Contains("再提出する必要はありません", finding.Fix, StringComparison.Ordinal);
    }
}
