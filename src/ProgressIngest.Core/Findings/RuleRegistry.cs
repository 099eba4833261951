using System.Collections.Frozen;

namespace ProgressIngest.Core.Findings;

/// <summary>
/// Every rule in one place: its severity (findings take theirs from here), Japanese title, what it checks,
/// the fields it looks at and an example. docs/rules.md is generated from this list.
/// </summary>
public static class RuleRegistry
{
    private const string File = "ファイル全体";
    private const string Cover = "表紙";
    private const string Measures = "取り組み進捗";
    private const string Indicators = "指標";

    public static IReadOnlyList<Rule> All { get; } =
    [
        // The file as a whole.
        new(RuleIds.FileUnreadable, Severity.Error, "ファイルを読めない", "Excel ファイルとして開けない（壊れている、途中で切れている、想定外の形式）。", [File], "コピーが途中で止まった .xlsx"),
        new(RuleIds.FileEncrypted, Severity.Error, "パスワード付き", "パスワードで保護されたファイルは読めない。", [File], "読み取りパスワードを設定した .xlsx"),
        new(RuleIds.FileNotExcel, Severity.Error, "Excel ファイルではない", "拡張子は Excel だが中身が別の形式（HTML、CSV など）。", [File], "Web ページを .xlsx という名前で保存したもの"),
        new(RuleIds.FileEmpty, Severity.Error, "空のファイル", "大きさが 0 バイトのファイル。", [File], "作成途中で保存されなかったファイル"),
        new(RuleIds.FileTooLarge, Severity.Error, "大きすぎる", "ファイルの大きさ・シートの行数が上限を超えている（上限は設定で変更可能）。", [File], "30 万行あるシート"),
        new(RuleIds.FileZipBomb, Severity.Error, "展開後の大きさが異常", "展開すると異常に大きくなるファイル（zip 爆弾）は読まない。", [File], "数 KB で数 GB に展開されるファイル"),
        new(RuleIds.FileUnsupported, Severity.Error, "対応していない形式", ".xlsx / .xlsm / .xls 以外のファイル。", [File], "報告.pdf"),
        new(RuleIds.FindingLimit, Severity.Warning, "指摘が多すぎる", "指摘が上限（1000 件）を超えたため、以降を省略した。", [File], "別の様式のファイルを提出した"),
        new(RuleIds.DivisionNotRegistered, Severity.Error, "提出先の所属が登録されていない", "提出を受け付けた後に、その所属が所属一覧（divisions.json）から外れたため点検できない。", ["所属コード"], "処理待ちの間に所属一覧から削除された所属"),
        new(RuleIds.DivisionUnregistered, Severity.Warning, "所属一覧にない所属（企画課向け）", "所属一覧（divisions.json）から外れた所属の受理済みデータがある。集約ファイルには登録外として載せる。", ["所属コード"], "divisions.json から削除した所属"),
        new(RuleIds.DuplicateContent, Severity.Warning, "同じ内容の再提出", "以前受け付けたファイルと内容が同じため、再処理していない。", [File], "前回と同じファイルをもう一度置いた"),

        // Sheets and headers.
        new(RuleIds.SheetMissing, Severity.Error, "シートがない", "表紙・取り組み進捗・指標のシートが見つからない（非表示のシートは読まない）。名前を変えたシートがあれば、その名前を示す。", ["シート名"], "シート名を「指標（修正）」に変えた"),
        new(RuleIds.SheetAmbiguous, Severity.Error, "同じ名前とみなすシートが複数", "「指標」と「指標 」のように、同じシートとみなす表示中のシートが 2 つ以上あり、どれを取り込むか決められない。", ["シート名"], "シートをコピーして「指標 」の名前で残した"),
        new(RuleIds.SimilarSheet, Severity.Warning, "似た名前のシート", "「指標 (2)」のように、テンプレートのシートに似た名前の表示中のシートにデータがある。そのシートは取り込まない。", ["シート名"], "指標シートをコピーして「指標 (2)」に記入した"),
        new(RuleIds.HeaderMissing, Severity.Error, "見出し行がない", "シートの 30 行目までに、テンプレートの見出し（列名）の行が見つからない。", [Measures, Indicators], "見出し行を削除した"),
        new(RuleIds.ColumnMissing, Severity.Error, "必須の列がない", "必須の列（取り組みID、進捗区分、指標ID、年度、区分、値 など）が見出しにない。", [Measures, Indicators], "「進捗区分」の列を削除した"),
        new(RuleIds.ColumnExtra, Severity.Info, "テンプレートにない列（参考）", "追加された列は差し支えないが、集約ファイルには取り込まない。", [Measures, Indicators], "「担当係」の列を追加した"),
        new(RuleIds.HiddenSheetData, Severity.Warning, "非表示シートのデータ", "非表示のシートにデータがある。非表示シートの内容は取り込まない。", ["シート"], "前年度のシートを非表示にして残した"),
        new(RuleIds.HiddenRow, Severity.Error, "非表示の行のデータ", "取り組み進捗・指標の非表示の行にデータがある。提出した人に見えていない内容は受け付けない。", [Measures, Indicators], "古い値の行を非表示にして、下に新しい行を追加した"),
        new(RuleIds.TemplateOutdated, Severity.Warning, "古いテンプレート", "テンプレート版・カタログ版が現在のものと違う。取り組みや指標が変わっている可能性がある。", [Cover], "前年度のテンプレートに記入した"),
        new(RuleIds.ExcelErrorCell, Severity.Error, "Excel のエラー値", "セルが #DIV/0! や #REF! などのエラー値になっている。", [Measures, Indicators], "=A1/0"),
        new(RuleIds.FormulaNotCalculated, Severity.Error, "数式の結果がない", "数式の計算結果がファイルに保存されていないため、値を読めない。", [Measures, Indicators], "Excel 以外のソフトで作った数式入りのファイル"),
        new(RuleIds.FreeTextNotText, Severity.Error, "文章の欄が数値・日付になっている", "実施内容・課題・予定・備考の欄が、Excel に日付や書式付きの数値として保存されていて、表示されている文字のとおりに取り込めない。", [Measures, Indicators], "備考に「50%」と入力し、Excel が 0.5（パーセント表示）に変えた"),
        new(RuleIds.TextTruncated, Severity.Error, "文字数が上限を超えた", "1 セルの文字数が上限を超えている。入力したとおりに取り込めないため、受け付けない。", [Measures, Indicators], "資料全文を貼り付けた"),
        new(RuleIds.ColumnsTruncated, Severity.Warning, "列数が上限を超えた", "上限より右の列にデータがあるが読んでいない。", [Measures, Indicators], "右端の列にメモを書いた"),
        new(RuleIds.ExternalLink, Severity.Warning, "他のファイルへのリンク", "他のブックを参照する数式・リンクがある。値は保存された結果を読む。", [File], "='[集計.xlsx]Sheet1'!A1"),
        new(RuleIds.MergedInputCells, Severity.Error, "入力欄の結合", "入力欄のセルが複数行にわたって結合されている。2 行目以降は空欄として読まれる。", [Measures, Indicators], "実施内容・実績の E4:E5 を結合した"),

        // 表紙.
        new(RuleIds.CoverDivisionMissing, Severity.Error, "所属コードがない", "表紙に所属コードがない（所属を判別できない）。", ["所属コード"], "所属コードの欄が空欄"),
        new(RuleIds.CoverDivisionMismatch, Severity.Error, "所属コードが提出先と違う", "表紙の所属コードが提出先フォルダの所属と違う。別の所属の報告を取り込まないよう差し戻す。", ["所属コード"], "人事課のフォルダに研修所の報告を置いた"),
        new(RuleIds.CoverDivisionNameMismatch, Severity.Error, "所属名が別の所属", "表紙の所属名が、所属一覧（divisions.json）にある別の所属の名称になっている（所属コードは提出先の所属）。別の所属のファイルやテンプレートの可能性があるため差し戻す。自所属の名称と空白・全角半角・係名の付記だけが違う名称や、一覧にない名称は対象外。", ["所属名"], "人事課のフォルダの報告で、所属コード jinji・所属名「DX推進課」"),
        new(RuleIds.CoverYearMissing, Severity.Error, "報告年度がない", "表紙に報告年度がない。", ["報告年度"], "報告年度の欄が空欄"),
        new(RuleIds.CoverYearInvalid, Severity.Error, "報告年度が読めない", "報告年度を年度として読めない。", ["報告年度"], "今年度"),
        new(RuleIds.CoverYearMismatch, Severity.Error, "報告年度が違う", "受け付けている報告年度と違う。", ["報告年度"], "令和7年度の受付に令和6年度の報告を提出した"),
        new(RuleIds.CoverDateInvalid, Severity.Warning, "提出日が読めない・ありえない", "提出日を日付として読めない、または報告年度の始まりより前か翌年度の終わりより後の日付。", ["提出日"], "1月末"),
        new(RuleIds.CoverDateMissing, Severity.Warning, "提出日がない", "表紙の提出日が空欄。", ["提出日"], "提出日の欄が空欄"),
        new(RuleIds.CoverPersonMissing, Severity.Warning, "担当者がない", "表紙の担当者が空欄。企画課が内容を確認するときの連絡先になる。", ["担当者"], "担当者の欄が空欄"),
        new(RuleIds.CoverContactMissing, Severity.Warning, "連絡先がない", "表紙の連絡先が空欄。", ["連絡先"], "連絡先の欄が空欄"),

        // 取り組み進捗.
        new(RuleIds.MeasureIdMissing, Severity.Error, "取り組みIDがない", "取り組み進捗の行に取り組みIDがない。", ["取り組みID"], "ID を消して内容だけ書いた"),
        new(RuleIds.MeasureUnknown, Severity.Error, "取り組みIDが一覧にない", "対応方針の取り組みにない ID。近い ID があれば示す。", ["取り組みID"], "1-3-O4（英字の O）"),
        new(RuleIds.MeasureDuplicate, Severity.Error, "取り組みの重複", "同じ取り組みが 2 行ある。", ["取り組みID"], "1-3-04 を 2 行に分けて書いた"),
        new(RuleIds.MeasureNotAssigned, Severity.Warning, "担当外の取り組み（取り込まない）", "その所属の担当ではない取り組みの行。担当所属の報告だけを取り込む。", ["取り組みID"], "DX推進課が 1-3-04（BPR推進課の担当）を書いた"),
        new(RuleIds.MeasureNotReported, Severity.Error, "担当の取り組みがない", "担当の取り組みの行がない。", [Measures], "担当の取り組みの行を削除した"),
        new(RuleIds.MeasureTitleDiffers, Severity.Warning, "取り組み名が違う", "取り組み名が対応方針の名称と違う（ID が正しいか確認）。", ["取り組み名"], "取り組み名を書き換えた"),
        new(RuleIds.HorizonDiffers, Severity.Warning, "期間が違う", "期間が対応方針と違う。", ["期間"], "短期を中長期に書き換えた"),
        new(RuleIds.StatusMissing, Severity.Error, "進捗区分がない", "進捗区分が空欄。", ["進捗区分"], "進捗区分の欄が空欄"),
        new(RuleIds.StatusInvalid, Severity.Error, "進捗区分が選択肢にない", "未着手・検討中・実施中・完了・継続実施のいずれでもない。近い選択肢があれば示す。", ["進捗区分"], "継続"),
        new(RuleIds.DetailMissing, Severity.Error, "実施内容・実績がない", "未着手以外で実施内容・実績が空欄。", ["実施内容・実績"], "実施中なのに実績が空欄"),
        new(RuleIds.DetailTooLong, Severity.Warning, "実施内容・実績が長い", "報告書の表に収まらない長さ（目安 800 文字）。", ["実施内容・実績"], "900 文字の文章"),
        new(RuleIds.PlanMissing, Severity.Warning, "次年度以降の予定がない", "完了以外で次年度以降の予定が空欄。理由を備考に書けば説明済みになる。", ["次年度以降の予定", "備考"], "実施中で予定が空欄", Explainable: true),

        // 指標.
        new(RuleIds.IndicatorIdMissing, Severity.Error, "指標IDがない", "指標の行に指標IDがない。", ["指標ID"], "ID を消して値だけ書いた"),
        new(RuleIds.IndicatorUnknown, Severity.Error, "指標が一覧にない", "指標の一覧にない ID・名称。近い ID があれば示す。", ["指標ID"], "BPR-SUPORT"),
        new(RuleIds.IndicatorNotAssigned, Severity.Warning, "担当外の指標（取り込まない）", "その所属の担当ではない指標の行。担当所属の値だけを取り込む。", ["指標ID"], "青葉区が OT-HOURS（人事課の担当）を書いた"),
        new(RuleIds.IndicatorNotReported, Severity.Error, "担当の指標の値がない", "担当の指標の今年度の行が、区分の一部または全部にない。分からない値は「未確定」と入力する。", [Indicators], "区役所の行を削除した"),
        new(RuleIds.IndicatorDuplicate, Severity.Error, "指標の重複", "同じ指標・年度・区分が 2 行ある。", ["指標ID", "年度", "区分"], "OT-HOURS 令和7年度 全体 が 2 行"),
        new(RuleIds.YearMissing, Severity.Error, "年度がない", "年度が空欄。", ["年度"], "年度の欄が空欄"),
        new(RuleIds.YearInvalid, Severity.Error, "年度が読めない", "年度として読めない。", ["年度"], "今年"),
        new(RuleIds.YearBeforeFirst, Severity.Error, "指標の開始前の年度", "指標が始まる前の年度の値。", ["年度"], "令和6年度からの Q32 に令和5年度の値"),
        new(RuleIds.YearAfterReporting, Severity.Error, "報告年度より後の年度", "報告年度より後の年度の値。", ["年度"], "令和7年度の報告に令和8年度の値"),
        new(RuleIds.YearClosed, Severity.Error, "公表済みの年度", "報告書で公表済みの年度に、公表されていない値や「未確定」を提出した。", ["年度", "値"], "令和5年度の値を「未確定」で提出"),
        new(RuleIds.SegmentMissing, Severity.Error, "区分がない", "区分が空欄。", ["区分"], "区分の欄が空欄"),
        new(RuleIds.SegmentInvalid, Severity.Error, "区分が使えない", "その指標で使えない区分。", ["区分"], "件数の指標に「本庁等」"),
        new(RuleIds.ValueMissing, Severity.Error, "値がない", "値が空欄。分からないときは「未確定」と入力する（行は削除しない）。", ["値"], "値の欄が空欄"),
        new(RuleIds.ValueNotNumber, Severity.Error, "値が数値でない", "値を数値として読めない。", ["値"], "たくさん、約20"),
        new(RuleIds.ValueNotInteger, Severity.Error, "値が整数でない", "整数の指標に小数。", ["値"], "件数に 12.5"),
        new(RuleIds.ValueDecimals, Severity.Warning, "小数の桁数", "指標の小数桁数より細かい値。", ["値"], "小数第1位の指標に 192.65"),
        new(RuleIds.ValueBelowMin, Severity.Error, "下限未満", "指標の下限を下回る値。", ["値"], "件数に -1"),
        new(RuleIds.ValueAboveMax, Severity.Error, "上限超過", "指標の上限を超える値。", ["値"], "割合に 120"),
        new(RuleIds.ValueSoftLow, Severity.Warning, "通常より小さい値", "目安より小さい値。理由を備考に書けば説明済みになる。", ["値", "備考"], "目安を下回る値", Explainable: true),
        new(RuleIds.ValueSoftHigh, Severity.Warning, "通常より大きい値", "目安より大きい値。理由を備考に書けば説明済みになる。", ["値", "備考"], "超過勤務 400 時間", Explainable: true),
        new(RuleIds.ValuePercentAsRatio, Severity.Error, "割合を比率で入力", "百分率の指標に 0〜1 の比率（0.534 = 53.4%）が入力された。", ["値"], "0.534"),
        new(RuleIds.ValuePublished, Severity.Error, "公表済みの値と違う", "報告書で公表済みの値を、提出で変えようとした。公表値と出典を示す。訂正は企画課が基準値で行う。", ["年度", "値"], "令和6年度 区役所 Q28 に 77.0（公表値 78.3）"),
        new(RuleIds.ValuePending, Severity.Warning, "値が未確定", "値に「未確定」「集計中」が入力された。集約ファイルには未確定と表示する。確定時期を備考に書けば説明済みになる。", ["値", "備考"], "集計中", Explainable: true),
        new(RuleIds.ValueInUnitColumn, Severity.Error, "値が単位の列にある", "値の列が空で、単位の列に数値が入力されている（列の取り違え）。", ["値", "単位"], "単位の列に 2"),
        new(RuleIds.UnitMismatch, Severity.Error, "単位が違う", "単位が指標の単位と違う。単位の列の誤りは単位のセルで、値に付けた単位（「54時間」、パーセント表示のセル）は値のセルで示す。", ["単位", "値"], "時間の指標の単位に「分」、% の指標の値に「54時間」"),
        new(RuleIds.AsOfInvalid, Severity.Error, "基準日が読めない", "基準日を日付として読めない。", ["基準日"], "1月末"),
        new(RuleIds.AsOfOutsideYear, Severity.Error, "基準日が年度外", "基準日が値の年度（4月1日〜3月31日）の外。正しい年の日付を示す。", ["基準日", "年度"], "令和7年度の値に R7.1.31（2025/1/31）"),
        new(RuleIds.TotalNotBetween, Severity.Error, "全体が各区分の間にない", "全体（加重平均）が本庁等と区役所の値の間にない。", ["値"], "全体 200、本庁等 190、区役所 185"),
        new(RuleIds.PartExceedsWhole, Severity.Error, "内数が全体を超える", "内数（うち〜）が全体の値を超えている。", ["値"], "伴走支援 64 件のうち完了 70 件"),
        new(RuleIds.YearOverYear, Severity.Warning, "前年度からの大きな変化", "前年度から目安を超えて変化した（割合はポイントで表示）。理由を備考に書けば説明済みになる。", ["値", "備考"], "超過勤務 185.8 → 240.0 時間", Explainable: true),
        new(RuleIds.ValueConflict, Severity.Warning, "他の所属の値と違う", "同じ指標・年度・区分について、受理済みの他の所属の値と違う。", ["値", "備考"], "2 つの所属が同じ件数を別の値で報告", Explainable: true),
    ];

    private static readonly FrozenDictionary<string, Rule> ById = All.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);

    public static Rule Get(string ruleId)
        => ById.TryGetValue(ruleId, out var rule) ? rule : throw new ArgumentException($"Rule id '{ruleId}' is not in the registry.", nameof(ruleId));

    public static bool Contains(string ruleId) => ById.ContainsKey(ruleId);

    public static Severity SeverityOf(string ruleId) => Get(ruleId).Severity;
}
