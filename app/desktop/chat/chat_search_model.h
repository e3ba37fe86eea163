#pragma once
// "Search messages" in the chat list: messages.search over all of the user's
// conversations (or one), newest first, run a moment after the user stops
// typing. Rows: itemId (the message id), conversationId, messageId, seq,
// author, createdAt, snippet (matches wrapped in <mark>…</mark>).

#include "foundation/remote_list_model.h"

#include <QTimer>

namespace azc {

class ChatSearchModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(QString conversationId READ conversationId WRITE setConversationId NOTIFY queryChanged)
public:
    explicit ChatSearchModel(QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QString conversationId() const { return m_conversationId; }
    void setConversationId(const QString &id);

    Q_INVOKABLE void reload() override;
    // The snippet as styled text: everything escaped, the matches in `color` and bold.
    Q_INVOKABLE static QString highlight(const QString &snippet, const QString &color);

signals:
    void queryChanged();

private:
    QString m_query;
    QString m_conversationId;
    QTimer m_debounce;
    int m_generation = 0;
};

} // namespace azc
