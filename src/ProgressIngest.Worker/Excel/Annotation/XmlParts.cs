using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>
/// Reading and writing the package's XML parts. The file is untrusted: no DTDs, no external
/// resolution. Writing keeps what the reader saw: carriage returns and tabs are written as character
/// references, so a cell's text reads back exactly as it was.
/// </summary>
internal static class XmlParts
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = false,
    };

    public static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = Utf8,
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    public static XmlReader Reader(byte[] xml) => XmlReader.Create(new MemoryStream(xml, writable: false), ReaderSettings);

    public static XDocument Load(byte[] xml)
    {
        using var reader = Reader(xml);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    public static byte[] Save(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, WriterSettings))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, WriterSettings))
        {
            writer.WriteStartDocument(standalone: true);
            write(writer);
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }

    /// <summary>Copies the node the reader is on (an element's start tag with its attributes, not its content).</summary>
    public static void CopyNode(XmlReader reader, XmlWriter writer)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.Element:
                writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                writer.WriteAttributes(reader, defattr: true);
                if (reader.IsEmptyElement)
                {
                    writer.WriteEndElement();
                }

                break;
            case XmlNodeType.EndElement:
                writer.WriteFullEndElement();
                break;
            case XmlNodeType.Text:
                writer.WriteString(reader.Value);
                break;
            case XmlNodeType.Whitespace:
            case XmlNodeType.SignificantWhitespace:
                writer.WriteWhitespace(reader.Value);
                break;
            case XmlNodeType.CDATA:
                writer.WriteCData(reader.Value);
                break;
            case XmlNodeType.Comment:
                writer.WriteComment(reader.Value);
                break;
            case XmlNodeType.ProcessingInstruction:
                writer.WriteProcessingInstruction(reader.Name, reader.Value);
                break;
            default:
                // The XML declaration is written by the writer; DTDs are refused by the reader.
                break;
        }
    }

    /// <summary>Copies the attributes of the element the reader is on, except one (by local name, no namespace).</summary>
    public static void CopyAttributesExcept(XmlReader reader, XmlWriter writer, string skip, string? skipAlso = null)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            if (reader.NamespaceURI.Length == 0 && (reader.LocalName == skip || reader.LocalName == skipAlso))
            {
                continue;
            }

            writer.WriteAttributeString(reader.Prefix, reader.LocalName, reader.NamespaceURI, reader.Value);
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
    }
}
