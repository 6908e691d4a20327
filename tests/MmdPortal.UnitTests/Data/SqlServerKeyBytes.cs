using System.Globalization;
using System.Text.RegularExpressions;

namespace MmdPortal.UnitTests.Data;

/// <summary>How many bytes a SQL Server column takes in an index key, from its store type.</summary>
public static partial class SqlServerKeyBytes
{
    /// <summary>Null for a type that cannot be a key column (the (max) types); fails for a type not listed here,
    /// so that a new type gets a size rather than counting as zero.</summary>
    public static int? Of(string storeType)
    {
        var match = Sized().Match(storeType);
        if (match.Success)
        {
            if (match.Groups["length"].Value.Equals("max", StringComparison.OrdinalIgnoreCase)) return null;
            var length = int.Parse(match.Groups["length"].Value, CultureInfo.InvariantCulture);
            return match.Groups["type"].Value.StartsWith('n') ? 2 * length : length;
        }

        return storeType switch
        {
            "bit" or "tinyint" => 1,
            "smallint" => 2,
            "int" or "real" or "date" => 4,
            "bigint" or "float" or "datetime" or "datetime2" or "datetime2(7)" => 8,
            "datetimeoffset" => 10,
            "uniqueidentifier" => 16,
            "nvarchar(max)" or "varchar(max)" or "varbinary(max)" or "xml" => null,
            _ => throw new InvalidOperationException($"Give {storeType} a key size in {nameof(SqlServerKeyBytes)}."),
        };
    }

    [GeneratedRegex(@"^(?<type>nvarchar|varchar|nchar|char|varbinary|binary)\((?<length>\d+|max)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex Sized();
}
