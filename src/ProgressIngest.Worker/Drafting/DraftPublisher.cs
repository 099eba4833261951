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
        var path = layout.DraftFile(model.ReportingYear);
        var draft = DraftBuilder.Build(catalogue, model);
        if (File.Exists(path))
        {
            Directory.CreateDirectory(layout.MasterHistory);
            var stamp = JapanTime.Stamp(clock.GetUtcNow());
            Retry.OnSharingViolation(() => File.Copy(path, Path.Combine(layout.MasterHistory, $"{Path.GetFileNameWithoutExtension(path)}_{stamp}.docx"), overwrite: true));
        }

        AtomicFile.Write(path, s => DraftDocumentWriter.Write(draft, s));
        return path;
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
