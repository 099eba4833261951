using ProgressIngest.Core.Normalising;

namespace ProgressIngest.Core.Tests.Normalising;

public class TextNormaliserTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("abc", "abc")]
    [InlineData("  前後に空白  ", "前後に空白")]
    [InlineData("全角\u3000空白", "全角 空白")]
    [InlineData("ノー\u00A0ブレーク", "ノー ブレーク")]
    [InlineData("a \u3000\t b", "a b")]
    [InlineData("行1\r\n行2\n行3\r行4", "行1 行2 行3 行4")]
    [InlineData("タブ\tあり", "タブ あり")]
    [InlineData("ベル\u0007文字", "ベル 文字")]
    [InlineData("ＡＢＣ１２３", "ABC123")]
    [InlineData("ｶﾀｶﾅ", "カタカナ")]
    [InlineData("５３．４％", "53.4%")]
    [InlineData("ゼロ\u200B幅", "ゼロ幅")]
    [InlineData("\uFEFFBOM付き", "BOM付き")]
    [InlineData("改行_x000D_\nあり", "改行 あり")]
    [InlineData("普通の_x_文字", "普通の_x_文字")]
    public void Clean_TypicalInput_IsNormalised(string? input, string expected)
    {
        Assert.Equal(expected, TextNormaliser.Clean(input));
    }

    [Fact]
    public void Clean_LoneSurrogates_AreDropped()
    {
        Assert.Equal("ab", TextNormaliser.Clean("a\uD800b\uDC00"));
    }

    [Fact]
    public void Clean_SurrogatePair_IsKept()
    {
        Assert.Equal("𠮷野家", TextNormaliser.Clean("𠮷野家"));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("一行", "一行")]
    [InlineData("行1\r\n行2", "行1\n行2")]
    [InlineData("行1\r行2", "行1\n行2")]
    [InlineData("行1   \n行2\u3000", "行1\n行2")]
    [InlineData("段落1\n\n段落2", "段落1\n\n段落2")]
    [InlineData("段落1\n\n\n\n\n段落2", "段落1\n\n段落2")]
    [InlineData("\n\n  本文  \n\n", "本文")]
    [InlineData("全角\u3000\u3000空白\t連続", "全角 空白 連続")]
    [InlineData("１．実施\n２．検証", "1.実施\n2.検証")]
    [InlineData("改行_x000D_\n次の行", "改行\n次の行")]
    public void CleanMultiline_TypicalInput_KeepsLineBreaks(string? input, string expected)
    {
        Assert.Equal(expected, TextNormaliser.CleanMultiline(input));
    }

    [Theory]
    [InlineData("取組ID", "取組id")]
    [InlineData("取組 ID", "取組id")]
    [InlineData("取組\u3000ＩＤ", "取組id")]
    [InlineData(" 進捗 区分 ", "進捗区分")]
    [InlineData("指標－実績", "指標-実績")]
    [InlineData("指標―実績", "指標-実績")]
    [InlineData("指標−実績", "指標-実績")]
    [InlineData("指標–実績", "指標-実績")]
    [InlineData("指標—実績", "指標-実績")]
    [InlineData("指標‐実績", "指標-実績")]
    [InlineData("データ", "デ-タ")]
    [InlineData("ﾃﾞｰﾀ", "デ-タ")]
    [InlineData(null, "")]
    public void Key_SpacingWidthAndDashVariants_Fold(string? input, string expected)
    {
        Assert.Equal(expected, TextNormaliser.Key(input));
    }

    [Fact]
    public void Key_DifferentWording_StaysDifferent()
    {
        Assert.NotEqual(TextNormaliser.Key("取組ID"), TextNormaliser.Key("取り組みID"));
    }

    [Theory]
    [InlineData("１－１－０１", "1-1-01")]
    [InlineData("1-1-1", "1-1-01")]
    [InlineData("1-1-01", "1-1-01")]
    [InlineData("1ー1ー1", "1-1-01")]
    [InlineData("1ｰ1ｰ1", "1-1-01")]
    [InlineData("1−1−1", "1-1-01")]
    [InlineData("1–1—1", "1-1-01")]
    [InlineData("1‐1―1", "1-1-01")]
    [InlineData("1_1_1", "1-1-01")]
    [InlineData("1 - 1 - 1", "1-1-01")]
    [InlineData("1-1-12", "1-1-12")]
    [InlineData("f3－２", "F3-2")]
    [InlineData(" ot-hours ", "OT-HOURS")]
    [InlineData("ot_hours", "OT-HOURS")]
    [InlineData("A-1-1", "A-1-1")]
    [InlineData(null, "")]
    public void NormaliseId_SubmitterVariants_AreCanonical(string? input, string expected)
    {
        Assert.Equal(expected, TextNormaliser.NormaliseId(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("空欄")]
    [InlineData("-")]
    [InlineData("－")]
    [InlineData("―")]
    [InlineData("ー")]
    [InlineData("—")]
    [InlineData("–")]
    [InlineData("‐")]
    [InlineData("−")]
    [InlineData("該当なし")]
    [InlineData("N/A")]
    [InlineData("n/a")]
    [InlineData("NA")]
    [InlineData("Ｎ／Ａ")]
    public void IsNoValueMarker_Marker_ReturnsTrue(string cleaned)
    {
        Assert.True(TextNormaliser.IsNoValueMarker(cleaned));
    }

    [Theory]
    [InlineData("なし")]
    [InlineData("未定")]
    [InlineData("0")]
    [InlineData("--")]
    [InlineData("#N/A")]
    [InlineData("該当")]
    public void IsNoValueMarker_NotMarker_ReturnsFalse(string cleaned)
    {
        Assert.False(TextNormaliser.IsNoValueMarker(cleaned));
    }
}
