namespace PcapSearch.Store.Sql;

/// <summary>A WHERE condition with its positional parameters (<c>$1</c> is <c>Parameters[0]</c>) and the warnings translation gave.</summary>
public sealed record SqlPredicate(string Sql, IReadOnlyList<object> Parameters, IReadOnlyList<string> Warnings);
