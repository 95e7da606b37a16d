namespace Parley.Events.Petrarch;

/// <summary>One word of a record's gold CoNLL-U parse (1-based <see cref="Id"/>, <see cref="Head"/> 0 for the root).</summary>
public sealed record PetrarchParseRow(int Id, string Form, string Lemma, string Upos, string Xpos, int Head, string Relation);
