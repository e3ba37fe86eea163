#pragma once
// Admin console: find users, change their role, freeze or unfreeze them.
// Rows: itemId, username, displayName, email, phone, role, kycTier, frozen,
// totpEnabled, createdAt. Support staff may search; changes need admin.

#include "foundation/paged_list_model.h"

namespace azc {

class UsersModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
public:
    explicit UsersModel(QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query);

    Q_INVOKABLE void setRole(const QString &userId, const QString &role);
    Q_INVOKABLE void setFrozen(const QString &userId, bool frozen, const QString &reason);

signals:
    void queryChanged();

protected:
    QString pageMethod() const override { return QStringLiteral("users.search"); }
    QJsonObject pageParams(const QJsonValue &cursor, int limit) const override;
    Page pageFrom(const QJsonObject &result, const QJsonValue &cursor) override
    {
        return offsetPage(result, "users", cursor);
    }

private:
    QString m_query;
};

} // namespace azc
