#pragma once
// The community fund (governance.fund): what it holds per asset and what
// moved it lately — public to every member. Money goes in by a member's
// donation or an admin's transfer from the house treasury; it leaves only
// through executed proposals, so there is nothing here to take it out.
// One idempotency key per confirmed intent, kept for a retry after a lost answer (IntentKey).

#include "foundation/intent_key.h"
#include "foundation/remote_object.h"

#include <QVariantList>

namespace azc {

class CommunityFund : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList balances READ balances NOTIFY changed)
    Q_PROPERTY(QVariantList history READ history NOTIFY changed)
public:
    explicit CommunityFund(QObject *parent = nullptr);

    QVariantList balances() const { return m_balances; }
    QVariantList history() const { return m_history; }

    Q_INVOKABLE void reload();
    // fromTreasury: an admin moving house money in; otherwise the caller's own.
    Q_INVOKABLE void give(const QString &asset, const QString &amount, bool fromTreasury);

signals:
    void changed();
    void given(const QString &asset, const QString &amount);
    void failed(const QString &message);

protected:
    void onAttached() override;

private:
    QVariantList m_balances, m_history;
    IntentKey m_key;
};

} // namespace azc
