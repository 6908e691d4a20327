using System.Buffers.Binary;
using System.Buffers.Text;
using System.Text;

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

    private const byte KeysetVersion = 1;
    private const byte NoValue = 0, TextValue = 1, NumberValue = 2;
    private const int MaxKeysetBytes = 1024;

    /// <summary>A sorted page's cursor: version, sort, direction, Id, then the sort value. The default sort
    /// (<paramref name="defaultSort"/>, newest first) keeps the plain Id cursor, so that cursors handed out before
    /// sorting existed stay valid.</summary>
    public static string Encode(KeysetPosition position, int defaultSort)
    {
        if (position.Sort == defaultSort && position.Descending) return Encode(position.Id);
        var text = position.Text is null ? [] : Encoding.UTF8.GetBytes(position.Text);
        var bytes = new byte[12 + (position.Number is null ? text.Length : 8)];
        bytes[0] = KeysetVersion;
        bytes[1] = checked((byte)position.Sort);
        bytes[2] = position.Descending ? (byte)1 : (byte)0;
        bytes[3] = position.Text is not null ? TextValue : position.Number is not null ? NumberValue : NoValue;
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(4), position.Id);
        if (position.Number is { } number) BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(12), number);
        else text.CopyTo(bytes.AsSpan(12));
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>True for an absent cursor (first page) or a valid one, plain or sorted; false for anything a
    /// client made up. A plain Id cursor decodes as <paramref name="defaultSort"/>, newest first.</summary>
    public static bool TryDecode(string? cursor, int defaultSort, out KeysetPosition? position)
    {
        position = null;
        if (string.IsNullOrEmpty(cursor)) return true;
        if (cursor.Length == 11)
        {
            if (!TryDecode(cursor, out var id)) return false;
            position = new KeysetPosition(defaultSort, true, null, null, id!.Value);
            return true;
        }

        if (cursor.Length > MaxKeysetBytes * 4 / 3 || !Base64Url.IsValid(cursor)) return false;
        var bytes = new byte[Base64Url.GetMaxDecodedLength(cursor.Length)];
        if (!Base64Url.TryDecodeFromChars(cursor, bytes, out var written) || written < 12
            || bytes[0] != KeysetVersion || bytes[2] > 1 || bytes[3] > NumberValue) return false;
        var positionId = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(4));
        if (positionId <= 0) return false;
        string? text = null;
        long? number = null;
        switch (bytes[3])
        {
            case NoValue when written == 12: break;
            case NumberValue when written == 20: number = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(12)); break;
            case TextValue:
                try { text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 12, written - 12); }
                catch (DecoderFallbackException) { return false; }
                break;
            default: return false;
        }

        position = new KeysetPosition(bytes[1], bytes[2] == 1, text, number, positionId);
        return true;
    }
}
