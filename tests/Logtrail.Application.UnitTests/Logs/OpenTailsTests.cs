using Logtrail.Application.Logs.Tail;

namespace Logtrail.Application.UnitTests.Logs;

/// <summary>The open-tail limits: per key, and per instance across keys; a closed tail frees its place in both.</summary>
public sealed class OpenTailsTests
{
    private static readonly TailOptions Limits = new() { MaxOpenPerKey = 2, MaxOpenPerInstance = 3 };

    [Test]
    public void A_key_beyond_its_limit_is_refused_with_429_and_the_instance_keeps_the_place()
    {
        var tails = new OpenTails();
        var key = Guid.NewGuid();
        using var first = tails.Open(key, Limits);
        using var second = tails.Open(key, Limits);

        Assert.Throws<TooManyTailsException>(() => tails.Open(key, Limits));
        using var other = tails.Open(Guid.NewGuid(), Limits);
    }

    [Test]
    public void The_instance_beyond_its_limit_refuses_every_key_with_503_until_a_tail_closes()
    {
        var tails = new OpenTails();
        var (ann, bob, cy) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var annFirst = tails.Open(ann, Limits);
        using var annSecond = tails.Open(ann, Limits);
        using var bobFirst = tails.Open(bob, Limits);

        var refused = Assert.Throws<TooManyTailsOnInstanceException>(() => tails.Open(cy, Limits));
        Assert.That(refused!.RetryAfter, Is.GreaterThan(TimeSpan.Zero));
        Assert.Throws<TooManyTailsOnInstanceException>(() => tails.Open(bob, Limits), "a refusal takes no place");

        annFirst.Dispose();
        annFirst.Dispose();
        using var cyFirst = tails.Open(cy, Limits);
        Assert.Throws<TooManyTailsOnInstanceException>(() => tails.Open(bob, Limits), "a lease disposed twice frees one place");
    }
}
