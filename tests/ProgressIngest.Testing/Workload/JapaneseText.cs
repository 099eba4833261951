using System.Text;

namespace ProgressIngest.Testing.Workload;

/// <summary>Plausible report prose of a chosen length, assembled from phrases a city's divisions actually write.</summary>
internal static class JapaneseText
{
    private static readonly string[] Openings =
    [
        "令和７年度は", "今年度は", "上半期には", "下半期は", "年度当初から", "前年度の検証結果を踏まえ、",
        "関係課と協議のうえ、", "各区役所の担当者と連携し、", "ワーキンググループでの議論を受けて、",
    ];

    private static readonly string[] Actions =
    [
        "実施計画を見直し、庁内説明会を２回開催した。", "業務フローを整理し、標準的な手順書を作成した。",
        "職員向けの研修を３回実施し、延べ１２０名が受講した。", "窓口業務の繁忙期における応援体制を試行した。",
        "電子申請の対象手続きを１５件追加し、利用状況を分析した。", "マニュアルの改訂案を作成し、関係課の意見を聴取した。",
        "会議資料の事前共有を徹底し、会議時間を平均２０分短縮した。", "好事例をコンプラ通信で周知し、各課での活用を促した。",
        "超過勤務の多い部署にヒアリングを行い、業務の平準化策を検討した。", "オンライン会議ツールの利用手引きを整備した。",
        "区役所との意見交換会を開催し、運用上の課題を整理した。", "会計年度任用職員の業務分担を見直した。",
    ];

    private static readonly string[] Issues =
    [
        "繁忙期の業務量の偏りがあり、関係課との調整に時間を要している。", "担当者の異動により、ノウハウの継承が課題となっている。",
        "システム改修の予算確保が必要である。", "区役所ごとに運用が異なり、統一的な手順の定着に時間がかかる。",
        "効果の測定方法が定まっておらず、検証が十分ではない。",
    ];

    private static readonly string[] Plans =
    [
        "令和８年度は、整理した課題への対応策を関係課と検討し、効果を検証しながら取り組みを継続する。",
        "次年度は対象部署を拡大し、全庁での運用を目指す。", "引き続き研修を実施し、受講後アンケートで効果を確認する。",
        "マニュアルを改訂し、年度内に全区役所へ展開する。", "試行結果を踏まえて本格実施の可否を判断する。",
    ];

    private static readonly string[] Notes = ["", "", "", "詳細は別添資料のとおり。", "数値は１月末時点。", "関係課: 人事課、DX推進課"];

    public static string Detail(Random random, int minLength)
    {
        var text = new StringBuilder(Openings[random.Next(Openings.Length)]);
        while (text.Length < minLength)
        {
            text.Append(Actions[random.Next(Actions.Length)]);
        }

        return text.ToString();
    }

    public static string Issue(Random random) => Issues[random.Next(Issues.Length)];

    public static string Plan(Random random) => Plans[random.Next(Plans.Length)];

    public static string Note(Random random) => Notes[random.Next(Notes.Length)];

    private static readonly string[] NameHeads = ["北", "南", "東", "西", "中", "上", "下", "大", "小", "新", "本", "高", "青", "白", "若", "桜", "松", "竹", "梅", "山", "川", "海", "田", "野"];
    private static readonly string[] NameTails = ["山", "川", "田", "野", "沢", "浜", "島", "原", "岡", "崎", "森", "井", "宮", "津", "部", "里"];
    private static readonly string[] Kinds = ["市", "町", "村", "市", "町"];

    /// <summary>A municipality-like name, unique by its number: 「北山市（0042）」 reads like a real registry entry.</summary>
    public static string Municipality(int number)
    {
        var head = NameHeads[number % NameHeads.Length];
        var tail = NameTails[(number / NameHeads.Length) % NameTails.Length];
        var kind = Kinds[(number / (NameHeads.Length * NameTails.Length)) % Kinds.Length];
        return $"{head}{tail}{kind}（{number:D4}）";
    }
}
