namespace Logtrail.Application.Logs.Commands.ImportLogs;

/// <summary>One non-blank line of an import body: its 1-based number and its bytes (valid until the next line is read).</summary>
public readonly record struct ImportLine(int Number, ReadOnlyMemory<byte> Text);
