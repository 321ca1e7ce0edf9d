using System.Buffers;

namespace Logtrail.Api.Export;

/// <summary>One export file format: its media type and extension, and a writer of one file.</summary>
public interface ILogFileFormat
{
    string MediaType { get; }

    string Extension { get; }

    /// <summary>Starts a file in <paramref name="output"/> (its header, if the format has one).</summary>
    ILogFileWriter Start(IBufferWriter<byte> output);
}
