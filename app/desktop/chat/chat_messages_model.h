#pragma once
// chat_*: the desktop's Chats section. ChatMessagesModel is one conversation's
// history for a virtualised ListView: the newest page first, older pages on
// demand (messages.list with `before`), pushes kept in seq order (a gap or a
// reconnect catches up with `since`), plus everything one does in a
// conversation (send, reply, edit, delete, react, pin, forward, files, money,
// read marks, typing). Rows are in ascending seq; only the loaded window is
// held, so a 100,000-message history costs what has been scrolled through.

#include "client/rpc_reply.h"
#include "foundation/remote_link.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <memory>

namespace azc {

struct ServerEvent;

class AppContext;
class DocumentCache;

class ChatMessagesModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString conversationId READ conversationId WRITE setConversationId NOTIFY conversationIdChanged)
    Q_PROPERTY(QVariantMap conversation READ conversation NOTIFY conversationChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool hasOlder READ hasOlder NOTIFY loadingChanged)
    Q_PROPERTY(int pagesLoaded READ pagesLoaded NOTIFY loadingChanged)
    Q_PROPERTY(qint64 lastSeq READ lastSeq NOTIFY countChanged)
    Q_PROPERTY(qint64 lastReadSeq READ lastReadSeq NOTIFY readChanged)
    Q_PROPERTY(QString typingText READ typingText NOTIFY typingChanged)
    Q_PROPERTY(bool canPost READ canPost NOTIFY conversationChanged)
    Q_PROPERTY(bool isAdmin READ isAdmin NOTIFY conversationChanged)
    Q_PROPERTY(double uploadProgress READ uploadProgress NOTIFY uploadChanged)
    Q_PROPERTY(bool uploading READ uploading NOTIFY uploadChanged)
    Q_PROPERTY(int firstPageMs READ firstPageMs NOTIFY loadingChanged)
public:
    // Roles start after Qt::UserRole so they never collide with Qt's own.
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        SeqRole,
        KindRole,
        AuthorIdRole,
        AuthorNameRole,
        MineRole,
        TextRole,
        DataRole,
        ReplyToRole,
        ReplyAuthorRole,
        ReplyTextRole,
        ForwardedFromRole,
        FileIdRole,
        FileNameRole,
        FileSizeRole,
        IsImageRole,
        ThumbnailRole, // "image://chatimage/<fileId>" once cached, else ""
        ReactionsRole,
        MyReactionRole,
        EditedRole,
        DeletedRole,
        PinnedRole,
        CreatedAtRole,
        DayStartRole,     // the first message of its calendar day in the loaded window
        FirstOfRunRole,   // the author differs from the previous message's
        ReadByOthersRole, // mine, and another member has read up to it
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 50;
    static constexpr const char *ImageProviderId = "chatimage";

    explicit ChatMessagesModel(QObject *parent = nullptr);
    ~ChatMessagesModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void classBegin() override {}
    void componentComplete() override;
    void attach(AppContext *context); // for C++ users and tests

    QString conversationId() const { return m_conversationId; }
    void setConversationId(const QString &id);
    QVariantMap conversation() const { return m_conversation.toVariantMap(); }
    int count() const { return int(m_rows.size()); }
    bool busy() const { return m_link.busy(); }
    bool loading() const { return m_loading; }
    bool hasOlder() const { return m_hasOlder; }
    int pagesLoaded() const { return m_pages; }
    qint64 lastSeq() const { return m_rows.isEmpty() ? 0 : m_rows.last().seq; }
    qint64 lastReadSeq() const { return m_lastReadSeq; }
    QString typingText() const;
    bool canPost() const;
    bool isAdmin() const;
    double uploadProgress() const { return m_uploadProgress; }
    bool uploading() const { return m_uploading; }
    int firstPageMs() const { return m_firstPageMs; }

    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE int rowOfSeq(qint64 seq) const;  // -1 when not loaded
    Q_INVOKABLE int rowOfId(const QString &messageId) const;
    Q_INVOKABLE void reload();
    Q_INVOKABLE void loadOlder();
    // Loads pages back until `seq` is in the window, then emits located(row).
    Q_INVOKABLE void locate(qint64 seq);

    // --- actions (chat_messages_actions.cpp) ---
    Q_INVOKABLE void send(const QString &text, const QString &replyToId = {});
    Q_INVOKABLE void edit(const QString &messageId, const QString &text);
    Q_INVOKABLE void remove(const QString &messageId, bool forEveryone);
    Q_INVOKABLE void react(const QString &messageId, const QString &emoji);
    Q_INVOKABLE void pin(const QString &messageId, bool pinned);
    Q_INVOKABLE void forward(const QString &messageId, const QString &toConversationId);
    // A local file (path or file: URL) uploaded with purpose "chat", then sent.
    Q_INVOKABLE void sendFile(const QUrl &file, const QString &caption = {});
    // Saves the whole file (files.download) to `target`; emits fileSaved.
    Q_INVOKABLE void saveFile(const QString &fileId, const QUrl &target);
    Q_INVOKABLE void requestThumbnail(const QString &fileId);
    Q_INVOKABLE void markReadUpTo(qint64 seq);
    Q_INVOKABLE void typing();
    Q_INVOKABLE void sendMoney(const QString &toUsername, const QString &asset, const QString &amount,
                               const QString &memo);
    Q_INVOKABLE void requestMoney(const QString &asset, const QString &amount, const QString &memo);
    Q_INVOKABLE void payRequest(const QString &messageId);
    // Groups: `total` split into `count` shares ("equal" or "random") for the first members who open it.
    Q_INVOKABLE void sendRedPacket(const QString &asset, const QString &total, int count, const QString &split,
                                   const QString &memo);
    Q_INVOKABLE void openRedPacket(const QString &messageId);
    // A bot's inline button (`data`): the bot's answer comes back as buttonAnswered.
    Q_INVOKABLE void pressButton(const QString &messageId, const QString &data);

    // The text of a `system` message's data in words.
    Q_INVOKABLE QString systemText(const QVariantMap &data, const QString &authorName) const;

signals:
    void conversationIdChanged();
    void conversationChanged();
    void countChanged();
    void busyChanged();
    void loadingChanged();
    void readChanged();
    void typingChanged();
    void uploadChanged();
    void located(int row);
    void olderLoaded(int added);       // rows inserted at the top
    void messageAdded(int row, bool mine); // a new message at the bottom
    void sent(const QVariantMap &message);
    void moneyDone(const QVariantMap &message);
    // My share of a red packet (repeat: I had opened it before; nothing moved this time).
    void redPacketOpened(const QString &messageId, const QString &amount, const QString &asset, bool repeat);
    void fileSaved(const QString &fileId, const QString &path);
    void buttonAnswered(const QString &messageId, const QString &text, bool alert);
    void failed(const QString &reason, const QString &text);

private:
    struct Row
    {
        qint64 seq = 0;
        QJsonObject message;
    };

    // chat_messages_model.cpp
    void start();
    void onEvent(const ServerEvent &e);
    void onPage(const QJsonObject &result, bool older);
    void catchUp();
    void accept(const QJsonObject &message); // a pushed or sent message
    void postMoney(const QString &method, QJsonObject params, const QString &memo);
    QString p2pSystemText(const QVariantMap &data, const QString &authorName) const;
    void replaceMessage(const QJsonObject &message);
    void updateRow(qint64 seq, const std::function<void(QJsonObject &)> &change);
    void appendRows(const QList<Row> &rows);
    void setLoading(bool loading);
    void loadConversation();
    QVariant roleValue(int row, int role) const;
    bool sameDay(qint64 a, qint64 b) const;
    void markPending(qint64 seq);
    void touchThumbnail(const QString &fileId);

    // chat_messages_actions.cpp
    void call(const QString &method, const QJsonObject &params, std::function<void(const QJsonObject &)> onSuccess,
              std::function<void(const RpcReply &)> onFailure = {});
    void report(const RpcReply &reply);

    RemoteLink m_link{this, [this] { emit busyChanged(); }};
    QString m_conversationId;
    QJsonObject m_conversation;
    QList<Row> m_rows;
    QList<QJsonObject> m_early; // pushes that came before the first page
    bool m_started = false;
    bool m_loading = false;
    bool m_hasOlder = false;
    bool m_catchingUp = false;
    int m_pages = 0;
    int m_firstPageMs = -1;
    qint64 m_locateSeq = -1;
    qint64 m_lastReadSeq = 0;
    qint64 m_othersReadSeq = 0;
    qint64 m_readWanted = 0;
    qint64 m_readSent = 0;
    QTimer m_readTimer;
    qint64 m_lastTypingSent = 0;
    QHash<QString, qint64> m_typing; // display name -> when
    QTimer m_typingTimer;
    QHash<QString, QJsonObject> m_outside; // replied-to messages that are not loaded
    std::shared_ptr<DocumentCache> m_images;
    QSet<QString> m_thumbsAsked;
    bool m_uploading = false;
    double m_uploadProgress = 0;
    int m_generation = 0; // bumped on reload: late pages of an earlier conversation are dropped
};

} // namespace azc
