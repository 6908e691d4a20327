using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MmdPortal.Web.Data;

namespace MmdPortal.UnitTests.Data;

public sealed class DatabaseOptionsTests
{
    [Theory]
    [InlineData("Sqlite", null, true)]
    [InlineData("", null, true)]
    [InlineData("SqlServer", null, false)]
    [InlineData("postgresql", null, false)]
    [InlineData("SQLSERVER", true, true)]
    [InlineData("Sqlite", false, false)]
    public void ShouldMigrateOnStartup_Unset_IsOnForSqliteOnly(string provider, bool? configured, bool expected)
    {
        var options = new DatabaseOptions { Provider = provider, MigrateOnStartup = configured };

        Assert.Equal(expected, options.ShouldMigrateOnStartup);
    }

    [Fact]
    public void AppSettings_LeaveMigrateOnStartupUnset_SoThatEachProviderGetsItsDefault()
    {
        var settings = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("src", "MmdPortal.Web", "appsettings.json")))!;

        Assert.Null(settings[DatabaseOptions.Section]?[nameof(DatabaseOptions.MigrateOnStartup)]);
    }

    [Theory]
    [InlineData("-00:00:01", false)]
    [InlineData("00:00:00", false)]
    [InlineData("00:00:00.100", true)]
    [InlineData("00:00:05", true)]
    [InlineData("01:00:01", false)]
    public void CheckpointInterval_OutsideATenthOfASecondToAnHour_IsRefusedAtStart(string interval, bool accepted)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Database:CheckpointInterval"] = interval;
        builder.AddPortalDatabase();
        using var services = builder.Services.BuildServiceProvider();

        var read = () => services.GetRequiredService<IOptions<DatabaseOptions>>().Value;

        if (accepted)
        {
            Assert.Equal(TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture), read().CheckpointInterval);
            return;
        }

        var refused = Assert.Throws<OptionsValidationException>(read);
        Assert.Contains("The field CheckpointInterval must be between 00:00:00.100 and 01:00:00.", refused.Message, StringComparison.Ordinal);
    }
}
