#include "foundation/error_sink.h"

#include "foundation/app_context.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcErrors, "azc.desktop.errors")

namespace azc {

namespace {

QString weakPasswordText(const QString &detail)
{
    if (detail == QLatin1String("too_short"))
        return ErrorSink::tr("The password is too short: use at least 10 characters.");
    if (detail == QLatin1String("common"))
        return ErrorSink::tr("This password is too common. Choose one that is harder to guess.");
    if (detail == QLatin1String("contains_username"))
        return ErrorSink::tr("The password must not contain your username.");
    return ErrorSink::tr("This password is too weak.");
}

QString minutesText(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(1, (ms + 59999) / 60000);
    return minutes == 1 ? ErrorSink::tr("1 minute") : ErrorSink::tr("%1 minutes").arg(minutes);
}

} // namespace

ErrorSink::ErrorSink(QObject *parent) : QObject(parent) {}

ErrorSink *ErrorSink::create(QQmlEngine *qml, QJSEngine *)
{
    return AppContext::singletonFor<ErrorSink>(qml, &AppContext::errors);
}

QString ErrorSink::describeReason(const QString &reason)
{
    RpcReply reply;
    reply.reason = reason;
    return describe(reply);
}

QString ErrorSink::describe(const RpcReply &reply)
{
    const QString &r = reply.reason;
    if (r == QLatin1String("invalid_credentials"))
        return tr("The username or password is not correct.");
    if (r == QLatin1String("totp_required"))
        return tr("Enter the 6-digit code from your authenticator app.");
    if (r == QLatin1String("invalid_totp"))
        return tr("That code is not valid. Check your authenticator app and try again.");
    if (r == QLatin1String("too_many_attempts"))
        return tr("Too many wrong passwords or codes. Try again in %1.")
            .arg(minutesText(reply.data.value(QStringLiteral("retryAfterMs")).toInteger()));
    if (r == QLatin1String("account_frozen"))
        return tr("This account is frozen. Contact support.");
    if (r == QLatin1String("username_taken"))
        return tr("This username is already taken.");
    if (r == QLatin1String("weak_password"))
        return weakPasswordText(reply.data.value(QStringLiteral("detail")).toString());
    if (r == QLatin1String("invalid_username"))
        return tr("Usernames have 3 to 32 characters: a–z, 0–9, _ and dot.");
    if (r == QLatin1String("invalid_email"))
        return tr("That email address does not look right.");
    if (r == QLatin1String("invalid_phone"))
        return tr("That phone number does not look right.");
    if (r == QLatin1String("invalid_session") || r == QLatin1String("unauthenticated"))
        return tr("Your session has ended. Please sign in again.");
    if (r == QLatin1String("forbidden"))
        return tr("You are not allowed to do this.");
    if (r == QLatin1String("kyc_required"))
        return tr("Verify your identity (level %1) to use this.")
            .arg(reply.data.value(QStringLiteral("requiredTier")).toInt());
    if (r == QLatin1String("rate_limited"))
        return tr("Too many requests. Wait a moment and try again.");
    if (r == QLatin1String("not_found"))
        return tr("It no longer exists.");
    if (r == QLatin1String("conflict") || r == QLatin1String("invalid_state"))
        return tr("This cannot be done in the current state. Refresh and try again.");
    if (r == QLatin1String("unsupported_type"))
        return tr("Only PNG, JPEG and PDF files can be uploaded.");
    if (r == QLatin1String("too_large"))
        return tr("The file is too large (10 MB at most).");
    if (r == QLatin1String("checksum_mismatch") || r == QLatin1String("incomplete"))
        return tr("The upload was damaged on the way. Try again.");
    if (r == QLatin1String("invalid_params")) {
        const QString field = reply.data.value(QStringLiteral("field")).toString();
        return field.isEmpty() ? tr("Some of the details are not valid.")
                               : tr("Check the field “%1”.").arg(field);
    }
    if (r == QLatin1String("timeout"))
        return tr("The server did not answer in time. Try again.");
    if (r == QLatin1String("disconnected"))
        return tr("The connection to the server was lost. Reconnecting…");
    if (r == QLatin1String("file_unreadable"))
        return tr("The file could not be read.");
    if (r == QLatin1String("no_files"))
        return tr("Add at least one document.");
    if (r == QLatin1String("too_many_files"))
        return tr("Add at most six documents.");
    if (r == QLatin1String("insufficient_funds"))
        return tr("The balance does not cover this amount.");
    if (r == QLatin1String("limit_exceeded"))
        return tr("This is above the transfer limit; %1 can still be sent in the next 24 hours.")
            .arg(reply.data.value(QStringLiteral("remaining")).toString());
    if (r == QLatin1String("two_factor_required"))
        return tr("This needs the 6-digit code from your authenticator app.");
    if (r == QLatin1String("unknown_asset"))
        return tr("There is no such asset.");
    if (r == QLatin1String("asset_disabled"))
        return tr("This asset is disabled for now.");
    if (r == QLatin1String("invalid_amount"))
        return tr("That amount is not valid for this asset (check the number of decimals).");
    if (r == QLatin1String("idempotency_conflict"))
        return tr("This request was already made with other details. Start again.");
    if (r == QLatin1String("internal_error"))
        return tr("Something went wrong on the server. Try again later.");
    if (!reply.message.isEmpty())
        return reply.message;
    return tr("Something went wrong (%1).").arg(r);
}

void ErrorSink::report(const RpcReply &reply)
{
    // Logged once here with the reason only: replies never carry secrets
    // back, but their params might, so the request itself is not logged.
    qCInfo(lcErrors) << "call failed:" << reply.reason << reply.code;
    show(describe(reply), true);
}

void ErrorSink::reportText(const QString &text)
{
    show(text, true);
}

void ErrorSink::inform(const QString &text)
{
    show(text, false);
}

void ErrorSink::dismiss()
{
    if (m_message.isEmpty())
        return;
    m_message.clear();
    emit messageChanged();
}

void ErrorSink::show(const QString &text, bool isError)
{
    m_message = text;
    m_isError = isError;
    emit messageChanged();
    emit raised(text, isError);
}

} // namespace azc
