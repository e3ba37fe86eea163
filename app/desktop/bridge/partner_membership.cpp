#include "bridge/partner_membership.h"

#include "foundation/event_hub.h"

#include <QJsonArray>

namespace azc {

PartnerMembership::PartnerMembership(QObject *parent) : RemoteObject(parent) {}

void PartnerMembership::onAttached()
{
    events()->on(Topic::PaymentsChanged, this, [this](const ServerEvent &) { refresh(); });
    events()->onResync(this, [this] { refresh(); });
    refresh();
}

void PartnerMembership::refresh()
{
    if (busy())
        return;
    // A failure changes nothing and says nothing: the rail keeps what it showed.
    request(QStringLiteral("payments.myOrgs"), {}, [this](const QJsonObject &result) {
        const bool member = !result.value(QStringLiteral("orgs")).toArray().isEmpty();
        if (member != m_member) {
            m_member = member;
            emit changed();
        }
    }, [](const RpcReply &) {});
}

} // namespace azc
