#pragma once
// TallyRecorder on an EVM chain: the TallyRecord contract (contracts/
// TallyRecord.sol), written through custody's outbox from the hot wallet
// (one transaction per proposal, its gas booked like a sweep's) and read
// back with eth_call. The records count for the hot wallet's address, which
// is what the app shows as the recorder.

#include "governance/tally_recorder.h"

#include <QByteArray>
#include <QString>

namespace azc::custody { class CustodyService; }

namespace azc::governance {

class ChainTallyRecorder : public TallyRecorder
{
public:
    ChainTallyRecorder(custody::CustodyService &custody, QString networkId, QByteArray contract20);

    QString contractAddress() const override;
    QString recorderAddress() const override;
    void record(const QString &proposalId, const RecordedResult &result, std::function<void(Result<QString>)> done) override;
    void readBack(const QString &proposalId, std::function<void(Result<RecordedResult>)> done) override;
    std::optional<bool> finalState(const QString &proposalId, QString *txHash) override;
    void onFinal(std::function<void(const QString &proposalId, const QString &txHash, bool confirmed)> fn) override;

    static QString purpose() { return QStringLiteral("governance"); }
    // A proposal id (32 hex digits) as the contract's bytes32 key: left-padded with zeros.
    static QByteArray proposalKey(const QString &proposalId);

private:
    custody::CustodyService &m_custody;
    QString m_network;
    QByteArray m_contract;
};

} // namespace azc::governance
