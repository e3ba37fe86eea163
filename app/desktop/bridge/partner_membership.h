#pragma once
// Whether the signed-in user is a member of at least one organisation
// (payments.myOrgs): the shell shows the Partner console only then. Read
// when created, after a reconnect, on a payments push, and when the shell
// asks (a business created on the Merchant page appears without a push).

#include "foundation/remote_object.h"

namespace azc {

class PartnerMembership : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool member READ member NOTIFY changed)
public:
    explicit PartnerMembership(QObject *parent = nullptr);

    bool member() const { return m_member; }
    Q_INVOKABLE void refresh();

signals:
    void changed();

protected:
    void onAttached() override;

private:
    bool m_member = false;
};

} // namespace azc
