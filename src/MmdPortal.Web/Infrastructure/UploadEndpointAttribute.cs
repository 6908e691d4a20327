namespace MmdPortal.Web.Infrastructure;

/// <summary>Marks an endpoint that receives uploads, so that it gets the body size limit of
/// <c>Upload:MaxBytes</c> instead of Kestrel's 30 MB default, which stays in force everywhere else.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class UploadEndpointAttribute : Attribute;
