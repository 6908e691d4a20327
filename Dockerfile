# The portal as one container. SQLite by default (a volume keeps App_Data); the ops issue adds SQL Server.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/MmdPortal.Web -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
VOLUME /app/App_Data
ENTRYPOINT ["dotnet", "MmdPortal.Web.dll"]
