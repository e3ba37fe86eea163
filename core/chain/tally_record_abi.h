#pragma once
// The ABI of contracts/TallyRecord.sol (issue 19, the DAO's tally results on
// chain): calldata for record() and resultOf(), and resultOf()'s answer.
// Built on erc20_abi's words, so both contracts share one encoder.
// Reasons: "bad_abi" (malformed return data).

#include "chaincrypto/eth_transaction.h"
#include "common/result.h"

#include <QByteArray>

namespace azc::chain::tally {

// "record(bytes32,bytes32,uint8,uint256,uint256,uint256)" and
// "resultOf(address,bytes32)": the first 4 bytes of their Keccak-256.
QByteArray recordSelector();
QByteArray resultOfSelector();
// Keccak-256("Recorded(address,bytes32,bytes32,uint8,uint256,uint256,uint256)"): topic 0.
QByteArray recordedEventTopic();

// Empty when an argument cannot be encoded (a proposal or root that is not
// 32 bytes, a weight beyond 256 bits): custody refuses empty calldata, so a
// bad argument can never become a transaction.
QByteArray recordCall(const QByteArray &proposal32, const QByteArray &root32, quint8 outcome,
                      const chain::UInt256 &forW, const chain::UInt256 &againstW,
                      const chain::UInt256 &abstainW);
// Empty when the recorder is not 20 bytes or the proposal not 32.
QByteArray resultOfCall(const QByteArray &recorder20, const QByteArray &proposal32);

struct RecordedTally
{
    QByteArray root;           // 32 bytes
    quint8 outcome = 0;
    UInt256 forWeight, againstWeight, abstainWeight; // minimal big-endian (zero is empty)
    quint64 recordedAt = 0;    // block timestamp, seconds; 0 = nothing recorded
};

// resultOf()'s six words. Fails on anything else — an empty answer too, which
// is what a call to an address without code returns and must not read as
// "nothing recorded".
Result<RecordedTally> decodeResultOf(const QByteArray &returnData);

} // namespace azc::chain::tally
