using System.Globalization;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Normalising;
using ProgressIngest.Core.Reading;
using ProgressIngest.Core.Schema;

namespace ProgressIngest.Core.Parsing;

/// <summary>
/// Turns a <see cref="RawWorkbook"/> into a <see cref="Submission"/>: finds the sheets and their
/// headers, keeps every cell's true location, and normalises what people type. Applies no rules
/// beyond "can this be read at all".
/// </summary>
public static class SubmissionParser
{
    public static Submission Parse(RawWorkbook workbook, Catalogue catalogue)
    {
        var findings = new List<Finding>();

        var coverSheet = FindSheet(workbook, SheetNames.Cover, findings);
        var cover = coverSheet is null ? null : CoverParser.Parse(coverSheet);

        var measures = ParseTable(workbook, SheetNames.Measures, MeasureColumns.All, findings, (sheet, row, get) => MeasureRow(sheet, row, get));
        var indicators = ParseTable(workbook, SheetNames.Indicators, IndicatorColumns.All, findings, (sheet, row, get) => IndicatorRow(sheet, row, get, catalogue));

        // A hidden template sheet that was looked for is already reported as not read, where it was looked up.
        findings.AddRange(HiddenData(workbook).Where(h => !findings.Exists(f => f.RuleId == RuleIds.SheetMissing && f.Sheet == h.Sheet)));
        findings.AddRange(SimilarSheets(workbook, findings));
        findings.AddRange(workbook.FileFindings);
        return new Submission(cover, measures, indicators, findings);
    }

    private static List<T> ParseTable<T>(
        RawWorkbook workbook,
        string sheetName,
        IReadOnlyList<ColumnSpec> specs,
        List<Finding> findings,
        Func<string, int, Func<ColumnSpec, Field>, T> build)
    {
        var result = new List<T>();
        var sheet = FindSheet(workbook, sheetName, findings);
        if (sheet is null)
        {
            return result;
        }

        var header = HeaderMap.Find(sheet, specs);
        if (header is null)
        {
            findings.Add(Finding.ForSheet(
                sheet.Name,
                RuleIds.HeaderMissing,
                $"シート「{sheet.Name}」の見出し行（「{specs[0].Label}」などの列名が並ぶ行）が見つかりません。",
                $"シートの上のほう（30行目まで）に、テンプレートと同じ見出し（{string.Join("、", specs.Where(s => s.Required).Select(s => s.Label))}）の行を置いてください。"));
            return result;
        }

        findings.AddRange(header.MissingAndExtra(sheet.Name, specs));
        if (sheet.TruncatedRows)
        {
            findings.Add(Finding.ForSheet(
                sheet.Name,
                RuleIds.FileTooLarge,
                $"シート「{sheet.Name}」の行数が上限を超えているため、このシートの内容は点検していません。",
                "不要な行を削除し、テンプレートの行だけを残してください。"));

            // The file is returned anyway; checking tens of thousands of stray rows only buries this finding under noise.
            return result;
        }

        if (sheet.TruncatedColumns)
        {
            findings.Add(Finding.ForSheet(
                sheet.Name,
                RuleIds.ColumnsTruncated,
                $"シート「{sheet.Name}」の右端のほうの列にもデータがありますが、列数が上限を超えているため読んでいません。",
                "テンプレートの列だけに記入し、右側の不要な列は削除してください。"));
        }

        var columns = specs.Select(header.ColumnOf).ToArray();
        findings.AddRange(MergedInputs(sheet, header.HeaderRow, specs, columns));
        foreach (var row in sheet.Rows.Where(r => r.Number > header.HeaderRow))
        {
            var fields = new Field[specs.Count];
            var empty = true;
            for (var i = 0; i < fields.Length; i++)
            {
                var field = columns[i] is { } column ? Field.From(new CellRef(sheet.Name, row.Number, column), row[column]) : Field.Absent;
                fields[i] = field;
                empty &= field.IsBlank && !field.IsError && !field.IsUncalculated;
            }

            if (empty)
            {
                continue;
            }

            if (row.Hidden)
            {
                findings.Add(Finding.At(
                    new CellRef(sheet.Name, row.Number, 1),
                    RuleIds.HiddenRow,
                    "行",
                    row.Number.ToString(CultureInfo.InvariantCulture),
                    $"{row.Number}行目が非表示になっていますが、データが入っています。画面に見えていない内容は確認できないため、受け付けません。",
                    $"{row.Number}行目を再表示して（行番号を選んで右クリック→［再表示］。フィルターで絞り込んでいる場合は［データ］→［クリア］）内容を確認し、不要な行は削除してから提出してください。"));
            }

            for (var i = 0; i < fields.Length; i++)
            {
                var spec = specs[i];
                var field = fields[i];
                if (field.IsError && field.At is { } at)
                {
                    findings.Add(Finding.At(
                        at,
                        RuleIds.ExcelErrorCell,
                        spec.Label,
                        field.Typed,
                        $"セルがExcelのエラー値（{field.Typed}）になっています。",
                        "数式の参照先を確認するか、値を直接入力してください。"));
                }
                else if (field.At is { } cut && row[cut.Column] is { IsTruncated: true })
                {
                    findings.Add(Finding.At(
                        cut,
                        RuleIds.TextTruncated,
                        spec.Label,
                        Preview(field.Typed),
                        "セルの文字数が上限を超えているため、入力したとおりに取り込めません（途中で切れてしまいます）。",
                        "内容を要約して短くしてください。詳しい資料は別途提出してください。"));
                }
                else if (spec.IsFreeText && field.At is { } shown && !FreeTextCell.KeepsWhatIsShown(field))
                {
                    findings.Add(Finding.At(
                        shown,
                        RuleIds.FreeTextNotText,
                        spec.Label,
                        field.Typed,
                        $"このセルはExcelに{(field.Raw is DateTime ? "日付" : "書式付きの数値")}として保存されているため、画面に表示されている文字のとおりに取り込めません（ファイルに保存されている値は「{field.Typed}」です）。",
                        "セルの書式を「文字列」にしてから入力し直すか、先頭に「'」（アポストロフィ）を付けて入力してください（例: '50%、'4月1日）。"));
                }
                else if (field.IsUncalculated && field.At is { } cell)
                {
                    findings.Add(Finding.At(
                        cell,
                        RuleIds.FormulaNotCalculated,
                        spec.Label,
                        string.Empty,
                        "数式の計算結果がファイルに保存されていないため、値を読めません。",
                        "Excelでファイルを開き、そのまま上書き保存してから提出してください（Excel以外のソフトで作成した場合に起こります）。"));
                }
            }

            // A row holding only pre-filled reference columns (the template's untouched rows) is still kept:
            // an assigned measure left unfilled must be reported against its own row.
            result.Add(build(sheet.Name, row.Number, spec => fields[IndexOf(specs, spec)]));
        }

        return result;
    }

    private static int IndexOf(IReadOnlyList<ColumnSpec> specs, ColumnSpec spec)
    {
        for (var i = 0; i < specs.Count; i++)
        {
            if (ReferenceEquals(specs[i], spec))
            {
                return i;
            }
        }

        throw new ArgumentException($"Column 「{spec.Label}」 is not one of this sheet's columns.", nameof(spec));
    }

    private static MeasureEntry MeasureRow(string sheet, int row, Func<ColumnSpec, Field> get)
    {
        var id = get(MeasureColumns.Id);
        var title = get(MeasureColumns.Title);
        var horizon = get(MeasureColumns.Horizon);
        var status = get(MeasureColumns.Status);
        var detail = get(MeasureColumns.Detail);
        var issues = get(MeasureColumns.Issues);
        var plan = get(MeasureColumns.Plan);
        var notes = get(MeasureColumns.Notes);
        return new MeasureEntry(
            sheet,
            row,
            id,
            title,
            horizon,
            status,
            detail,
            issues,
            plan,
            notes,
            TextNormaliser.NormaliseId(Text(id)),
            TextNormaliser.Clean(Text(title)),
            TextNormaliser.Clean(Text(horizon)),
            TextNormaliser.Clean(Text(status)),
            FreeText.AsTyped(Text(detail)),
            FreeText.AsTyped(Text(issues)),
            FreeText.AsTyped(Text(plan)),
            FreeText.AsTyped(Text(notes)));
    }

    private static IndicatorEntry IndicatorRow(string sheet, int row, Func<ColumnSpec, Field> get, Catalogue catalogue)
    {
        var id = get(IndicatorColumns.Id);
        var year = get(IndicatorColumns.Year);
        var segment = get(IndicatorColumns.Segment);
        var value = get(IndicatorColumns.Value);
        var unit = get(IndicatorColumns.Unit);
        var asOf = get(IndicatorColumns.AsOf);
        var notes = get(IndicatorColumns.Notes);

        var typedId = TextNormaliser.NormaliseId(Text(id));
        var resolved = catalogue.FindIndicator(typedId)?.Id ?? catalogue.FindIndicatorByName(Text(id))?.Id;
        return new IndicatorEntry(
            sheet,
            row,
            id,
            year,
            segment,
            value,
            unit,
            asOf,
            notes,
            resolved,
            typedId,
            year.IsError ? null : FiscalYear.Parse(year.Raw),
            TextNormaliser.Clean(Text(segment)),
            value.IsError ? new ParsedNumber(ParseStatus.Invalid, 0, false, null, $"Excelのエラー値（{value.Typed}）です") : NumberParser.Parse(value.Raw, value.Format),
            TextNormaliser.Clean(Text(unit)),
            asOf.IsBlank || asOf.IsError ? null : JapaneseDateParser.Parse(asOf.Raw, asOf.Format),
            FreeText.AsTyped(Text(notes)));
    }

    /// <summary>
    /// A range merged down over input rows shows one value but the rows below it read as blank: one
    /// finding at the visible cell instead of 未入力 on hidden halves (which the checker drops).
    /// </summary>
    private static IEnumerable<Finding> MergedInputs(RawSheet sheet, int headerRow, IReadOnlyList<ColumnSpec> specs, int?[] columns)
    {
        foreach (var range in sheet.Merges.Where(m => m.FirstRow > headerRow && m.LastRow > m.FirstRow))
        {
            var index = Array.FindIndex(columns, c => c is { } column && column >= range.FirstColumn && column <= range.LastColumn);
            if (index < 0)
            {
                continue;
            }

            var topLeft = new CellRef(sheet.Name, range.FirstRow, range.FirstColumn);
            var bottomRight = new CellRef(sheet.Name, range.LastRow, range.LastColumn);
            yield return Finding.At(
                topLeft,
                RuleIds.MergedInputCells,
                specs[index].Label,
                topLeft.A1 + ":" + bottomRight.A1,
                $"セル{topLeft.A1}:{bottomRight.A1}が結合されています。結合したセルの値は{range.FirstRow}行目だけのものとして読まれ、{range.FirstRow + 1}〜{range.LastRow}行目の「{specs[index].Label}」は空欄になります。",
                "セルの結合を解除し、1行に1つずつ内容を入力してください（同じ内容であれば各行に同じ文を入力してください）。");
        }
    }

    private static string Preview(string text)
    {
        const int Keep = 40;
        return text.Length <= Keep ? text : string.Concat(text.AsSpan(0, char.IsHighSurrogate(text[Keep - 1]) ? Keep - 1 : Keep), "…");
    }

    private static string Text(Field field) => field.IsError ? string.Empty : field.Typed;

    private static Finding MissingSheet(RawWorkbook workbook, string name)
        => SheetFinder.NearMiss(workbook, name) is { } renamed
            ? Finding.ForSheet(
                name,
                RuleIds.SheetMissing,
                $"シート「{name}」が見つかりません。シート「{renamed.Name}」が「{name}」の誤りではありませんか（シート名が違うと読み取りません）。",
                $"シート「{renamed.Name}」の名前を「{name}」に戻してください（シート見出しをダブルクリックすると名前を変えられます）。")
            : Finding.ForSheet(
                name,
                RuleIds.SheetMissing,
                $"シート「{name}」が見つかりません。",
                $"配布したテンプレートの「{name}」シートを削除・改名せずに提出してください。");

    /// <summary>The one visible sheet of that name; otherwise null, with the finding that says why (missing, hidden, or two candidates).</summary>
    private static RawSheet? FindSheet(RawWorkbook workbook, string name, List<Finding> findings)
    {
        var lookup = SheetFinder.Find(workbook, name);
        if (lookup.Sheet is null)
        {
            findings.Add(lookup.Problem ?? MissingSheet(workbook, name));
        }

        return lookup.Sheet;
    }

    /// <summary>
    /// A visible copy such as 「指標 (2)」 beside the real 「指標」 is not read; the division is told, in case the
    /// figures they meant are in the copy. (When the real sheet is missing, the copy is already named as the likely one.)
    /// </summary>
    private static IEnumerable<Finding> SimilarSheets(RawWorkbook workbook, List<Finding> findings)
    {
        foreach (var name in new[] { SheetNames.Cover, SheetNames.Measures, SheetNames.Indicators })
        {
            var key = TextNormaliser.Key(name);
            if (findings.Exists(f => f.Sheet == name && f.RuleId is RuleIds.SheetMissing or RuleIds.SheetAmbiguous))
            {
                continue;
            }

            foreach (var sheet in workbook.Sheets.Where(s => s.Visibility == SheetVisibility.Visible && s.Rows.Count > 0
                         && TextNormaliser.Key(s.Name) != key && TextNormaliser.Key(s.Name).Contains(key, StringComparison.Ordinal)))
            {
                yield return Finding.ForSheet(
                    sheet.Name,
                    RuleIds.SimilarSheet,
                    $"シート「{sheet.Name}」は「{name}」シートではないため、取り込みません（取り込むのは「{name}」シートです）。",
                    $"報告する内容が「{sheet.Name}」にある場合は「{name}」シートに移し、不要なシートは削除してください。");
            }
        }
    }

    private static IEnumerable<Finding> HiddenData(RawWorkbook workbook)
    {
        foreach (var sheet in workbook.Sheets.Where(s => s.Visibility != SheetVisibility.Visible && s.Rows.Count > 0))
        {
            var kind = sheet.Visibility == SheetVisibility.VeryHidden ? "非常に隠された（VeryHidden）" : "非表示の";
            yield return Finding.ForSheet(
                sheet.Name,
                RuleIds.HiddenSheetData,
                $"{kind}シート「{sheet.Name}」にデータがあります。非表示のシートの内容は取り込みません。",
                "報告する内容は表示されているテンプレートのシートに書いてください。不要なシートは削除してください。");
        }
    }
}
