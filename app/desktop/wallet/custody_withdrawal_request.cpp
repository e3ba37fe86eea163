#include "wallet/custody_withdrawal_request.h"

#include "foundation/idempotency_key.h"
#include "foundation/app_context.h"
#include "wallet/custody_errors.h"
#include "foundation/session.h"

#include "common/amount.h"


namespace azc {

CustodyWithdrawalRequest::CustodyWithdrawalRequest(QObject *parent) : RemoteObject(parent) {}

void CustodyWithdrawalRequest::setStage(Stage stage)
{
    m_stage = stage;
    emit stageChanged();
}

void CustodyWithdrawalRequest::setError(const RpcReply *reply, bool canRetry)
{
    m_errorText = reply ? CustodyErrors::describe(*reply, m_asset) : QString();
    if (reply && reply->reason == QLatin1String("two_factor_required") && context()
        && !context()->session()->totpEnabled())
        m_errorText = tr("Withdrawals of this size need two-factor authentication. Turn it on under Profile & security.");
    m_errorReason = reply ? reply->reason : QString();
    m_canRetry = canRetry;
    emit errorChanged();
}

void CustodyWithdrawalRequest::setQuote(const QVariantMap &quote, bool quoting)
{
    m_quote = quote;
    m_quoting = quoting;
    m_needsTwoFactor = quote.value(QStringLiteral("needsTwoFactor")).toBool();
    emit quoteChanged();
}

QJsonObject CustodyWithdrawalRequest::params() const
{
    return {{QStringLiteral("network"), m_network},
            {QStringLiteral("asset"), m_asset},
            {QStringLiteral("amount"), m_amount},
            {QStringLiteral("address"), m_address}};
}

void CustodyWithdrawalRequest::update(const QString &network, const QString &asset, int decimals,
                                      const QString &amount, const QString &address)
{
    if (m_stage != Editing)
        return;
    const QString trimmedAmount = amount.trimmed();
    const QString trimmedAddress = address.trimmed();
    if (network == m_network && asset == m_asset && trimmedAmount == m_amount && trimmedAddress == m_address
        && (hasQuote() || m_quoting || !m_errorReason.isEmpty()))
        return;
    m_network = network;
    m_asset = asset;
    m_decimals = decimals;
    m_amount = trimmedAmount;
    m_address = trimmedAddress;
    m_key.clear(); // another intent
    ++m_quoteSeq;
    setQuote({}, false);
    setError(nullptr);
    if (m_network.isEmpty() || m_asset.isEmpty() || m_address.isEmpty() || m_amount.isEmpty())
        return; // nothing to quote yet, and nothing wrong either
    const auto parsed = Amount::parse(m_amount, decimals < 0 ? Amount::kMaxDecimals : decimals);
    if (!parsed || parsed->units() <= 0) {
        RpcReply local;
        local.reason = parsed || parsed.error().reason != QLatin1String("too_precise") ? QStringLiteral("invalid_amount")
                                                                                      : QStringLiteral("too_precise");
        local.data.insert(QStringLiteral("decimals"), decimals);
        setError(&local);
        return;
    }
    const quint64 seq = m_quoteSeq;
    setQuote({}, true);
    request(QStringLiteral("withdraw.quote"), params(), [this, seq](const QJsonObject &result) {
        if (seq != m_quoteSeq)
            return; // the form changed meanwhile
        setQuote(result.toVariantMap(), false);
    }, [this, seq](const RpcReply &reply) {
        if (seq != m_quoteSeq)
            return;
        setQuote({}, false);
        setError(&reply);
    });
}

void CustodyWithdrawalRequest::requote()
{
    const QString network = m_network;
    m_network.clear(); // differs from the last values: quoted again
    update(network, m_asset, m_decimals, m_amount, m_address);
}

void CustodyWithdrawalRequest::submit(const QString &twoFactorCode)
{
    if (m_stage != Editing || !hasQuote())
        return;
    if (m_needsTwoFactor && twoFactorCode.trimmed().isEmpty()) {
        RpcReply local;
        local.reason = QStringLiteral("two_factor_required");
        setError(&local);
        return;
    }
    if (m_key.isEmpty()) // first submission of this intent; kept for retries
        m_key = newIdempotencyKey();
    QJsonObject p = params();
    p.insert(QStringLiteral("idempotencyKey"), m_key);
    if (!twoFactorCode.trimmed().isEmpty())
        p.insert(QStringLiteral("twoFactorCode"), twoFactorCode.trimmed());
    setError(nullptr);
    setStage(Sending);
    request(QStringLiteral("withdraw.request"), p, [this](const QJsonObject &result) {
        m_withdrawal = result.value(QStringLiteral("withdrawal")).toObject().toVariantMap();
        setStage(Done);
        emit submitted(m_withdrawal);
    }, [this](const RpcReply &reply) {
        if (reply.reason == QLatin1String("two_factor_required")) {
            m_needsTwoFactor = true;
            emit quoteChanged();
        }
        // A refused request recorded nothing and a lost one is repeated with
        // the same key, so the user may press the button again either way.
        setError(&reply, reply.lostInTransit());
        setStage(Editing);
    });
}

void CustodyWithdrawalRequest::reset()
{
    if (m_stage == Sending)
        return;
    m_network.clear();
    m_asset.clear();
    m_amount.clear();
    m_address.clear();
    m_key.clear();
    ++m_quoteSeq;
    m_withdrawal.clear();
    setQuote({}, false);
    setError(nullptr);
    setStage(Editing);
}

} // namespace azc
