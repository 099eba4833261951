using ProgressIngest.Core.Reporting;

namespace ProgressIngest.Testing.Workload;

/// <summary>One generated workbook and what the checker must say about it.</summary>
/// <param name="Path">Relative to the workload folder, e.g. inbox/m0001/北山市（0001）_進捗状況報告.xlsx.</param>
/// <param name="Expected">Accepted for clean files (people's habits included), AcceptedWithWarnings or Returned for planted problems.</param>
/// <param name="PlantedRules">The rule IDs planted on purpose; the checker must report each of them.</param>
public sealed record PlantedFile(string Division, string Path, Outcome Expected, IReadOnlyList<string> PlantedRules);
