namespace ProgressIngest.Core.Findings;

/// <summary>
/// Stable rule ids. They appear in feedback, in the ledger and in `validate --format json`,
/// so never rename one: add a new id instead.
/// </summary>
public static class RuleIds
{
    // The file as a whole.
    public const string FileUnreadable = "file-unreadable";
    public const string FileEncrypted = "file-encrypted";
    public const string FileNotExcel = "file-not-excel";
    public const string FileEmpty = "file-empty";
    public const string FileTooLarge = "file-too-large";
    public const string FileZipBomb = "file-zip-bomb";
    public const string FileUnsupported = "file-unsupported-extension";
    public const string FindingLimit = "finding-limit";
    public const string DuplicateContent = "duplicate-content";

    /// <summary>The submission's division is no longer in schemas/divisions.json.</summary>
    public const string DivisionNotRegistered = "division-not-registered";
    public const string DivisionUnregistered = "division-unregistered";

    // Sheets and headers.
    public const string SheetMissing = "sheet-missing";
    public const string SheetAmbiguous = "sheet-ambiguous";
    public const string SimilarSheet = "similar-sheet";
    public const string HeaderMissing = "header-missing";
    public const string ColumnMissing = "column-missing";
    public const string ColumnExtra = "column-extra";
    public const string HiddenSheetData = "hidden-sheet-data";
    public const string HiddenRow = "hidden-row";
    public const string TemplateOutdated = "template-outdated";
    public const string ExcelErrorCell = "excel-error-cell";
    public const string FormulaNotCalculated = "formula-not-calculated";
    public const string TextTruncated = "text-truncated";
    public const string FreeTextNotText = "free-text-not-text";
    public const string ColumnsTruncated = "columns-truncated";
    public const string ExternalLink = "external-link";

    // 表紙.
    public const string CoverDivisionMissing = "cover-division-missing";
    public const string CoverDivisionMismatch = "cover-division-mismatch";
    /// <summary>The cover's 所属名 is another registered division's name (the 所属コード is the folder's).</summary>
    public const string CoverDivisionNameMismatch = "cover-division-name-mismatch";
    public const string CoverYearMissing = "cover-year-missing";
    public const string CoverYearInvalid = "cover-year-invalid";
    public const string CoverYearMismatch = "cover-year-mismatch";
    public const string CoverDateInvalid = "cover-date-invalid";
    public const string CoverDateMissing = "cover-date-missing";
    public const string CoverPersonMissing = "cover-person-missing";
    public const string CoverContactMissing = "cover-contact-missing";

    // 取り組み進捗.
    public const string MeasureIdMissing = "measure-id-missing";
    public const string MeasureUnknown = "measure-unknown";
    public const string MeasureDuplicate = "measure-duplicate";
    public const string MeasureNotAssigned = "measure-not-assigned";
    public const string MeasureNotReported = "measure-not-reported";
    public const string MeasureTitleDiffers = "measure-title-differs";
    public const string HorizonDiffers = "horizon-differs";
    public const string StatusMissing = "status-missing";
    public const string StatusInvalid = "status-invalid";
    public const string DetailMissing = "detail-missing";
    public const string DetailTooLong = "detail-too-long";
    public const string PlanMissing = "plan-missing";

    // 指標.
    public const string IndicatorIdMissing = "indicator-id-missing";
    public const string IndicatorUnknown = "indicator-unknown";
    public const string IndicatorNotAssigned = "indicator-not-assigned";
    public const string IndicatorNotReported = "indicator-not-reported";
    public const string IndicatorDuplicate = "indicator-duplicate";
    public const string YearMissing = "year-missing";
    public const string YearInvalid = "year-invalid";
    public const string YearBeforeFirst = "year-before-first";
    public const string YearAfterReporting = "year-after-reporting";
    public const string SegmentMissing = "segment-missing";
    public const string SegmentInvalid = "segment-invalid";
    public const string ValueMissing = "value-missing";
    public const string ValueNotNumber = "value-not-number";
    public const string ValueNotInteger = "value-not-integer";
    public const string ValueDecimals = "value-decimals";
    public const string ValueBelowMin = "value-below-min";
    public const string ValueAboveMax = "value-above-max";
    public const string ValueSoftLow = "value-soft-low";
    public const string ValueSoftHigh = "value-soft-high";
    public const string UnitMismatch = "unit-mismatch";
    public const string AsOfInvalid = "asof-invalid";
    public const string AsOfOutsideYear = "asof-outside-year";
    public const string TotalNotBetween = "total-not-between";
    public const string PartExceedsWhole = "part-exceeds-whole";
    public const string YearOverYear = "year-over-year";
    public const string ValueConflict = "value-conflict";
    public const string ValuePending = "value-pending";
    public const string ValueInUnitColumn = "value-in-unit-column";
    public const string ValuePercentAsRatio = "value-percent-as-ratio";
    public const string ValuePublished = "value-published";
    public const string YearClosed = "year-closed";
    public const string MergedInputCells = "merged-input-cells";
}
