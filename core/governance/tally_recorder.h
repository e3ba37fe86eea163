#pragma once
// Where a proposal's tally goes so that it cannot be rewritten afterwards:
// the TallyRecord contract on an EVM chain (chain_tally_recorder.cpp), sent
// through custody's outbox. Governance only knows this interface.

#include "common/amount.h"
#include "common/result.h"

#include <QString>
#include <functional>
#include <optional>

namespace azc::governance {

struct RecordedResult {
    QString root;    // hex SHA-256 of the tally's Merkle sum tree
    int outcome = 0; // 1 passed, 2 rejected
    Amount forWeight, againstWeight, abstainWeight;
    qint64 recordedAt = 0; // chain time, seconds; 0: not recorded
};

class TallyRecorder
{
public:
    virtual ~TallyRecorder() = default;
    virtual QString contractAddress() const = 0; // 0x…
    virtual QString recorderAddress() const = 0; // the platform's address whose records count
    // Sends the record once per proposal (a repeat answers the first
    // transaction); `done` gets the transaction hash.
    virtual void record(const QString &proposalId, const RecordedResult &result, std::function<void(Result<QString>)> done) = 0;
    // What the chain holds for the proposal (recordedAt 0: nothing).
    virtual void readBack(const QString &proposalId, std::function<void(Result<RecordedResult>)> done) = 0;
    // The record's transaction, if it is final: confirmed (true) or failed
    // (false); nullopt while it is not (or was never sent). For restarts,
    // when onFinal's call may have been missed.
    virtual std::optional<bool> finalState(const QString &proposalId, QString *txHash) = 0;
    // Called once the record's transaction is final: confirmed or failed.
    virtual void onFinal(std::function<void(const QString &proposalId, const QString &txHash, bool confirmed)> fn) = 0;
};

} // namespace azc::governance
