namespace PcapSearch.Query.Tests;

/// <summary><c>Parse(ToKql(ast)) == ast</c>, over every valid case and over random trees.</summary>
public class RoundTripTests
{
    public static IEnumerable<object[]> ValidQueries() => ParserTests.ValidQueries();

    [Theory]
    [MemberData(nameof(ValidQueries))]
    public void Printing_a_parsed_query_parses_back_to_the_same_tree(string query)
    {
        var ast = KqlParser.Parse(query);
        string printed = KqlParser.ToKql(ast);
        var reparsed = KqlParser.Parse(printed);
        Assert.Equal(ast, reparsed);
        Assert.Equal(ast.GetHashCode(), reparsed.GetHashCode());
        Assert.Equal(printed, reparsed.ToKql());
    }

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 200).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_trees_print_and_parse_back(int seed)
    {
        var random = new RandomKql(seed);
        for (int i = 0; i < 50; i++)
        {
            var ast = random.Node(random.Next(5));
            string printed = ast.ToKql();
            KqlNode reparsed;
            try
            {
                reparsed = KqlParser.Parse(printed);
            }
            catch (KqlSyntaxException e)
            {
                Assert.Fail($"seed {seed}/{i}: {Dump.Of(ast)}\nprinted: {printed}\n{e.Message}");
                throw;
            }
            Assert.True(ast == reparsed, $"seed {seed}/{i}\nprinted:  {printed}\nexpected: {Dump.Of(ast)}\nactual:   {Dump.Of(reparsed)}");
            Assert.Equal(printed, reparsed.ToKql());
        }
    }
}
