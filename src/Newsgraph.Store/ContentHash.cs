using System.Security.Cryptography;
using System.Text;

namespace Newsgraph.Store;

/// <summary>The key that makes storing idempotent: the SHA-256 of an article's text (UTF-8), in lower-case hex.</summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
