#pragma once
// Writing a proposal (governance.propose): a title, the reasoning, and at most
// one typed action the system runs if it passes — a payout from the community
// fund, a fee change, listing or halting a spot market, a staking product's
// rate. The form gives the action's fields as text; this builds the action
// the server validates (and words its refusal). Staking products and spot
// markets are offered from the server's lists.

#include "foundation/remote_object.h"

#include <QVariantList>
#include <QVariantMap>

namespace azc {

class ProposalComposer : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList products READ products NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList markets READ markets NOTIFY choicesChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
public:
    explicit ProposalComposer(QObject *parent = nullptr);

    QVariantList products() const { return m_products; }
    QVariantList markets() const { return m_markets; }
    QString error() const { return m_error; }

    Q_INVOKABLE void loadChoices();
    // actionType: "", "fund.payout", "fees.set", "spot.market", "staking.rate";
    // fields: the form's texts (see buildAction).
    Q_INVOKABLE void propose(const QString &title, const QString &body, const QString &actionType, const QVariantMap &fields);
    // The action JSON for the form's fields (empty for no action). A rate typed
    // as a percentage ("9.5") becomes basis points exactly, from its digits.
    static QJsonObject buildAction(const QString &actionType, const QVariantMap &fields, QString *problem);

signals:
    void choicesChanged();
    void errorChanged();
    void proposed(const QString &proposalId);

private:
    void setError(const QString &error);

    QVariantList m_products, m_markets;
    QString m_error;
};

} // namespace azc
