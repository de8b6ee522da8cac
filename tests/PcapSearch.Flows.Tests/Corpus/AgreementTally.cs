using System.Text;

namespace PcapSearch.Flows.Tests.Corpus;

/// <summary>Counts of agreement with a reference tool, with the disagreements named by capture.</summary>
public sealed class AgreementTally(string reference)
{
    private readonly Dictionary<string, List<string>> _differences = new();

    public int ReferenceFlows { get; private set; }
    public int Matched { get; private set; }
    public int Exact { get; private set; }
    /// <summary>Matched flows that differ in a way a documented, checked rule accounts for.</summary>
    public int Explained { get; private set; }
    public Dictionary<string, (int Compared, int Equal)> Fields { get; } = new();

    public double Recall => 100.0 * Matched / Math.Max(1, ReferenceFlows);
    public double ExactShare => 100.0 * Exact / Math.Max(1, ReferenceFlows);
    public double ExactOrExplainedShare => 100.0 * (Exact + Explained) / Math.Max(1, ReferenceFlows);

    public void Missed(string capture, string what)
    {
        ReferenceFlows++;
        Note("missing flow", capture, what);
    }

    /// <summary>A reference record outside what flows describe (Arkime's non-IP sessions); listed, not scored.</summary>
    public void OutOfScope(string capture, string what) => Note("out of scope", capture, what);

    /// <summary>
    /// A matched flow; <paramref name="checks"/> are the field comparisons that decide exactness.
    /// <paramref name="explain"/> names the documented difference that accounts for an inexact flow, after checking it holds.
    /// </summary>
    public void Compared(string capture, string what, IEnumerable<(string Field, bool Equal, bool CountsForExact)> checks,
        Func<string?>? explain = null)
    {
        ReferenceFlows++;
        Matched++;
        bool exact = true;
        foreach (var (field, equal, countsForExact) in checks)
        {
            var (compared, same) = Fields.GetValueOrDefault(field);
            Fields[field] = (compared + 1, same + (equal ? 1 : 0));
            if (!equal)
            {
                Note(field + " differs", capture, what);
                if (countsForExact) exact = false;
            }
        }
        if (exact) Exact++;
        else if (explain?.Invoke() is { } explanation)
        {
            Explained++;
            Note("explained: " + explanation, capture, what);
        }
    }

    private void Note(string category, string capture, string what)
    {
        if (!_differences.TryGetValue(category, out var list)) _differences[category] = list = new();
        list.Add($"{capture}: {what}");
    }

    public string Report(int examplesPerCategory = 40)
    {
        var text = new StringBuilder();
        text.AppendLine($"against {reference}: {ReferenceFlows} reference flows, recall {Recall:F2}%, exact {ExactShare:F2}%, exact or explained {ExactOrExplainedShare:F2}%");
        foreach (var (field, (compared, equal)) in Fields.OrderBy(f => f.Key))
            text.AppendLine($"  {field,-14} {100.0 * equal / Math.Max(1, compared),7:F2}% of {compared}");
        foreach (var (category, items) in _differences.OrderByDescending(d => d.Value.Count))
        {
            text.AppendLine($"  {category}: {items.Count}");
            foreach (var item in items.Take(examplesPerCategory)) text.AppendLine("    " + item);
        }
        return text.ToString();
    }
}
