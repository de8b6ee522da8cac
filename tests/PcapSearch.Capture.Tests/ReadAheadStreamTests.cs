namespace PcapSearch.Capture.Tests;

public class ReadAheadStreamTests
{
    private const int Chunk = 1 << 20;

    /// <summary>Gives its bytes a few at a time, then fails (when told to) or ends; says whether it was disposed.</summary>
    private sealed class InnerStream(byte[] data, Exception? failure = null) : ForwardOnlyStream
    {
        private int _position;

        public bool Disposed { get; private set; }

        public override int Read(Span<byte> buffer)
        {
            if (_position == data.Length && failure is not null) throw failure;
            int n = Math.Min(Math.Min(buffer.Length, 70_000), data.Length - _position);
            data.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    private static byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Everything the stream gives, taken in reads of random sizes up to <paramref name="largestRead"/>.</summary>
    private static byte[] ReadAll(Stream stream, int largestRead)
    {
        var random = new Random(largestRead);
        var all = new MemoryStream();
        var buffer = new byte[largestRead];
        for (int read; (read = stream.Read(buffer, 0, random.Next(1, largestRead + 1))) > 0;) all.Write(buffer, 0, read);
        return all.ToArray();
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(1, 100)]
    [InlineData(Chunk - 1, 3_000_000)]
    [InlineData(Chunk, 4096)]
    [InlineData(Chunk + 1, 1)]
    [InlineData(7 * Chunk + 12_345, 65_536)]
    public void Gives_every_byte_of_the_inner_stream_in_order(int length, int largestRead)
    {
        var data = Bytes(length);
        using var stream = new ReadAheadStream(new InnerStream(data));

        Assert.Equal(data, ReadAll(stream, largestRead));
        Assert.Equal(0, stream.Read(new byte[10]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Chunk)]
    [InlineData(3 * Chunk + 777)]
    public void A_failure_of_the_inner_stream_comes_after_every_byte_read_before_it(int length)
    {
        var data = Bytes(length);
        using var stream = new ReadAheadStream(new InnerStream(data, new InvalidDataException("bad block")));

        var all = new MemoryStream();
        var buffer = new byte[50_000];
        var failure = Assert.Throws<InvalidDataException>(() =>
        {
            for (int read; (read = stream.Read(buffer)) > 0;) all.Write(buffer, 0, read);
        });
        Assert.Equal("bad block", failure.Message);
        Assert.Equal(data, all.ToArray());
    }

    [Fact]
    public async Task Disposing_while_the_reader_waits_for_room_stops_it_and_disposes_the_inner_stream()
    {
        var inner = new InnerStream(Bytes(10 * Chunk));
        var stream = new ReadAheadStream(inner);
        Assert.Equal(1, stream.Read(new byte[1]));
        Thread.Sleep(50); // the reader fills every free chunk and waits

        await Task.Run(stream.Dispose).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(inner.Disposed);
        Assert.Throws<ObjectDisposedException>(() => stream.Read(new byte[1]));
    }
}
