using System.Security.Cryptography;
using System.Text;

namespace MmdPortal.Web.Devices;

/// <summary>"The same hardware": the same hardware hash, or the same manufacturer and serial number.</summary>
public static class HardwareIdentity
{
    /// <summary>Upper-case hex SHA-256 of the hash text, or null when there is no hash to compare.</summary>
    public static string? HashKey(string? hardwareHash)
    {
        if (string.IsNullOrWhiteSpace(hardwareHash)) return null;
        var text = hardwareHash.AsSpan().Trim();
        var byteCount = Encoding.UTF8.GetByteCount(text);
        var bytes = byteCount <= 16 * 1024 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(text, bytes);
        return Convert.ToHexString(SHA256.HashData(bytes));
    }

    /// <summary>Manufacturer and serial number without case, spaces or punctuation, or null without a serial.</summary>
    public static string? SerialKey(string? manufacturer, string? serialNumber)
    {
        if (string.IsNullOrWhiteSpace(serialNumber)) return null;
        return $"{Squeeze(manufacturer)}|{Squeeze(serialNumber)}";
    }

    private static string Squeeze(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
