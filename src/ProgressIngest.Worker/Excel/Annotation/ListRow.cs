using ProgressIngest.Core.Findings;

namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>One line of the 指摘一覧 sheet; <paramref name="Link"/> is the cell it links to (sheet and visible cell), when it exists.</summary>
internal sealed record ListRow(int No, Finding Finding, (string Sheet, int Row, int Column)? Link);
