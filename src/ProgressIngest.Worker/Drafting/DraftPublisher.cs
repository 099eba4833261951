using Microsoft.Extensions.Logging;
using ProgressIngest.Core.Drafting;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;
using ProgressIngest.Worker.Files;

namespace ProgressIngest.Worker.Drafting;

/// <summary>
/// Writes master/進捗状況報告_令和N年度_案.docx from the master model, atomically, keeping the draft it
/// replaces in master/history/ (someone may have started editing it).
/// </summary>
internal static class DraftPublisher
{
    /// <returns>The draft's path.</returns>
    public static string Write(RootLayout layout, Catalogue catalogue, MasterModel model, TimeProvider clock)
    {
        using var staged = Stage(layout, catalogue, model);
        Commit(layout, staged, clock);
        return staged.Path;
    }

    /// <summary>Builds and writes the draft to a temp file beside its place; nothing visible changes yet.</summary>
    public static StagedFile Stage(RootLayout layout, Catalogue catalogue, MasterModel model)
        => AtomicFile.Stage(layout.DraftFile(model.ReportingYear), s => DraftDocumentWriter.Write(DraftBuilder.Build(catalogue, model), s));

    /// <summary>Keeps the draft being replaced in master/history/, then puts the staged one in its place.</summary>
    public static void Commit(RootLayout layout, StagedFile staged, TimeProvider clock)
    {
        if (File.Exists(staged.Path))
        {
            Directory.CreateDirectory(layout.MasterHistory);
            var stamp = JapanTime.Stamp(clock.GetUtcNow());
            Retry.OnSharingViolation(() => File.Copy(staged.Path, Path.Combine(layout.MasterHistory, $"{Path.GetFileNameWithoutExtension(staged.Path)}_{stamp}.docx"), overwrite: true));
        }

        staged.Commit();
    }

    /// <summary>After a master rebuild: a draft that cannot be written (open in Word, disk full) never stops the master.</summary>
    public static void TryWrite(RootLayout layout, Catalogue catalogue, MasterModel model, TimeProvider clock, ILogger logger)
    {
        try
        {
            Write(layout, catalogue, model, clock);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.DraftFailed(logger, ex, layout.DraftFile(model.ReportingYear));
        }
    }

    /// <summary>When the master is unchanged, the draft is only written if it is not there (a root from before drafts existed).</summary>
    public static void WriteIfMissing(RootLayout layout, Catalogue catalogue, MasterModel model, TimeProvider clock, ILogger logger)
    {
        if (!File.Exists(layout.DraftFile(model.ReportingYear)))
        {
            TryWrite(layout, catalogue, model, clock, logger);
        }
    }
}
