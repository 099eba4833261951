using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProgressIngest.Core.Normalising;

namespace ProgressIngest.Core.Model;

/// <summary>
/// A <see cref="FiscalYear"/> as the number it was stored as before the type existed (2025), also as a
/// dictionary key ("2025"): the ledger's JSON, the receipts and the JSON outputs are unchanged.
/// </summary>
internal sealed class FiscalYearJsonConverter : JsonConverter<FiscalYear>
{
    public override FiscalYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var year))
        {
            throw new JsonException($"A fiscal year is a whole number (the year it starts in), not {reader.TokenType}.");
        }

        return FromNumber(year);
    }

    public override void Write(Utf8JsonWriter writer, FiscalYear value, JsonSerializerOptions options)
        => writer.WriteNumberValue(value.StartYear);

    public override FiscalYear ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            throw new JsonException($"A fiscal year key is a whole number (the year it starts in), not \"{text}\".");
        }

        return FromNumber(year);
    }

    public override void WriteAsPropertyName(Utf8JsonWriter writer, FiscalYear value, JsonSerializerOptions options)
        => writer.WritePropertyName(value.StartYear.ToString(CultureInfo.InvariantCulture));

    private static FiscalYear FromNumber(int year)
        => year is >= FiscalYearParser.MinYear and <= FiscalYearParser.MaxYear
            ? new FiscalYear(year)
            : throw new JsonException($"Fiscal year {year} is outside {FiscalYearParser.MinYear}..{FiscalYearParser.MaxYear}.");
}
