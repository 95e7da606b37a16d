namespace Parley.Events.Lexicon;

/// <summary>Whether an event is reported as having happened; the record field <c>modality</c>.</summary>
public enum EventModality
{
    Asserted,
    Negated,
    Future,
    Hypothetical,
    Cancelled,
}
