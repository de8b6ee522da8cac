using System.Text;

namespace PcapSearch.Enrichment;

/// <summary>The records of an RFC 4180 CSV file: quoted fields may hold commas, doubled quotes and line breaks (the IEEE registry has all three).</summary>
internal static class CsvRecords
{
    /// <summary>Each non-empty record's fields, with the line it starts on.</summary>
    public static IEnumerable<(int Line, List<string> Fields)> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var field = new StringBuilder();
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            int start = ++lineNumber;
            if (line.Length == 0) continue;
            var fields = new List<string>(4);
            bool quoted = false;
            while (true)
            {
                for (int i = 0; i < line.Length; i++)
                {
                    char c = line[i];
                    if (quoted)
                    {
                        if (c != '"') field.Append(c);
                        else if (i + 1 < line.Length && line[i + 1] == '"') field.Append(line[++i]);
                        else quoted = false;
                    }
                    else if (c == '"') quoted = true;
                    else if (c == ',')
                    {
                        fields.Add(field.ToString());
                        field.Clear();
                    }
                    else field.Append(c);
                }
                if (!quoted || (line = reader.ReadLine()) == null) break;
                lineNumber++;
                field.Append('\n');
            }
            fields.Add(field.ToString());
            field.Clear();
            yield return (start, fields);
        }
    }
}
