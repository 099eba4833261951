using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ProgressIngest.Core.Validation;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Files;
using ProgressIngest.Worker.Ledger;
using ProgressIngest.Worker.Processing;

namespace ProgressIngest.Worker.Tests.Processing;

/// <summary>The stages on a real root, a real ledger and a clock that moves only when told.</summary>
internal sealed class StageRig : IDisposable
{
    public static readonly DateTimeOffset Now = new(2025, 6, 10, 10, 0, 0, TimeSpan.FromHours(9));

    private readonly TempRoot _root = new();

    public StageRig()
    {
        Layout = new RootLayout(_root.Path);
        Layout.EnsureFor(RepoPaths.Catalogue.Divisions.Select(d => d.Code));
        Options = new IngestOptions { Root = _root.Path, ReportingYear = 2025 };
        Ledger = SubmissionLedger.Open(Layout.LedgerPath);
        State = new SubmissionState([], PublishedValues.FromCatalogue(RepoPaths.Catalogue));
        Intake = new Intake(Layout, RepoPaths.Catalogue, Options, Ledger, Clock, NullLogger.Instance);
        Checker = new ArchiveChecker(RepoPaths.Catalogue, Options, State, Clock, NullLogger.Instance);
        Recorder = new Recorder(Ledger, State, Options, Clock, NullLogger.Instance);
        Planner = new FeedbackPlanner(Layout, RepoPaths.Catalogue);
    }

    public FakeTimeProvider Clock { get; } = new(Now);

    public RootLayout Layout { get; }

    public IngestOptions Options { get; }

    public SubmissionLedger Ledger { get; }

    public SubmissionState State { get; }

    public Intake Intake { get; }

    public ArchiveChecker Checker { get; }

    public Recorder Recorder { get; }

    public FeedbackPlanner Planner { get; }

    public TempRoot Root => _root;

    /// <summary>A valid workbook for <paramref name="division"/> in its inbox, as the scanner would see it.</summary>
    public InboxFile Drop(string division, string name, Action<FilledWorkbook>? edit = null)
    {
        var path = Path.Combine(_root.Inbox(division), name);
        using (var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, division, 2025))
        {
            edit?.Invoke(workbook);
            workbook.SaveAs(path);
        }

        return Seen(division, path);
    }

    /// <summary>Any bytes under any name in the inbox.</summary>
    public InboxFile DropBytes(string division, string name, byte[] content)
    {
        var path = Path.Combine(_root.Inbox(division), name);
        File.WriteAllBytes(path, content);
        return Seen(division, path);
    }

    public static InboxFile Seen(string division, string path)
    {
        var info = new FileInfo(path);
        return new InboxFile(division, path, info.Length, info.LastWriteTimeUtc);
    }

    public ArchivedSubmission Archive(InboxFile file)
        => Assert.IsType<IntakeResult.Archived>(Intake.Take(file)).Submission;

    public RecordedSubmission TakeCheckRecord(InboxFile file) => Recorder.Record(Checker.Check(Archive(file)));

    public void Dispose()
    {
        Ledger.Dispose();
        _root.Dispose();
    }
}
