using System.Text.Json;

namespace PcapSearch.Flows.Protocols;

/// <summary>
/// Where an application parser writes its ECS fields (<see cref="ProtocolParser.WriteEcs(EcsWriter)"/>): objects and
/// arrays nested by name, as the flow document has them. <see cref="JsonEcsWriter"/> writes them into the document; the
/// store takes them straight into its rows, without writing and reading JSON. The calls mirror
/// <see cref="Utf8JsonWriter"/>'s; a null text is JSON's null, which is no value.
/// </summary>
public abstract class EcsWriter
{
    public abstract void StartObject(ReadOnlySpan<byte> name);

    /// <summary>An object inside an array.</summary>
    public abstract void StartObject();

    public abstract void EndObject();

    public abstract void StartArray(ReadOnlySpan<byte> name);

    public abstract void EndArray();

    public abstract void Text(ReadOnlySpan<byte> name, string? value);

    /// <summary>A text inside an array.</summary>
    public abstract void Text(string value);

    public abstract void Number(ReadOnlySpan<byte> name, long value);

    /// <summary>A number inside an array.</summary>
    public abstract void Number(long value);
}

/// <summary>The fields written into a flow document's JSON.</summary>
public sealed class JsonEcsWriter(Utf8JsonWriter json) : EcsWriter
{
    public override void StartObject(ReadOnlySpan<byte> name) => json.WriteStartObject(name);

    public override void StartObject() => json.WriteStartObject();

    public override void EndObject() => json.WriteEndObject();

    public override void StartArray(ReadOnlySpan<byte> name) => json.WriteStartArray(name);

    public override void EndArray() => json.WriteEndArray();

    public override void Text(ReadOnlySpan<byte> name, string? value) => json.WriteString(name, value);

    public override void Text(string value) => json.WriteStringValue(value);

    public override void Number(ReadOnlySpan<byte> name, long value) => json.WriteNumber(name, value);

    public override void Number(long value) => json.WriteNumberValue(value);
}
