#include "chain/erc20_abi.h"

#include "chain/evm_quantity.h"
#include "chaincrypto/hashes.h"

#include <QJsonArray>

namespace azc::chain::erc20 {

namespace {

constexpr int kWord = 32;

QByteArray stripLeadingZeros(QByteArray bytes)
{
    qsizetype zeros = 0;
    while (zeros < bytes.size() && bytes.at(zeros) == '\0')
        ++zeros;
    return bytes.mid(zeros);
}

Error badAbi(const QString &why)
{
    return fail("bad_abi", why);
}

// A word that must hold an address: 12 zero bytes, then 20 address bytes.
Result<QByteArray> addressFromWord(const QByteArray &word)
{
    if (word.size() != kWord || word.left(12) != QByteArray(12, '\0'))
        return badAbi(QStringLiteral("not an ABI-encoded address"));
    return word.mid(12);
}

// A small non-negative offset or length read from an ABI word; anything past
// `limit` cannot be valid for the data at hand.
Result<qsizetype> smallWord(const QByteArray &data, qsizetype at, qsizetype limit)
{
    if (at < 0 || at + kWord > data.size())
        return badAbi(QStringLiteral("return data too short"));
    const QByteArray value = stripLeadingZeros(data.mid(at, kWord));
    if (value.size() > 4)
        return badAbi(QStringLiteral("offset or length out of range"));
    qsizetype n = 0;
    for (char c : value)
        n = (n << 8) | quint8(c);
    if (n > limit)
        return badAbi(QStringLiteral("offset or length out of range"));
    return n;
}

} // namespace

QByteArray selector(const QByteArray &signature)
{
    return keccak256(signature).left(4);
}

QByteArray transferEventTopic()
{
    return keccak256(QByteArrayLiteral("Transfer(address,address,uint256)"));
}

Result<QByteArray> addressWord(const QByteArray &address20)
{
    if (address20.size() != 20)
        return fail("invalid_argument",
                    QStringLiteral("an address has 20 bytes, not %1").arg(address20.size()));
    return QByteArray(QByteArray(12, '\0') + address20);
}

Result<QByteArray> uintWord(const UInt256 &value)
{
    const QByteArray minimal = stripLeadingZeros(value);
    if (minimal.size() > kWord)
        return fail("invalid_argument", QStringLiteral("the value does not fit in 256 bits"));
    return QByteArray(QByteArray(kWord - minimal.size(), '\0') + minimal);
}

Result<QByteArray> transferCall(const QByteArray &to20, const UInt256 &amount)
{
    auto to = addressWord(to20);
    if (!to)
        return to.error();
    auto value = uintWord(amount);
    if (!value)
        return value.error();
    return QByteArray(selector("transfer(address,uint256)") + *to + *value);
}

Result<QByteArray> balanceOfCall(const QByteArray &holder20)
{
    auto holder = addressWord(holder20);
    if (!holder)
        return holder.error();
    return QByteArray(selector("balanceOf(address)") + *holder);
}

QByteArray totalSupplyCall()
{
    return selector("totalSupply()");
}

QByteArray decimalsCall()
{
    return selector("decimals()");
}

QByteArray nameCall()
{
    return selector("name()");
}

QByteArray symbolCall()
{
    return selector("symbol()");
}

Result<UInt256> decodeUint(const QByteArray &returnData)
{
    // Exactly one word: an empty answer is what a call to an address without
    // code returns, which must not read as a zero balance.
    if (returnData.size() != kWord)
        return badAbi(
                QStringLiteral("expected one 32-byte word, got %1 bytes").arg(returnData.size()));
    return stripLeadingZeros(returnData);
}

Result<QString> decodeString(const QByteArray &returnData)
{
    auto offset = smallWord(returnData, 0, returnData.size());
    if (!offset)
        return offset.error();
    auto length = smallWord(returnData, *offset, returnData.size());
    if (!length)
        return length.error();
    const qsizetype start = *offset + kWord;
    if (start + *length > returnData.size())
        return badAbi(QStringLiteral("string runs past the return data"));
    return QString::fromUtf8(returnData.mid(start, *length));
}

bool isTransferLog(const QList<QByteArray> &topics)
{
    return topics.size() == 3 && topics.at(0) == transferEventTopic();
}

Result<TransferLog> decodeTransferLog(const QByteArray &token20, const QList<QByteArray> &topics,
                                      const QByteArray &data)
{
    if (!isTransferLog(topics))
        return badAbi(QStringLiteral("not an ERC-20 Transfer log"));
    if (token20.size() != 20)
        return badAbi(QStringLiteral("the log's address has %1 bytes").arg(token20.size()));
    auto from = addressFromWord(topics.at(1));
    if (!from)
        return from.error();
    auto to = addressFromWord(topics.at(2));
    if (!to)
        return to.error();
    auto value = decodeUint(data);
    if (!value)
        return value.error();
    TransferLog out;
    out.token = token20;
    out.from = *from;
    out.to = *to;
    out.value = *value;
    return out;
}

Result<TransferLog> decodeTransferLog(const QJsonObject &log)
{
    auto token = parseData(log.value(QLatin1String("address")).toString(), 20);
    if (!token)
        return token.error();
    QList<QByteArray> topics;
    for (const QJsonValue &topic : log.value(QLatin1String("topics")).toArray()) {
        auto parsed = parseData(topic.toString(), kWord);
        if (!parsed)
            return parsed.error();
        topics.append(*parsed);
    }
    auto data = parseData(log.value(QLatin1String("data")).toString());
    if (!data)
        return data.error();
    auto decoded = decodeTransferLog(*token, topics, *data);
    if (!decoded)
        return decoded.error();
    TransferLog out = *decoded;

    // Absent (or null) while pending; present once mined.
    const QJsonValue hash = log.value(QLatin1String("transactionHash"));
    if (hash.isString()) {
        auto parsed = parseData(hash.toString(), kWord);
        if (!parsed)
            return parsed.error();
        out.transactionHash = *parsed;
    }
    const QJsonValue block = log.value(QLatin1String("blockNumber"));
    if (block.isString()) {
        auto parsed = parseQuantity64(block.toString());
        if (!parsed)
            return parsed.error();
        out.blockNumber = *parsed;
    }
    const QJsonValue index = log.value(QLatin1String("logIndex"));
    if (index.isString()) {
        auto parsed = parseQuantity64(index.toString());
        if (!parsed)
            return parsed.error();
        out.logIndex = *parsed;
    }
    return out;
}

} // namespace azc::chain::erc20
