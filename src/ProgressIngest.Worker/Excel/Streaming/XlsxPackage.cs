using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ProgressIngest.Worker.Excel.Streaming;

/// <summary>
/// A workbook package written straight to the output stream. The package is opened write-only, so
/// System.IO.Packaging streams each part into the zip as it is written instead of holding the whole
/// uncompressed workbook in memory (what SpreadsheetDocument.Create and ClosedXML do). The price: each
/// part is created and written in full before the next one, so tables come before their sheet, and the
/// shared strings, styles and workbook part come last.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string SpreadsheetMl = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    /// <summary>UTF-8 without a byte-order mark, like the parts Excel writes.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly Package _package;
    private readonly List<(string Name, int PrintTitleRow)> _sheets = [];
    private int _tables;
    private int _charts;

    public XlsxPackage(Stream output)
    {
        _package = Package.Open(output, FileMode.Create, FileAccess.Write);
    }

    public XlsxStyles Styles { get; } = new();

    public SharedStrings Strings { get; } = new();

    /// <summary>Starts the next sheet (its tables are written first); finish it before adding another.</summary>
    public SheetWriter AddSheet(string name, SheetLayout layout)
    {
        var number = _sheets.Count + 1;
        _sheets.Add((name, layout.PrintTitleRow));
        var tableTargets = new List<string>();
        foreach (var table in layout.Tables ?? [])
        {
            var id = ++_tables;
            var part = CreatePart($"/xl/tables/table{id}.xml", SpreadsheetMl + "table+xml");
            using (var stream = part.GetStream(FileMode.Create, FileAccess.Write))
            {
                Table(id, table).Save(stream);
            }

            tableTargets.Add($"../tables/table{id}.xml");
        }

        var drawing = layout.Charts is { Count: > 0 } charts ? WriteDrawing(number, charts) : null;
        var sheet = CreatePart($"/xl/worksheets/sheet{number}.xml", SpreadsheetMl + "worksheet+xml");
        var relationships = tableTargets
            .Select((target, i) => sheet.CreateRelationship(new Uri(target, UriKind.Relative), TargetMode.Internal, Relationships + "table", $"rId{i + 1}").Id)
            .ToList();
        var drawingId = drawing is null ? null
            : sheet.CreateRelationship(new Uri(drawing, UriKind.Relative), TargetMode.Internal, Relationships + "drawing", $"rId{relationships.Count + 1}").Id;
        return new SheetWriter(sheet.GetStream(FileMode.Create, FileAccess.Write), Strings, layout, selected: number == 1, relationships, drawingId);
    }

    /// <summary>Writes each chart part, then the drawing part anchoring them; returns the drawing's target relative to the sheet.</summary>
    private string WriteDrawing(int sheetNumber, IReadOnlyList<SheetChart> charts)
    {
        var chartIds = new List<int>();
        foreach (var chart in charts)
        {
            var id = ++_charts;
            var part = CreatePart($"/xl/charts/chart{id}.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
            using (var stream = part.GetStream(FileMode.Create, FileAccess.Write))
            {
                chart.Chart.Save(stream);
            }

            chartIds.Add(id);
        }

        var drawing = CreatePart($"/xl/drawings/drawing{sheetNumber}.xml", "application/vnd.openxmlformats-officedocument.drawing+xml");
        var anchors = charts.Select((chart, i) =>
        {
            var rel = drawing.CreateRelationship(new Uri($"../charts/chart{chartIds[i]}.xml", UriKind.Relative), TargetMode.Internal, Relationships + "chart", $"rId{i + 1}").Id;
            return ChartAnchor.For(chart, (uint)(i + 1), rel);
        });
        using (var stream = drawing.GetStream(FileMode.Create, FileAccess.Write))
        {
            ChartAnchor.Drawing(anchors).Save(stream);
        }

        return $"../drawings/drawing{sheetNumber}.xml";
    }

    /// <summary>Writes the shared strings, styles, workbook part and document properties; the package is complete after this.</summary>
    public void Finish(string title, DateTimeOffset? asOf)
    {
        var strings = CreatePart("/xl/sharedStrings.xml", SpreadsheetMl + "sharedStrings+xml");
        using (var stream = strings.GetStream(FileMode.Create, FileAccess.Write))
        {
            Strings.Write(stream);
        }

        var styles = CreatePart("/xl/styles.xml", SpreadsheetMl + "styles+xml");
        using (var stream = styles.GetStream(FileMode.Create, FileAccess.Write))
        {
            Styles.Build().Save(stream);
        }

        var workbook = CreatePart("/xl/workbook.xml", SpreadsheetMl + "sheet.main+xml");
        _package.CreateRelationship(workbook.Uri, TargetMode.Internal, Relationships + "officeDocument", "rId1");
        var sheets = new Sheets();
        var names = new DefinedNames();
        for (var i = 0; i < _sheets.Count; i++)
        {
            var id = workbook.CreateRelationship(new Uri($"worksheets/sheet{i + 1}.xml", UriKind.Relative), TargetMode.Internal, Relationships + "worksheet", $"rId{i + 1}").Id;
            var (name, titleRow) = _sheets[i];
            sheets.Append(new Sheet { Name = name, SheetId = (uint)(i + 1), Id = id });
            if (titleRow > 0)
            {
                var quoted = name.Replace("'", "''", StringComparison.Ordinal);
                names.Append(new DefinedName($"'{quoted}'!${titleRow}:${titleRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
            }
        }

        workbook.CreateRelationship(new Uri("sharedStrings.xml", UriKind.Relative), TargetMode.Internal, Relationships + "sharedStrings", $"rId{_sheets.Count + 1}");
        workbook.CreateRelationship(new Uri("styles.xml", UriKind.Relative), TargetMode.Internal, Relationships + "styles", $"rId{_sheets.Count + 2}");
        var root = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheets);
        root.AddNamespaceDeclaration("r", Relationships.TrimEnd('/'));
        if (names.HasChildren)
        {
            root.Append(names);
        }

        using (var stream = workbook.GetStream(FileMode.Create, FileAccess.Write))
        {
            root.Save(stream);
        }

        var properties = _package.PackageProperties;
        properties.Creator = WorkbookStamp.Author;
        properties.LastModifiedBy = WorkbookStamp.Author;
        properties.Title = new string([.. title.Where(c => !char.IsControl(c) && !char.IsSurrogate(c))]);
        if (asOf is { } time)
        {
            properties.Created = time.UtcDateTime;
            properties.Modified = time.UtcDateTime;
        }
    }

    public void Dispose() => _package.Close();

    private PackagePart CreatePart(string uri, string contentType)
        => _package.CreatePart(new Uri(uri, UriKind.Relative), contentType, CompressionOption.Normal);

    private static Table Table(int id, TableSpec spec)
        => new(
            new AutoFilter { Reference = spec.Reference },
            new TableColumns(spec.Columns.Select((name, i) => new TableColumn { Id = (uint)(i + 1), Name = name })) { Count = (uint)spec.Columns.Count },
            new TableStyleInfo { Name = "TableStyleLight9", ShowFirstColumn = false, ShowLastColumn = false, ShowRowStripes = true, ShowColumnStripes = false })
        {
            Id = (uint)id,
            Name = spec.Name,
            DisplayName = spec.Name,
            Reference = spec.Reference,
            TotalsRowShown = false,
        };
}
