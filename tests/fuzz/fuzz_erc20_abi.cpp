// Fuzz target for the ERC-20 ABI (chain/erc20_abi) and the JSON-RPC hex
// encodings (chain/evm_quantity). Built like fuzz_amount_parse.cpp (see there).
//
// The input is used four ways: as ABI return data (decodeUint, decodeString),
// as text (parseQuantity64/256, parseData), as JSON (decodeTransferLog of a
// log object, or of each object in an array), and as the parts of a transfer
// (calldata and a Transfer log built from its bytes).
//
// Properties: never crashes; decodeUint takes exactly one word and gives the
// minimal value, which uintWord turns back into the word; decodeString
// agrees with a reference reading of the offset/length words, and decodes
// every string an ABI encoder would write; quantities and data format back to
// the text they came from (toQuantity, toData), the 64- and 256-bit parsers
// agree, and toAmount/fromAmount round-trip; a decoded Transfer log, written
// back as JSON, decodes to the same log; calldata and logs built from parts
// decode to those parts; refusals carry the documented reasons.

#include "chain/erc20_abi.h"
#include "chain/evm_quantity.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <cstdlib>

namespace {

using namespace azc::chain;

void check(bool ok)
{
    if (!ok)
        std::abort();
}

bool isReason(const azc::Error &e, const char *a, const char *b = nullptr, const char *c = nullptr)
{
    return e.reason == QLatin1String(a) || (b && e.reason == QLatin1String(b)) || (c && e.reason == QLatin1String(c));
}

QByteArray minimal(const QByteArray &bigEndian)
{
    qsizetype i = 0;
    while (i < bigEndian.size() && bigEndian[i] == '\0')
        ++i;
    return bigEndian.mid(i);
}

QByteArray word(quint64 value)
{
    QByteArray w(32, '\0');
    for (int i = 31; value != 0; --i, value >>= 8)
        w[i] = char(value & 0xff);
    return w;
}

// The 32-byte word at `at` as a number if it is at most `limit`, else -1.
qsizetype referenceWord(const QByteArray &data, qsizetype at, qsizetype limit)
{
    if (at < 0 || at + 32 > data.size())
        return -1;
    quint64 value = 0;
    for (qsizetype i = at; i < at + 32; ++i) {
        if (value > quint64(limit))
            return -1; // already too big; more digits only grow it
        value = value << 8 | quint8(data[i]);
    }
    return value > quint64(limit) ? -1 : qsizetype(value);
}

void checkReturnData(const QByteArray &data)
{
    const auto u = erc20::decodeUint(data);
    check(u.ok() == (data.size() == 32));
    if (u) {
        check(*u == minimal(data));
        const auto w = erc20::uintWord(*u);
        check(w.ok() && *w == data);
    } else {
        check(isReason(u.error(), "bad_abi"));
    }

    const auto s = erc20::decodeString(data);
    const qsizetype offset = referenceWord(data, 0, data.size());
    const qsizetype length = referenceWord(data, offset, data.size());
    const bool fits = offset >= 0 && length >= 0 && offset + 32 + length <= data.size();
    check(s.ok() == fits);
    if (s)
        check(*s == QString::fromUtf8(data.mid(offset + 32, length)));
    else
        check(isReason(s.error(), "bad_abi"));
}

// What a Solidity `returns (string)` sends: offset, length, bytes padded to words.
void checkStringEncoding(const QByteArray &payload, quint8 extraWords)
{
    const QByteArray filler(32 * (extraWords % 3), '\x5a');
    QByteArray encoded = word(quint64(32 + filler.size())) + filler + word(quint64(payload.size())) + payload;
    encoded += QByteArray((32 - payload.size() % 32) % 32, '\0');
    const auto s = erc20::decodeString(encoded);
    check(s.ok() && *s == QString::fromUtf8(payload));
    if (!payload.isEmpty()) // cut inside the string
        check(!erc20::decodeString(encoded.left(64 + filler.size() + payload.size() - 1)).ok());
}

void checkText(const QString &text)
{
    const auto q64 = parseQuantity64(text);
    const auto q256 = parseQuantity256(text);
    const QString lower = text.startsWith(QLatin1String("0x")) ? QStringLiteral("0x") + text.mid(2).toLower() : text;
    if (q64) {
        check(toQuantity(*q64) == lower);
        check(q256.ok());
    } else {
        check(isReason(q64.error(), "bad_quantity"));
    }
    if (q256) {
        check(q256->size() <= 32 && *q256 == minimal(*q256));
        check(toQuantity(*q256) == lower);
        check(toQuantity(QByteArray(3, '\0') + *q256) == lower); // leading zero bytes are allowed
        const auto amount = toAmount(*q256);
        check(amount.has_value() == (q256->size() < 16 || (q256->size() == 16 && quint8(q256->at(0)) < 0x80)));
        if (amount) {
            check(!amount->isNegative() && fromAmount(*amount) == *q256);
            if (q64)
                check(amount->units() == azc::Int128(*q64));
        }
        if (text.size() <= 18)
            check(q64.ok());
    } else {
        check(isReason(q256.error(), "bad_quantity"));
    }

    const auto bytes = parseData(text);
    if (bytes) {
        check(toData(*bytes) == lower);
        const auto exact = parseData(text, int(bytes->size()));
        check(exact.ok() && *exact == *bytes);
        check(!parseData(text, int(bytes->size()) + 1).ok());
    } else {
        check(isReason(bytes.error(), "bad_data"));
    }
}

QJsonObject logJson(const erc20::TransferLog &log)
{
    QJsonObject o{{QStringLiteral("address"), toData(log.token)},
                  {QStringLiteral("topics"),
                   QJsonArray{toData(erc20::transferEventTopic()), toData(*erc20::addressWord(log.from)),
                              toData(*erc20::addressWord(log.to))}},
                  {QStringLiteral("data"), toData(*erc20::uintWord(log.value))},
                  {QStringLiteral("blockNumber"), toQuantity(log.blockNumber)},
                  {QStringLiteral("logIndex"), toQuantity(log.logIndex)}};
    if (!log.transactionHash.isEmpty())
        o.insert(QStringLiteral("transactionHash"), toData(log.transactionHash));
    return o;
}

bool sameLog(const erc20::TransferLog &a, const erc20::TransferLog &b)
{
    return a.token == b.token && a.from == b.from && a.to == b.to && a.value == b.value
            && a.transactionHash == b.transactionHash && a.blockNumber == b.blockNumber && a.logIndex == b.logIndex;
}

void checkLogJson(const QJsonObject &o)
{
    const auto log = erc20::decodeTransferLog(o);
    if (!log) {
        check(isReason(log.error(), "bad_abi", "bad_data", "bad_quantity"));
        return;
    }
    check(log->token.size() == 20 && log->from.size() == 20 && log->to.size() == 20);
    check(log->value == minimal(log->value) && log->value.size() <= 32);
    check(log->transactionHash.isEmpty() || log->transactionHash.size() == 32);
    const auto again = erc20::decodeTransferLog(logJson(*log));
    check(again.ok() && sameLog(*log, *again));
}

// Calldata and a Transfer log from the input's bytes.
void checkParts(const QByteArray &bytes)
{
    if (bytes.size() < 20)
        return;
    const QByteArray to = bytes.left(20);
    const QByteArray amount = bytes.mid(20, 34); // up to 34 bytes: over 32 significant ones is refused
    const auto call = erc20::transferCall(to, amount);
    if (minimal(amount).size() > 32) {
        check(!call.ok() && isReason(call.error(), "invalid_argument"));
        return;
    }
    check(call.ok() && call->size() == 4 + 64);
    check(call->left(4) == QByteArray::fromHex("a9059cbb")); // transfer(address,uint256)
    check(call->mid(4, 12) == QByteArray(12, '\0') && call->mid(16, 20) == to);
    const auto value = erc20::decodeUint(call->mid(36));
    check(value.ok() && *value == minimal(amount));
    const auto balance = erc20::balanceOfCall(to);
    check(balance.ok() && balance->size() == 36 && balance->left(4) == QByteArray::fromHex("70a08231")
          && balance->mid(4) == *erc20::addressWord(to));

    const QByteArray token = bytes.right(20);
    const QByteArray from = bytes.mid(bytes.size() / 2, 20).leftJustified(20, '\x01');
    const QList<QByteArray> topics{erc20::transferEventTopic(), *erc20::addressWord(from), *erc20::addressWord(to)};
    const auto log = erc20::decodeTransferLog(token, topics, *erc20::uintWord(amount));
    check(log.ok() && log->token == token && log->from == from && log->to == to && log->value == minimal(amount));
    const auto viaJson = erc20::decodeTransferLog(logJson(*log));
    check(viaJson.ok() && sameLog(*log, *viaJson));
    // ERC-721's Transfer indexes a fourth topic (the token id): not an amount.
    check(!erc20::decodeTransferLog(token, topics + QList<QByteArray>{*erc20::uintWord(amount)},
                                    *erc20::uintWord(amount))
                   .ok());
    // A word with bits above the 20 address bytes is not an address.
    QByteArray dirty = *erc20::addressWord(from);
    dirty[int(quint8(bytes[0]) % 12)] = char(quint8(bytes[0]) | 1);
    check(!erc20::decodeTransferLog(token, {topics[0], dirty, topics[2]}, *erc20::uintWord(amount)).ok());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkReturnData(bytes);
    checkStringEncoding(bytes, size > 0 ? data[0] : 0);
    checkText(QString::fromUtf8(bytes));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject())
        checkLogJson(doc.object());
    for (const QJsonValue &v : doc.array())
        checkLogJson(v.toObject());
    checkParts(bytes);
    return 0;
}
