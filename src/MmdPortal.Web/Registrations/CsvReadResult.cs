namespace MmdPortal.Web.Registrations;

/// <summary>Either the next data row of a file or the reason the whole file cannot be used.</summary>
public readonly record struct CsvReadResult(HardwareHashRow? Row, UploadProblem? Problem);
