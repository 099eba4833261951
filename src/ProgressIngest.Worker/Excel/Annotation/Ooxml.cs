using System.Xml.Linq;

namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>The namespaces, relationship types and content types the package patch reads and writes.</summary>
internal static class Ooxml
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    public const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    public const string WorksheetType = Relationships + "/worksheet";
    public const string CommentsType = Relationships + "/comments";
    public const string VmlDrawingType = Relationships + "/vmlDrawing";
    public const string StylesType = Relationships + "/styles";
    public const string OfficeDocumentType = Relationships + "/officeDocument";

    public const string WorksheetContent = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    public const string CommentsContent = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
    public const string StylesContent = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    public const string VmlContent = "application/vnd.openxmlformats-officedocument.vmlDrawing";

    public static readonly XNamespace MainNs = Main;
    public static readonly XNamespace RelNs = Relationships;
    public static readonly XNamespace PackageRelNs = PackageRelationships;
    public static readonly XNamespace ContentTypesNs = ContentTypes;
}
