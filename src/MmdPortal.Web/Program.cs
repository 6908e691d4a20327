using System.Text.Json.Serialization;
using MmdPortal.Web.Accounts;
using MmdPortal.Web.ApiReference;
using MmdPortal.Web.Audit;
using MmdPortal.Web.Catalog;
using MmdPortal.Web.Cli;
using MmdPortal.Web.Data;
using MmdPortal.Web.Devices;
using MmdPortal.Web.Guide;
using MmdPortal.Web.Infrastructure;
using MmdPortal.Web.Licences;
using MmdPortal.Web.Lifecycle;
using MmdPortal.Web.Localization;
using MmdPortal.Web.Monitoring;
using MmdPortal.Web.Organizations;
using MmdPortal.Web.Registrations;
using MmdPortal.Web.Releases;
using MmdPortal.Web.Support;

if (await PortalCommands.TryRunAsync(args, Console.Out, Console.Error) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.AddPortalLogging();
builder.AddPortalErrorHandling();
builder.AddPortalLocalization();
builder.AddPortalDatabase();
builder.AddOrganizations();
builder.AddAccounts();
builder.AddRegistrations();
builder.AddDevices();
builder.AddGuide();
builder.AddReleases();
builder.AddCatalog();
builder.AddLicences();
builder.AddLifecycle();
builder.AddUploadLimits();
builder.AddSecurityDefaults();
builder.AddSupport();
builder.AddAudit();
builder.AddMonitoring();
builder.Services.AddRazorPages(options => options.Conventions.AuthorizePortalPages()).AddViewLocalization().AddPortalValidationMessages();
builder.AddApiReference();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

var app = builder.Build();

if (await DatabaseCommands.TryRunAsync(app, args) is { } databaseExitCode) return databaseExitCode;
await app.PrepareDatabaseAsync();
if (await OperatorCommands.TryRunAsync(app, args) is { } operatorExitCode) return operatorExitCode;

app.UsePortalRequestLogging();
app.UseSecurityHeaders();
app.UsePortalLocalization();
app.UsePortalErrorHandling();
app.UseStaticFiles();
app.UseRouting();
app.UseUploadLimits();
FirstAdminSetup.UseFirstAdminSetup(app);
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapMonitoring();
app.MapApiReference();
app.MapRegistrationsApi();
app.MapDevicesApi();
app.MapGuideApi();
app.MapReleasesApi();
app.MapCatalogApi();
app.MapLicencesApi();
app.MapCheckInsApi();
app.MapApiKeysApi();
app.MapRazorPages();
app.MapCultureSwitch();

app.Run();
return 0;
