using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Schema;
using ProgressIngest.Core.Validation;
using ProgressIngest.Worker.Drafting;
using ProgressIngest.Worker.Excel;
using ProgressIngest.Worker.Files;
using ProgressIngest.Worker.Ledger;
using ProgressIngest.Core.Reporting;

namespace ProgressIngest.Worker.Processing;

/// <summary>
/// Rebuilds the master from the ledger's submissions and publishes it atomically, keeping a dated
/// copy of the one it replaces. Skips the write when the content would not change.
/// </summary>
internal sealed class MasterPublisher
{
    private const string FingerprintKey = "master_fingerprint";

    private readonly RootLayout _layout;
    private readonly Catalogue _catalogue;
    private readonly IngestOptions _options;
    private readonly SubmissionLedger _ledger;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    public MasterPublisher(RootLayout layout, Catalogue catalogue, IngestOptions options, SubmissionLedger ledger, TimeProvider clock, ILogger logger)
    {
        _layout = layout;
        _catalogue = catalogue;
        _options = options;
        _ledger = ledger;
        _clock = clock;
        _logger = logger;
    }

    /// <returns>The master's path.</returns>
    /// <param name="published">The baseline and earlier cycles' values, shown as history.</param>
    public string Publish(IReadOnlyList<SubmissionRecord> submissions, PublishedValues published)
    {
        var path = _layout.MasterFile(_options.Year);
        var model = MasterBuilder.Build(_catalogue, _options.Year, submissions, published);
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(model, LedgerJson.Options)));
        if (File.Exists(path) && _ledger.GetMeta(FingerprintKey) == fingerprint)
        {
            Log.MasterUnchanged(_logger);
            DraftPublisher.WriteIfMissing(_layout, _catalogue, model, _clock, _logger);
            return path;
        }

        if (File.Exists(path))
        {
            Directory.CreateDirectory(_layout.MasterHistory);
            var stamp = JapanTime.Stamp(_clock.GetUtcNow());
            var copy = Path.Combine(_layout.MasterHistory, $"{Path.GetFileNameWithoutExtension(path)}_{stamp}.xlsx");
            Retry.OnSharingViolation(() => File.Copy(path, copy, overwrite: true));
        }

        // The draft is built from the same model and costs about as much as the master, so it is written on the
        // other core meanwhile; it replaces the old draft only once the master is in place.
        var draft = Task.Run(() => DraftPublisher.Stage(_layout, _catalogue, model));
        try
        {
            AtomicFile.Write(path, s => MasterWriter.Write(model, s));
            _ledger.SetMeta(FingerprintKey, fingerprint);
        }
        catch
        {
            Discard(draft);
            throw;
        }

        Telemetry.IngestMetrics.MasterWritten();
        Log.MasterWritten(_logger, path, submissions.Count);
        PublishDraft(draft, model);
        return path;
    }

    /// <summary>A draft that cannot be written (open in Word, disk full) never stops the master: it is logged.</summary>
    private void PublishDraft(Task<StagedFile> draft, MasterModel model)
    {
        try
        {
            using var staged = draft.GetAwaiter().GetResult();
            DraftPublisher.Commit(_layout, staged, _clock);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.DraftFailed(_logger, ex, _layout.DraftFile(model.ReportingYear));
        }
    }

    private static void Discard(Task<StagedFile> draft)
    {
        try
        {
            draft.GetAwaiter().GetResult().Dispose();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The master's failure is the one to report; the draft's temp file, if any, is swept at the next start.
        }
    }
}
