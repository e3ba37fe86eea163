#include "chain/tally_record_abi.h"

#include "chain/erc20_abi.h"
#include "chaincrypto/hashes.h"

namespace azc::chain::tally {

namespace {

constexpr int kWord = 32;
constexpr int kResultWords = 6; // root, outcome, for, against, abstain, recordedAt

Error badAbi(const QString &why)
{
    return fail("bad_abi", why);
}

// A word whose value must fit in `bytes` bytes (uint8: 1, uint64: 8).
bool fitsIn(const QByteArray &word, int bytes)
{
    return word.left(kWord - bytes) == QByteArray(kWord - bytes, '\0');
}

quint64 lowBits(const QByteArray &word, int bytes)
{
    quint64 n = 0;
    for (char c : word.right(bytes))
        n = (n << 8) | quint8(c);
    return n;
}

} // namespace

QByteArray recordSelector()
{
    return erc20::selector("record(bytes32,bytes32,uint8,uint256,uint256,uint256)");
}

QByteArray resultOfSelector()
{
    return erc20::selector("resultOf(address,bytes32)");
}

QByteArray recordedEventTopic()
{
    return keccak256(QByteArrayLiteral("Recorded(address,bytes32,bytes32,uint8,uint256,uint256,uint256)"));
}

QByteArray recordCall(const QByteArray &proposal32, const QByteArray &root32, quint8 outcome,
                      const chain::UInt256 &forW, const chain::UInt256 &againstW,
                      const chain::UInt256 &abstainW)
{
    if (proposal32.size() != kWord || root32.size() != kWord)
        return {};
    QByteArray out = recordSelector() + proposal32 + root32;
    for (const UInt256 &value : {uint256(outcome), forW, againstW, abstainW}) {
        auto word = erc20::uintWord(value);
        if (!word)
            return {};
        out += *word;
    }
    return out;
}

QByteArray resultOfCall(const QByteArray &recorder20, const QByteArray &proposal32)
{
    auto recorder = erc20::addressWord(recorder20);
    if (!recorder || proposal32.size() != kWord)
        return {};
    return resultOfSelector() + *recorder + proposal32;
}

Result<RecordedTally> decodeResultOf(const QByteArray &returnData)
{
    if (returnData.size() != kResultWords * kWord)
        return badAbi(QStringLiteral("resultOf answers %1 bytes, not %2")
                              .arg(returnData.size())
                              .arg(kResultWords * kWord));
    auto word = [&](int i) { return returnData.mid(i * kWord, kWord); };
    if (!fitsIn(word(1), 1))
        return badAbi(QStringLiteral("the outcome is not a uint8"));
    if (!fitsIn(word(5), 8))
        return badAbi(QStringLiteral("recordedAt is not a uint64"));
    RecordedTally out;
    out.root = word(0);
    out.outcome = quint8(lowBits(word(1), 1));
    // decodeUint: one word → minimal big-endian, the UInt256 convention.
    out.forWeight = erc20::decodeUint(word(2)).value();
    out.againstWeight = erc20::decodeUint(word(3)).value();
    out.abstainWeight = erc20::decodeUint(word(4)).value();
    out.recordedAt = lowBits(word(5), 8);
    return out;
}

} // namespace azc::chain::tally
