using Microsoft.Extensions.DependencyInjection;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Commands;
using ProgressIngest.Worker.Processing;

namespace ProgressIngest.Worker.Tests.Hostile;

/// <summary>Not what it claims: each file gets its own plain-Japanese reason, is kept, and does not stop the run.</summary>
public sealed class DisguisedFileTests : IClassFixture<DisguisedCorpus>
{
    private readonly DisguisedCorpus _corpus;

    public DisguisedFileTests(DisguisedCorpus corpus)
    {
        _corpus = corpus;
    }

    [Theory]
    [InlineData("webpage.xls", RuleIds.FileNotExcel)]
    [InlineData("export.xlsx", RuleIds.FileNotExcel)]
    [InlineData("memo.xlsx", RuleIds.FileNotExcel)]
    [InlineData("report.pdf.xlsx", RuleIds.FileNotExcel)]
    [InlineData("document.xlsx", RuleIds.FileNotExcel)]
    [InlineData("random.xls", RuleIds.FileNotExcel)]
    [InlineData("empty.xlsx", RuleIds.FileEmpty)]
    [InlineData("truncated.xlsx", RuleIds.FileUnreadable)]
    [InlineData("no-end-record.xlsx", RuleIds.FileUnreadable)]
    [InlineData("xxe.xlsx", RuleIds.FileUnreadable)]
    [InlineData("password-protected.xls", RuleIds.FileEncrypted)]
    public void Once_DisguisedFile_UnreadableWithItsOwnReasonKeptAndAnswered(string name, string rule)
    {
        var row = NothingLost.Answered(_corpus.Root.Path, "bpr", name, _corpus.Files[name]);

        Assert.Equal(nameof(Outcome.Unreadable), row.Outcome);
        Assert.Equal([rule], row.RuleIds);
    }

    [Fact]
    public void Once_DisguisedFilesInTheSameFolder_GoodFileStillAcceptedAndMasterWritten()
    {
        Assert.Equal(0, _corpus.Run.ExitCode);
        Assert.Equal(string.Empty, _corpus.Run.Error);
        Assert.Equal(nameof(Outcome.Accepted), NothingLost.Answered(_corpus.Root.Path, "bpr", "good.xlsx", _corpus.Files["good.xlsx"]).Outcome);
        Assert.Equal(_corpus.Files.Count, Outcomes.Ledger(_corpus.Root.Path).Count);
        Assert.NotNull(_corpus.Root.MasterFile);
    }

    [Fact]
    public void Once_ExternalEntityInAPart_NeverResolvedAnywhere()
    {
        var everything = string.Join("\n", Outcomes.Ledger(_corpus.Root.Path).SelectMany(r => r.Findings).Select(f => f.Message))
            + Outcomes.WorkbookText(Path.Combine(_corpus.Root.Feedback("bpr"), FeedbackNames.Report("xxe.xlsx")))
            + Outcomes.WorkbookText(_corpus.Root.MasterFile!)
            + _corpus.Run.Output;

        Assert.DoesNotContain(DisguisedCorpus.CanaryText, everything, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_FileRewrittenBetweenScanAndRead_LeftForTheNextScanThenReadWhole()
    {
        using var root = new TempRoot();
        var path = Path.Combine(root.Inbox("bpr"), "editing.xlsx");
        File.WriteAllBytes(path, HostileFiles.Valid("bpr"));
        using var host = HostFactory.Build(CommandLine.Parse(["once", "--root", root.Path]), service: false);
        var run = host.Services.GetRequiredService<IngestRun>();
        run.Start();
        var seen = Assert.Single(run.Pending());

        var newer = HostileFiles.Valid("bpr")[..^10];
        File.WriteAllBytes(path, newer);
        File.SetLastWriteTimeUtc(path, seen.LastWriteUtc.AddSeconds(5));
        var result = run.Process(seen);

        Assert.Null(result.Outcome);
        Assert.Equal(newer, File.ReadAllBytes(path));
        Assert.Empty(Outcomes.Ledger(root.Path));
        Assert.Empty(Directory.GetFiles(Path.Combine(root.Path, "archive", "bpr")));

        var second = run.Process(Assert.Single(run.Pending()));

        Assert.Equal(Outcome.Unreadable, second.Outcome);
        NothingLost.Answered(root.Path, "bpr", "editing.xlsx", newer);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
