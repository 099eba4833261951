namespace ProgressIngest.Worker.Excel.Streaming;

/// <summary>"Cell equals <paramref name="Value"/>" over <paramref name="Range"/>, shown with the differential format <paramref name="Dxf"/>.</summary>
internal sealed record ConditionalRule(string Range, string Value, int Dxf);
