namespace MmdPortal.Web.Registrations.Csv;

/// <summary>What a record of a hardware-hash CSV is.</summary>
internal enum RecordShape
{
    /// <summary>Values only: a device row, or a title line before the header.</summary>
    Values,

    /// <summary>Names the columns of the rows below it.</summary>
    Header,

    /// <summary>A device row that carries the column labels before its values, as Configuration Manager's
    /// report export writes every row.</summary>
    LabelledRow,
}
