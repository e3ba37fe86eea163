#pragma once
// Base of the list models fed by the server: rows are the JSON objects a
// method returns, each key a role (roles start at Qt::UserRole + 1; the key
// "id" is exposed as "itemId" because `id` is reserved in QML). Created in
// QML, a model finds its AppContext through its engine when the component is
// complete, then loads.

#include "client/rpc_reply.h"
#include "foundation/remote_link.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <functional>

namespace azc {

class ApiClient;
class AppContext;
class ErrorSink;
class EventHub;

class RemoteListModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ANONYMOUS
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    RemoteListModel(QStringList keys, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void classBegin() override {}
    void componentComplete() override;
    // For C++ users (and tests) that do not create the model from QML.
    void attach(AppContext *context);

    bool busy() const { return m_link.busy(); }
    int count() const { return int(m_rows.size()); }
    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE virtual void reload() = 0;

signals:
    void busyChanged();
    void countChanged();

protected:
    // Called once the context is known; subclasses subscribe to pushes here.
    virtual void onAttached() {}

    AppContext *context() const { return m_link.context(); }
    ApiClient *client() const { return m_link.client(); }
    ErrorSink *errors() const { return m_link.errors(); }
    EventHub *events() const { return m_link.events(); }

    // Calls `method`; failures are reported to the ErrorSink (then onFailure runs).
    void request(const QString &method, const QJsonObject &params,
                 std::function<void(const QJsonObject &)> onSuccess,
                 std::function<void(const RpcReply &)> onFailure = {});
    // Like request, but failures go only to onFailure, which shows them.
    void requestQuietly(const QString &method, const QJsonObject &params,
                        std::function<void(const QJsonObject &)> onSuccess,
                        std::function<void(const RpcReply &)> onFailure);

    void setRows(const QList<QJsonObject> &rows);
    void setRowsFrom(const QJsonValue &array);
    void prependRow(const QJsonObject &row);
    void prependRows(const QList<QJsonObject> &rows); // in the order given, above the first row
    void appendRows(const QList<QJsonObject> &rows);
    int rowOf(const QString &id) const;
    void replaceRow(const QJsonObject &row); // matched by "id"
    void removeRowWithId(const QString &id);
    const QList<QJsonObject> &rows() const { return m_rows; }

private:
    QStringList m_keys;
    QList<QJsonObject> m_rows;
    RemoteLink m_link{this, [this] { emit busyChanged(); }};
};

} // namespace azc
