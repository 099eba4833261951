namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>The comment for one cell: its findings as text, and how many lines that takes in the comment box.</summary>
internal sealed record CellNote(int Row, int Column, string Text, int Lines);
