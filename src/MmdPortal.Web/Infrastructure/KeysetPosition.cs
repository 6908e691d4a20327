namespace MmdPortal.Web.Infrastructure;

/// <summary>Where a sorted keyset page ended: the sort it belongs to, the last row's sort value and its Id.</summary>
/// <param name="Sort">The sort column's number; a cursor of one sort is not valid for another.</param>
/// <param name="Descending">Whether the sort is descending.</param>
/// <param name="Text">The last row's value of a text column; null with <paramref name="Number"/> null for an empty value.</param>
/// <param name="Number">The last row's value of a numeric, enum or date (ticks) column.</param>
/// <param name="Id">The last row's Id, which breaks ties between equal values.</param>
public sealed record KeysetPosition(int Sort, bool Descending, string? Text, long? Number, long Id)
{
    public bool IsEmptyValue => Text is null && Number is null;
}
