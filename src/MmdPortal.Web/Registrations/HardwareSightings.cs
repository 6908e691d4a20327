using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace MmdPortal.Web.Registrations;

/// <summary>The first row of an upload or a merge to name each piece of hardware, found again by the same hash or
/// by the same manufacturer and serial number (<see cref="PreparedRow"/>): how a repeat within the file is told.</summary>
/// <remarks>It holds an entry for every distinct device of the file, so entries are kept small: a key is held as the
/// first 128 bits of its SHA-256, not as its text (64 hex characters for a hash). Measured for 100,000 devices of an
/// upload: 194 bytes a device instead of 343, 19 MB instead of 34 MB held until the upload ends (docs/performance.md,
/// item 18). Two different keys share a digest with a probability of 2^-128 a pair: about 10^-27 for an upload of
/// a million devices.</remarks>
internal sealed class HardwareSightings<T>
{
    private readonly Dictionary<Digest, Sighting> _byHash = [];
    private readonly Dictionary<Digest, Sighting> _bySerial = [];

    /// <summary>The first row that named the same hardware, and whether it named it with the same hardware hash
    /// (rather than only the same serial number); null if none did.</summary>
    public (T First, bool SameHash)? Find(PreparedRow row)
    {
        if (row.HashKey is not null && _byHash.TryGetValue(DigestOf(row.HashKey), out var byHash)) return (byHash.First, true);
        if (row.SerialKey is null || !_bySerial.TryGetValue(DigestOf(row.SerialKey), out var bySerial)) return null;
        // Found by serial number only: a hash on this row is not one seen before, so it is the same hash only if
        // neither row has one.
        return (bySerial.First, row.HashKey is null && !bySerial.HadHash);
    }

    /// <summary>Remembers <paramref name="first"/> as the row that names this hardware; call only when
    /// <see cref="Find"/> found none.</summary>
    public void Add(PreparedRow row, T first)
    {
        var sighting = new Sighting(first, row.HashKey is not null);
        if (row.HashKey is not null) _byHash[DigestOf(row.HashKey)] = sighting;
        if (row.SerialKey is not null) _bySerial[DigestOf(row.SerialKey)] = sighting;
    }

    // Two longs rather than UInt128, whose 16-byte alignment would pad every dictionary entry by 8 bytes.
    private readonly record struct Digest(ulong Low, ulong High);

    private static Digest DigestOf(string key)
    {
        var byteCount = Encoding.UTF8.GetByteCount(key);
        Span<byte> bytes = byteCount <= 1024 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(key, bytes);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        return new Digest(BinaryPrimitives.ReadUInt64LittleEndian(hash), BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]));
    }

    private readonly record struct Sighting(T First, bool HadHash);
}
