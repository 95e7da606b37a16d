namespace Parley.Cli;

/// <summary>The streams a command writes to and reads from.</summary>
public sealed record CliIO(TextWriter Out, TextWriter Error, TextReader In);
