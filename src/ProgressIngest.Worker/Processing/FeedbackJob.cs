using ProgressIngest.Core.Findings;
using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Worker.Processing;

/// <summary>
/// Everything needed to write one submission's feedback files, decided while the ledger row was
/// recorded. Writing touches only files, never the ledger, so it can run on another thread; the
/// ledger is told "feedback written" afterwards by the thread that owns it.
/// </summary>
/// <param name="Input">The feedback content; its note about the annotated copy is filled in when written.</param>
/// <param name="AnnotatedCopyPath">Where to put the copy with highlighted cells; null when there is none to make.</param>
internal sealed record FeedbackJob(long SubmissionId, string ReportPath, string ArchivePath, string? AnnotatedCopyPath, FeedbackInput Input)
{
    public const string LegacyNote = AnnotatedCopyWriter.LegacyReason;

    public void Write()
    {
        // An annotated copy left by an earlier submission of the same name would no longer match this report.
        FeedbackHistory.MakeRoom(AnnotatedCopyPath ?? Path.Combine(Path.GetDirectoryName(ReportPath)!, FeedbackNames.AnnotatedCopy(Input.FileName)));
        var input = AnnotatedCopyPath is null ? Input : Input with { AnnotatedCopyNote = WriteAnnotatedCopy(AnnotatedCopyPath, Input.Findings) };
        FeedbackHistory.MakeRoom(ReportPath);
        Files.AtomicFile.Write(ReportPath, s => FeedbackWriter.Write(input, s));
    }

    private string WriteAnnotatedCopy(string path, IReadOnlyList<Finding> findings)
    {
        using var original = File.OpenRead(ArchivePath);
        using var buffer = new MemoryStream();
        var reason = AnnotatedCopyWriter.TryWrite(original, findings, buffer);
        if (reason is not null)
        {
            return reason;
        }

        Files.AtomicFile.WriteBytes(path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        return $"指摘箇所に色とコメントを付けたコピーを「{Path.GetFileName(path)}」として同じフォルダに置きました。";
    }
}
