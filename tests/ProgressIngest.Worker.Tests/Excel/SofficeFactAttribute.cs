namespace ProgressIngest.Worker.Tests.Excel;

/// <summary>A test that needs LibreOffice's <c>soffice</c>; skipped, saying so, where it is not installed.</summary>
public sealed class SofficeFactAttribute : FactAttribute
{
    public SofficeFactAttribute()
    {
        if (Soffice.Path is null)
        {
            Skip = "LibreOffice (soffice) is not installed: `apt-get install -y libreoffice-calc` to run this smoke test";
        }
    }
}
