using System.Globalization;
using ClosedXML.Excel;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;
using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Testing.Workload;

/// <summary>
/// Writes a benchmark workload, deterministic from a seed: the synthetic registry (schemas/, seeds/),
/// one filled template per division under inbox/&lt;code&gt;/ and manifest.tsv. Files are filled the way
/// people fill them — full-width digits, era years, percent cells, numbers typed as text, prose of
/// realistic length — and every 4th file carries a warning, every 10th an error.
/// </summary>
public static class WorkloadGenerator
{
    public const string ManifestName = "manifest.tsv";

    private const int HeaderRow = 3;
    private const int FirstDataRow = HeaderRow + 1;

    private static readonly string[] Statuses = ["実施中", "実施中", "実施中", "実施中", "実施中", "継続実施", "継続実施", "継続実施", "完了", "検討中"];

    public static string Inbox(string root) => Path.Combine(root, "inbox");

    /// <summary>Generates into <paramref name="root"/> unless a manifest for the same size and seed is already there.</summary>
    public static IReadOnlyList<PlantedFile> Generate(string root, WorkloadSize size, int seed, bool force = false)
    {
        var manifestPath = Path.Combine(root, ManifestName);
        var stamp = $"# size={size.Name} files={size.Files} rows={size.BigRows} seed={seed} version=1";
        if (!force && File.Exists(manifestPath) && File.ReadLines(manifestPath).FirstOrDefault() == stamp)
        {
            return ReadManifest(manifestPath);
        }

        if (Directory.Exists(Inbox(root)))
        {
            Directory.Delete(Inbox(root), recursive: true);
        }

        var catalogue = SyntheticCatalogue.Write(root, size.Divisions);
        var template = Template(catalogue);
        var files = new PlantedFile[size.Files];
        Parallel.For(0, size.Files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var division = catalogue.Divisions[i];
            var random = new Random(HashCode.Combine(seed, i));
            var kind = size.IsBig ? Planted.None : i % 10 == 3 ? Planted.Error : i % 4 == 1 ? Planted.Warning : Planted.None;
            var name = $"{division.Name}_進捗状況報告_R7.xlsx";
            var relative = Path.Combine("inbox", division.Code, name);
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var source = new MemoryStream(template, writable: false);
            using var workbook = new XLWorkbook(source);
            var rules = Fill(workbook, catalogue, division, i, random, kind, size.IsBig ? size.BigRows : 0);
            workbook.SaveAs(path);
            var expected = size.IsBig ? Outcome.Returned : kind switch
            {
                Planted.Error => Outcome.Returned,
                Planted.Warning => Outcome.AcceptedWithWarnings,
                _ => Outcome.Accepted,
            };
            files[i] = new PlantedFile(division.Code, relative, expected, rules);
        });

        File.WriteAllLines(manifestPath, files
            .Select(f => $"{f.Division}\t{f.Path}\t{f.Expected}\t{string.Join(",", f.PlantedRules)}")
            .Prepend(stamp));
        return files;
    }

    public static IReadOnlyList<PlantedFile> ReadManifest(string path)
        => [.. File.ReadLines(path).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).Select(p =>
            new PlantedFile(p[0], p[1], Enum.Parse<Outcome>(p[2]), p[3].Length == 0 ? [] : p[3].Split(',')))];

    private enum Planted
    {
        None,
        Warning,
        Error,
    }

    /// <summary>Every division reports the same measures and indicators, so one template serves them all; the cover is filled per file.</summary>
    private static byte[] Template(Catalogue catalogue)
    {
        using var stream = new MemoryStream();
        TemplateWriter.Write(catalogue, catalogue.Divisions[0], SyntheticCatalogue.ReportingYear, stream);
        return stream.ToArray();
    }

    private static List<string> Fill(XLWorkbook workbook, Catalogue catalogue, Division division, int index, Random random, Planted kind, int bigRows)
    {
        var rules = new List<string>();
        var cover = workbook.Worksheet(SheetNames.Cover);
        CoverValue(cover, CoverLabels.DivisionCode).SetValue(division.Code);
        CoverValue(cover, CoverLabels.DivisionName).SetValue(division.Name);
        if (random.Next(4) == 0)
        {
            CoverValue(cover, CoverLabels.ReportingYear).SetValue("Ｒ７");
        }

        CoverValue(cover, CoverLabels.SubmittedOn).SetValue(new DateTime(2026, 1, 20 + random.Next(10), 0, 0, 0, DateTimeKind.Unspecified));
        CoverValue(cover, CoverLabels.Person).SetValue($"担当者{index:D4}");
        CoverValue(cover, CoverLabels.Contact).SetValue($"内線 {1000 + random.Next(9000)}");

        var measures = workbook.Worksheet(SheetNames.Measures);
        CellText.Set(measures.Cell(1, 1), $"取り組み進捗（{division.Name}・令和7年度）");
        var rows = bigRows > 0 ? bigRows : catalogue.Measures.Count;
        for (var r = 0; r < rows; r++)
        {
            var row = FirstDataRow + r;
            var measure = catalogue.Measures[r % catalogue.Measures.Count];
            if (r >= catalogue.Measures.Count)
            {
                Set(measures, row, MeasureColumns.Id, measure.Id);
                Set(measures, row, MeasureColumns.Title, measure.Title);
                Set(measures, row, MeasureColumns.Horizon, measure.Horizon ?? string.Empty);
            }

            var status = Statuses[random.Next(Statuses.Length)];
            Set(measures, row, MeasureColumns.Status, status);
            Set(measures, row, MeasureColumns.Detail, JapaneseText.Detail(random, 60 + random.Next(240)));
            Set(measures, row, MeasureColumns.Issues, random.Next(3) == 0 ? string.Empty : JapaneseText.Issue(random));
            Set(measures, row, MeasureColumns.Plan, status == "完了" ? string.Empty : JapaneseText.Plan(random));
            Set(measures, row, MeasureColumns.Notes, JapaneseText.Note(random));
        }

        // People's habits, all of which must read clean.
        var habitRow = FirstDataRow + random.Next(catalogue.Measures.Count);
        if (random.Next(4) == 0)
        {
            Set(measures, habitRow, MeasureColumns.Id, FullWidth(measures.Cell(habitRow, Column(MeasureColumns.Id)).GetString()));
        }

        if (random.Next(4) == 0)
        {
            var statusCell = measures.Cell(habitRow, Column(MeasureColumns.Status));
            statusCell.SetValue($" {statusCell.GetString()}　");
        }

        FillIndicators(workbook.Worksheet(SheetNames.Indicators), random);

        var target = FirstDataRow + random.Next(catalogue.Measures.Count);
        var targetStatus = measures.Cell(target, Column(MeasureColumns.Status)).GetString().Trim(' ', '　');
        if (kind == Planted.Warning)
        {
            switch (random.Next(3))
            {
                case 0 when targetStatus != "完了":
                    // With 備考 on the row the warning would count as explained (説明済み) and the file as 受理.
                    Set(measures, target, MeasureColumns.Plan, string.Empty);
                    Set(measures, target, MeasureColumns.Notes, string.Empty);
                    rules.Add(RuleIds.PlanMissing);
                    break;
                case 1:
                    Set(measures, target, MeasureColumns.Detail, JapaneseText.Detail(random, Vocabulary.DetailSoftMaxLength + 50));
                    rules.Add(RuleIds.DetailTooLong);
                    break;
                default:
                    Set(measures, target, MeasureColumns.Title, "オンラインツールの導入");
                    rules.Add(RuleIds.MeasureTitleDiffers);
                    break;
            }
        }
        else if (kind == Planted.Error)
        {
            switch (random.Next(3))
            {
                case 0:
                    Set(measures, target, MeasureColumns.Status, "対応中");
                    rules.Add(RuleIds.StatusInvalid);
                    break;
                case 1:
                    Set(measures, target, MeasureColumns.Status, "実施中");
                    Set(measures, target, MeasureColumns.Detail, string.Empty);
                    rules.Add(RuleIds.DetailMissing);
                    break;
                default:
                    var indicators = workbook.Worksheet(SheetNames.Indicators);
                    indicators.Cell(IndicatorRow(indicators, "IMPROPER-JAN", "全体"), IndicatorColumn(IndicatorColumns.Value)).SetValue("たくさん");
                    rules.Add(RuleIds.ValueNotNumber);
                    break;
            }
        }

        return rules;
    }

    private static void FillIndicators(IXLWorksheet sheet, Random random)
    {
        var last = sheet.LastRowUsed()?.RowNumber() ?? HeaderRow;
        for (var row = FirstDataRow; row <= last; row++)
        {
            var id = sheet.Cell(row, IndicatorColumn(IndicatorColumns.Id)).GetString();
            if (id.Length == 0)
            {
                continue;
            }

            var segment = sheet.Cell(row, IndicatorColumn(IndicatorColumns.Segment)).GetString();
            var value = SampleValues.For(id, segment);
            var cell = sheet.Cell(row, IndicatorColumn(IndicatorColumns.Value));
            switch ((id, segment, random.Next(5)))
            {
                case ("SURVEY-Q32", "全体", 0):
                    // A percent cell: Excel stores the fraction.
                    cell.SetValue((double)value / 100);
                    cell.Style.NumberFormat.Format = "0.0%";
                    break;
                case ("SURVEY-Q28", _, 1):
                    cell.SetValue(value.ToString(CultureInfo.InvariantCulture) + "%");
                    break;
                case ("OT-HOURS", _, 2):
                    cell.SetValue(FullWidth(value.ToString(CultureInfo.InvariantCulture)));
                    break;
                default:
                    cell.SetValue(value);
                    break;
            }

            var year = sheet.Cell(row, IndicatorColumn(IndicatorColumns.Year));
            if (random.Next(6) == 0 && year.GetString() == "令和7年度")
            {
                year.SetValue(random.Next(3) switch { 0 => "Ｒ７", 1 => "R7", _ => "2025年度" });
            }
        }
    }

    private static int IndicatorRow(IXLWorksheet sheet, string id, string segment)
    {
        var last = sheet.LastRowUsed()?.RowNumber() ?? HeaderRow;
        for (var row = FirstDataRow; row <= last; row++)
        {
            if (sheet.Cell(row, IndicatorColumn(IndicatorColumns.Id)).GetString() == id && sheet.Cell(row, IndicatorColumn(IndicatorColumns.Segment)).GetString() == segment)
            {
                return row;
            }
        }

        throw new InvalidOperationException($"no row for {id} {segment}");
    }

    private static IXLCell CoverValue(IXLWorksheet cover, string label)
    {
        for (var row = 1; row <= 20; row++)
        {
            if (FilledWorkbook.IsCoverLabel(cover.Cell(row, 1).GetString(), label))
            {
                return cover.Cell(row, 2);
            }
        }

        throw new InvalidOperationException($"no cover label {label}");
    }

    private static void Set(IXLWorksheet sheet, int row, ColumnSpec column, string text)
        => CellText.Set(sheet.Cell(row, Column(column)), text);

    private static int Column(ColumnSpec column) => IndexOf(MeasureColumns.All, column);

    private static int IndicatorColumn(ColumnSpec column) => IndexOf(IndicatorColumns.All, column);

    private static int IndexOf(IReadOnlyList<ColumnSpec> columns, ColumnSpec column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (ReferenceEquals(columns[i], column))
            {
                return i + 1;
            }
        }

        throw new ArgumentException($"column {column.Label} is not in the layout", nameof(column));
    }

    /// <summary>What an IME produces: 「１－１－０１」, 「１８８．３」.</summary>
    private static string FullWidth(string text)
        => new([.. text.Select(c => c switch
        {
            >= '0' and <= '9' => (char)('０' + (c - '0')),
            '-' => '－',
            '.' => '．',
            _ => c,
        })]);
}
