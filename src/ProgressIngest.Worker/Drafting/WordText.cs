using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProgressIngest.Worker.Drafting;

/// <summary>Text exactly as typed, as Word runs: line breaks become breaks, tabs tabs; only characters XML cannot hold are replaced (U+FFFD).</summary>
internal static class WordText
{
    public static IEnumerable<Run> Runs(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        var lines = Clean(text).Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            if (l > 0)
            {
                run.Append(new Break());
            }

            var parts = lines[l].Split('\t');
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0)
                {
                    run.Append(new TabChar());
                }

                if (parts[p].Length > 0)
                {
                    run.Append(new Text(parts[p]) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
                }
            }
        }

        yield return run;
    }

    /// <summary>Line endings as \n; characters not allowed in XML 1.0 (and lone surrogates) as U+FFFD.</summary>
    public static string Clean(string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        StringBuilder? sb = null;
        for (var i = 0; i < normalised.Length; i++)
        {
            var c = normalised[i];
            var ok = char.IsHighSurrogate(c) ? i + 1 < normalised.Length && char.IsLowSurrogate(normalised[i + 1])
                : char.IsLowSurrogate(c) ? i > 0 && char.IsHighSurrogate(normalised[i - 1])
                : XmlConvert.IsXmlChar(c);
            if (!ok)
            {
                sb ??= new StringBuilder(normalised, 0, i, normalised.Length);
                sb.Append('\uFFFD');
            }
            else
            {
                sb?.Append(c);
            }
        }

        return sb?.ToString() ?? normalised;
    }
}
