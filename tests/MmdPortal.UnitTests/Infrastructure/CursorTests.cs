using MmdPortal.Web.Infrastructure;

namespace MmdPortal.UnitTests.Infrastructure;

public sealed class CursorTests
{
    [Theory]
    [InlineData(1L)]
    [InlineData(1_000_000L)]
    [InlineData(long.MaxValue)]
    public void Encode_ThenDecode_GivesTheSameKey(long id)
    {
        Assert.True(Cursor.TryDecode(Cursor.Encode(id), out var decoded));
        Assert.Equal(id, decoded);
    }

    [Fact]
    public void TryDecode_NoCursor_MeansTheFirstPage()
    {
        Assert.True(Cursor.TryDecode(null, out var id));
        Assert.Null(id);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("not-a-cursor")]
    [InlineData("AAAAAAAAAAA")]
    [InlineData("' OR 1=1 --")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    public void TryDecode_MadeUpCursor_IsRefused(string cursor) => Assert.False(Cursor.TryDecode(cursor, out _));
}
