using ClosedXML.Excel;

namespace ProgressIngest.Worker.Excel;

/// <summary>The few colours the generated workbooks use (Excel's own 良い / 悪い / どちらでもない styles).</summary>
internal static class Palette
{
    public static readonly XLColor Prefilled = XLColor.FromHtml("#D9D9D9");
    public static readonly XLColor Header = XLColor.FromHtml("#DDEBF7");
    public static readonly XLColor Good = XLColor.FromHtml("#C6EFCE");
    public static readonly XLColor GoodText = XLColor.FromHtml("#006100");
    public static readonly XLColor Bad = XLColor.FromHtml("#FFC7CE");
    public static readonly XLColor BadText = XLColor.FromHtml("#9C0006");
    public static readonly XLColor Neutral = XLColor.FromHtml("#FFEB9C");
    public static readonly XLColor NeutralText = XLColor.FromHtml("#9C5700");
    public static readonly XLColor Missing = XLColor.FromHtml("#E7E6E6");
    public static readonly XLColor MissingText = XLColor.FromHtml("#595959");
}
