using MmdPortal.Web.Localization;

namespace MmdPortal.Web.Registrations;

/// <summary>Either the next data row of a file or the reason the whole file cannot be used.</summary>
/// <param name="Row">The row, when this result is one.</param>
/// <param name="Problem">Why the file cannot be used; nothing follows it.</param>
/// <param name="Warning">Something about the file the admin should know though its rows are read, such as columns
/// ignored, naming the file and line. It rides on the file's next row, never on a result of its own, so a consumer that reads only
/// <see cref="Row"/> and <see cref="Problem"/> loses nothing else; <see cref="HardwareHashRow.File"/> names the file.</param>
public readonly record struct CsvReadResult(HardwareHashRow? Row, UploadProblem? Problem, StoredText? Warning = null);
