#include "wallet/wallet_transfer.h"

#include "foundation/idempotency_key.h"
#include "foundation/app_context.h"
#include "foundation/error_sink.h"
#include "foundation/session.h"

#include "common/amount.h"


namespace azc {

WalletTransfer::WalletTransfer(QObject *parent) : RemoteObject(parent) {}

void WalletTransfer::setStage(Stage stage)
{
    m_stage = stage;
    emit stageChanged();
}

void WalletTransfer::setError(const RpcReply *reply, bool canRetry)
{
    m_errorText = reply ? describe(*reply) : QString();
    m_errorReason = reply ? reply->reason : QString();
    m_canRetry = canRetry;
    emit errorChanged();
}

void WalletTransfer::prepare(const QString &asset, int decimals, const QString &amount,
                             const QString &toUsername, const QString &memo)
{
    if (m_stage == Quoting || m_stage == Sending)
        return;
    m_asset = asset;
    m_amount = amount.trimmed();
    m_toUsername = toUsername.trimmed().toLower();
    if (m_toUsername.startsWith(QLatin1Char('@')))
        m_toUsername.remove(0, 1);
    m_memo = memo.trimmed();
    m_key.clear();
    m_needsTwoFactor = false;
    const auto parsed = Amount::parse(m_amount, decimals < 0 ? Amount::kMaxDecimals : decimals);
    RpcReply local;
    if (m_asset.isEmpty())
        local.reason = QStringLiteral("unknown_asset");
    else if (m_toUsername.isEmpty())
        local.reason = QStringLiteral("recipient_missing");
    else if (context() && m_toUsername == context()->session()->username())
        local.reason = QStringLiteral("send_to_self");
    else if (!parsed)
        local.reason = parsed.error().reason == QLatin1String("too_precise") ? QStringLiteral("too_precise")
                                                                            : QStringLiteral("invalid_amount");
    else if (parsed->units() <= 0)
        local.reason = QStringLiteral("invalid_amount");
    if (!local.reason.isEmpty()) {
        local.data.insert(QStringLiteral("decimals"), decimals);
        setError(&local);
        return;
    }
    setError(nullptr);
    setStage(Quoting);
    const QJsonObject params{{QStringLiteral("asset"), m_asset},
                             {QStringLiteral("amount"), m_amount},
                             {QStringLiteral("toUsername"), m_toUsername}};
    request(QStringLiteral("wallet.quoteTransfer"), params, [this](const QJsonObject &result) {
        m_quote = result.toVariantMap();
        m_needsTwoFactor = result.value(QStringLiteral("needsTwoFactor")).toBool();
        setStage(Confirming);
    }, [this](const RpcReply &reply) {
        setError(&reply);
        setStage(Editing);
    });
}

void WalletTransfer::send(const QString &twoFactorCode)
{
    if (m_stage != Confirming)
        return;
    if (m_needsTwoFactor && twoFactorCode.trimmed().isEmpty()) {
        RpcReply local;
        local.reason = QStringLiteral("two_factor_required");
        local.data.insert(QStringLiteral("twoFactorAbove"), m_quote.value(QStringLiteral("twoFactorAbove")).toString());
        setError(&local);
        return;
    }
    if (m_key.isEmpty()) // first confirmation of this intent; kept for retries
        m_key = newIdempotencyKey();
    QJsonObject params{{QStringLiteral("asset"), m_asset},
                       {QStringLiteral("amount"), m_amount},
                       {QStringLiteral("toUsername"), m_toUsername},
                       {QStringLiteral("idempotencyKey"), m_key}};
    if (!m_memo.isEmpty())
        params.insert(QStringLiteral("memo"), m_memo);
    if (!twoFactorCode.trimmed().isEmpty())
        params.insert(QStringLiteral("twoFactorCode"), twoFactorCode.trimmed());
    setError(nullptr);
    setStage(Sending);
    request(QStringLiteral("wallet.transfer"), params, [this](const QJsonObject &result) {
        m_receipt = result.value(QStringLiteral("receipt")).toObject().toVariantMap();
        m_receipt.insert(QStringLiteral("kind"), QStringLiteral("transfer"));
        m_receipt.insert(QStringLiteral("outgoing"), true);
        setStage(Done);
        emit sent(m_receipt);
    }, [this](const RpcReply &reply) {
        if (reply.reason == QLatin1String("two_factor_required"))
            m_needsTwoFactor = true;
        // A refused transfer recorded nothing and a lost one is repeated with
        // the same key, so the user may press Send again either way.
        setError(&reply, reply.lostInTransit());
        setStage(Confirming);
    });
}

void WalletTransfer::edit()
{
    if (m_stage == Sending)
        return;
    m_key.clear();
    setError(nullptr);
    setStage(Editing);
}

void WalletTransfer::reset()
{
    if (m_stage == Sending)
        return;
    m_key.clear();
    m_quote.clear();
    m_receipt.clear();
    m_memo.clear();
    m_needsTwoFactor = false;
    setError(nullptr);
    setStage(Editing);
}

QString WalletTransfer::describe(const RpcReply &reply) const
{
    const QString &r = reply.reason;
    const auto data = [&reply](const char *key) { return reply.data.value(QLatin1String(key)).toVariant().toString(); };
    if (r == QLatin1String("recipient_missing"))
        return tr("Enter the username of the person you are paying.");
    if (r == QLatin1String("send_to_self"))
        return tr("You cannot send money to yourself.");
    if (r == QLatin1String("too_precise"))
        return tr("%1 has at most %2 decimals.").arg(m_asset, data("decimals"));
    if (r == QLatin1String("invalid_amount"))
        return tr("Enter an amount above zero, like 12.5.");
    if (r == QLatin1String("not_found"))
        return tr("There is no AZCoiner user named “%1”.").arg(m_toUsername);
    if (r == QLatin1String("invalid_state"))
        return tr("@%1 cannot receive money right now.").arg(m_toUsername);
    if (r == QLatin1String("insufficient_funds"))
        return tr("Your available %1 balance does not cover the amount and the fee.").arg(m_asset);
    if (r == QLatin1String("limit_exceeded")) {
        const QString limit = data("limit");
        const QString remaining = data("remaining");
        const auto zero = Amount::parse(limit, Amount::kMaxDecimals);
        if (zero && zero->isZero())
            return tr("Sending %1 is not available at your verification level. Verify your identity to unlock it.")
                .arg(m_asset);
        return tr("This is above your limit (%1 %2). You can still send %3 %2 in the next 24 hours.")
            .arg(limit, m_asset, remaining);
    }
    if (r == QLatin1String("two_factor_required")) {
        if (context() && !context()->session()->totpEnabled())
            return tr("Transfers above %1 %2 need two-factor authentication. Turn it on under Profile & security.")
                .arg(data("twoFactorAbove"), m_asset);
        return tr("Transfers above %1 %2 need the 6-digit code from your authenticator app.")
            .arg(data("twoFactorAbove"), m_asset);
    }
    if (r == QLatin1String("disconnected") || r == QLatin1String("timeout"))
        return tr("The connection was lost before the answer came. Press Send again: it will not be sent twice.");
    return ErrorSink::describe(reply);
}

} // namespace azc
