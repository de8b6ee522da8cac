using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace PcapSearch.Flows;

/// <summary>
/// SHA-1 (FIPS 180-4) of a message short enough to fit one 64-byte block with its padding (at most
/// 55 bytes), as every Community ID input is. It exists because the platform's one-shot SHA-1 costs
/// several hundred nanoseconds of call overhead per 40-byte input, once per flow document.
/// </summary>
internal static class Sha1SingleBlock
{
    public const int MaxInputLength = 55;

    [SkipLocalsInit] // the block is cleared and the schedule written before they are read
    public static void Hash(ReadOnlySpan<byte> input, Span<byte> digest)
    {
        if (input.Length > MaxInputLength) throw new ArgumentOutOfRangeException(nameof(input));
        Span<byte> block = stackalloc byte[64];
        block.Clear();
        input.CopyTo(block);
        block[input.Length] = 0x80;
        BinaryPrimitives.WriteUInt64BigEndian(block[56..], (ulong)input.Length * 8);

        Span<uint> w = stackalloc uint[80];
        for (int i = 0; i < 16; i++) w[i] = BinaryPrimitives.ReadUInt32BigEndian(block[(i * 4)..]);
        for (int i = 16; i < 80; i++) w[i] = BitOperations.RotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);

        uint a = 0x67452301, b = 0xEFCDAB89, c = 0x98BADCFE, d = 0x10325476, e = 0xC3D2E1F0;
        // The four rounds' functions in loops of their own: no choice of function per step.
        int step = 0;
        for (; step < 20; step++) Step(ref a, ref b, ref c, ref d, ref e, ((b & c) | (~b & d)) + 0x5A827999u + w[step]);
        for (; step < 40; step++) Step(ref a, ref b, ref c, ref d, ref e, (b ^ c ^ d) + 0x6ED9EBA1u + w[step]);
        for (; step < 60; step++) Step(ref a, ref b, ref c, ref d, ref e, ((b & c) | (b & d) | (c & d)) + 0x8F1BBCDCu + w[step]);
        for (; step < 80; step++) Step(ref a, ref b, ref c, ref d, ref e, (b ^ c ^ d) + 0xCA62C1D6u + w[step]);

        BinaryPrimitives.WriteUInt32BigEndian(digest, 0x67452301 + a);
        BinaryPrimitives.WriteUInt32BigEndian(digest[4..], 0xEFCDAB89 + b);
        BinaryPrimitives.WriteUInt32BigEndian(digest[8..], 0x98BADCFE + c);
        BinaryPrimitives.WriteUInt32BigEndian(digest[12..], 0x10325476 + d);
        BinaryPrimitives.WriteUInt32BigEndian(digest[16..], 0xC3D2E1F0 + e);
    }

    /// <param name="mixed">The step's function of b, c and d, plus its constant and message word.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Step(ref uint a, ref uint b, ref uint c, ref uint d, ref uint e, uint mixed)
    {
        uint t = BitOperations.RotateLeft(a, 5) + mixed + e;
        e = d;
        d = c;
        c = BitOperations.RotateLeft(b, 30);
        b = a;
        a = t;
    }
}
