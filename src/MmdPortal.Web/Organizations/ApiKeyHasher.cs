using System.Security.Cryptography;
using System.Text;

namespace MmdPortal.Web.Organizations;

public static class ApiKeyHasher
{
    // API keys are long random secrets, not passwords: a fast unsalted SHA-256 is enough to make a stolen
    // database useless for calling the API, and it allows an indexed lookup per request.
    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
