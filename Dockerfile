# The portal as one container image: `docker build -t mmdportal .`
# SQLite by default (mount a volume on /app/App_Data); SQL Server or PostgreSQL by configuration (docker-compose.yml).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# global.json is left out on purpose: it pins the SDK of the build machines, and the image brings its own 10.0 SDK.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
# Restore from the project files alone, so that a change to the code does not invalidate the package layer.
COPY src/MmdPortal.Data/MmdPortal.Data.csproj src/MmdPortal.Data/
COPY src/MmdPortal.Migrations.Sqlite/MmdPortal.Migrations.Sqlite.csproj src/MmdPortal.Migrations.Sqlite/
COPY src/MmdPortal.Migrations.SqlServer/MmdPortal.Migrations.SqlServer.csproj src/MmdPortal.Migrations.SqlServer/
COPY src/MmdPortal.Migrations.PostgreSql/MmdPortal.Migrations.PostgreSql.csproj src/MmdPortal.Migrations.PostgreSql/
COPY src/MmdPortal.Web/MmdPortal.Web.csproj src/MmdPortal.Web/
RUN dotnet restore src/MmdPortal.Web/MmdPortal.Web.csproj
COPY src/ src/
RUN dotnet publish src/MmdPortal.Web/MmdPortal.Web.csproj -c Release --no-restore -o /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The image's unprivileged user (APP_UID) runs the portal; it owns the folder of the embedded database.
RUN mkdir -p /app/App_Data && chown "$APP_UID" /app/App_Data
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
VOLUME /app/App_Data
# The runtime image has no curl: the portal's own `probe` verb asks /healthz/ready.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["dotnet", "MmdPortal.Web.dll", "probe"]
ENTRYPOINT ["dotnet", "MmdPortal.Web.dll"]
