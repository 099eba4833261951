using FluentValidation;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Schema;

using Severity = ProgressIngest.Core.Findings.Severity;

namespace ProgressIngest.Core.Validation;

/// <summary>Rules for one row of 取り組み進捗 (docs/contract.md §3).</summary>
internal sealed class MeasureEntryValidator : AbstractValidator<MeasureEntry>
{
    private static readonly string Statuses = string.Join("、", Vocabulary.Statuses);

    public MeasureEntryValidator()
    {
        RuleFor(m => m.Id).NotEmpty()
            .Finding(RuleIds.MeasureIdMissing, m => m.IdField, MeasureColumns.Id.Label,
                m => $"{m.Row}行目に取り組みIDがありません。",
                "テンプレートに記載された取り組みID（例: 1-1-01）を入力してください。不要な行であれば行ごと削除してください。");

        RuleFor(m => m.Id).Must((_, id, v) => v.Context().Catalogue.FindMeasure(id) is not null).When(m => m.Id.Length > 0)
            .Finding(RuleIds.MeasureUnknown, m => m.IdField, MeasureColumns.Id.Label,
                (m, s) => $"取り組みID「{m.IdField.Typed}」は対応方針の取り組みにありません。{Suggest.Measure(s.Catalogue, m.Id)}",
                "テンプレートに記載された取り組みIDをそのまま使ってください（例: 1-1-01、F3-2）。");

        RuleFor(m => m.Id).Must((_, id, v) => v.Context().IsAssignedMeasure(id))
            .When(Known)
            .Finding(RuleIds.MeasureNotAssigned, m => m.IdField, MeasureColumns.Id.Label,
                (m, s) => $"取り組み「{m.Id}」は{s.Division.Name}の担当ではないため、この行は取り込みません（担当: {Suggest.OwnersOf(s.Catalogue, m.Id)}）。",
                "取り組みの進捗は担当所属だけが報告します。内容は担当所属に伝えてください。この行は不要であれば削除して構いません。");

        RuleFor(m => m.Title).Must((m, title, v) => title.Length == 0 || Same(title, Def(m, v.Context()).Title))
            .When(Assigned)
            .Finding(RuleIds.MeasureTitleDiffers, m => m.TitleField, MeasureColumns.Title.Label,
                (m, s) => $"取り組み名が対応方針の名称「{Def(m, s).Title}」と異なります。取り組みIDが正しいか確認してください。",
                "取り組み名の列は編集せず、テンプレートのままにしてください（取り組みIDで照合します）。");

        RuleFor(m => m.Horizon).Must((m, h, v) => h.Length == 0 || Def(m, v.Context()).Horizon is not { } expected || Same(h.Trim('【', '】', '[', ']'), expected))
            .When(Assigned)
            .Finding(RuleIds.HorizonDiffers, m => m.HorizonField, MeasureColumns.Horizon.Label,
                (m, s) => $"期間が対応方針の「{Def(m, s).Horizon}」と異なります。",
                "期間の列は編集せず、テンプレートのままにしてください。");

        RuleFor(m => m.Status).NotEmpty().When(NotForeign)
            .Finding(RuleIds.StatusMissing, m => m.StatusField, MeasureColumns.Status.Label,
                m => $"取り組み「{m.Id}」の進捗区分が未入力です。",
                $"一覧から選んでください（{Statuses}）。");

        RuleFor(m => m.Status).Must(s => Vocabulary.Statuses.Contains(s)).When((m, v) => m.Status.Length > 0 && NotForeign(m, v))
            .Finding(RuleIds.StatusInvalid, m => m.StatusField, MeasureColumns.Status.Label,
                m => $"進捗区分「{m.StatusField.Typed}」は選択肢にありません。{Suggest.Choice(m.Status, Vocabulary.Statuses)}",
                $"一覧から選んでください（{Statuses}）。");

        RuleFor(m => m.Detail).NotEmpty().When((m, v) => m.Status != Vocabulary.NotStarted && m.Id.Length > 0 && NotForeign(m, v))
            .Finding(RuleIds.DetailMissing, m => m.DetailField, MeasureColumns.Detail.Label,
                m => $"取り組み「{m.Id}」の実施内容・実績が未入力です（未着手以外は必須です）。",
                "今年度に実施した内容と実績を入力してください。実施していない場合は進捗区分を「未着手」にしてください。");

        RuleFor(m => m.Detail.Length).LessThanOrEqualTo(Vocabulary.DetailSoftMaxLength).When(NotForeign)
            .Finding(RuleIds.DetailTooLong, m => m.DetailField, MeasureColumns.Detail.Label,
                m => $"実施内容・実績が{m.Detail.Length}文字あります（目安は{Vocabulary.DetailSoftMaxLength}文字以内）。報告書の表に収まらない可能性があります。",
                $"要点を{Vocabulary.DetailSoftMaxLength}文字以内にまとめてください。詳細は備考や別資料で補ってください。");

        RuleFor(m => m.Plan).NotEmpty()
            .When((m, v) => m.Status.Length > 0 && m.Status != Vocabulary.Completed && m.Id.Length > 0 && NotForeign(m, v))
            .Finding(RuleIds.PlanMissing, m => m.PlanField, MeasureColumns.Plan.Label,
                m => $"取り組み「{m.Id}」は「{m.Status}」ですが、次年度以降の予定が空欄です。",
                "次年度以降の予定を入力してください（完了した取り組みは空欄で構いません）。");
    }

    private static bool Known(MeasureEntry entry, ValidationContext<MeasureEntry> validation)
        => validation.Context().Catalogue.FindMeasure(entry.Id) is not null;

    private static bool Assigned(MeasureEntry entry, ValidationContext<MeasureEntry> validation)
        => Known(entry, validation) && validation.Context().IsAssignedMeasure(entry.Id);

    /// <summary>Not a known measure of another division (those rows get one warning and are not imported).</summary>
    private static bool NotForeign(MeasureEntry entry, ValidationContext<MeasureEntry> validation)
        => !Known(entry, validation) || validation.Context().IsAssignedMeasure(entry.Id);

    private static Measure Def(MeasureEntry entry, SubmissionContext context) => context.Catalogue.FindMeasure(entry.Id)!;

    private static bool Same(string a, string b)
        => Normalising.TextNormaliser.Key(a) == Normalising.TextNormaliser.Key(b);
}
