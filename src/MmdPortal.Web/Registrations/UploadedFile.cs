namespace MmdPortal.Web.Registrations;

/// <summary>A file of an upload, read as it arrives.</summary>
/// <param name="Name">The client's file name: untrusted, shown only encoded.</param>
/// <param name="Content">The file's bytes, read once, front to back.</param>
public sealed record UploadedFile(string Name, Stream Content);
