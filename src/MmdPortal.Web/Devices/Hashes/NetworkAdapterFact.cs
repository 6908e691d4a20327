namespace MmdPortal.Web.Devices.Hashes;

/// <summary>A network adapter a hardware hash names.</summary>
/// <param name="MacAddress">Lowercase and colon-separated, as in <c>bc:83:85:ec:4f:bb</c>.</param>
/// <param name="Medium">The NDIS physical medium: 9 is Wi-Fi, 10 Bluetooth, 14 Ethernet.</param>
public sealed record NetworkAdapterFact(string MacAddress, byte Medium);
