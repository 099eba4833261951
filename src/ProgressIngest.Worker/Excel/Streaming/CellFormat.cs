namespace ProgressIngest.Worker.Excel.Streaming;

/// <summary>What a cell looks like; <see cref="XlsxStyles"/> turns each distinct one into a <c>cellXfs</c> entry.</summary>
/// <param name="Fill">Background colour as ARGB hex (FFDDEBF7), or null.</param>
/// <param name="Border">Thin border on all four sides.</param>
/// <param name="QuotePrefix">The cell's text starts with a character that would otherwise begin a formula.</param>
/// <param name="Left">Left-aligned horizontally (numbers included).</param>
/// <param name="FontColor">Text colour as ARGB hex, or null for the default.</param>
internal sealed record CellFormat(
    bool Bold = false,
    bool Italic = false,
    double FontSize = 11,
    string? Fill = null,
    bool Border = false,
    bool Center = false,
    bool Top = false,
    bool Wrap = false,
    string? NumberFormat = null,
    bool QuotePrefix = false,
    bool Left = false,
    string? FontColor = null);
