namespace Logtrail.Infrastructure.Keys;

public enum KeyChangeScope
{
    Key,
    Project,
}
