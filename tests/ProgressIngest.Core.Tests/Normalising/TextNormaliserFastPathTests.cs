using System.Text;
using ProgressIngest.Core.Normalising;

namespace ProgressIngest.Core.Tests.Normalising;

/// <summary>The fast paths of <see cref="TextNormaliser"/> give what the plain ICU-for-everything version gave.</summary>
public class TextNormaliserFastPathTests
{
    // Pieces people type, and the awkward ones: width variants, every kind of space and line break,
    // combining and spacing sound marks, compatibility characters, format characters, surrogates, escapes.
    private static readonly string[] Pieces =
    [
        "a", "Z", "1", "-", "_", "(", " ", "  ", "\t", "\r", "\n", "\r\n", "\n\n\n", "\u3000", "\u00A0", "\u2028", "\u2029", "\u0085", "\u0007", "\u007F",
        "あ", "ア", "漢", "字", "、", "。", "「", "」", "ー", "ｰ", "ｶ", "ﾞ", "\u3099", "\u309A", "\u309B", "\u309F", "\u30FF", "\u3036", "\u302A", "\u3200", "㍻", "㈱", "①",
        "Ａ", "ｚ", "１", "－", "（", "）", "％", "．", "，", "\uFF5F", "\uFFE5", "é", "e\u0301", "\u0301", "ﬁ", "Å", "\u212B", "×", "\u00AD",
        "\u200B", "\uFEFF", "\u200E", "\uD842\uDFB7", "\uD800", "\uDC00", "_x000D_", "_x0009_", "_X000a_", "_x0041_", "※", "＊", "—", "‐", "−",
    ];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 20)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomText_AllFunctions_MatchTheReference(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 2_000; i++)
        {
            var sb = new StringBuilder();
            var pieces = random.Next(1, 12);
            for (var p = 0; p < pieces; p++)
            {
                sb.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var text = sb.ToString();
            Assert.Equal(ReferenceNormaliser.Clean(text), TextNormaliser.Clean(text));
            Assert.Equal(ReferenceNormaliser.CleanMultiline(text), TextNormaliser.CleanMultiline(text));
            Assert.Equal(ReferenceNormaliser.Key(text), TextNormaliser.Key(text));
            Assert.Equal(ReferenceNormaliser.NormaliseId(text), TextNormaliser.NormaliseId(text));
        }
    }

    [Theory]
    [InlineData("今年度は研修を３回実施し、延べ１２０名が受講した。")]
    [InlineData("行1\n\n行2\n 字下げ\n\n\n\n行3  ")]
    [InlineData("区役所（０００１）との意見交換会を開催した。\r\n課題を整理した。")]
    [InlineData("1-1-1")]
    [InlineData("f3＿２")]
    [InlineData("１－１－１")]
    [InlineData("12-3-4-5")]
    [InlineData("-1-1")]
    [InlineData("1--1")]
    [InlineData("a-b-1")]
    public void TypicalCells_MatchTheReference(string text)
    {
        Assert.Equal(ReferenceNormaliser.Clean(text), TextNormaliser.Clean(text));
        Assert.Equal(ReferenceNormaliser.CleanMultiline(text), TextNormaliser.CleanMultiline(text));
        Assert.Equal(ReferenceNormaliser.Key(text), TextNormaliser.Key(text));
        Assert.Equal(ReferenceNormaliser.NormaliseId(text), TextNormaliser.NormaliseId(text));
    }

    [Fact]
    public void LongText_BeyondTheStackBuffer_MatchesTheReference()
    {
        var text = string.Concat(Enumerable.Repeat("実施内容　を（１）整理し、\r\n\r\n\r\n課題を  検討した。", 40));
        Assert.Equal(ReferenceNormaliser.Clean(text), TextNormaliser.Clean(text));
        Assert.Equal(ReferenceNormaliser.CleanMultiline(text), TextNormaliser.CleanMultiline(text));
    }

    [Fact]
    public void EveryCharacterOfTheBmp_AloneAndAroundKana_MatchesTheReference()
    {
        for (var c = 1; c <= 0xFFFF; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            foreach (var text in new[] { ((char)c).ToString(), $"か{(char)c}", $"{(char)c}\u3099ア", $"Ａ{(char)c}１" })
            {
                Assert.Equal(Outcome(ReferenceNormaliser.Clean, text), Outcome(TextNormaliser.Clean, text));
                Assert.Equal(Outcome(ReferenceNormaliser.CleanMultiline, text), Outcome(TextNormaliser.CleanMultiline, text));
            }
        }
    }

    /// <summary>The result, or the exception: ICU refuses noncharacters such as U+FFFF, and still should.</summary>
    private static string Outcome(Func<string, string> clean, string text)
    {
        try
        {
            return clean(text);
        }
        catch (ArgumentException ex)
        {
            return ex.GetType().Name;
        }
    }
}
