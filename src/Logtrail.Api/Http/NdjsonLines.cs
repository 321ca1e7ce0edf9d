using System.Runtime.CompilerServices;

namespace Logtrail.Api.Http;

/// <summary>One non-blank line of an NDJSON body (1-based number), valid until the next line is read.</summary>
public readonly record struct NdjsonLine(int Number, ReadOnlyMemory<byte> Text);

/// <summary>
/// Splits an NDJSON body into lines as it streams in; blank lines are skipped (and whitespace is never buffered, so a
/// body of nothing but whitespace costs no memory), a trailing <c>\r</c> is dropped.
/// </summary>
public static class NdjsonLines
{
    public static async IAsyncEnumerable<NdjsonLine> ReadAsync(BodySource body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var number = 1;
        var searched = 0;
        while (true)
        {
            var unconsumed = body.Unconsumed;
            var newline = unconsumed.Span[searched..].IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var end = searched + newline;
                if (!IsBlank(unconsumed.Span[..end]))
                {
                    yield return new NdjsonLine(number, unconsumed[..end].TrimEnd((byte)'\r'));
                }

                body.Consume(end + 1);
                number++;
                searched = 0;
                continue;
            }

            if (IsBlank(unconsumed.Span))
            {
                body.Consume(unconsumed.Length);
                searched = 0;
            }
            else
            {
                searched = unconsumed.Length;
            }

            if (!await body.FillAsync(cancellationToken))
            {
                if (!IsBlank(body.Unconsumed.Span))
                {
                    yield return new NdjsonLine(number, body.Unconsumed.TrimEnd((byte)'\r'));
                }

                yield break;
            }
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> text) => text.IndexOfAnyExcept(" \t\r"u8) < 0;
}
