namespace PcapSearch.Query.Tests;

/// <summary>Valid queries and the tree each one parses to (see <see cref="Dump"/> for the notation).</summary>
public class ParserTests
{
    [Theory]
    // Empty and match-all
    [InlineData("", "all")]
    [InlineData("   ", "all")]
    [InlineData("\t\r\n \u00A0", "all")]
    [InlineData("*", "all")]
    [InlineData(" * ", "all")]
    [InlineData("*:*", "all")]
    [InlineData("* and a", "and(all, is(-, a))")]
    [InlineData("not *", "not(all)")]
    // Field and value
    [InlineData("response:200", "is(response, 200)")]
    [InlineData("response: 200", "is(response, 200)")]
    [InlineData("response :200", "is(response, 200)")]
    [InlineData("response : 200", "is(response, 200)")]
    [InlineData("  response:200  ", "is(response, 200)")]
    [InlineData("http.request.method: GET", "is(http.request.method, GET)")]
    [InlineData("source.ip:10.0.0.0/8", "is(source.ip, 10.0.0.0/8)")]
    [InlineData("source.ip:10.0.0.5", "is(source.ip, 10.0.0.5)")]
    [InlineData("url.full:https\\://example.com/a?b=c", "is(url.full, https://example.com/a?b=c)")]
    [InlineData("url.full:https\\://example.com/a\\?b=c", "is(url.full, https://example.com/a\\?b=c)")]
    [InlineData("source.ip:2001\\:db8\\:\\:1", "is(source.ip, 2001:db8::1)")]
    [InlineData("source.ip:\"2001:db8::1\"", "is(source.ip, \"2001:db8::1\")")]
    [InlineData("message:hello world", "is(message, hello world)")]
    [InlineData("message:hello   world  ", "is(message, hello   world)")]
    [InlineData("http.response.status_code:400 401 404", "is(http.response.status_code, 400 401 404)")]
    [InlineData("http.response.body.content.text:quick brown fox", "is(http.response.body.content.text, quick brown fox)")]
    [InlineData("message:\"quick brown fox\"", "is(message, \"quick brown fox\")")]
    [InlineData("message: \"quick brown fox\" ", "is(message, \"quick brown fox\")")]
    [InlineData("f:true", "is(f, true)")]
    [InlineData("f:null", "is(f, null)")]
    [InlineData("null:x", "is(null, x)")]
    [InlineData("f:-1.5e3", "is(f, -1.5e3)")]
    [InlineData("f:a=b&c|d!e~f^g[h]i/j+k,l;m'n", "is(f, a=b&c|d!e~f^g[h]i/j+k,l;m'n)")]
    [InlineData("f:été", "is(f, été)")]
    [InlineData("f:日本語", "is(f, 日本語)")]
    [InlineData("f:a\u2003", "is(f, a)")]
    [InlineData("f:a\uFEFF", "is(f, a)")]
    [InlineData("f:notable", "is(f, notable)")]
    [InlineData("f:not", "is(f, not)")]
    [InlineData("f:cannot", "is(f, cannot)")]
    [InlineData("f:a not", "is(f, a not)")]
    [InlineData("f:origin", "is(f, origin)")]
    [InlineData("f:android", "is(f, android)")]
    [InlineData("or:x", "is(or, x)")]
    [InlineData("and:x", "is(and, x)")]
    [InlineData("not:x", "is(not, x)")]
    [InlineData("f:or", "is(f, or)")]
    [InlineData("field name:x", "is(field name, x)")]
    [InlineData("\"field name\":x", "is(field name, x)")]
    [InlineData("\"f*\":x", "is(f\\*, x)")]
    [InlineData("\"\":x", "is(, x)")]
    [InlineData("@timestamp:2024", "is(@timestamp, 2024)")]
    // Bare values
    [InlineData("hello", "is(-, hello)")]
    [InlineData("Hello world", "is(-, Hello world)")]
    [InlineData("\"Hello world\"", "is(-, \"Hello world\")")]
    [InlineData("\"quick brown fox\"", "is(-, \"quick brown fox\")")]
    [InlineData("10.0.0.5", "is(-, 10.0.0.5)")]
    [InlineData("evil.example", "is(-, evil.example)")]
    [InlineData("200", "is(-, 200)")]
    [InlineData("\"a:b\"", "is(-, \"a:b\")")]
    [InlineData("not", "is(-, not)")]
    [InlineData("NOT", "is(-, NOT)")]
    [InlineData("and", "is(-, and)")]
    [InlineData("or", "is(-, or)")]
    [InlineData("a or", "is(-, a or)")]
    [InlineData("a and", "is(-, a and)")]
    [InlineData("a not", "is(-, a not)")]
    [InlineData("a and\u2003b", "is(-, a and\u2003b)")]
    [InlineData("win*", "is(-, win*)")]
    [InlineData("\"*\"", "is(-, \"*\")")]
    // Wildcards and exists
    [InlineData("machine.os:win*", "is(machine.os, win*)")]
    [InlineData("machine.os:win*10", "is(machine.os, win*10)")]
    [InlineData("machine.os:*win", "is(machine.os, *win)")]
    [InlineData("machine.os:*win*", "is(machine.os, *win*)")]
    [InlineData("machine.os:**", "is(machine.os, **)")]
    [InlineData("machine.os:win *", "is(machine.os, win *)")]
    [InlineData("http.response.status_code: 4*", "is(http.response.status_code, 4*)")]
    [InlineData("machine.os:\"win*\"", "is(machine.os, \"win*\")")]
    [InlineData("machine.os:win\\*", "is(machine.os, win\\*)")]
    [InlineData("machine.os:\\*", "is(machine.os, \\*)")]
    [InlineData("machine.os:\"*\"", "is(machine.os, \"*\")")]
    [InlineData("host.name:web?1", "is(host.name, web?1)")]
    [InlineData("f:a?c", "is(f, a?c)")]
    [InlineData("f:?", "is(f, ?)")]
    [InlineData("f:??", "is(f, ??)")]
    [InlineData("f:a*?", "is(f, a*?)")]
    [InlineData("f: ?a? ", "is(f, ?a?)")]
    [InlineData("f:a\\?c", "is(f, a\\?c)")]
    [InlineData("f:\\?", "is(f, \\?)")]
    [InlineData("f:\"a?c\"", "is(f, \"a?c\")")]
    [InlineData("f:\"a\\?c\"", "is(f, \"a\\?c\")")]
    [InlineData("f:(a? or \\?b)", "or(is(f, a?), is(f, \\?b))")]
    [InlineData("f > a?", "range(f, gt, a?)")]
    [InlineData("web?1", "is(-, web?1)")]
    [InlineData("source.?p:x", "is(source.?p, x)")]
    [InlineData("\"a?\":x", "is(a\\?, x)")]
    [InlineData("a\\?:x", "is(a\\?, x)")]
    [InlineData("machine.os*:windows", "is(machine.os*, windows)")]
    [InlineData("datastream.*: logs", "is(datastream.*, logs)")]
    [InlineData("*:windows", "is(*, windows)")]
    [InlineData("*.os:win*", "is(*.os, win*)")]
    [InlineData("http.request.method:*", "exists(http.request.method)")]
    [InlineData("http.request.method: *", "exists(http.request.method)")]
    [InlineData("http.request.method : * ", "exists(http.request.method)")]
    [InlineData("machine*:*", "exists(machine*)")]
    [InlineData("\"*\":*", "exists(\\*)")]
    [InlineData("not f:*", "not(exists(f))")]
    [InlineData("f:(*)", "exists(f)")]
    [InlineData("f:(a or *)", "or(is(f, a), exists(f))")]
    [InlineData("*:(*)", "all")]
    // Boolean operators and precedence
    [InlineData("a and b", "and(is(-, a), is(-, b))")]
    [InlineData("a AND b", "and(is(-, a), is(-, b))")]
    [InlineData("a And b", "and(is(-, a), is(-, b))")]
    [InlineData("a aNd b", "and(is(-, a), is(-, b))")]
    [InlineData("a or b", "or(is(-, a), is(-, b))")]
    [InlineData("a OR b", "or(is(-, a), is(-, b))")]
    [InlineData("a oR b", "or(is(-, a), is(-, b))")]
    [InlineData("a  and   b", "and(is(-, a), is(-, b))")]
    [InlineData("a\tand\nb", "and(is(-, a), is(-, b))")]
    [InlineData("a\u00A0or\u00A0b", "or(is(-, a), is(-, b))")]
    [InlineData("a or b or c", "or(is(-, a), is(-, b), is(-, c))")]
    [InlineData("a and b and c", "and(is(-, a), is(-, b), is(-, c))")]
    [InlineData("a or b and c", "or(is(-, a), and(is(-, b), is(-, c)))")]
    [InlineData("a and b or c", "or(and(is(-, a), is(-, b)), is(-, c))")]
    [InlineData("a and b or c and d", "or(and(is(-, a), is(-, b)), and(is(-, c), is(-, d)))")]
    [InlineData("a or b and c or d", "or(is(-, a), and(is(-, b), is(-, c)), is(-, d))")]
    [InlineData("(a or b) and c", "and(or(is(-, a), is(-, b)), is(-, c))")]
    [InlineData("a and (b or c)", "and(is(-, a), or(is(-, b), is(-, c)))")]
    [InlineData("(a)", "is(-, a)")]
    [InlineData("( a )", "is(-, a)")]
    [InlineData("((a))", "is(-, a)")]
    [InlineData("(a or b)", "or(is(-, a), is(-, b))")]
    [InlineData("((a or b))", "or(is(-, a), is(-, b))")]
    [InlineData("(a or b) or c", "or(or(is(-, a), is(-, b)), is(-, c))")]
    [InlineData("(a and b) and c", "and(and(is(-, a), is(-, b)), is(-, c))")]
    [InlineData("a and b or", "and(is(-, a), is(-, b or))")]
    [InlineData("response:200 or extension:php", "or(is(response, 200), is(extension, php))")]
    [InlineData("response:200 and extension:php", "and(is(response, 200), is(extension, php))")]
    [InlineData("response:(200 or 404)", "or(is(response, 200), is(response, 404))")]
    [InlineData("response:200 and (extension:php or extension:css)",
        "and(is(response, 200), or(is(extension, php), is(extension, css)))")]
    [InlineData("response:200 and extension:php or extension:css",
        "or(and(is(response, 200), is(extension, php)), is(extension, css))")]
    [InlineData("http.request.method: GET OR http.request.method: POST",
        "or(is(http.request.method, GET), is(http.request.method, POST))")]
    [InlineData("(http.request.method: GET AND http.response.status_code: 200) OR (http.request.method: POST AND http.response.status_code: 400)",
        "or(and(is(http.request.method, GET), is(http.response.status_code, 200)), and(is(http.request.method, POST), is(http.response.status_code, 400)))")]
    // not
    [InlineData("not a", "not(is(-, a))")]
    [InlineData("NOT a", "not(is(-, a))")]
    [InlineData("Not a", "not(is(-, a))")]
    [InlineData("not  a", "not(is(-, a))")]
    [InlineData("not\ta", "not(is(-, a))")]
    [InlineData("not a and b", "and(not(is(-, a)), is(-, b))")]
    [InlineData("not a or b", "or(not(is(-, a)), is(-, b))")]
    [InlineData("a and not b", "and(is(-, a), not(is(-, b)))")]
    [InlineData("not a or not b", "or(not(is(-, a)), not(is(-, b)))")]
    [InlineData("not (a and b)", "not(and(is(-, a), is(-, b)))")]
    [InlineData("not (not a)", "not(not(is(-, a)))")]
    [InlineData("NOT http.request.method: GET", "not(is(http.request.method, GET))")]
    [InlineData("not response:200", "not(is(response, 200))")]
    [InlineData("response:200 and not (extension:php or extension:css)",
        "and(is(response, 200), not(or(is(extension, php), is(extension, css))))")]
    [InlineData("not bytes > 1000", "not(range(bytes, gt, 1000))")]
    [InlineData("not \"a b\"", "not(is(-, \"a b\"))")]
    [InlineData("notable:x", "is(notable, x)")]
    // Value lists
    [InlineData("f:(a or b)", "or(is(f, a), is(f, b))")]
    [InlineData("f:(a OR b OR c)", "or(is(f, a), is(f, b), is(f, c))")]
    [InlineData("f:(a or b and c)", "or(is(f, a), and(is(f, b), is(f, c)))")]
    [InlineData("f:(a and b)", "and(is(f, a), is(f, b))")]
    [InlineData("f:(not a)", "not(is(f, a))")]
    [InlineData("f:(a and not b)", "and(is(f, a), not(is(f, b)))")]
    [InlineData("f:(not (a or b))", "not(or(is(f, a), is(f, b)))")]
    [InlineData("f:((a or b) and c)", "and(or(is(f, a), is(f, b)), is(f, c))")]
    [InlineData("f:( a or b )", "or(is(f, a), is(f, b))")]
    [InlineData("f : ( a )", "is(f, a)")]
    [InlineData("f:(a b)", "is(f, a b)")]
    [InlineData("f:(\"a b\" or c*)", "or(is(f, \"a b\"), is(f, c*))")]
    [InlineData("f:(a or b) and g:c", "and(or(is(f, a), is(f, b)), is(g, c))")]
    [InlineData("not f:(a or b)", "not(or(is(f, a), is(f, b)))")]
    [InlineData("http.request.method: (GET OR POST OR DELETE)",
        "or(is(http.request.method, GET), is(http.request.method, POST), is(http.request.method, DELETE))")]
    [InlineData("f*:(a or b)", "or(is(f*, a), is(f*, b))")]
    // Ranges
    [InlineData("bytes > 1000", "range(bytes, gt, 1000)")]
    [InlineData("bytes>1000", "range(bytes, gt, 1000)")]
    [InlineData("bytes >= 1000", "range(bytes, gte, 1000)")]
    [InlineData("bytes < 1000", "range(bytes, lt, 1000)")]
    [InlineData("bytes <= 1000", "range(bytes, lte, 1000)")]
    [InlineData("bytes<=1000", "range(bytes, lte, 1000)")]
    [InlineData("bytes   >=   1000   ", "range(bytes, gte, 1000)")]
    [InlineData("account_number >= 100 and items_sold <= 200",
        "and(range(account_number, gte, 100), range(items_sold, lte, 200))")]
    [InlineData("http.response.bytes > 10000 and http.response.bytes <= 20000",
        "and(range(http.response.bytes, gt, 10000), range(http.response.bytes, lte, 20000))")]
    [InlineData("bytes > 1000 or bytes < 10", "or(range(bytes, gt, 1000), range(bytes, lt, 10))")]
    [InlineData("@timestamp < \"2024-01-01\"", "range(@timestamp, lt, \"2024-01-01\")")]
    [InlineData("@timestamp >= \"2024-01-01T00:00:00Z\"", "range(@timestamp, gte, \"2024-01-01T00:00:00Z\")")]
    [InlineData("@timestamp < 2024-01-01", "range(@timestamp, lt, 2024-01-01)")]
    [InlineData("@timestamp < now-2w", "range(@timestamp, lt, now-2w)")]
    [InlineData("@timestamp > now-15m and @timestamp <= now/d", "and(range(@timestamp, gt, now-15m), range(@timestamp, lte, now/d))")]
    [InlineData("@timestamp < 2024-01-01T00\\:00\\:00", "range(@timestamp, lt, 2024-01-01T00:00:00)")]
    [InlineData("f > a*", "range(f, gt, a*)")]
    [InlineData("f > 5 6", "range(f, gt, 5 6)")]
    [InlineData("f>-5", "range(f, gt, -5)")]
    [InlineData("\"my field\" > 5", "range(my field, gt, 5)")]
    [InlineData("f* > 5", "range(f*, gt, 5)")]
    [InlineData("(bytes > 1000)", "range(bytes, gt, 1000)")]
    // Nested
    [InlineData("user:{ first:john and last:smith }", "nested(user, and(is(first, john), is(last, smith)))")]
    [InlineData("user:{first:john}", "nested(user, is(first, john))")]
    [InlineData("user : { first : john }", "nested(user, is(first, john))")]
    [InlineData("user.names:{ first: \"Alice\" and last: \"White\" }", "nested(user.names, and(is(first, \"Alice\"), is(last, \"White\")))")]
    [InlineData("items:{ name:banana and stock:9 }", "nested(items, and(is(name, banana), is(stock, 9)))")]
    [InlineData("items:{ name:banana } and items:{ stock:9 }", "and(nested(items, is(name, banana)), nested(items, is(stock, 9)))")]
    [InlineData("items:{ name:banana and stock < 10 }", "nested(items, and(is(name, banana), range(stock, lt, 10)))")]
    [InlineData("items:{ name:banana or stock:9 }", "nested(items, or(is(name, banana), is(stock, 9)))")]
    [InlineData("level1:{ level2:{ prop1:foo and prop2:bar } }", "nested(level1, nested(level2, and(is(prop1, foo), is(prop2, bar))))")]
    [InlineData("a:{ b:{ c:1 } }", "nested(a, nested(b, is(c, 1)))")]
    [InlineData("not items:{ name:banana }", "not(nested(items, is(name, banana)))")]
    [InlineData("items:{ not name:banana }", "nested(items, not(is(name, banana)))")]
    [InlineData("items:{ (name:banana) }", "nested(items, is(name, banana))")]
    [InlineData("items:{ name:(banana or apple) }", "nested(items, or(is(name, banana), is(name, apple)))")]
    [InlineData("user:{ john }", "nested(user, is(-, john))")]
    [InlineData("user:{ name:* }", "nested(user, exists(name))")]
    [InlineData("user:{ * }", "nested(user, all)")]
    [InlineData("user*:{ name:j* }", "nested(user*, is(name, j*))")]
    [InlineData("\"user x\":{ name:j }", "nested(user x, is(name, j))")]
    // Escapes in unquoted text
    [InlineData("f:a\\:b", "is(f, a:b)")]
    [InlineData("f:\\(a\\)", "is(f, (a))")]
    [InlineData("f:a\\\\b", "is(f, a\\b)")]
    [InlineData("f:\\\"a\\\"", "is(f, \\\"a\\\")")]
    [InlineData("f:\\<5", "is(f, <5)")]
    [InlineData("f:\\>5", "is(f, >5)")]
    [InlineData("f:\\{a\\}", "is(f, {a})")]
    [InlineData("f:a\\tb", "is(f, a\\tb)")]
    [InlineData("f:a\\rb\\nc", "is(f, a\\rb\\nc)")]
    [InlineData("f:\\u0041", "is(f, A)")]
    [InlineData("f:\\u00e9t\\u00E9", "is(f, été)")]
    [InlineData("f:\\t", "is(f, )")]
    [InlineData("f:\\ta", "is(f, a)")]
    [InlineData("a \\and b", "is(-, a and b)")]
    [InlineData("a \\or b", "is(-, a or b)")]
    [InlineData("a \\AND b", "is(-, a AND b)")]
    [InlineData("a \\Or b", "is(-, a Or b)")]
    [InlineData("a \\Not b", "is(-, a Not b)")]
    [InlineData("a \\NOT b", "is(-, a NOT b)")]
    [InlineData("a \\not b", "is(-, a \\not b)")]
    [InlineData("\\not b", "is(-, ot b)")]
    [InlineData("\\Not b", "is(-, Not b)")]
    [InlineData("f:can\\Not find", "is(f, canNot find)")]
    [InlineData("f:can\\u006Eot find", "is(f, cannot find)")]
    [InlineData("f:flo\\or", "is(f, floor)")]
    [InlineData("a\\:b:c", "is(a:b, c)")]
    [InlineData("a\\*:c", "is(a\\*, c)")]
    [InlineData("\\*", "is(-, \\*)")]
    // Escapes in quoted text
    [InlineData("f:\"a\\\"b\"", "is(f, \"a\"b\")")]
    [InlineData("f:\"a\\\\b\"", "is(f, \"a\\b\")")]
    [InlineData("f:\"a\\b\"", "is(f, \"a\\b\")")]
    [InlineData("f:\"a\\*\"", "is(f, \"a\\*\")")]
    [InlineData("f:\"a\\:b\"", "is(f, \"a\\:b\")")]
    [InlineData("f:\"\\t\"", "is(f, \"\\t\")")]
    [InlineData("f:\"\\u0041\"", "is(f, \"A\")")]
    [InlineData("f:\"a\\u00\"", "is(f, \"a\\u00\")")]
    [InlineData("f:\"or and not\"", "is(f, \"or and not\")")]
    [InlineData("f:\"(a) {b} <c> *d*\"", "is(f, \"(a) {b} <c> *d*\")")]
    [InlineData("f:\"\"", "is(f, \"\")")]
    [InlineData("f:\" padded \"", "is(f, \" padded \")")]
    [InlineData("f:\"line\nbreak\"", "is(f, \"line\\nbreak\")")]
    [InlineData("f:\"a\\\\\"", "is(f, \"a\\\")")]
    // From Kibana's own parser tests (behaviour, re-expressed here)
    [InlineData("  foo ", "is(-, foo)")]
    [InlineData("foo bar", "is(-, foo bar)")]
    [InlineData("foo and\u00A0bar", "and(is(-, foo), is(-, bar))")]
    [InlineData("foo or bar and baz or qux", "or(is(-, foo), and(is(-, bar), is(-, baz)), is(-, qux))")]
    [InlineData("foo:((bar or baz) and not qux)", "and(or(is(foo, bar), is(foo, baz)), not(is(foo, qux)))")]
    [InlineData("bytes >= 1000 and bytes <= 8000", "and(range(bytes, gte, 1000), range(bytes, lte, 8000))")]
    [InlineData("machine*:osx", "is(machine*, osx)")]
    [InlineData("nestedField:{ childOfNested: foo }", "nested(nestedField, is(childOfNested, foo))")]
    [InlineData("response:200 and nestedField:{ childOfNested:foo or childOfNested:bar }",
        "and(is(response, 200), nested(nestedField, or(is(childOfNested, foo), is(childOfNested, bar))))")]
    [InlineData("response:200 and ( nestedField:{ childOfNested:foo } or nestedField:{ childOfNested:bar } )",
        "and(is(response, 200), or(nested(nestedField, is(childOfNested, foo)), nested(nestedField, is(childOfNested, bar))))")]
    [InlineData("nestedField:{ nestedChild:{ doublyNestedChild:foo } }", "nested(nestedField, nested(nestedChild, is(doublyNestedChild, foo)))")]
    [InlineData("not fleet-agent-actions.attributes.sent_at: * and fleet-agent-actions.attributes.agent_id:1234567",
        "and(not(exists(fleet-agent-actions.attributes.sent_at)), is(fleet-agent-actions.attributes.agent_id, 1234567))")]
    [InlineData("((((((((((foo))))))))))", "is(-, foo)")]
    [InlineData("f:\\\\\\(\\)\\:\\<\\>\\\"\\*", "is(f, \\():<>\\\"\\*)")]
    [InlineData("f:\\\\u00A0", "is(f, \\u00A0)")]
    [InlineData("f:\"\\():<>\\\"*\"", "is(f, \"\\():<>\"*\")")]
    [InlineData("f:\"\\\\u00A0\"", "is(f, \"\\u00A0\")")]
    [InlineData("f:foo*bar", "is(f, foo*bar)")]
    [InlineData("f:.3text", "is(f, .3text)")]
    [InlineData("f:--4", "is(f, --4)")]
    [InlineData("field: (value AND value2 OR \"value3\") OR nested: { field2: value4 }",
        "or(or(and(is(field, value), is(field, value2)), is(field, \"value3\")), nested(nested, is(field2, value4)))")]
    public void Parses(string query, string expected)
    {
        Assert.Equal(expected, Dump.Of(KqlParser.Parse(query)));
    }

    /// <summary>Every query of <see cref="Parses"/>, for the round-trip and fuzz tests.</summary>
    public static IEnumerable<object[]> ValidQueries() =>
        typeof(ParserTests).GetMethod(nameof(Parses))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false)
            .Cast<InlineDataAttribute>()
            .Select(a => new object[] { (string)a.GetData(null!).First()[0] });

    [Fact]
    public void TryParse_reports_success_and_failure()
    {
        Assert.True(KqlParser.TryParse("a:b", out var node, out var error));
        Assert.Null(error);
        Assert.Equal(new KqlMatch(KqlField.Named("a"), KqlValue.Term("b")), node);

        Assert.False(KqlParser.TryParse("a:", out node, out error));
        Assert.Null(node);
        Assert.Equal(3, error!.Column);
    }

    [Fact]
    public void Null_query_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => KqlParser.Parse(null!));
    }

    [Fact]
    public void Nesting_to_the_limit_parses_and_beyond_it_is_a_syntax_error()
    {
        string ok = new string('(', KqlParser.MaxDepth - 1) + "a" + new string(')', KqlParser.MaxDepth - 1);
        Assert.Equal("is(-, a)", Dump.Of(KqlParser.Parse(ok)));

        string deep = new string('(', 100_000) + "a" + new string(')', 100_000);
        var e = Assert.Throws<KqlSyntaxException>(() => KqlParser.Parse(deep));
        Assert.Contains("nests deeper", e.Message);

        string deepValues = "f:" + new string('(', 100_000) + "a";
        Assert.Throws<KqlSyntaxException>(() => KqlParser.Parse(deepValues));

        string deepNested = string.Concat(Enumerable.Repeat("a:{ ", 100_000)) + "b";
        Assert.Throws<KqlSyntaxException>(() => KqlParser.Parse(deepNested));
    }

    [Fact]
    public void Long_queries_parse_in_linear_time()
    {
        string query = string.Join(" or ", Enumerable.Range(0, 20_000).Select(i => $"f{i}:v{i}"));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var node = Assert.IsType<KqlOr>(KqlParser.Parse(query));
        Assert.Equal(20_000, node.Children.Count);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), sw.Elapsed.ToString());
    }
}
