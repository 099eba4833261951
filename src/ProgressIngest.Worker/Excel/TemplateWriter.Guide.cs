using System.Globalization;
using ClosedXML.Excel;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Normalising;
using ProgressIngest.Core.Schema;

namespace ProgressIngest.Worker.Excel;

internal static partial class TemplateWriter
{
    private static readonly (string Status, string Meaning)[] StatusMeanings =
    [
        (Vocabulary.NotStarted, "まだ取り組みを始めていない"),
        ("検討中", "実施に向けて検討・調整している"),
        ("実施中", "取り組みを実施している（まだ終わっていない）"),
        (Vocabulary.Completed, "取り組みを終えた"),
        ("継続実施", "実施済みで、引き続き継続して実施している（常時の取り組みなど）"),
    ];

    /// <summary>Column widths of 記入方法; the reference tables wrap within them, the instruction lines run across.</summary>
    private static readonly double[] GuideWidths = [14, 60, 10, 24, 36, 30];

    private static void WriteGuide(IXLWorksheet ws, Catalogue catalogue, Division division, FiscalYear reportingYear, List<Measure> measures, List<Indicator> indicators)
    {
        var year = reportingYear.Japanese;
        for (var c = 0; c < GuideWidths.Length; c++)
        {
            ws.Column(c + 1).Width = GuideWidths[c];
        }

        var row = 1;
        Title(ws, $"記入方法（{division.Name}・{year}）");
        row += 2;

        void Section(string heading)
        {
            var cell = ws.Cell(row, 1);
            CellText.Set(cell, heading);
            cell.Style.Font.Bold = true;
            cell.Style.Font.FontSize = 12;
            row++;
        }

        void Line(string text) => Paragraph("・" + text);

        void Paragraph(string text)
        {
            CellText.Set(ws.Cell(row, 1), text);
            var range = ws.Range(row, 1, row, GuideWidths.Length);
            range.Merge();
            range.Style.Alignment.WrapText = true;
            range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            TableSheet.FitHeight(ws, row, RowHeight.Lines(text, GuideWidths.Sum()));
            row++;
        }

        Section("1. 提出のしかた");
        Line($"このブックに入力し、共有フォルダの inbox/{division.Code}/ フォルダに保存してください。ファイル名は自由です（例: {division.Code}_{year}.xlsx）。");
        Line("Excel ブック（.xlsx）のまま保存してください（.xlsm・.xls も読み取れます）。パスワードは付けないでください。");
        Line($"しばらくすると、同じフォルダの中の feedback/ フォルダ（inbox/{division.Code}/feedback/）に結果のブックが届きます。");
        Line("結果は「受理」「受理（警告あり）」「差戻し」のいずれかです。差戻しの場合は、指摘を修正して同じフォルダに再提出してください。");
        Line("結果のブックの「読み取り結果」シートには、入力した数値・年度・日付をどう読み取ったかが並んでいます。意図どおりに読み取られているか確認してください。");
        Line("何度提出しても構いません。最後に受理された提出の内容が集計に使われます。");
        row++;

        Section("2. 全体の注意");
        Line("灰色のセル・列は記入済みです。編集しないでください。特に取り組みID・指標IDを変えると取り込めません。");
        Line("シート名と見出し行（3行目）の列名は変えないでください。列を追加しても構いません（追加した列は取り込まれず、結果には「参考」として表示されます）。");
        Line($"行は削除しないでください。担当の取り組み・指標は、すべて報告していただく必要があります。値がまだ分からない行も残し、「{PendingWord}」と入力してください（6. を参照）。");
        Line("数式ではなく値を入力してください。数式の結果は読み取れない場合があります。");
        Line($"取り込まれるのは、{division.Name}が担当する取り組み・指標（下の一覧）の値だけです。担当外の行を書いても取り込まれません。");
        Line($"公表済みの年度の値（報告書で公表した{PublishedYears(catalogue)}の値と、前年度までの報告で確定した値）は、提出では変更できません。異なる値を書くとエラーになります。訂正が必要な場合は企画課に連絡してください。");
        row++;

        Section($"3. シート「{SheetNames.Cover}」");
        Line($"{CoverLabels.SubmittedOn}: {FiscalYearExamples.Western(reportingYear)} の形で入力してください。");
        Line($"{CoverLabels.Person}・{CoverLabels.Contact}（{RequiredMark}印、必須）: 担当者の氏名と、内線番号などの連絡先を入力してください。集計表に載り、問い合わせに使います。");
        Line($"{CoverLabels.DivisionCode}・{CoverLabels.ReportingYear}・{CoverLabels.TemplateVersion}・{CoverLabels.CatalogueHash} は変えないでください。");
        row++;

        Section($"4. シート「{SheetNames.Measures}」（1行が1つの取り組みです）");
        Line($"{MeasureColumns.Id.Label}・{MeasureColumns.Title.Label}・{MeasureColumns.Horizon.Label}: 記入済みです。編集しないでください。");
        Line($"{MeasureColumns.Status.Label}（必須）: 一覧から選んでください。意味は次のとおりです。");
        foreach (var (status, meaning) in StatusMeanings)
        {
            Paragraph($"　　{status}: {meaning}");
        }

        Line($"{MeasureColumns.Detail.Label}: 「{Vocabulary.NotStarted}」以外は必須です。今年度に実施した内容と実績を書いてください（{Vocabulary.DetailSoftMaxLength}字程度まで）。");
        Line($"{MeasureColumns.Issues.Label}: 取り組みを進めるうえでの課題があれば書いてください（任意）。");
        Line($"{MeasureColumns.Plan.Label}: 「{Vocabulary.Completed}」以外は書いてください。空欄の場合は警告になります。");
        Line($"{MeasureColumns.Notes.Label}: 補足があれば書いてください（任意）。");
        Line("セルの中で改行するときは Alt + Enter を押してください。");
        row++;

        Section($"5. シート「{SheetNames.Indicators}」（1行が1つの値です）");
        Line($"{IndicatorColumns.Id.Label}・{IndicatorColumns.Name.Label}・{IndicatorColumns.Unit.Label}: 記入済みです。編集しないでください。");
        Line($"{IndicatorColumns.Year.Label}: 記入済みの年度のままにしてください（{year}・{reportingYear.Short}・{reportingYear.StartYear} のいずれの書き方でも構いません）。報告する年度は下の一覧のとおりです。");
        Line($"{IndicatorColumns.Segment.Label}: {string.Join("・", catalogue.Segments)} から選んでください（指標ごとに使える区分は下の一覧のとおりです）。");
        Line($"{IndicatorColumns.Value.Label}（必須）: 数値だけを入力してください（単位は付けません）。");
        Line("割合（%）は 53.4 のように百分率の数値で入力してください（0.534 ではありません）。% 書式のセルに 53.4% と入力しても構いません。");
        Line($"{IndicatorColumns.PreviousValue.Label}: 前年度の値を比較の目安として表示しています。編集しないでください（取り込まれません）。");
        Line($"{IndicatorColumns.AsOf.Label}: {FiscalYearExamples.Western(reportingYear)} の形で入力してください。その値の年度（4月1日〜翌年3月31日）の中の日付にしてください（{year}は {FiscalYearExamples.Slashed(reportingYear.Start)}〜{FiscalYearExamples.Slashed(reportingYear.End)}）。");
        Line($"同じ{IndicatorColumns.Id.Label}・{IndicatorColumns.Year.Label}・{IndicatorColumns.Segment.Label}の行を2回書かないでください。");
        row++;

        Section("6. 値がまだ分からないとき（未確定）");
        Line($"集計が終わっていないなど、値がまだ分からない場合は、{IndicatorColumns.Value.Label}に「{PendingWord}」または「{CountingWord}」と入力し、{IndicatorColumns.Notes.Label}にいつ分かるか（例: 2月末に確定予定）を書いてください。");
        Line($"警告付きで受理され、集計表には「{PendingWord}」と表示されます。値が分かったら、値を入力して再提出してください。");
        row++;

        Section("7. 結果の見方（エラー・警告・説明済み・参考）");
        Line("エラー: 修正が必要です。エラーが1件でもあると「差戻し」になり、その提出は取り込まれません。");
        Line($"警告: 確認が必要です。誤りであれば修正して再提出してください。誤りでなければ、その行の{IndicatorColumns.Notes.Label}に理由を書いてください（例: 大雨災害対応のため増加）。");
        Line($"説明済み: {IndicatorColumns.Notes.Label}で理由が説明されている警告です。結果の一覧には理由とともに残りますが、対応は不要です。警告がすべて説明済みであれば「受理」になります。");
        Line("参考: 対応の必要がないお知らせです（例: テンプレートにない列を追加した、値をこう読み取った）。結果には影響しません。");
        row++;

        Section("8. 参考: 担当の取り組み");
        row = ReferenceTable(ws, row, ["取り組みID", "取り組み名", "期間", "分類"], measures.Select(m => new[]
        {
            m.Id,
            m.Title,
            m.Horizon ?? string.Empty,
            catalogue.FindGroup(m.GroupId)?.Title ?? string.Empty,
        }));
        row++;

        Section("9. 参考: 担当の指標");
        if (indicators.Count == 0)
        {
            Line("担当の指標はありません。シート「指標」は空欄のままで構いません。");
        }
        else
        {
            ReferenceTable(ws, row, ["指標ID", "指標名", "単位", "区分", "入力できる値", "報告する年度"], indicators.Select(i => new[]
            {
                i.Id,
                i.Name,
                i.Unit,
                string.Join("・", i.Segments),
                Allowed(i),
                YearNote(i, reportingYear),
            }));
        }

        PrintSetup.Landscape(ws);
    }

    private static int ReferenceTable(IXLWorksheet ws, int row, string[] headers, IEnumerable<string[]> rows)
    {
        var first = row;
        for (var c = 0; c < headers.Length; c++)
        {
            CellText.Set(ws.Cell(row, c + 1), headers[c]);
        }

        var header = ws.Range(row, 1, row, headers.Length);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = Palette.Header;
        foreach (var values in rows)
        {
            row++;
            var lines = 1;
            for (var c = 0; c < values.Length; c++)
            {
                CellText.Set(ws.Cell(row, c + 1), values[c]);
                lines = Math.Max(lines, RowHeight.Lines(values[c], GuideWidths[c]));
            }

            TableSheet.FitHeight(ws, row, lines);
        }

        var table = ws.Range(first, 1, row, headers.Length);
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        table.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        ws.Range(first + 1, 1, row, headers.Length).Style.Alignment.WrapText = true;
        return row + 1;
    }

    private static string Allowed(Indicator indicator)
    {
        var rules = indicator.Rules;
        var parts = new List<string>();
        if (rules.Min is { } min && rules.Max is { } max)
        {
            parts.Add($"{Number(min)}〜{Number(max)}");
        }
        else if (rules.Min is { } onlyMin)
        {
            parts.Add($"{Number(onlyMin)}以上");
        }
        else if (rules.Max is { } onlyMax)
        {
            parts.Add($"{Number(onlyMax)}以下");
        }

        parts.Add(indicator.Type == Core.Schema.ValueType.Integer || indicator.Decimals == 0
            ? "整数"
            : $"小数第{indicator.Decimals.ToString(CultureInfo.InvariantCulture)}位まで");
        if (indicator.Type == Core.Schema.ValueType.Percent)
        {
            parts.Add("百分率（例: 53.4）");
        }

        if (rules.SoftMax is { } softMax)
        {
            parts.Add($"{Number(softMax)}を超えると警告");
        }

        if (rules.SoftMin is { } softMin)
        {
            parts.Add($"{Number(softMin)}未満は警告");
        }

        return string.Join("、", parts);
    }

    private static string YearNote(Indicator indicator, FiscalYear reportingYear)
    {
        var label = DueYear(indicator, reportingYear).Japanese;
        return indicator.Rules.LagYears > 0 ? $"{label}（年度計のため前年度の値）" : label;
    }

    /// <summary>「令和4年度〜令和6年度」: the years the seed report published.</summary>
    private static string PublishedYears(Catalogue catalogue)
    {
        if (catalogue.Baseline.Count == 0)
        {
            return "過去の年度";
        }

        var first = catalogue.Baseline.Min(b => b.FiscalYear);
        var last = catalogue.Baseline.Max(b => b.FiscalYear);
        return first == last
            ? first.Japanese
            : $"{first.Japanese}〜{last.Japanese}";
    }

    private static string Number(decimal value) => value.ToString("#,##0.####", CultureInfo.InvariantCulture);
}
