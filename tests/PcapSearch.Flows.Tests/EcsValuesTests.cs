using PcapSearch.Flows.Documents;

namespace PcapSearch.Flows.Tests;

public class EcsValuesTests
{
    [Theory]
    [InlineData(1385482078892062000L, 6, "2013-11-26T16:07:58.892062Z")]
    [InlineData(1385482078892062123L, 9, "2013-11-26T16:07:58.892062123Z")]
    [InlineData(1385482078000000000L, 6, "2013-11-26T16:07:58.000000Z")]
    [InlineData(1385482078999999999L, 3, "2013-11-26T16:07:58.999Z")]
    [InlineData(0L, 0, "1970-01-01T00:00:00Z")]
    [InlineData(-1L, 9, "1969-12-31T23:59:59.999999999Z")]
    public void Timestamps_keep_the_capture_precision_without_rounding(long ns, int digits, string expected)
    {
        Assert.Equal(expected, EcsValues.FormatTimestamp(ns, digits));
    }

    [Fact]
    public void Timestamps_agree_with_the_calendar_of_datetime_from_year_1_to_9999()
    {
        var random = new Random(20261123);
        long first = (DateTime.MinValue.Ticks - DateTime.UnixEpoch.Ticks) * 100, last = (DateTime.MaxValue.Ticks - DateTime.UnixEpoch.Ticks) * 100;
        var leapDays = new[] { "2000-02-29", "1900-03-01", "2100-02-28", "2024-12-31", "1600-02-29", "0004-02-29" }
            .Select(d => (DateTime.Parse(d + "T23:59:59Z", null, System.Globalization.DateTimeStyles.AdjustToUniversal).Ticks - DateTime.UnixEpoch.Ticks) * 100);
        foreach (long ns in leapDays.Concat([first, last]).Concat(Enumerable.Range(0, 100_000).Select(_ => random.NextInt64(first, last))))
        {
            var time = DateTime.UnixEpoch.AddTicks(Math.DivRem(ns, 100, out long below) - (below < 0 ? 1 : 0));
            long fraction = ((ns % 1_000_000_000L) + 1_000_000_000L) % 1_000_000_000L;
            Assert.Equal($"{time:yyyy-MM-ddTHH:mm:ss}.{fraction:D9}Z", EcsValues.FormatTimestamp(ns, 9));
        }
    }

    [Fact]
    public void Macs_use_the_ecs_notation()
    {
        Assert.Equal("00-1F-5B-FF-51-CB", EcsValues.Mac(0x001F5BFF51CBUL));
    }

    [Theory]
    [InlineData(6, "tcp")]
    [InlineData(58, "ipv6-icmp")]
    [InlineData(253, "253")]
    public void Transports_are_iana_keywords(byte protocol, string expected)
    {
        Assert.Equal(expected, EcsValues.Transport(protocol));
    }
}
