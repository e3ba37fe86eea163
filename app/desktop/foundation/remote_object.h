#pragma once
// Base of the view models that are not lists (a transfer being sent, a proof
// being checked): like RemoteListModel, created in QML, it finds its
// AppContext through its engine when the component is complete.

#include "client/rpc_reply.h"
#include "foundation/remote_link.h"

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <functional>

namespace azc {

class ApiClient;
class AppContext;
class ErrorSink;
class EventHub;

class RemoteObject : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ANONYMOUS
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
public:
    explicit RemoteObject(QObject *parent = nullptr);

    void classBegin() override {}
    void componentComplete() override;
    // For C++ users (and tests) that do not create the object from QML.
    void attach(AppContext *context);

    bool busy() const { return m_link.busy(); }

signals:
    void busyChanged();

protected:
    // Called once the context is known: load, subscribe to pushes.
    virtual void onAttached() {}

    AppContext *context() const { return m_link.context(); }
    ApiClient *client() const { return m_link.client(); }
    ErrorSink *errors() const { return m_link.errors(); }
    EventHub *events() const { return m_link.events(); }

    // Calls `method` with the busy flag up. Without onFailure, failures go
    // to the ErrorSink; with it, the caller shows them (e.g. inside a dialog).
    void request(const QString &method, const QJsonObject &params,
                 std::function<void(const QJsonObject &)> onSuccess,
                 std::function<void(const RpcReply &)> onFailure = {});

private:
    RemoteLink m_link{this, [this] { emit busyChanged(); }};
};

} // namespace azc
