#pragma once
// Admin console: find users, change their role, freeze or unfreeze them.
// Rows: itemId, username, displayName, email, phone, role, kycTier, frozen,
// totpEnabled, createdAt. Support staff may search; changes need admin.

#include "remote_list_model.h"

namespace azc {

class UsersModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int total READ total NOTIFY totalChanged)
public:
    explicit UsersModel(QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    int total() const { return m_total; }

    Q_INVOKABLE void reload() override;
    Q_INVOKABLE void setRole(const QString &userId, const QString &role);
    Q_INVOKABLE void setFrozen(const QString &userId, bool frozen, const QString &reason);

signals:
    void queryChanged();
    void totalChanged();

private:
    QString m_query;
    int m_total = 0;
};

} // namespace azc
