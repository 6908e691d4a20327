using System.Linq.Expressions;
using System.Reflection;
using MmdPortal.Data.Devices;
using MmdPortal.Web.Infrastructure;

namespace MmdPortal.Web.Devices;

/// <summary>Keyset paging on any blade column: <c>ORDER BY column, Id</c> and "after the last row" as
/// <c>column &gt;= @v AND (column &gt; @v OR Id &gt; @id)</c>, which both providers answer with a seek on the
/// <c>(OrganizationId, column, Id)</c> index whatever the page number.
/// <para>Empty values (NULL) sort after every value ascending and first descending, on both providers. SQLite puts
/// NULLs first and PostgreSQL last, and neither an <c>ORDER BY column IS NULL</c> nor <c>COALESCE(column, '')</c>
/// can use the index, so a nullable column is read as two segments, each in index order: the non-empty values
/// (<c>column IS NOT NULL</c>), then the empty ones (<c>column IS NULL ORDER BY Id</c>). A page that crosses from
/// one segment into the other costs a second query.</para>
/// <para>Text compares in the database's collation (SQLite: binary; PostgreSQL: the database's), the same collation
/// for the ORDER BY and the cursor predicate, so paging is exact on each provider even where their orders differ.</para></summary>
internal static class DeviceKeyset
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly ParameterExpression Row = Expression.Parameter(typeof(Device), "d");
    private static readonly Expression IdOf = Expression.Property(Row, nameof(Device.Id));

    /// <summary>The column's value, or null for Registered, whose order is the Id's.</summary>
    public static Expression? Column(DeviceSort sort) => sort switch
    {
        DeviceSort.Registered => null,
        DeviceSort.SerialNumber => Expression.Property(Row, nameof(Device.SerialNumber)),
        DeviceSort.Manufacturer => Expression.Property(Row, nameof(Device.Manufacturer)),
        DeviceSort.Model => Expression.Property(Row, nameof(Device.Model)),
        DeviceSort.GroupTag => Expression.Property(Row, nameof(Device.GroupTag)),
        DeviceSort.AssignedUser => Expression.Property(Row, nameof(Device.AssignedUser)),
        DeviceSort.Status => Expression.Property(Row, nameof(Device.Status)),
        DeviceSort.LastSeen => Expression.Property(Row, nameof(Device.LastSeenAt)),
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, null),
    };

    /// <summary>Where the page that ends with <paramref name="last"/> ended.</summary>
    public static KeysetPosition PositionOf(DeviceSummary last, DeviceSort sort, bool descending) => sort switch
    {
        DeviceSort.SerialNumber => new((int)sort, descending, last.SerialNumber, null, last.Key),
        DeviceSort.Manufacturer => new((int)sort, descending, last.Manufacturer, null, last.Key),
        DeviceSort.Model => new((int)sort, descending, last.Model, null, last.Key),
        DeviceSort.GroupTag => new((int)sort, descending, last.GroupTag, null, last.Key),
        DeviceSort.AssignedUser => new((int)sort, descending, last.AssignedUser, null, last.Key),
        DeviceSort.Status => new((int)sort, descending, null, (long)last.Status, last.Key),
        DeviceSort.LastSeen => new((int)sort, descending, null, last.LastSeenAt?.Ticks, last.Key),
        _ => new((int)sort, descending, null, null, last.Key),
    };

    /// <summary>The queries that together list the devices after <paramref name="after"/> in order: one per
    /// segment, the first of them continuing from the cursor.</summary>
    public static IEnumerable<IQueryable<Device>> Segments(IQueryable<Device> devices, DeviceSort sort, bool descending, KeysetPosition? after)
    {
        var column = Column(sort);
        if (column is null)
        {
            yield return Ordered(AfterId(devices, after, descending), null, descending);
            yield break;
        }

        var nullable = !column.Type.IsValueType || Nullable.GetUnderlyingType(column.Type) is not null;
        if (!nullable)
        {
            yield return Ordered(After(devices, column, after, descending), column, descending);
            yield break;
        }

        var empty = Where(devices, Expression.Equal(column, Expression.Constant(null, column.Type)));
        var nonEmpty = Where(devices, Expression.NotEqual(column, Expression.Constant(null, column.Type)));
        var inEmpty = after?.IsEmptyValue == true;
        if (descending)
        {
            if (after is null || inEmpty) yield return Ordered(AfterId(empty, after, descending), null, descending);
            yield return Ordered(inEmpty ? nonEmpty : After(nonEmpty, column, after, descending), column, descending);
        }
        else
        {
            if (!inEmpty) yield return Ordered(After(nonEmpty, column, after, descending), column, descending);
            yield return Ordered(AfterId(empty, inEmpty ? after : null, descending), null, descending);
        }
    }

    private static IQueryable<Device> AfterId(IQueryable<Device> devices, KeysetPosition? after, bool descending) =>
        after is null ? devices : Where(devices, Compare(IdOf, Parameter(after.Id, typeof(long)), descending, orEqual: false));

    private static IQueryable<Device> After(IQueryable<Device> devices, Expression column, KeysetPosition? after, bool descending)
    {
        if (after is null) return devices;
        var value = Parameter(ValueOf(after, column.Type), column.Type);
        // The redundant "column >= @v" gives the planner a range to seek on; the OR alone it would filter.
        var from = Compare(column, value, descending, orEqual: true);
        var beyond = Expression.OrElse(Compare(column, value, descending, orEqual: false),
            Expression.AndAlso(Expression.Equal(Comparable(column), Comparable(value)),
                Compare(IdOf, Parameter(after.Id, typeof(long)), descending, orEqual: false)));
        return Where(devices, Expression.AndAlso(from, beyond));
    }

    private static object? ValueOf(KeysetPosition after, Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain == typeof(string)) return after.Text ?? "";
        if (plain == typeof(DateTime)) return new DateTime(after.Number ?? 0, DateTimeKind.Utc);
        if (plain.IsEnum) return Enum.ToObject(plain, after.Number ?? 0);
        return Convert.ChangeType(after.Number ?? 0, plain, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static BinaryExpression Compare(Expression left, Expression right, bool descending, bool orEqual)
    {
        if (left.Type == typeof(string))
        {
            // EF translates string.Compare(a, b) > 0 into a > b in SQL.
            left = Expression.Call(StringCompare, left, right);
            right = Expression.Constant(0);
        }

        var op = (descending, orEqual) switch
        {
            (false, false) => ExpressionType.GreaterThan,
            (false, true) => ExpressionType.GreaterThanOrEqual,
            (true, false) => ExpressionType.LessThan,
            (true, true) => ExpressionType.LessThanOrEqual,
        };
        return Expression.MakeBinary(op, Comparable(left), Comparable(right));
    }

    // Expression trees have no ordering operators on enums: compare their numbers, as the database stores them.
    private static Expression Comparable(Expression value)
    {
        var plain = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
        if (!plain.IsEnum) return value;
        var number = Enum.GetUnderlyingType(plain);
        return Expression.Convert(value, plain == value.Type ? number : typeof(Nullable<>).MakeGenericType(number));
    }

    // A captured value, not a constant, so that EF sends it as a parameter and reuses the query plan.
    private static UnaryExpression Parameter(object? value, Type type) =>
        Expression.Convert(Expression.Property(Expression.Constant(new Captured(value)), nameof(Captured.Value)), type);

    private static IQueryable<Device> Where(IQueryable<Device> devices, Expression predicate) =>
        devices.Where(Expression.Lambda<Func<Device, bool>>(predicate, Row));

    private static IQueryable<Device> Ordered(IQueryable<Device> devices, Expression? column, bool descending)
    {
        var byId = Expression.Lambda<Func<Device, long>>(IdOf, Row);
        if (column is null) return descending ? devices.OrderByDescending(byId) : devices.OrderBy(byId);
        var method = descending ? nameof(Queryable.OrderByDescending) : nameof(Queryable.OrderBy);
        var sorted = (IOrderedQueryable<Device>)devices.Provider.CreateQuery<Device>(Expression.Call(typeof(Queryable), method,
            [typeof(Device), column.Type], devices.Expression, Expression.Quote(Expression.Lambda(column, Row))));
        return descending ? sorted.ThenByDescending(byId) : sorted.ThenBy(byId);
    }

    private sealed class Captured(object? value)
    {
        public object? Value { get; } = value;
    }
}
