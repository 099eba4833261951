using System.Security.Cryptography;

namespace ProgressIngest.Worker.Processing;

internal static class FileHasher
{
    public static string Sha256(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
