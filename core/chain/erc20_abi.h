#pragma once
// The ERC-20 (EIP-20) slice of the Solidity ABI that the chain layer speaks:
// calldata for the calls a wallet makes, and the Transfer event that deposits
// are detected by. Amounts are UInt256 (big-endian bytes), never fractional.
// Reasons: "invalid_argument" (unencodable input), "bad_abi" (malformed
// return data or log), plus evm_quantity's "bad_data" / "bad_quantity".

#include "chaincrypto/eth_transaction.h"
#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace azc::chain::erc20 {

// The first 4 bytes of Keccak-256 of a canonical signature, e.g.
// "transfer(address,uint256)" -> a9059cbb.
QByteArray selector(const QByteArray &signature);
// Keccak-256("Transfer(address,address,uint256)"), topic 0 of every Transfer log.
QByteArray transferEventTopic();

// One 32-byte ABI word: an address (20 bytes) or a uint256 (at most 32 bytes,
// leading zeros allowed), left-padded with zeros.
Result<QByteArray> addressWord(const QByteArray &address20);
Result<QByteArray> uintWord(const UInt256 &value);

Result<QByteArray> transferCall(const QByteArray &to20, const UInt256 &amount);
Result<QByteArray> balanceOfCall(const QByteArray &holder20);
QByteArray totalSupplyCall();
QByteArray decimalsCall();
QByteArray nameCall();
QByteArray symbolCall();

// Return data of a uint256 function (balanceOf, totalSupply, decimals):
// minimal big-endian, like uint256() (zero is empty).
Result<UInt256> decodeUint(const QByteArray &returnData);
// Return data of a string function (name, symbol), UTF-8.
Result<QString> decodeString(const QByteArray &returnData);

struct TransferLog
{
    QByteArray token;           // the emitting contract, 20 bytes
    QByteArray from;            // 20 bytes (zero address for a mint)
    QByteArray to;              // 20 bytes
    UInt256 value;              // minimal big-endian
    QByteArray transactionHash; // 32 bytes, empty when the log has none (pending)
    quint64 blockNumber = 0;    // 0 when the log has none (pending)
    quint64 logIndex = 0;
};

// Whether a log is an ERC-20 Transfer: topic 0 matches and there are exactly
// three topics. ERC-721 Transfers share topic 0 but index the token id (four
// topics), so they are not mistaken for token amounts.
bool isTransferLog(const QList<QByteArray> &topics);
// From a log's parts (32-byte topics, raw data); the block fields stay zero.
// Fails with "bad_abi" when isTransferLog() is false or the data is not one word.
Result<TransferLog> decodeTransferLog(const QByteArray &token20, const QList<QByteArray> &topics,
                                      const QByteArray &data);
// From a log as JSON-RPC returns it (a receipt's "logs", eth_getLogs).
Result<TransferLog> decodeTransferLog(const QJsonObject &log);

} // namespace azc::chain::erc20
