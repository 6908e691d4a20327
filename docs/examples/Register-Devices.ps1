<#
.SYNOPSIS
    Registers devices with MmdPortal from hardware-hash CSV files and waits until the portal has decided each one.

.DESCRIPTION
    Uploads one or more CSV files (the output of Get-WindowsAutoPilotInfo -OutputFile, UTF-8 or UTF-16) to
    POST /api/v1/registrations as one request, then polls GET /api/v1/registrations/{requestId} until the request is
    Completed, and returns the request: status, counts by outcome and one row per device.

    PowerShell 7 uploads with Invoke-RestMethod -Form. Windows PowerShell 5.1 has no -Form: there the script builds
    the multipart body with System.Net.Http itself (-WithoutForm forces that way on PowerShell 7 too).

.EXAMPLE
    Get-WindowsAutoPilotInfo -OutputFile .\devices.csv
    .\Register-Devices.ps1 -PortalUrl https://mmdportal.contoso.com -ApiKey $env:MMDPORTAL_KEY -Path .\devices.csv
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $PortalUrl,
    # An API key with scope admin.
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string[]] $Path,
    [int] $TimeoutSeconds = 300,
    [switch] $WithoutForm
)

$ErrorActionPreference = 'Stop'
$base = $PortalUrl.TrimEnd('/')
$headers = @{ 'X-Api-Key' = $ApiKey }
$files = @($Path | ForEach-Object { Get-Item -LiteralPath $_ })

if ($PSVersionTable.PSVersion.Major -ge 6 -and -not $WithoutForm) {
    # Each file becomes a part named 'files'.
    $accepted = Invoke-RestMethod -Method Post -Uri "$base/api/v1/registrations" -Headers $headers -Form @{ files = $files }
}
else {
    Add-Type -AssemblyName System.Net.Http
    $client = New-Object System.Net.Http.HttpClient
    $form = New-Object System.Net.Http.MultipartFormDataContent
    try {
        $client.DefaultRequestHeaders.Add('X-Api-Key', $ApiKey)
        foreach ($file in $files) {
            $part = New-Object System.Net.Http.ByteArrayContent -ArgumentList (, [System.IO.File]::ReadAllBytes($file.FullName))
            $part.Headers.ContentType = [System.Net.Http.Headers.MediaTypeHeaderValue]::Parse('text/csv')
            $form.Add($part, 'files', $file.Name)
        }
        $response = $client.PostAsync("$base/api/v1/registrations", $form).GetAwaiter().GetResult()
        $body = $response.Content.ReadAsStringAsync().GetAwaiter().GetResult()
        if (-not $response.IsSuccessStatusCode) { throw "Upload refused ($([int]$response.StatusCode)): $body" }
        $accepted = $body | ConvertFrom-Json
    }
    finally { $form.Dispose(); $client.Dispose() }
}

Write-Verbose "Request $($accepted.requestId): $($accepted.rowCount) rows"
$deadline = (Get-Date).AddSeconds($TimeoutSeconds)
do {
    Start-Sleep -Milliseconds 500
    $request = Invoke-RestMethod -Uri "$base/api/v1/registrations/$($accepted.requestId)" -Headers $headers
} while ($request.status -ne 'Completed' -and (Get-Date) -lt $deadline)

if ($request.status -ne 'Completed') { throw "Request $($accepted.requestId) is still $($request.status) after $TimeoutSeconds s." }
$request
