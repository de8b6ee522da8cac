namespace PcapSearch.Enrichment;

/// <summary>The fields of one RFC 4180 CSV line (quoted fields may hold commas and doubled quotes; no line breaks inside).</summary>
internal static class CsvFields
{
    public static List<string> Split(string line)
    {
        var fields = new List<string>(4);
        var field = new System.Text.StringBuilder();
        bool quoted = false;
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
        fields.Add(field.ToString());
        return fields;
    }
}
