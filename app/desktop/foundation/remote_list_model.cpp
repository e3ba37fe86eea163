#include "foundation/remote_list_model.h"

#include "foundation/app_context.h"
#include "foundation/error_sink.h"

#include <QJsonArray>

namespace azc {

RemoteListModel::RemoteListModel(QStringList keys, QObject *parent)
    : QAbstractListModel(parent), m_keys(std::move(keys))
{
}

int RemoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RemoteListModel::data(const QModelIndex &index, int role) const
{
    const int column = role - (Qt::UserRole + 1);
    if (!index.isValid() || index.row() >= m_rows.size() || column < 0 || column >= m_keys.size())
        return {};
    return m_rows.at(index.row()).value(m_keys.at(column)).toVariant();
}

QHash<int, QByteArray> RemoteListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_keys.size(); ++i) {
        const QString &key = m_keys.at(i);
        names.insert(Qt::UserRole + 1 + i, key == QLatin1String("id") ? QByteArray("itemId") : key.toUtf8());
    }
    return names;
}

void RemoteListModel::componentComplete()
{
    if (AppContext *found = m_link.contextFromEngine())
        attach(found);
}

void RemoteListModel::attach(AppContext *context)
{
    if (!m_link.attach(context))
        return;
    onAttached();
    reload();
}

QVariantMap RemoteListModel::get(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).toVariantMap();
}

void RemoteListModel::request(const QString &method, const QJsonObject &params,
                              std::function<void(const QJsonObject &)> onSuccess,
                              std::function<void(const RpcReply &)> onFailure)
{
    m_link.call(method, params, std::move(onSuccess), std::move(onFailure), true);
}

void RemoteListModel::requestQuietly(const QString &method, const QJsonObject &params,
                                     std::function<void(const QJsonObject &)> onSuccess,
                                     std::function<void(const RpcReply &)> onFailure)
{
    m_link.call(method, params, std::move(onSuccess), std::move(onFailure), false);
}

void RemoteListModel::setRows(const QList<QJsonObject> &rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges)
        emit countChanged();
}

void RemoteListModel::setRowsFrom(const QJsonValue &array)
{
    QList<QJsonObject> rows;
    const QJsonArray items = array.toArray();
    rows.reserve(items.size());
    for (const QJsonValue &item : items)
        rows.append(item.toObject());
    setRows(rows);
}

void RemoteListModel::prependRow(const QJsonObject &row)
{
    beginInsertRows({}, 0, 0);
    m_rows.prepend(row);
    endInsertRows();
    emit countChanged();
}

void RemoteListModel::prependRows(const QList<QJsonObject> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, 0, int(rows.size()) - 1);
    m_rows = rows + m_rows;
    endInsertRows();
    emit countChanged();
}

void RemoteListModel::appendRows(const QList<QJsonObject> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
    emit countChanged();
}

int RemoteListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).value(QStringLiteral("id")).toString() == id)
            return i;
    }
    return -1;
}

void RemoteListModel::replaceRow(const QJsonObject &row)
{
    const int i = rowOf(row.value(QStringLiteral("id")).toString());
    if (i < 0)
        return;
    m_rows[i] = row;
    emit dataChanged(index(i), index(i));
}

void RemoteListModel::removeRowWithId(const QString &id)
{
    const int i = rowOf(id);
    if (i < 0)
        return;
    beginRemoveRows({}, i, i);
    m_rows.removeAt(i);
    endRemoveRows();
    emit countChanged();
}


} // namespace azc
