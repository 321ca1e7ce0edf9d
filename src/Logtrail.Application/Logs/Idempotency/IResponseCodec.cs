namespace Logtrail.Application.Logs.Idempotency;

/// <summary>Turns a response into the text that is remembered for replay, and back, exactly as the API writes it.</summary>
public interface IResponseCodec
{
    string Encode<T>(T response);

    T Decode<T>(string text);
}
