#pragma once
// The one object a mini program's page can reach (over QWebChannel, as
// `host`): a call with an id, a method name and JSON arguments; a reply
// signal; the host's context (theme, language, start parameter); and a
// first-paint report. QWebChannel also publishes a QObject's own members,
// so this class keeps to that: every decision is made by the session
// behind it (which the page never sees), never by what the page sends.

#include <QObject>
#include <QString>
#include <functional>

namespace azc {

class ProgramBridge : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString context READ context NOTIFY contextChanged)
public:
    using Dispatch = std::function<void(int id, const QString &method, const QString &argsJson)>;
    explicit ProgramBridge(Dispatch dispatch, std::function<void()> painted, QObject *parent = nullptr);

    QString context() const { return m_context; }
    void setContext(const QString &json);

    Q_INVOKABLE void call(int id, const QString &method, const QString &argsJson);
    Q_INVOKABLE void painted();

    // The answer to call(id): ok with a JSON result, or not with {code, message}.
    void answer(int id, bool ok, const QString &json) { emit reply(id, ok, json); }

signals:
    void reply(int id, bool ok, const QString &json);
    void contextChanged();

private:
    Dispatch m_dispatch;
    std::function<void()> m_painted;
    QString m_context;
};

} // namespace azc
