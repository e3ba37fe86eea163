#pragma once
// p2p/ screens: the signed-in user's payment methods (p2p.paymentMethods) —
// where they receive fiat, shown to a counterparty only inside a trade — and
// the kinds there are (p2p.paymentTypes, each with the fields it asks for).
// Rows: itemId, type, label, fields, createdAt.

#include "foundation/remote_list_model.h"

#include <QVariantList>

namespace azc {

class P2pPaymentMethodsModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    // [{type, label, fields: [{key, label}]}]
    Q_PROPERTY(QVariantList types READ types NOTIFY typesChanged)
public:
    explicit P2pPaymentMethodsModel(QObject *parent = nullptr);

    QVariantList types() const { return m_types; }
    Q_INVOKABLE QString typeLabel(const QString &type) const;
    // The fields a type asks for: [{key, label}].
    Q_INVOKABLE QVariantList fieldsOf(const QString &type) const;

    Q_INVOKABLE void reload() override;
    Q_INVOKABLE void add(const QString &type, const QString &label, const QVariantMap &fields);
    Q_INVOKABLE void remove(const QString &methodId);

signals:
    void typesChanged();
    void added(const QVariantMap &method);
    void addFailed(const QString &message);

protected:
    void onAttached() override;

private:
    QVariantList m_types;
};

} // namespace azc
