#include "governance/chain_tally_recorder.h"

#include "chain/evm_quantity.h"
#include "chain/tally_record_abi.h"
#include "chaincrypto/eth_address.h"
#include "custody/custody_service.h"
#include "custody/outbox.h"

namespace azc::governance {

namespace {

// Enough for the first record (a cold storage slot per field, an event).
constexpr quint64 kRecordGas = 250'000;

QString hexOf(const QByteArray &bytes) { return QStringLiteral("0x") + QString::fromLatin1(bytes.toHex()); }

} // namespace

ChainTallyRecorder::ChainTallyRecorder(custody::CustodyService &custody, QString networkId, QByteArray contract20)
    : m_custody(custody), m_network(std::move(networkId)), m_contract(std::move(contract20))
{
}

QString ChainTallyRecorder::contractAddress() const { return chain::toChecksumAddress(m_contract); }

QString ChainTallyRecorder::recorderAddress() const
{
    return m_custody.isOpen() ? chain::toChecksumAddress(m_custody.hotWalletAddress()) : QString();
}

QByteArray ChainTallyRecorder::proposalKey(const QString &proposalId)
{
    const QByteArray raw = QByteArray::fromHex(proposalId.toLatin1()).right(32);
    return QByteArray(32 - raw.size(), '\0') + raw;
}

void ChainTallyRecorder::record(const QString &proposalId, const RecordedResult &r, std::function<void(Result<QString>)> done)
{
    const QByteArray root = QByteArray::fromHex(r.root.toLatin1());
    if (root.size() != 32)
        return done(fail("invalid_state", QStringLiteral("a tally root is 32 bytes")));
    const QByteArray data = chain::tally::recordCall(proposalKey(proposalId), root, quint8(r.outcome), chain::fromAmount(r.forWeight),
                                                     chain::fromAmount(r.againstWeight), chain::fromAmount(r.abstainWeight));
    m_custody.sendContractCall(m_network, purpose(), proposalId, m_contract, data, kRecordGas,
                               [done](Result<custody::OutgoingTx> tx) {
        if (!tx)
            return done(tx.error());
        done(hexOf(tx->hash));
    });
}

void ChainTallyRecorder::readBack(const QString &proposalId, std::function<void(Result<RecordedResult>)> done)
{
    if (!m_custody.isOpen())
        return done(fail("unavailable", QStringLiteral("custody is closed: the recorder's address is unknown")));
    const QByteArray data = chain::tally::resultOfCall(m_custody.hotWalletAddress(), proposalKey(proposalId));
    m_custody.callContract(m_network, m_contract, data, [done](Result<QByteArray> answer) {
        if (!answer)
            return done(answer.error());
        auto decoded = chain::tally::decodeResultOf(*answer);
        if (!decoded)
            return done(decoded.error());
        RecordedResult out;
        out.root = QString::fromLatin1(decoded->root.toHex());
        out.outcome = decoded->outcome;
        const auto f = chain::toAmount(decoded->forWeight), a = chain::toAmount(decoded->againstWeight),
                   ab = chain::toAmount(decoded->abstainWeight);
        if (!f || !a || !ab)
            return done(fail("bad_abi", QStringLiteral("a recorded weight does not fit 128 bits")));
        out.forWeight = *f;
        out.againstWeight = *a;
        out.abstainWeight = *ab;
        out.recordedAt = qint64(decoded->recordedAt);
        done(out);
    });
}

std::optional<bool> ChainTallyRecorder::finalState(const QString &proposalId, QString *txHash)
{
    auto tx = m_custody.contractCallStatus(purpose(), proposalId);
    if (!tx || !tx->has_value())
        return std::nullopt;
    const custody::OutgoingTx &t = tx->value();
    if (txHash)
        *txHash = hexOf(t.hash);
    if (t.status == QLatin1String("confirmed"))
        return true;
    if (t.status == QLatin1String("failed"))
        return false;
    return std::nullopt;
}

void ChainTallyRecorder::onFinal(std::function<void(const QString &, const QString &, bool)> fn)
{
    m_custody.onContractCallFinal([fn](const custody::OutgoingTx &tx) {
        if (tx.purpose == purpose())
            fn(tx.refId, hexOf(tx.hash), tx.status == QLatin1String("confirmed"));
    });
}

} // namespace azc::governance
