using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;

namespace ProgressIngest.Core.Merging;

/// <summary>Where each division stands in the cycle: what is in force, and what to say where it has nothing.</summary>
internal sealed class DivisionStates
{
    private readonly Catalogue _catalogue;
    private readonly Dictionary<string, SubmissionRecord> _latest;
    private readonly Dictionary<string, SubmissionRecord> _inForce;
    private readonly Dictionary<string, int> _order;

    public DivisionStates(Catalogue catalogue, Dictionary<string, SubmissionRecord> latest, Dictionary<string, SubmissionRecord> inForce)
    {
        _catalogue = catalogue;
        _latest = latest;
        _inForce = inForce;
        _order = catalogue.Divisions.Select((d, i) => (d.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
    }

    public SubmissionRecord? InForce(string division) => _inForce.GetValueOrDefault(division);

    public int Order(string division) => _order.TryGetValue(division, out var i) ? i : int.MaxValue;

    /// <summary>「人事課（jinji）」: the name a reader knows, with the folder code beside it.</summary>
    public string Label(string division)
        => _catalogue.FindDivision(division) is { } d ? DivisionLabel.Of(d) : $"{division}（{Gap.Unregistered.Japanese()}）";

    /// <summary>Why a division has nothing in force for an assigned place.</summary>
    public Gap GapOf(string division)
    {
        if (!_latest.ContainsKey(division))
        {
            return Gap.NotSubmitted;
        }

        return _inForce.ContainsKey(division) ? Gap.NotReported : Gap.Returned;
    }

    /// <summary>What the planning division can chase: the latest file that was not accepted, or nothing yet.</summary>
    public string GapSource(string division)
        => _latest.GetValueOrDefault(division) is { } latest && !latest.Outcome.IsAccepted()
            ? $"最新の提出 {latest.FileName}（{JapanTime.Format(latest.ReceivedAt)}受付）は{latest.Outcome.Japanese()}"
            : string.Empty;
}
