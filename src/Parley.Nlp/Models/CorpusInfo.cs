namespace Parley.Nlp.Models;

/// <summary>One training file of a model.</summary>
/// <param name="Corpus">Corpus name, e.g. <c>UD_English-EWT</c>.</param>
/// <param name="File">File name.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file.</param>
/// <param name="License">The licence of the annotations used.</param>
/// <param name="Sentences">Sentences used.</param>
/// <param name="Note">What subset was used, if not all.</param>
public sealed record CorpusInfo(string Corpus, string File, string Sha256, string License, int Sentences, string? Note);
