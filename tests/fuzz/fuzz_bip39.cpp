// Fuzz target for BIP39 mnemonics (chaincrypto/bip39): entropyFromMnemonic /
// validateMnemonic on arbitrary text, and mnemonicFromEntropy -> entropy on
// entropy taken from the input. Built like fuzz_amount_parse.cpp (see there).
//
// Properties: never crashes; validateMnemonic agrees with
// entropyFromMnemonic; a refusal is invalid_length, unknown_word (with the
// word and its 1-based position) or bad_checksum; accepted text gives 16..32
// bytes of entropy (4 per 3 words) whose mnemonic is the text's words,
// lower-cased and single-spaced; entropy -> mnemonic -> entropy round-trips,
// also through upper case and extra whitespace; replacing one word by another
// is caught by the checksum or changes the entropy; a word list cut or
// extended by one word is refused.

#include "chaincrypto/bip39.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <cstdlib>

namespace {

using namespace azc::chain;

void check(bool ok)
{
    if (!ok)
        std::abort();
}

QStringList wordsOf(const QString &text)
{
    return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void checkText(const QString &text)
{
    const auto entropy = bip39::entropyFromMnemonic(text);
    check(bip39::validateMnemonic(text).ok() == entropy.ok());
    const QStringList words = wordsOf(text);
    if (!entropy) {
        const azc::Error &e = entropy.error();
        if (e.reason == QLatin1String("unknown_word")) {
            const int position = e.data.value(QStringLiteral("position")).toInt();
            check(position >= 1 && position <= words.size());
            check(e.data.value(QStringLiteral("word")).toString() == words.at(position - 1));
        } else {
            check(e.reason == QLatin1String("invalid_length") || e.reason == QLatin1String("bad_checksum"));
            if (e.reason == QLatin1String("invalid_length"))
                check(words.size() < 12 || words.size() > 24 || words.size() % 3 != 0);
        }
        return;
    }
    check(entropy->size() * 3 == words.size() * 4);
    const auto mnemonic = bip39::mnemonicFromEntropy(*entropy);
    check(mnemonic.ok() && *mnemonic == words.join(QLatin1Char(' ')).toLower());
}

void checkEntropy(const QByteArray &input)
{
    if (input.size() < 16)
        return;
    const int size = 16 + 4 * int((input.size() - 16) % 5); // 16, 20, 24, 28 or 32 bytes
    const QByteArray entropy = input.size() >= size ? input.left(size) : input.left(16);
    const auto mnemonic = bip39::mnemonicFromEntropy(entropy);
    check(mnemonic.ok());
    const QStringList words = mnemonic->split(QLatin1Char(' '));
    check(words.size() * 4 == entropy.size() * 3);

    const auto back = bip39::entropyFromMnemonic(*mnemonic);
    check(back.ok() && *back == entropy);
    const QString messy = QStringLiteral("\t ") + words.join(QStringLiteral("  \n")).toUpper() + QStringLiteral(" \r\n");
    const auto again = bip39::entropyFromMnemonic(messy);
    check(again.ok() && *again == entropy);

    // Another word at one position: the checksum catches it, or it is another entropy.
    const qsizetype at = quint8(input.at(0)) % words.size();
    const QStringList others = bip39::mnemonicFromEntropy(QByteArray(16, char(input.at(1))))->split(QLatin1Char(' '));
    QStringList changed = words;
    changed[at] = others.at(quint8(input.at(2)) % others.size());
    if (changed[at] != words[at]) {
        const auto altered = bip39::entropyFromMnemonic(changed.join(QLatin1Char(' ')));
        check(!altered.ok() || *altered != entropy);
        if (!altered.ok())
            check(altered.error().reason == QLatin1String("bad_checksum"));
    }
    check(!bip39::entropyFromMnemonic(QStringList(words.mid(1)).join(QLatin1Char(' '))).ok());
    check(!bip39::entropyFromMnemonic(*mnemonic + QStringLiteral(" abandon")).ok());

    check(!bip39::mnemonicFromEntropy(entropy.left(entropy.size() - 1)).ok());
    check(!bip39::mnemonicFromEntropy(entropy + QByteArray(1, '\0')).ok());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkText(QString::fromUtf8(bytes));
    checkEntropy(bytes);
    return 0;
}
