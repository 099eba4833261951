using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Normalising;

namespace ProgressIngest.Core.Schema;

/// <summary>
/// Parses the catalogue files, has their shape checked by an <see cref="ICatalogueFormatValidator"/> (the
/// committed JSON Schemas), and cross-checks what a schema cannot express: duplicate ids, references between
/// the files, group order and baseline years. Every problem of every file is collected and thrown as one
/// <see cref="CatalogueException"/>, so the planning division fixes them all in one round.
/// </summary>
public static partial class CatalogueLoader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>Loads with the cross-reference checks only (shape is taken on trust): for callers without the schemas.</summary>
    public static Catalogue Load(CatalogueSources sources) => Load(sources, formatValidator: null);

    /// <summary>Loads, checking each file's shape with <paramref name="formatValidator"/> first.</summary>
    /// <exception cref="CatalogueException">Anything is wrong; it lists every problem found.</exception>
    public static Catalogue Load(CatalogueSources sources, ICatalogueFormatValidator? formatValidator)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var problems = new CatalogueProblems();
        var measuresDoc = Read<MeasuresDocument>(CatalogueFile.Measures, sources.Measures, formatValidator, problems);
        var indicatorsDoc = Read<IndicatorsDocument>(CatalogueFile.Indicators, sources.Indicators, formatValidator, problems);
        var divisionsDoc = Read<DivisionsDocument>(CatalogueFile.Divisions, sources.Divisions, formatValidator, problems);
        var baselineDoc = Read<BaselineDocument>(CatalogueFile.Baseline, sources.Baseline, formatValidator, problems);

        // A file that could not be read at all leaves its ids unknown (null): references to it are not checked.
        var groups = measuresDoc is null ? null : LoadGroups(Site.Root(sources.Measures.Name), measuresDoc, problems);
        var measures = measuresDoc is null ? null : LoadMeasures(Site.Root(sources.Measures.Name), measuresDoc, groups!, problems);
        var indicators = indicatorsDoc is null ? null : LoadIndicators(Site.Root(sources.Indicators.Name), indicatorsDoc, measures, problems);
        var divisions = divisionsDoc is null ? null : LoadDivisions(Site.Root(sources.Divisions.Name), divisionsDoc, measures, indicators, problems);
        var baseline = baselineDoc is null ? null : LoadBaseline(Site.Root(sources.Baseline.Name), baselineDoc, indicators, problems);

        problems.ThrowIfAny([sources.Measures.Name, sources.Indicators.Name, sources.Divisions.Name, sources.Baseline.Name]);
        return new Catalogue(groups!, measures!, indicatorsDoc!.Segments!, indicators!, divisions!, baseline!, Hash(sources));
    }

    private static T? Read<T>(CatalogueFile kind, NamedText file, ICatalogueFormatValidator? validator, CatalogueProblems problems)
        where T : class
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(file.Text, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"{line + 1}行目" : string.Empty;
            problems.AddUnreadable(new CatalogueProblem(file.Name, where, null, $"JSONとして読めません（カンマ・括弧・引用符を確認してください）: {ex.Message}"));
            return null;
        }

        using (document)
        {
            if (validator is not null)
            {
                problems.AddFormat(validator.Validate(kind, file.Name, document.RootElement));
            }

            try
            {
                var result = document.RootElement.Deserialize<T>(JsonOptions);
                if (result is null)
                {
                    problems.AddShapeGap(Site.Root(file.Name), "内容が空です。");
                }

                return result;
            }
            catch (JsonException ex)
            {
                // Only a value of the wrong JSON type gets here; the schema names it, so cross-checks of this file wait for the fix.
                problems.AddShapeGap(new Site(file.Name, Pointer(ex.Path), null), "値の種類（文字列・数値・配列など）が正しくありません。");
                return null;
            }
        }
    }

    /// <summary><c>$.indicators[0].decimals</c> → <c>/indicators/0/decimals</c>.</summary>
    private static string Pointer(string? path)
        => (path ?? "$").TrimStart('$').Replace("[", ".", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal)
            .Replace("'", string.Empty, StringComparison.Ordinal).Replace('.', '/');

    private static string Hash(CatalogueSources sources)
    {
        var text = string.Join("\n", sources.Measures.Text, sources.Indicators.Text, sources.Divisions.Text).Replace("\r\n", "\n", StringComparison.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
    }

    /// <summary>
    /// A fiscal year the files give as its start year (2024). Null when missing, or when outside the years
    /// a <see cref="FiscalYear"/> can be: the schema's own range is narrower, so that is a shape gap.
    /// </summary>
    private static FiscalYear? NeedYear(int? value, Site site, string property, CatalogueProblems problems)
    {
        if (problems.Need(value, site, property) is not { } year)
        {
            return null;
        }

        if (year is < FiscalYearParser.MinYear or > FiscalYearParser.MaxYear)
        {
            problems.AddShapeGap(site.At(property), $"\"{property}\" の {year} は年度（西暦の年度開始年、{FiscalYearParser.MinYear}〜{FiscalYearParser.MaxYear}）として読めません。");
            return null;
        }

        return new FiscalYear(year);
    }

    /// <summary>Adds a problem when <paramref name="key"/> was seen before, naming where.</summary>
    private static void CheckUnique(Dictionary<string, string> seen, string? key, Site site, string what, CatalogueProblems problems)
    {
        if (key is null)
        {
            return;
        }

        if (!seen.TryAdd(key, site.Pointer))
        {
            problems.Add(site, $"{what} \"{key}\" が重複しています（{seen[key]} と同じ）。");
        }
    }

    private static IEnumerable<(T Item, int Index)> Indexed<T>(IEnumerable<T?>? list)
        where T : class
        => (list ?? []).Select((item, index) => (item, index)).Where(x => x.item is not null).Select(x => (x.item!, x.index));
}
