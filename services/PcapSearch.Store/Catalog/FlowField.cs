namespace PcapSearch.Store.Catalog;

/// <summary>One field of the flow document: its ECS name, type, and whether a document may hold several values.</summary>
public sealed record FlowField(string Name, FieldType Type, bool Multi = false)
{
    /// <summary>The column the field is compared on (for ip: the IPv4-mapped address as UHUGEINT).</summary>
    public string Column => Name;

    /// <summary>The column holding the field's text (ip fields keep the address text beside the number).</summary>
    public string TextColumn => Type == FieldType.Ip ? Name + "#text" : Name;

    public bool IsSearchedByBareValue => Type is FieldType.Keyword or FieldType.Text or FieldType.Ip;

    /// <summary>The DuckDB type of <see cref="Column"/>.</summary>
    public string SqlType
    {
        get
        {
            string scalar = Type switch
            {
                FieldType.Ip => "UHUGEINT",
                FieldType.Long or FieldType.Date => "BIGINT",
                _ => "VARCHAR",
            };
            return Multi ? scalar + "[]" : scalar;
        }
    }
}
