namespace PcapSearch.Query;

/// <summary>A wildcard in an unquoted value or field pattern.</summary>
public enum KqlWildcard
{
    /// <summary><c>*</c>: any run of characters, none included.</summary>
    AnyString,

    /// <summary><c>?</c>: exactly one character.</summary>
    AnyCharacter,
}
