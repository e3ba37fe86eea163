#pragma once
// The one place errors become words. Every view model reports a failed call
// here; the sink maps the stable `reason` to a translated sentence (never the
// server's English text alone, never a token) and QML shows it once, as a toast.

#include "client/rpc_reply.h"

#include <QObject>
#include <QQmlEngine>

namespace azc {

class ErrorSink : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Errors)
    QML_SINGLETON
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool isError READ isError NOTIFY messageChanged)
public:
    // No default constructor: QML must take the context's instance through create().
    explicit ErrorSink(QObject *parent);
    static ErrorSink *create(QQmlEngine *qml, QJSEngine *js);

    QString message() const { return m_message; }
    bool isError() const { return m_isError; }

    // The sentence for a failed reply, in the current language.
    static QString describe(const RpcReply &reply);
    Q_INVOKABLE static QString describeReason(const QString &reason);

    void report(const RpcReply &reply);
    Q_INVOKABLE void reportText(const QString &text);
    // A short confirmation ("Case approved"), shown like an error but calmer.
    Q_INVOKABLE void inform(const QString &text);
    Q_INVOKABLE void dismiss();

signals:
    void messageChanged();
    void raised(const QString &message, bool isError);

private:
    void show(const QString &text, bool isError);

    QString m_message;
    bool m_isError = false;
};

} // namespace azc
