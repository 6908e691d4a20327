using System.Text.Json.Nodes;
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
}
