#pragma once
// The assets a screen may pick from: the enabled ones (wallet.assets) for
// users, every asset (treasury.assets) for the admin consoles.
// Rows: itemId (the code), code, name, decimals, enabled.

#include "foundation/remote_list_model.h"

namespace azc {

class AssetsModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    // "wallet" (default) or "treasury".
    Q_PROPERTY(QString scope READ scope WRITE setScope NOTIFY scopeChanged)
public:
    explicit AssetsModel(QObject *parent = nullptr);

    QString scope() const { return m_scope; }
    void setScope(const QString &scope);

    Q_INVOKABLE void reload() override;
    Q_INVOKABLE int indexOf(const QString &code) const;
    Q_INVOKABLE int decimalsOf(const QString &code) const; // -1 when unknown

signals:
    void scopeChanged();
    void loaded();

private:
    QString m_scope = QStringLiteral("wallet");
};

} // namespace azc
