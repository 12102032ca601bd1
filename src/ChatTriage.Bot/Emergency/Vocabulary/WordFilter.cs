namespace ChatTriage.Bot.Emergency.Vocabulary;

/// <summary>
/// A Bloom filter over word hashes (<see cref="DeletionHashes"/>): "certainly absent" or "maybe present". Most words
/// of a message are in no list, so this answers them for a few bit tests instead of many string-hash lookups.
/// </summary>
internal sealed class WordFilter
{
    private const int Bits = 1 << 17;
    private readonly ulong[] bits = new ulong[Bits / 64];

    public void Add(ulong hash)
    {
        Set(Index1(hash));
        Set(Index2(hash));
    }

    public bool MayContain(ulong hash) => IsSet(Index1(hash)) && IsSet(Index2(hash));

    private static int Index1(ulong hash) => (int)(hash & (Bits - 1));

    private static int Index2(ulong hash) => (int)((hash >> 32) & (Bits - 1));

    private void Set(int i) => bits[i >> 6] |= 1UL << (i & 63);

    private bool IsSet(int i) => (bits[i >> 6] & (1UL << (i & 63))) != 0;
}
