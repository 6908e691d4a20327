using System.Buffers.Binary;
using System.Buffers.Text;

namespace MmdPortal.Web.Infrastructure;

/// <summary>Opaque keyset-paging cursors: clients pass them back unchanged and cannot build their own.</summary>
public static class Cursor
{
    public static string Encode(long id)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, id);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>True for an absent cursor (first page) or a valid one; false for anything a client made up.</summary>
    public static bool TryDecode(string? cursor, out long? id)
    {
        id = null;
        if (string.IsNullOrEmpty(cursor)) return true;
        Span<byte> bytes = stackalloc byte[9];
        // TryDecodeFromChars throws on characters outside the alphabet; IsValid screens them out first.
        if (cursor.Length != 11 || !Base64Url.IsValid(cursor)
            || !Base64Url.TryDecodeFromChars(cursor, bytes, out var written) || written != 8)
            return false;
        id = BinaryPrimitives.ReadInt64BigEndian(bytes);
        return id > 0;
    }
}
