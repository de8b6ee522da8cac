namespace PcapSearch.Query.Tests;

/// <summary>Malformed queries: the column and what the grammar expected there, in Kibana's words.</summary>
public class ErrorTests
{
    private const string AfterField = "\":\", \"<\", \"<=\", \">\", \">=\", AND, OR, end of input";

    [Theory]
    // The cases of Kibana's own syntax-error tests: same messages, same offsets.
    [InlineData("response:", 10, "Expected \"(\", \"{\", value, whitespace but end of input found.")]
    [InlineData("response:200 or ", 17, "Expected \"(\", NOT, field name, value but end of input found.")]
    [InlineData("response:(200 or )", 18, "Expected \"(\", NOT, value but \")\" found.")]
    [InlineData("response:200 and not ", 22, "Expected \"(\", field name, value but end of input found.")]
    [InlineData("response:(200 and not )", 23, "Expected \"(\", value but \")\" found.")]
    [InlineData("foo:\"ba ", 5, "Expected \"(\", \"{\", value, whitespace but \"\"\" found.")]
    [InlineData("foo:\"ba \"r\"", 10, "Expected AND, OR, end of input but \"r\" found.")]
    [InlineData("foo:ba:r", 7, "Expected AND, OR, end of input but \":\" found.")]
    [InlineData("foo > ", 7, "Expected literal, whitespace but end of input found.")]
    [InlineData("< 1000", 1, "Expected \"(\", NOT, end of input, field name, value, whitespace but \"<\" found.")]
    // Missing values and operands
    [InlineData("source.ip:", 11, "Expected \"(\", \"{\", value, whitespace but end of input found.")]
    [InlineData("source.ip: ", 12, "Expected \"(\", \"{\", value, whitespace but end of input found.")]
    [InlineData("a:b and c:", 11, "Expected \"(\", \"{\", value, whitespace but end of input found.")]
    [InlineData("f:>5", 3, "Expected \"(\", \"{\", value, whitespace but \">\" found.")]
    [InlineData("f::a", 3, "Expected \"(\", \"{\", value, whitespace but \":\" found.")]
    [InlineData("f < ", 5, "Expected literal, whitespace but end of input found.")]
    [InlineData("f < (1 or 2)", 5, "Expected literal, whitespace but \"(\" found.")]
    [InlineData("f <= >= 5", 6, "Expected literal, whitespace but \">\" found.")]
    [InlineData("not ", 5, "Expected \"(\", field name, value but end of input found.")]
    [InlineData("not not a", 5, "Expected \"(\", field name, value but \"n\" found.")]
    [InlineData("f:not a", 3, "Expected \"(\", \"{\", value, whitespace but \"n\" found.")]
    [InlineData(":a", 1, "Expected \"(\", NOT, end of input, field name, value, whitespace but \":\" found.")]
    [InlineData("\\", 1, "Expected \"(\", NOT, end of input, field name, value, whitespace but \"\\\" found.")]
    [InlineData("{a}", 1, "Expected \"(\", NOT, end of input, field name, value, whitespace but \"{\" found.")]
    // Parentheses and braces
    [InlineData("()", 2, "Expected \"(\", NOT, field name, value, whitespace but \")\" found.")]
    [InlineData("(a", 3, "Expected \")\", \":\", \"<\", \"<=\", \">\", \">=\", AND, OR but end of input found.")]
    [InlineData("(a or b", 8, "Expected \")\", \":\", \"<\", \"<=\", \">\", \">=\", AND, OR but end of input found.")]
    [InlineData("f:a and (b or", 14, "Expected \")\", \":\", \"<\", \"<=\", \">\", \">=\", AND, OR but end of input found.")]
    [InlineData("a)", 2, "Expected " + AfterField + ", whitespace but \")\" found.")]
    [InlineData("f:a)", 4, "Expected AND, OR, end of input but \")\" found.")]
    [InlineData("f:()", 4, "Expected \"(\", NOT, value, whitespace but \")\" found.")]
    [InlineData("f:(a or b", 10, "Expected \")\", AND, OR but end of input found.")]
    [InlineData("a:{ b:1", 8, "Expected \"}\", AND, OR but end of input found.")]
    [InlineData("a:{ }", 5, "Expected \"(\", NOT, field name, value, whitespace but \"}\" found.")]
    [InlineData("a:{}", 4, "Expected \"(\", NOT, field name, value, whitespace but \"}\" found.")]
    [InlineData("a:{ b:1 }}", 10, "Expected AND, OR, end of input but \"}\" found.")]
    [InlineData("f:a}", 4, "Expected AND, OR, end of input but \"}\" found.")]
    // Keywords need whitespace on both sides; 'not' anywhere before a space ends a literal
    [InlineData("not(a)", 4, "Expected " + AfterField + " but \"(\" found.")]
    [InlineData("a or(b)", 5, "Expected " + AfterField + " but \"(\" found.")]
    [InlineData("a not b", 3, "Expected " + AfterField + " but \"n\" found.")]
    [InlineData("cannot find", 4, "Expected " + AfterField + " but \"n\" found.")]
    [InlineData("message:cannot find", 12, "Expected AND, OR, end of input but \"n\" found.")]
    // Special characters must be escaped or quoted
    [InlineData("source.ip:2001:db8::1", 15, "Expected AND, OR, end of input but \":\" found.")]
    [InlineData("url:http://x", 9, "Expected AND, OR, end of input but \":\" found.")]
    [InlineData("f:a b:c", 6, "Expected AND, OR, end of input but \":\" found.")]
    [InlineData("f:*a:b", 5, "Expected AND, OR, end of input but \":\" found.")]
    [InlineData("f:a\\ b", 4, "Expected AND, OR, end of input but \"\\\" found.")]
    [InlineData("f:a\\", 4, "Expected AND, OR, end of input but \"\\\" found.")]
    [InlineData("f:a\\x", 4, "Expected AND, OR, end of input but \"\\\" found.")]
    [InlineData("f:\\uZZZZ", 3, "Expected \"(\", \"{\", value, whitespace but \"\\\" found.")]
    [InlineData("f:a<b", 4, "Expected AND, OR, end of input but \"<\" found.")]
    [InlineData("f:a{b}", 4, "Expected AND, OR, end of input but \"{\" found.")]
    // Quotes
    [InlineData("\"unterminated", 1, "Expected \"(\", NOT, end of input, field name, value, whitespace but \"\"\" found.")]
    [InlineData("f:\"a\\\"", 3, "Expected \"(\", \"{\", value, whitespace but \"\"\" found.")]
    [InlineData("\"a\"b", 4, "Expected " + AfterField + ", whitespace but \"b\" found.")]
    [InlineData("a \"b\"", 3, "Expected " + AfterField + ", whitespace but \"\"\" found.")]
    [InlineData("f:\"a\" \"b\"", 7, "Expected end of input but \"\"\" found.")]
    [InlineData("a b)", 4, "Expected " + AfterField + ", whitespace but \")\" found.")]
    public void Refuses(string query, int column, string shortMessage)
    {
        var e = Assert.Throws<KqlSyntaxException>(() => KqlParser.Parse(query));
        Assert.Equal(shortMessage, e.ShortMessage);
        Assert.Equal(column, e.Column);
        Assert.Equal(column - 1, e.Offset);
        Assert.Equal(query, e.Query);
        Assert.Equal(new string('-', column - 1) + "^", e.CaretLine);
        Assert.Equal($"{shortMessage.TrimEnd('.')} at column {column}.\n{query}\n{e.CaretLine}", e.Message);
        Assert.NotEmpty(e.Expected);
        Assert.Equal(e.Expected.OrderBy(x => x, StringComparer.Ordinal), e.Expected);
    }

    [Fact]
    public void Exposes_expected_and_found()
    {
        var e = Assert.Throws<KqlSyntaxException>(() => KqlParser.Parse("response:"));
        Assert.Equal(["\"(\"", "\"{\"", "value", "whitespace"], e.Expected);
        Assert.Null(e.Found);

        e = Assert.Throws<KqlSyntaxException>(() => KqlParser.Parse("foo:ba:r"));
        Assert.Equal(":", e.Found);
        Assert.Equal("Expected AND, OR, end of input but \":\" found at column 7.\nfoo:ba:r\n------^", e.Message);
    }

    [Fact]
    public void Columns_count_newlines_as_characters_as_kibana_does()
    {
        var e = Assert.Throws<KqlSyntaxException>(() => KqlParser.Parse("a:b and\nc:"));
        Assert.Equal(11, e.Column);
        Assert.Null(e.Found);
    }

    [Fact]
    public void Too_deep_nesting_says_so()
    {
        string query = new string('(', KqlParser.MaxDepth + 5) + "a";
        var e = Assert.Throws<KqlSyntaxException>(() => KqlParser.Parse(query));
        Assert.Equal(KqlParser.MaxDepth, e.Offset);
        Assert.Empty(e.Expected);
        Assert.StartsWith("Query nests deeper than", e.ShortMessage);
    }

    [Fact]
    public void Is_a_format_exception()
    {
        Assert.IsAssignableFrom<FormatException>(Assert.Throws<KqlSyntaxException>(() => KqlParser.Parse("a:")));
    }
}
