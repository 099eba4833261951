using System.IO.Packaging;
using DocumentFormat.OpenXml;

namespace ProgressIngest.Worker.Drafting;

/// <summary>
/// A Word package written straight to the output stream, the way <see cref="Excel.Streaming.XlsxPackage"/>
/// writes the master: System.IO.Packaging opened write-only streams each part into the zip as it is
/// written. WordprocessingDocument needs read access to its package and so keeps every part in memory
/// until it is saved (0.9 GB for the nationwide draft); the parts here are built with the same
/// DocumentFormat.OpenXml element classes and <see cref="OpenXmlWriter"/>. One part at a time: each is
/// created and written in full before the next.
/// </summary>
internal sealed class DocxPackage : IDisposable
{
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string WordMl = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    private readonly Package _package;
    private readonly List<(string Target, string Type, string Id)> _documentRelationships = [];

    public DocxPackage(Stream output, string title)
    {
        _package = Package.Open(output, FileMode.Create, FileAccess.Write);
        var properties = _package.PackageProperties;
        properties.Title = new string([.. title.Where(c => !char.IsControl(c) && !char.IsSurrogate(c))]);
        properties.Creator = Excel.WorkbookStamp.Author;
    }

    public void AddStyles(OpenXmlPartRootElement styles)
        => Add("styles.xml", WordMl + "styles+xml", "styles", "rIdStyles", styles.Save);

    /// <summary>A chart (rIdChart<paramref name="number"/>) and the workbook holding its data (rIdData from the chart).</summary>
    public void AddChart(int number, OpenXmlPartRootElement chart, byte[] workbook)
    {
        var data = CreatePart($"/word/embeddings/Microsoft_Excel_Worksheet{number}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Write(data, s => s.Write(workbook));
        var part = CreatePart($"/word/charts/chart{number}.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
        part.CreateRelationship(new Uri($"../embeddings/Microsoft_Excel_Worksheet{number}.xlsx", UriKind.Relative), TargetMode.Internal, Relationships + "package", "rIdData");
        Write(part, chart.Save);
        _documentRelationships.Add(($"charts/chart{number}.xml", "chart", $"rIdChart{number}"));
    }

    /// <summary>word/document.xml, after the parts it refers to; the comments part (rIdComments) comes after it.</summary>
    public void WriteDocument(Action<Stream> write)
    {
        var document = CreatePart("/word/document.xml", WordMl + "document.main+xml");
        _package.CreateRelationship(document.Uri, TargetMode.Internal, Relationships + "officeDocument", "rId1");
        foreach (var (target, type, id) in _documentRelationships.Append(("comments.xml", "comments", "rIdComments")))
        {
            document.CreateRelationship(new Uri(target, UriKind.Relative), TargetMode.Internal, Relationships + type, id);
        }

        Write(document, write);
    }

    public void WriteComments(Action<Stream> write)
        => Write(CreatePart("/word/comments.xml", WordMl + "comments+xml"), write);

    public void Dispose() => _package.Close();

    private void Add(string name, string contentType, string relationship, string id, Action<Stream> write)
    {
        Write(CreatePart($"/word/{name}", contentType), write);
        _documentRelationships.Add((name, relationship, id));
    }

    private static void Write(PackagePart part, Action<Stream> write)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        write(stream);
    }

    private PackagePart CreatePart(string uri, string contentType)
        => _package.CreatePart(new Uri(uri, UriKind.Relative), contentType, CompressionOption.Normal);
}
