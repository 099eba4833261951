using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProgressIngest.Core.Findings;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Commands;
using ProgressIngest.Worker.Processing;
using ProgressIngest.Worker.Tests.Hostile;

namespace ProgressIngest.Worker.Tests.Processing;

/// <summary>
/// A submission is (division, content, reporting year, catalogue): the same bytes under another year or
/// catalogue are checked again. Feedback is never overwritten: the earlier one moves to feedback/history.
/// </summary>
public sealed class SubmissionIdentityTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    private string Inbox => Path.Combine(_root.Inbox("bpr"), "report.xlsx");

    [Fact]
    public void Once_SameBytesUnderAnotherReportingYear_AreCheckedAgain()
    {
        var bytes = HostileFiles.Valid("bpr");
        File.WriteAllBytes(Inbox, bytes);
        CliRunner.Run("once", "--root", _root.Path, "--year", "R8");
        File.WriteAllBytes(Inbox, bytes);

        var (_, output, _) = CliRunner.Run("once", "--root", _root.Path, "--year", "R7");

        Assert.Contains("同一内容 0 件", output, StringComparison.Ordinal);
        Assert.Equal("Returned|2026;Accepted|2025", LedgerProbe.Text(_root.Path, "SELECT group_concat(outcome || '|' || reporting_year, ';') FROM (SELECT * FROM submissions ORDER BY id)"));
    }

    [Fact]
    public void Process_SameBytesForTwoYearsWithinOneSecond_BothArchivedUnderTheirOwnNames()
    {
        var bytes = HostileFiles.Valid("bpr");
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 6, 10, 10, 0, 0, TimeSpan.FromHours(9)));
        foreach (var year in new[] { "R8", "R7" })
        {
            File.WriteAllBytes(Inbox, bytes);
            using var host = HostFactory.Build(CommandLine.Parse(["once", "--root", _root.Path, "--year", year]), service: false, s => s.AddSingleton<TimeProvider>(clock));
            var run = host.Services.GetRequiredService<IngestRun>();
            run.Start();
            Assert.NotNull(run.Process(Assert.Single(run.Pending())).Outcome);
        }

        Assert.Equal(2, _root.ArchiveFiles("bpr").Length);
    }

    [Fact]
    public void Once_SameBytesAfterTheCatalogueChanged_AreCheckedAgain()
    {
        var bytes = HostileFiles.Valid("bpr");
        File.WriteAllBytes(Inbox, bytes);
        CliRunner.Run("once", "--root", _root.Path, "--schemas", _root.CopySchemas());
        File.WriteAllBytes(Inbox, bytes);
        var changed = _root.CopySchemas((name, text) => name == "measures.json" ? text + "\n" : text);

        var (_, output, _) = CliRunner.Run("once", "--root", _root.Path, "--schemas", changed);

        Assert.Contains("同一内容 0 件", output, StringComparison.Ordinal);
        Assert.Equal(2, LedgerProbe.Count(_root.Path, "SELECT COUNT(DISTINCT catalogue) FROM submissions"));
    }

    [Fact]
    public void Once_DuplicateUnderTheSameName_KeepsTheEarlierFeedbackInHistory()
    {
        var bytes = HostileFiles.Valid("bpr");
        File.WriteAllBytes(Inbox, bytes);
        CliRunner.Run("once", "--root", _root.Path);
        File.WriteAllBytes(Inbox, bytes);

        var (_, output, _) = CliRunner.Run("once", "--root", _root.Path);

        Assert.Contains("同一内容 1 件", output, StringComparison.Ordinal);
        var latest = Path.Combine(_root.Feedback("bpr"), "report_フィードバック.xlsx");
        Assert.Contains(RuleIds.DuplicateContent, Outcomes.WorkbookText(latest), StringComparison.Ordinal);
        var earlier = Assert.Single(Directory.GetFiles(Path.Combine(_root.Feedback("bpr"), "history")));
        Assert.StartsWith("report_フィードバック_", Path.GetFileName(earlier), StringComparison.Ordinal);
        Assert.DoesNotContain(RuleIds.DuplicateContent, Outcomes.WorkbookText(earlier), StringComparison.Ordinal);
    }
}
