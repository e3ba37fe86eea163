#include "foundation/assets_model.h"

#include <QJsonArray>

namespace azc {

AssetsModel::AssetsModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"),
                       QStringLiteral("decimals"), QStringLiteral("enabled")},
                      parent)
{
}

void AssetsModel::setScope(const QString &scope)
{
    if (m_scope == scope)
        return;
    m_scope = scope;
    emit scopeChanged();
    reload();
}

void AssetsModel::reload()
{
    const QString method = m_scope == QLatin1String("treasury") ? QStringLiteral("treasury.assets")
                                                                : QStringLiteral("wallet.assets");
    request(method, {}, [this](const QJsonObject &result) {
        QList<QJsonObject> rows;
        for (const QJsonValue &v : result.value(QStringLiteral("assets")).toArray()) {
            QJsonObject row = v.toObject();
            row.insert(QStringLiteral("id"), row.value(QStringLiteral("code")));
            rows.append(row);
        }
        setRows(rows);
        emit loaded();
    });
}

int AssetsModel::indexOf(const QString &code) const
{
    return rowOf(code);
}

int AssetsModel::decimalsOf(const QString &code) const
{
    const int row = rowOf(code);
    return row < 0 ? -1 : rows().at(row).value(QStringLiteral("decimals")).toInt();
}

} // namespace azc
