using System.Buffers;
using Logtrail.Application.Logs;

namespace Logtrail.Api.Export;

/// <summary>One export file format: its media type and extension, an optional header, and one entry's bytes.</summary>
public interface ILogFileFormat
{
    string MediaType { get; }

    string Extension { get; }

    void WriteHeader(IBufferWriter<byte> output);

    void WriteEntry(IBufferWriter<byte> output, LogEntryDto entry);
}
