using System.Diagnostics;

namespace PcapSearch.Query.Tests;

/// <summary>Random input never makes the parser throw anything but <see cref="KqlSyntaxException"/>, nor hang.</summary>
public class FuzzTests
{
    private static void Check(string query)
    {
        KqlNode ast;
        try
        {
            ast = KqlParser.Parse(query);
        }
        catch (KqlSyntaxException e)
        {
            Assert.InRange(e.Offset, 0, query.Length);
            Assert.NotEmpty(e.ShortMessage);
            return;
        }
        // Whatever parses also round-trips.
        var printed = ast.ToKql();
        Assert.True(ast == KqlParser.Parse(printed), $"query: {query}\nprinted: {printed}");
    }

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 20).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Building_blocks(int seed)
    {
        var random = new RandomKql(1000 + seed);
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < 2_000; i++) Check(random.Text(12));
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), sw.Elapsed.ToString());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Noise(int seed)
    {
        var random = new RandomKql(2000 + seed);
        for (int i = 0; i < 2_000; i++) Check(random.Noise(40));
    }

    [Fact]
    public void Mutations_of_valid_queries()
    {
        var random = new Random(7);
        var queries = ParserTests.ValidQueries().Select(o => (string)o[0]).Where(q => q.Length > 0).ToArray();
        const string alphabet = " \t()\":<>*{}\\aAnNoOrRdDt=1.";
        foreach (var query in queries)
        {
            for (int i = 0; i < 50; i++)
            {
                var chars = query.ToList();
                int at = random.Next(chars.Count + 1);
                switch (random.Next(3))
                {
                    case 0: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    case 1: if (at < chars.Count) chars.RemoveAt(at); break;
                    default: if (at < chars.Count) chars[at] = alphabet[random.Next(alphabet.Length)]; break;
                }
                Check(new string(chars.ToArray()));
            }
        }
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void Long_pathological_inputs_finish(int length)
    {
        var sw = Stopwatch.StartNew();
        foreach (var unit in new[] { "(", "not ", "a ", " or ", "\\", "\"", "*", "f:(", "a:{ ", " ", "\\t", "x:y and " })
        {
            var text = string.Concat(Enumerable.Repeat(unit, length / unit.Length + 1))[..length];
            Check(text);
        }
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), sw.Elapsed.ToString());
    }
}
