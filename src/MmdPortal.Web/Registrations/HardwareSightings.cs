using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
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

    /// <summary>Remembers <paramref name="first"/> as the row that names this row's hardware, unless an earlier row
    /// named it: then returns false with that row, and whether it named the hardware with the same hash (rather than
    /// only the same manufacturer and serial number). Each key is digested once, for the lookup and the entry.</summary>
    public bool TryAdd(PreparedRow row, T first, [MaybeNullWhen(true)] out T earlier, out bool sameHash)
    {
        Digest? hash = row.HashKey is null ? null : DigestOf(row.HashKey);
        if (hash is { } hashDigest && _byHash.TryGetValue(hashDigest, out var byHash))
        {
            (earlier, sameHash) = (byHash.First, true);
            return false;
        }

        Digest? serial = row.SerialKey is null ? null : DigestOf(row.SerialKey);
        if (serial is { } serialDigest && _bySerial.TryGetValue(serialDigest, out var bySerial))
        {
            // Found by serial number only: a hash on this row is not one seen before, so it is the same hash only
            // if neither row has one.
            (earlier, sameHash) = (bySerial.First, hash is null && !bySerial.HadHash);
            return false;
        }

        var sighting = new Sighting(first, hash is not null);
        if (hash is { } newHash) _byHash.Add(newHash, sighting);
        if (serial is { } newSerial) _bySerial.Add(newSerial, sighting);
        (earlier, sameHash) = (default, false);
        return true;
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
