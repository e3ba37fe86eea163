#include "wallet/custody_errors.h"

#include "foundation/error_sink.h"

#include "common/amount.h"

#include <QDateTime>
#include <QLocale>

namespace azc {

QString CustodyErrors::dateTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString CustodyErrors::describe(const RpcReply &reply, const QString &asset)
{
    const QString &r = reply.reason;
    const auto data = [&reply](const char *key) { return reply.data.value(QLatin1String(key)).toVariant().toString(); };
    const QString detail = data("detail");
    if (r == QLatin1String("invalid_amount") && detail == QLatin1String("below_minimum"))
        return tr("The smallest withdrawal of %1 on this network is %2 %1.").arg(asset, data("minimum"));
    if (r == QLatin1String("too_precise"))
        return tr("%1 has at most %2 decimals.").arg(asset, data("decimals"));
    if (r == QLatin1String("invalid_amount"))
        return tr("Enter an amount above zero, like 0.25.");
    if (r == QLatin1String("bad_checksum"))
        return tr("This address mixes upper and lower case but its checksum is wrong. Copy it again from the wallet it belongs to.");
    if (r == QLatin1String("invalid_address"))
        return tr("This is not an address on this network: it should be 0x followed by 40 hexadecimal characters.");
    if (r == QLatin1String("already_exists"))
        return tr("This address is already in your address book.");
    if (r == QLatin1String("not_found") && detail == QLatin1String("address_not_saved"))
        return tr("Save this address in your address book first.");
    if (r == QLatin1String("invalid_state") && detail == QLatin1String("address_cooling"))
        return tr("New addresses can be used after a waiting period, for your safety. This one is usable from %1.")
            .arg(dateTime(reply.data.value(QStringLiteral("usableAt")).toInteger()));
    if (r == QLatin1String("invalid_state") && detail == QLatin1String("network_disabled"))
        return tr("This network is switched off for now.");
    if (r == QLatin1String("invalid_state") && detail == QLatin1String("needs_admin"))
        return tr("This withdrawal is large: it needs the approval of two admins; support cannot approve it.");
    if (r == QLatin1String("forbidden") && detail == QLatin1String("own_case"))
        return tr("You cannot approve your own withdrawal; another member of staff has to.");
    if (r == QLatin1String("invalid_state"))
        return tr("This withdrawal has moved on meanwhile; the list shows its current state.");
    if (r == QLatin1String("limit_exceeded")) {
        const QString limit = data("limit");
        const auto zero = Amount::parse(limit, Amount::kMaxDecimals);
        if (zero && zero->isZero())
            return tr("Withdrawing %1 is not available at your verification level. Verify your identity to unlock it.").arg(asset);
        return tr("This is above your withdrawal limit (%1 %2). You can still withdraw %3 %2 in the next 24 hours.")
            .arg(limit, asset, data("remaining"));
    }
    if (r == QLatin1String("two_factor_required") && data("field") == QLatin1String("twoFactorCode"))
        return tr("Saving a new address needs the 6-digit code from your authenticator app too.");
    if (r == QLatin1String("two_factor_required"))
        return tr("Withdrawals of this size need the 6-digit code from your authenticator app.");
    if (r == QLatin1String("insufficient_funds"))
        return tr("Your available %1 balance does not cover the amount and the network fee.").arg(asset);
    if (r == QLatin1String("unavailable"))
        return tr("Deposits and withdrawals are not available on this server.");
    if (r == QLatin1String("disconnected") || r == QLatin1String("timeout"))
        return tr("The connection was lost before the answer came. Press the button again: it will not be sent twice.");
    return ErrorSink::describe(reply);
}

} // namespace azc
