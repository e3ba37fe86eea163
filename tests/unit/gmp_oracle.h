#pragma once
// GMP as the big-integer oracle of the unit tests of exact money rules:
// integers to and from Int128 through decimal text (slow, obviously right),
// independent of the 256-bit code under test; and random 128-bit numbers.

#include "common/amount.h"

#include <QRandomGenerator>
#include <QString>

#include <gmp.h>

namespace azc {

// GMP integers from and to Int128 through decimal text: slow, obviously right.
struct Big
{
    mpz_t v;
    Big() { mpz_init(v); }
    explicit Big(Int128 x) { mpz_init_set_str(v, int128ToString(x).toLatin1().constData(), 10); }
    ~Big() { mpz_clear(v); }
    Big(const Big &) = delete;
    Big &operator=(const Big &) = delete;
    QString str() const
    {
        QByteArray buf(int(mpz_sizeinbase(v, 10)) + 2, '\0');
        mpz_get_str(buf.data(), 10, v);
        return QString::fromLatin1(buf.constData());
    }
    Int128 int128() const { return Amount::fromUnitsText(str()).value().units(); }
};

inline QString text(Int128 v)
{
    return int128ToString(v);
}

// Uniform enough in [0, bound].
inline Int128 randomUpTo(QRandomGenerator &rng, Int128 bound)
{
    const UInt128 r = (UInt128(rng.generate64()) << 64) | rng.generate64();
    return Int128(r % (UInt128(bound) + 1));
}

// A number of about `digits` decimal digits (1..38), at least 1.
inline Int128 randomDigits(QRandomGenerator &rng, int digits)
{
    return 1 + randomUpTo(rng, powerOfTen(digits) - 1);
}

} // namespace azc
