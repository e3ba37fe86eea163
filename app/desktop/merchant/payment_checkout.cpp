#include "merchant/payment_checkout.h"

#include "foundation/app_context.h"
#include "foundation/error_sink.h"
#include "foundation/idempotency_key.h"
#include "foundation/qr_decoder.h"
#include "foundation/session.h"
#include "payments/payment_uri.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImage>

namespace azc {

PaymentCheckout::PaymentCheckout(QObject *parent) : RemoteObject(parent) {}

bool PaymentCheckout::needsAmount() const
{
    return m_preview.value(QStringLiteral("kind")).toString() == QLatin1String("link")
           && m_preview.value(QStringLiteral("link")).toMap().value(QStringLiteral("amount")).toString().isEmpty();
}

void PaymentCheckout::setStage(Stage stage)
{
    m_stage = stage;
    emit stageChanged();
}

void PaymentCheckout::setError(const RpcReply *reply)
{
    m_errorText = reply ? describe(*reply) : QString();
    m_errorReason = reply ? reply->reason : QString();
    emit errorChanged();
}

void PaymentCheckout::setLocalError(const QString &reason)
{
    RpcReply local;
    local.reason = reason;
    setError(&local);
}

void PaymentCheckout::open(const QString &text)
{
    if (m_stage == Loading || m_stage == Paying)
        return;
    const payments::PaymentReference ref = payments::parsePaymentReference(text);
    if (!ref.valid()) {
        setLocalError(QStringLiteral("not_a_payment_code"));
        return;
    }
    m_reference = text.trimmed();
    m_key.clear();
    m_needsTwoFactor = false;
    m_receipt.clear();
    setError(nullptr);
    setStage(Loading);
    request(QStringLiteral("payments.preview"), {{QStringLiteral("reference"), m_reference}},
            [this](const QJsonObject &result) {
                m_preview = result.toVariantMap();
                setStage(Confirming);
                if (!result.value(QStringLiteral("payable")).toBool()) {
                    RpcReply local;
                    local.reason = QStringLiteral("invalid_state");
                    local.data.insert(QStringLiteral("detail"), result.value(QStringLiteral("problem")));
                    setError(&local);
                }
            },
            [this](const RpcReply &reply) {
                setError(&reply);
                setStage(Idle);
            });
}

bool PaymentCheckout::openImage(const QUrl &file)
{
    const QImage image(file.isLocalFile() ? file.toLocalFile() : file.toString());
    const QString text = decodeCodeInImage(image);
    if (text.isEmpty()) {
        setLocalError(image.isNull() ? QStringLiteral("unreadable_image") : QStringLiteral("no_code_in_image"));
        return false;
    }
    open(text);
    return true;
}

bool PaymentCheckout::openClipboard()
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    const QString fromImage = decodeCodeInImage(clipboard->image());
    const QString text = fromImage.isEmpty() ? clipboard->text() : fromImage;
    if (!payments::parsePaymentReference(text).valid()) {
        setLocalError(QStringLiteral("not_a_payment_code"));
        return false;
    }
    open(text);
    return true;
}

void PaymentCheckout::pay(const QString &amount, const QString &twoFactorCode)
{
    if (m_stage != Confirming || !m_preview.value(QStringLiteral("payable")).toBool())
        return;
    if (needsAmount() && amount.trimmed().isEmpty()) {
        setLocalError(QStringLiteral("amount_missing"));
        return;
    }
    if (m_needsTwoFactor && twoFactorCode.trimmed().isEmpty()) {
        setLocalError(QStringLiteral("two_factor_required"));
        return;
    }
    if (m_key.isEmpty() || m_amount != amount.trimmed()) // a new intent; a retry of the same keeps its key
        m_key = newIdempotencyKey();
    m_amount = amount.trimmed();
    QJsonObject params{{QStringLiteral("reference"), m_reference}, {QStringLiteral("idempotencyKey"), m_key}};
    if (!m_amount.isEmpty())
        params.insert(QStringLiteral("amount"), m_amount);
    if (!twoFactorCode.trimmed().isEmpty())
        params.insert(QStringLiteral("twoFactorCode"), twoFactorCode.trimmed());
    setError(nullptr);
    setStage(Paying);
    request(QStringLiteral("payments.pay"), params, [this](const QJsonObject &result) {
        m_receipt = result.value(QStringLiteral("receipt")).toObject().toVariantMap();
        m_receipt.insert(QStringLiteral("kind"), QStringLiteral("transfer")); // shown as a transfer that names its invoice
        m_receipt.insert(QStringLiteral("outgoing"), true);
        setStage(Done);
        emit paid(m_receipt);
    }, [this](const RpcReply &reply) {
        if (reply.reason == QLatin1String("two_factor_required"))
            m_needsTwoFactor = true;
        setError(&reply);
        setStage(Confirming);
    });
}

void PaymentCheckout::reset()
{
    if (m_stage == Paying)
        return;
    m_reference.clear();
    m_key.clear();
    m_preview.clear();
    m_receipt.clear();
    m_needsTwoFactor = false;
    setError(nullptr);
    setStage(Idle);
}

QString PaymentCheckout::describe(const RpcReply &reply) const
{
    const QString &r = reply.reason;
    const QString asset = m_preview.value(QStringLiteral("invoice")).toMap().value(QStringLiteral("asset")).toString();
    const QString detail = reply.data.value(QStringLiteral("detail")).toString();
    if (r == QLatin1String("not_a_payment_code"))
        return tr("This is not an AZCoiner payment code.");
    if (r == QLatin1String("no_code_in_image"))
        return tr("No QR code or barcode was found in this picture.");
    if (r == QLatin1String("unreadable_image"))
        return tr("This file is not a picture the app can read.");
    if (r == QLatin1String("amount_missing"))
        return tr("Enter the amount to pay.");
    if (r == QLatin1String("invalid_amount"))
        return tr("Enter an amount above zero, like 12.5.");
    if (r == QLatin1String("not_found"))
        return tr("This payment code is unknown. Ask the merchant for a new one.");
    if (r == QLatin1String("invalid_state")) {
        if (detail == QLatin1String("paid") || detail == QLatin1String("refunded"))
            return tr("This invoice is already paid.");
        if (detail == QLatin1String("expired"))
            return tr("This invoice has expired. Ask the merchant for a new one.");
        if (detail == QLatin1String("cancelled"))
            return tr("The merchant cancelled this invoice.");
        if (detail == QLatin1String("being_paid"))
            return tr("This invoice is being paid right now.");
        if (detail == QLatin1String("inactive") || detail == QLatin1String("merchant_inactive"))
            return tr("This merchant cannot take payments right now.");
        return tr("This invoice cannot be paid.");
    }
    if (r == QLatin1String("insufficient_funds"))
        return tr("Your available %1 balance does not cover this payment.").arg(asset);
    if (r == QLatin1String("limit_exceeded"))
        return tr("This is above your payment limit (%1 %2). You can still pay %3 %2 in the next 24 hours.")
            .arg(reply.data.value(QStringLiteral("limit")).toString(), asset, reply.data.value(QStringLiteral("remaining")).toString());
    if (r == QLatin1String("two_factor_required")) {
        if (context() && !context()->session()->totpEnabled())
            return tr("Payments of this size need two-factor authentication. Turn it on under Profile & security.");
        return tr("Enter the 6-digit code from your authenticator app.");
    }
    if (r == QLatin1String("disconnected") || r == QLatin1String("timeout"))
        return tr("The connection was lost before the answer came. Press Pay again: it will not be paid twice.");
    return ErrorSink::describe(reply);
}

} // namespace azc
