// A new withdrawal address is where coins can be sent from now on, so it is
// treated like a password change: the caller proves the password again (and
// the second factor, when it is on; wrong guesses back off for this session
// like every other secret), and the owner is notified on every device with
// the address and when it becomes usable, while the cooling period still
// leaves time to remove it.

#include "chaincrypto/eth_address.h"
#include "custody/address_book.h"
#include "custody/custody_service.h"
#include "identity/auth_service.h"
#include "identity/two_factor.h"
#include "identity/user_directory.h"
#include "notify/notification_service.h"

#include <QDateTime>
#include <QTimeZone>

namespace azc::custody {

void CustodyService::addAddressAfterReauthentication(const server::Caller &caller, const QString &networkId,
                                                     const QString &address, const QString &label,
                                                     const QString &password, const QString &twoFactorCode,
                                                     server::Reply reply)
{
    s.auth.verifyPasswordAsync(caller.userId, caller.sessionId, password,
                               [this, caller, networkId, address, label, twoFactorCode, reply](Status ok) {
        if (!ok)
            return reply(ok.error());
        auto me = s.users.require(caller.userId);
        if (!me)
            return reply(me.error());
        if (!me->totpSecret.isEmpty()) {
            if (twoFactorCode.isEmpty())
                return reply(fail("two_factor_required", QStringLiteral("enter the code from your authenticator app"),
                                  {{QStringLiteral("field"), QStringLiteral("twoFactorCode")}}));
            if (auto code = s.twoFactor.check(me.value(), twoFactorCode,
                                              identity::AttemptKey::session(caller.userId, caller.sessionId));
                !code)
                return reply(code.error());
        }
        if (auto open = requireOpen(); !open) // it may have closed while the password was hashed
            return reply(open.error());
        auto entry = m_book->add(caller.userId, networkId, address, label);
        if (!entry)
            return reply(entry.error());
        const QString shown = chain::toChecksumAddress(entry->address);
        s.notifications.queue(caller.userId, QStringLiteral("withdraw.addressAdded"),
                              QStringLiteral("New withdrawal address: %1").arg(entry->label),
                              QStringLiteral("%1 on %2 was added to your address book; it can be used from %3. If this"
                                             " was not you, remove it and change your password.")
                                      .arg(shown, networkId,
                                           QDateTime::fromMSecsSinceEpoch(entry->usableAt, QTimeZone::utc())
                                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))),
                              QJsonObject{{QStringLiteral("addressId"), entry->id}, {QStringLiteral("network"), networkId}});
        reply(QJsonObject{{QStringLiteral("address"), entry->toJson(s.clock.nowMs())}});
    });
}

} // namespace azc::custody
