using System.Globalization;
using System.Text.Json.Serialization;
using ProgressIngest.Core.Normalising;

namespace ProgressIngest.Core.Model;

/// <summary>
/// A fiscal year (年度): 1 April to 31 March, identified by the western year it starts in (令和7年度 = 2025).
/// In JSON it is that year as a plain number, so stored ledgers and the JSON outputs read as before.
/// </summary>
/// <remarks>
/// Only the constructor, <see cref="Of"/> and <see cref="Parse"/> make one, always within
/// <see cref="FiscalYearParser.MinYear"/>..<see cref="FiscalYearParser.MaxYear"/>; <c>default</c> is not a year.
/// </remarks>
[JsonConverter(typeof(FiscalYearJsonConverter))]
public readonly record struct FiscalYear : IComparable<FiscalYear>
{
    /// <exception cref="ArgumentOutOfRangeException">Outside <see cref="FiscalYearParser.MinYear"/>..<see cref="FiscalYearParser.MaxYear"/>.</exception>
    public FiscalYear(int startYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(startYear, FiscalYearParser.MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startYear, FiscalYearParser.MaxYear);
        StartYear = startYear;
    }

    /// <summary>平成元年度 (1989), the earliest year accepted.</summary>
    public static FiscalYear MinValue => new(FiscalYearParser.MinYear);

    /// <summary>The latest year accepted.</summary>
    public static FiscalYear MaxValue => new(FiscalYearParser.MaxYear);

    /// <summary>The western year it starts in: 2025 for 令和7年度.</summary>
    public int StartYear { get; }

    /// <summary>「令和7年度」「令和元年度」「平成30年度」, digits half-width.</summary>
    public string Japanese => JapaneseEra.OfFiscalYear(StartYear) is { } era
        ? $"{era.Name}{era.YearText}年度"
        : $"{Number}年度";

    /// <summary>「R7」「R1」「H30」: table headers and charts.</summary>
    public string Short => JapaneseEra.OfFiscalYear(StartYear) is { } era
        ? $"{era.Letter}{era.Year.ToString(CultureInfo.InvariantCulture)}"
        : Number;

    /// <summary>1 April of <see cref="StartYear"/>.</summary>
    public DateOnly Start => new(StartYear, 4, 1);

    /// <summary>31 March of the year after <see cref="StartYear"/>.</summary>
    public DateOnly End => new(StartYear + 1, 3, 31);

    // Every constructed year has an era; only default(FiscalYear) falls back to the number.
    private string Number => StartYear.ToString(CultureInfo.InvariantCulture);

    /// <summary>The fiscal year a date falls in: 2026/3/31 → 令和7年度, 2026/4/1 → 令和8年度.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date lies outside the years accepted.</exception>
    public static FiscalYear Of(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>
    /// The fiscal year written in a cell or an argument (「令和7年度」「R7」「2025」…, see
    /// <see cref="FiscalYearParser.Parse"/>), or null when it is not one.
    /// </summary>
    public static FiscalYear? Parse(object? raw) => FiscalYearParser.Parse(raw) is { } year ? new FiscalYear(year) : null;

    /// <summary>The year after. A method, not a property: tools that walk properties (equivalence checks, debuggers) would follow it to the end of the range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">This is <see cref="MaxValue"/>.</exception>
    public FiscalYear Next() => AddYears(1);

    /// <exception cref="ArgumentOutOfRangeException">This is <see cref="MinValue"/>.</exception>
    public FiscalYear Previous() => AddYears(-1);

    /// <exception cref="ArgumentOutOfRangeException">The result lies outside the years accepted.</exception>
    public FiscalYear AddYears(int years) => new(StartYear + years);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public int CompareTo(FiscalYear other) => StartYear.CompareTo(other.StartYear);

    /// <summary>The Japanese name (<see cref="Japanese"/>), never the bare number: code that means the number says <see cref="StartYear"/>.</summary>
    public override string ToString() => Japanese;

    public static bool operator <(FiscalYear left, FiscalYear right) => left.StartYear < right.StartYear;

    public static bool operator >(FiscalYear left, FiscalYear right) => left.StartYear > right.StartYear;

    public static bool operator <=(FiscalYear left, FiscalYear right) => left.StartYear <= right.StartYear;

    public static bool operator >=(FiscalYear left, FiscalYear right) => left.StartYear >= right.StartYear;
}
