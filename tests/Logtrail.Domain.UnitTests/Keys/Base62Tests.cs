using Logtrail.Domain.Keys;

namespace Logtrail.Domain.UnitTests.Keys;

public sealed class Base62Tests
{
    [TestCase(0u, "000000")]
    [TestCase(61u, "00000z")]
    [TestCase(62u, "000010")]
    [TestCase(uint.MaxValue, "4gfFC3")]
    public void Encodes_left_padded_to_six_characters_with_the_alphabet_digits_upper_lower(uint value, string expected)
    {
        Assert.That(Base62.Encode(value, 6), Is.EqualTo(expected));
    }

    [Test]
    public void Random_text_uses_only_the_alphabet_and_is_not_repeated()
    {
        var first = Base62.Random(32);
        var second = Base62.Random(32);

        Assert.That(first, Does.Match("^[0-9A-Za-z]{32}$"));
        Assert.That(first, Is.Not.EqualTo(second));
    }
}
