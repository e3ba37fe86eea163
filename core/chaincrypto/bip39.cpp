#include "chaincrypto/bip39.h"

#include "crypto/digest.h"
#include "crypto/secure_random.h"

#include <QFile>
#include <QHash>
#include <QStringList>

#include <openssl/evp.h>

namespace azc::chain::bip39 {

namespace {

struct Wordlist
{
    QStringList words;
    QHash<QString, int> index;
};

const Wordlist &english()
{
    static const Wordlist list = [] {
        Wordlist w;
        QFile file(QStringLiteral(":/chaincrypto/bip39_english.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("BIP39 wordlist resource missing");
        w.words = QString::fromLatin1(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (w.words.size() != 2048)
            qFatal("BIP39 wordlist must have 2048 words");
        for (int i = 0; i < w.words.size(); ++i)
            w.index.insert(w.words[i], i);
        return w;
    }();
    return list;
}

bool bit(const QByteArray &bytes, int i)
{
    return (quint8(bytes[i / 8]) >> (7 - i % 8)) & 1;
}

QStringList splitWords(const QString &mnemonic)
{
    return mnemonic.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

Result<QString> mnemonicFromEntropy(const QByteArray &entropy)
{
    const int ent = int(entropy.size()) * 8;
    if (ent < 128 || ent > 256 || ent % 32 != 0)
        return fail("invalid_entropy",
                    QStringLiteral("Entropy must be 128 to 256 bits in steps of 32"));
    const int cs = ent / 32;
    const QByteArray bits =
            entropy + crypto::sha256(entropy); // checksum = first cs bits of the hash
    QStringList words;
    for (int w = 0; w < (ent + cs) / 11; ++w) {
        int idx = 0;
        for (int b = 0; b < 11; ++b)
            idx = (idx << 1) | int(bit(bits, w * 11 + b));
        words << english().words[idx];
    }
    return words.join(QLatin1Char(' '));
}

Result<QString> generateMnemonic(int bits)
{
    if (bits < 128 || bits > 256 || bits % 32 != 0)
        return fail("invalid_entropy",
                    QStringLiteral("Entropy must be 128 to 256 bits in steps of 32"));
    return mnemonicFromEntropy(crypto::randomBytes(bits / 8));
}

Result<QByteArray> entropyFromMnemonic(const QString &mnemonic)
{
    const QStringList words = splitWords(mnemonic);
    const int n = int(words.size());
    if (n < 12 || n > 24 || n % 3 != 0)
        return fail("invalid_length",
                    QStringLiteral("A mnemonic has 12, 15, 18, 21 or 24 words, not %1").arg(n));
    const int total = n * 11, cs = total / 33, ent = total - cs;
    QByteArray bits((total + 7) / 8, '\0');
    for (int w = 0; w < n; ++w) {
        const auto it = english().index.constFind(words[w].toLower());
        if (it == english().index.constEnd())
            return fail("unknown_word",
                        QStringLiteral("\"%1\" is not a BIP39 English word").arg(words[w]),
                        QJsonObject{{QStringLiteral("word"), words[w]},
                                    {QStringLiteral("position"), w + 1}});
        for (int b = 0; b < 11; ++b)
            if ((it.value() >> (10 - b)) & 1)
                bits[(w * 11 + b) / 8] =
                        char(quint8(bits[(w * 11 + b) / 8]) | (0x80 >> ((w * 11 + b) % 8)));
    }
    const QByteArray entropy = bits.left(ent / 8);
    const QByteArray hash = crypto::sha256(entropy);
    // ent is a multiple of 32 and cs at most 8: the checksum is the top cs
    // bits of the byte after the entropy, and of the hash's first byte.
    // Compared as masked bytes, not bit by bit: Debian 12's GCC 12.2 at -O2
    // miscompiles a loop comparing ((a >> (7 - i % 8)) & 1) with the same
    // extraction at another offset, and refused valid mnemonics.
    const quint8 mask = quint8(0xff << (8 - cs));
    if ((quint8(hash[0]) & mask) != (quint8(bits[ent / 8]) & mask))
        return fail("bad_checksum", QStringLiteral("The mnemonic's checksum word does not match"));
    return entropy;
}

Status validateMnemonic(const QString &mnemonic)
{
    auto entropy = entropyFromMnemonic(mnemonic);
    if (!entropy)
        return entropy.error();
    return okStatus();
}

QByteArray seedFromMnemonic(const QString &mnemonic, const QString &passphrase)
{
    // BIP39 normalises both strings to NFKD. Our wordlist is English (ASCII),
    // where NFKD is the identity, but a passphrase may hold any Unicode, so
    // normalise for real rather than rely on that.
    const QByteArray password = mnemonic.normalized(QString::NormalizationForm_KD).toUtf8();
    const QByteArray salt = QString(QStringLiteral("mnemonic") + passphrase)
                                    .normalized(QString::NormalizationForm_KD)
                                    .toUtf8();
    QByteArray seed(64, '\0');
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), 2048, EVP_sha512(), int(seed.size()),
                          reinterpret_cast<unsigned char *>(seed.data()))
        != 1)
        qFatal("PKCS5_PBKDF2_HMAC failed");
    return seed;
}

} // namespace azc::chain::bip39
