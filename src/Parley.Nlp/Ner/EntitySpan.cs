namespace Parley.Nlp.Ner;

/// <summary>An entity over tokens <c>[Start, End)</c> of one sentence, with its type (<c>PER</c>, <c>ORG</c>, <c>LOC</c>).</summary>
public readonly record struct EntitySpan(int Start, int End, string Type);
