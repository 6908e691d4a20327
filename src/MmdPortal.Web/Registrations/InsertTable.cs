using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace MmdPortal.Web.Registrations;

/// <summary>What a raw INSERT of <typeparamref name="T"/> needs, read from the EF model: the table, every column EF
/// would insert (all but a generated key and computed columns), each with EF's own type mapping and value converters. A renamed table or
/// column, or a new property, changes the statements with the model, never silently apart from it.</summary>
internal sealed class InsertTable<T>
    where T : class
{
    private InsertTable(string table, IReadOnlyList<InsertColumn> columns, IProperty? generatedKey)
    {
        Table = table;
        Columns = columns;
        GeneratedKey = generatedKey;
    }

    /// <summary>The table name, delimited for the provider.</summary>
    public string Table { get; }

    public IReadOnlyList<InsertColumn> Columns { get; }

    /// <summary>The key the database generates, which the statement does not insert; null when the key is given.</summary>
    public IProperty? GeneratedKey { get; }

    public static InsertTable<T> From(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var name = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(name, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        IProperty? generatedKey = null;
        var columns = new List<InsertColumn>();
        foreach (var property in entity.GetProperties())
        {
            // A computed column (the search form of the serial number) is the database's to fill, as under EF.
            if (property.GetComputedColumnSql(store) is not null) continue;
            if (property.ValueGenerated != ValueGenerated.Never)
            {
                // Only an identity key is left to the database. Anything else generated (a default value) would
                // need its own handling here: fail loudly rather than insert something else than EF.
                if (!property.IsPrimaryKey() || generatedKey is not null)
                    throw new InvalidOperationException($"{entity.DisplayName()}.{property.Name} is generated; the raw insert does not know how.");
                generatedKey = property;
                continue;
            }

            if (property.IsShadowProperty())
                throw new InvalidOperationException($"{entity.DisplayName()}.{property.Name} is a shadow property; the raw insert does not know how.");
            columns.Add(new InsertColumn(
                property, sql.DelimitIdentifier(property.GetColumnName(store)!), property.GetColumnType(store),
                property.GetRelationalTypeMapping(), property.GetGetter()));
        }

        return new InsertTable<T>(sql.DelimitIdentifier(name, entity.GetSchema()), columns, generatedKey);
    }

    /// <summary>A column name of this table, delimited, for a property that the statement reads back.</summary>
    public static string Column(DbContext db, IProperty property)
    {
        var entity = property.DeclaringType.ContainingEntityType;
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return db.GetService<ISqlGenerationHelper>().DelimitIdentifier(property.GetColumnName(store)!);
    }

    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));
}
