namespace Parley.Core.Records;

/// <summary>One place in the text where an event is mentioned: its sentence and trigger span.</summary>
public sealed record EventMention(int Sentence, int Start, int End);
