using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace ProgressIngest.Worker.Excel.Streaming;

/// <summary>The drawing part of a sheet: each chart in a frame anchored to cells, so it moves and sizes with them.</summary>
internal static class ChartAnchor
{
    public static Xdr.WorksheetDrawing Drawing(IEnumerable<Xdr.TwoCellAnchor> anchors)
    {
        var drawing = new Xdr.WorksheetDrawing();
        drawing.AddNamespaceDeclaration("xdr", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing");
        drawing.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        drawing.Append(anchors);
        return drawing;
    }

    /// <param name="id">Unique within the drawing.</param>
    /// <param name="relationshipId">The drawing's relationship to the chart part.</param>
    public static Xdr.TwoCellAnchor For(SheetChart chart, uint id, string relationshipId)
    {
        var frame = new Xdr.GraphicFrame(
            new Xdr.NonVisualGraphicFrameProperties(
                new Xdr.NonVisualDrawingProperties { Id = id + 1, Name = $"グラフ {id}" },
                new Xdr.NonVisualGraphicFrameDrawingProperties()),
            new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = relationshipId }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        {
            Macro = string.Empty,
        };
        return new Xdr.TwoCellAnchor(
            Marker<Xdr.FromMarker>(chart.FromColumn, chart.FromRow),
            Marker<Xdr.ToMarker>(chart.ToColumn, chart.ToRow),
            frame,
            new Xdr.ClientData())
        {
            EditAs = Xdr.EditAsValues.OneCell,
        };
    }

    private static T Marker<T>(int column, int row)
        where T : OpenXmlCompositeElement, new()
    {
        var marker = new T();
        marker.Append(
            new Xdr.ColumnId(column.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset("0"),
            new Xdr.RowId(row.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.RowOffset("0"));
        return marker;
    }
}
