using MmdPortal.Web.Infrastructure;

namespace MmdPortal.UnitTests.Infrastructure;

public sealed class KeysetCursorTests
{
    private const int DefaultSort = 0;

    public static TheoryData<KeysetPosition> Positions => new()
    {
        new KeysetPosition(3, false, "Surface Laptop 5", null, 42),
        new KeysetPosition(3, true, "", null, 7),
        new KeysetPosition(4, false, null, null, 9),
        new KeysetPosition(6, true, null, 2, 1),
        new KeysetPosition(7, false, null, DateTime.UtcNow.Ticks, long.MaxValue),
        new KeysetPosition(5, false, "zoë@contoso.com", null, 12),
        new KeysetPosition(0, false, null, null, 3),
    };

    [Theory]
    [MemberData(nameof(Positions))]
    public void Encode_SortedPosition_DecodesToTheSamePosition(KeysetPosition position)
    {
        Assert.True(Cursor.TryDecode(Cursor.Encode(position, DefaultSort), DefaultSort, out var decoded));
        Assert.Equal(position, decoded);
    }

    [Fact]
    public void Encode_DefaultSortNewestFirst_IsThePlainIdCursor() =>
        Assert.Equal(Cursor.Encode(42), Cursor.Encode(new KeysetPosition(DefaultSort, true, null, null, 42), DefaultSort));

    [Fact]
    public void TryDecode_PlainIdCursor_IsTheDefaultSortNewestFirst()
    {
        Assert.True(Cursor.TryDecode(Cursor.Encode(42), DefaultSort, out var decoded));
        Assert.Equal(new KeysetPosition(DefaultSort, true, null, null, 42), decoded);
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("AgMAAQAAAAAAAAAqQQ")] // unknown version
    [InlineData("AQMAAgAAAAAAAAAqQQ")] // a number that is one byte long
    [InlineData("AQMAAQAAAAAAAAAA_w")] // Id 0 and invalid UTF-8
    public void TryDecode_MadeUpCursor_IsRejected(string cursor) =>
        Assert.False(Cursor.TryDecode(cursor, DefaultSort, out _));
}
