using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ProgressIngest.Worker.Excel.Streaming;

/// <summary>
/// The shared-string table: each distinct text stored once (the progress sheet repeats pillars, titles,
/// statuses and divisions on every row), cells refer to it by index. Holds references to the model's
/// strings, not copies.
/// </summary>
internal sealed class SharedStrings
{
    private static readonly OpenXmlAttribute Preserve = new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");

    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];

    public int References { get; private set; }

    /// <param name="text">Already made storable by <see cref="CellText.Safe"/>.</param>
    public int Add(string text)
    {
        References++;
        if (!_index.TryGetValue(text, out var index))
        {
            index = _texts.Count;
            _index.Add(text, index);
            _texts.Add(text);
        }

        return index;
    }

    public void Write(Stream stream)
    {
        using var writer = OpenXmlWriter.Create(stream, XlsxPackage.Utf8);
        writer.WriteStartDocument();
        writer.WriteStartElement(new SharedStringTable(), [new OpenXmlAttribute("count", string.Empty, References.ToString(System.Globalization.CultureInfo.InvariantCulture)), new OpenXmlAttribute("uniqueCount", string.Empty, _texts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var item = new SharedStringItem();
        var text = new Text();
        OpenXmlAttribute[] preserve = [Preserve];
        foreach (var value in _texts)
        {
            writer.WriteStartElement(item);
            writer.WriteStartElement(text, NeedsPreserve(value) ? preserve : []);
            writer.WriteString(XmlText.Encode(value));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.Close();
    }

    private static bool NeedsPreserve(string text)
        => char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]);
}
