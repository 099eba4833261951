using System.Text.Encodings.Web;
using System.Text.Json;

namespace ProgressIngest.Worker.Reports;

/// <summary>How the JSON outputs are written: camelCase, indented, plain UTF-8 (no \u002B for '+', Japanese as is).</summary>
internal static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Output goes to a terminal or a file, never into HTML: only what JSON itself requires is escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
