// What one does in a conversation: the calls behind the composer and the
// message menu. Results arrive as pushes too (event.message.*), which keep
// the rows; the direct answers only make the sender's own view immediate.

#include "chat/chat_errors.h"
#include "foundation/idempotency_key.h"
#include "chat/chat_messages_model.h"

#include "foundation/app_context.h"
#include "foundation/document_image_provider.h"
#include "foundation/error_sink.h"
#include "foundation/file_transfer.h"
#include "trade/trade_errors.h"

#include "client/api_client.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>

namespace azc {

void ChatMessagesModel::call(const QString &method, const QJsonObject &params,
                             std::function<void(const QJsonObject &)> onSuccess,
                             std::function<void(const RpcReply &)> onFailure)
{
    m_link.call(method, params, std::move(onSuccess), [this, onFailure](const RpcReply &reply) {
        report(reply);
        if (onFailure)
            onFailure(reply);
    }, false);
}

void ChatMessagesModel::report(const RpcReply &reply)
{
    const QString text = ChatErrors::describe(reply);
    if (m_link.errors())
        m_link.errors()->reportText(text);
    emit failed(reply.reason, text);
}

void ChatMessagesModel::send(const QString &text, const QString &replyToId)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || m_conversationId.isEmpty())
        return;
    QJsonObject params{{QStringLiteral("conversationId"), m_conversationId},
                       {QStringLiteral("text"), trimmed},
                       // A retry after a lost answer sends nothing twice.
                       {QStringLiteral("clientKey"), newIdempotencyKey()}};
    if (!replyToId.isEmpty())
        params.insert(QStringLiteral("replyTo"), replyToId);
    call(QStringLiteral("messages.send"), params, [this](const QJsonObject &result) {
        const QJsonObject message = result.value(QStringLiteral("message")).toObject();
        accept(message);
        emit sent(message.toVariantMap());
    });
}

void ChatMessagesModel::edit(const QString &messageId, const QString &text)
{
    call(QStringLiteral("messages.edit"), {{QStringLiteral("messageId"), messageId}, {QStringLiteral("text"), text.trimmed()}},
         [this](const QJsonObject &result) { replaceMessage(result.value(QStringLiteral("message")).toObject()); });
}

void ChatMessagesModel::remove(const QString &messageId, bool forEveryone)
{
    call(QStringLiteral("messages.delete"),
         {{QStringLiteral("messageId"), messageId}, {QStringLiteral("forEveryone"), forEveryone}},
         [](const QJsonObject &) {}); // the push updates the rows
}

void ChatMessagesModel::react(const QString &messageId, const QString &emoji)
{
    call(QStringLiteral("messages.react"), {{QStringLiteral("messageId"), messageId}, {QStringLiteral("emoji"), emoji}},
         [this](const QJsonObject &result) { replaceMessage(result.value(QStringLiteral("message")).toObject()); });
}

void ChatMessagesModel::pin(const QString &messageId, bool pinned)
{
    call(QStringLiteral("messages.pin"), {{QStringLiteral("messageId"), messageId}, {QStringLiteral("pinned"), pinned}},
         [](const QJsonObject &) {});
}

void ChatMessagesModel::forward(const QString &messageId, const QString &toConversationId)
{
    call(QStringLiteral("messages.send"),
         {{QStringLiteral("conversationId"), toConversationId}, {QStringLiteral("forwardMessageId"), messageId}},
         [this](const QJsonObject &result) {
             const QJsonObject message = result.value(QStringLiteral("message")).toObject();
             accept(message); // shown here when forwarded into this same conversation
             if (m_link.errors())
                 m_link.errors()->inform(tr("Message forwarded."));
         });
}

void ChatMessagesModel::sendFile(const QUrl &file, const QString &caption)
{
    if (m_uploading || !m_link.client())
        return;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    auto *uploader = new FileUploader(m_link.client(), this);
    m_uploading = true;
    m_uploadProgress = 0;
    emit uploadChanged();
    connect(uploader, &FileUploader::progress, this, [this](qint64 sentBytes, qint64 total) {
        m_uploadProgress = total > 0 ? double(sentBytes) / double(total) : 0;
        emit uploadChanged();
    });
    const int generation = m_generation;
    connect(uploader, &FileUploader::finished, this, [this, uploader, caption, generation](const QJsonObject &stored) {
        uploader->deleteLater();
        m_uploading = false;
        emit uploadChanged();
        if (generation != m_generation)
            return;
        QJsonObject params{{QStringLiteral("conversationId"), m_conversationId},
                           {QStringLiteral("fileId"), stored.value(QStringLiteral("fileId")).toString()},
                           {QStringLiteral("clientKey"), newIdempotencyKey()}};
        if (!caption.trimmed().isEmpty())
            params.insert(QStringLiteral("text"), caption.trimmed());
        call(QStringLiteral("messages.send"), params, [this](const QJsonObject &result) {
            const QJsonObject message = result.value(QStringLiteral("message")).toObject();
            accept(message);
            emit sent(message.toVariantMap());
        });
    });
    connect(uploader, &FileUploader::failed, this, [this, uploader](const RpcReply &reply) {
        uploader->deleteLater();
        m_uploading = false;
        emit uploadChanged();
        report(reply);
    });
    uploader->upload(path, QStringLiteral("chat"));
}

void ChatMessagesModel::saveFile(const QString &fileId, const QUrl &target)
{
    if (!m_link.client())
        return;
    const QString path = target.isLocalFile() ? target.toLocalFile() : target.toString();
    auto *downloader = new FileDownloader(m_link.client(), this);
    connect(downloader, &FileDownloader::finished, this,
            [this, downloader, path](const QString &id, const QByteArray &bytes, const QString &) {
                downloader->deleteLater();
                QFile out(path);
                if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
                    report(RpcReply::failure(0, QStringLiteral("file_unwritable"), tr("The file could not be saved.")));
                    return;
                }
                out.close();
                if (m_link.errors())
                    m_link.errors()->inform(tr("Saved %1").arg(QFileInfo(path).fileName()));
                emit fileSaved(id, path);
            });
    connect(downloader, &FileDownloader::failed, this, [this, downloader](const QString &, const RpcReply &reply) {
        downloader->deleteLater();
        report(reply);
    });
    downloader->download(fileId);
}

// Previews come from files.thumbnail (one small JPEG per image, made once by
// the server) and are kept per fileId for the whole app, so scrolling back
// and forth or opening the chat again costs nothing.
void ChatMessagesModel::requestThumbnail(const QString &fileId)
{
    if (fileId.isEmpty() || !m_images || m_images->contains(fileId) || m_thumbsAsked.contains(fileId))
        return;
    m_thumbsAsked.insert(fileId);
    m_link.call(QStringLiteral("files.thumbnail"), {{QStringLiteral("fileId"), fileId}},
                [this, fileId](const QJsonObject &result) {
                    const QByteArray jpeg = QByteArray::fromBase64(result.value(QStringLiteral("data")).toString().toLatin1());
                    if (!DocumentCache::isShowableImage(jpeg))
                        return;
                    m_images->insert(fileId, jpeg);
                    touchThumbnail(fileId);
                },
                [this, fileId](const RpcReply &) { m_thumbsAsked.remove(fileId); }, false);
}

void ChatMessagesModel::markReadUpTo(qint64 seq)
{
    if (seq <= m_readWanted)
        return;
    m_readWanted = seq;
    if (!m_readTimer.isActive())
        m_readTimer.start();
}

void ChatMessagesModel::typing()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastTypingSent < 2500 || !canPost())
        return;
    m_lastTypingSent = now;
    m_link.call(QStringLiteral("chat.typing"), {{QStringLiteral("conversationId"), m_conversationId}},
                [](const QJsonObject &) {}, {}, false); // a lost typing hint is not worth a word
}

void ChatMessagesModel::sendMoney(const QString &toUsername, const QString &asset, const QString &amount,
                                  const QString &memo)
{
    QString to = toUsername.trimmed();
    if (to.startsWith(QLatin1Char('@')))
        to.remove(0, 1);
    QJsonObject params{{QStringLiteral("asset"), asset}, {QStringLiteral("amount"), amount.trimmed()}};
    if (!to.isEmpty())
        params.insert(QStringLiteral("toUsername"), to);
    postMoney(QStringLiteral("messages.sendMoney"), params, memo);
}

void ChatMessagesModel::requestMoney(const QString &asset, const QString &amount, const QString &memo)
{
    postMoney(QStringLiteral("messages.requestMoney"), {{QStringLiteral("asset"), asset}, {QStringLiteral("amount"), amount.trimmed()}},
              memo);
}

void ChatMessagesModel::payRequest(const QString &messageId)
{
    call(QStringLiteral("messages.payRequest"), {{QStringLiteral("messageId"), messageId}},
         [this](const QJsonObject &result) {
             const QJsonObject message = result.value(QStringLiteral("message")).toObject();
             replaceMessage(message);
             emit moneyDone(message.toVariantMap());
         });
}

void ChatMessagesModel::sendRedPacket(const QString &asset, const QString &total, int count, const QString &split,
                                      const QString &memo)
{
    postMoney(QStringLiteral("messages.sendRedPacket"),
              {{QStringLiteral("asset"), asset}, {QStringLiteral("total"), total.trimmed()},
               {QStringLiteral("count"), count}, {QStringLiteral("split"), split}},
              memo);
}

// A payment, a request or a red packet: posted to this conversation under a fresh idempotency
// key; the message it makes shows at once.
void ChatMessagesModel::postMoney(const QString &method, QJsonObject params, const QString &memo)
{
    params.insert(QStringLiteral("conversationId"), m_conversationId);
    params.insert(QStringLiteral("idempotencyKey"), newIdempotencyKey());
    if (!memo.trimmed().isEmpty())
        params.insert(QStringLiteral("memo"), memo.trimmed());
    call(method, params, [this](const QJsonObject &result) {
        const QJsonObject message = result.value(QStringLiteral("message")).toObject();
        accept(message);
        emit moneyDone(message.toVariantMap());
    });
}

void ChatMessagesModel::openRedPacket(const QString &messageId)
{
    call(QStringLiteral("messages.openRedPacket"), {{QStringLiteral("messageId"), messageId}},
         [this, messageId](const QJsonObject &result) {
             replaceMessage(result.value(QStringLiteral("message")).toObject());
             const QJsonObject claim = result.value(QStringLiteral("claim")).toObject();
             emit redPacketOpened(messageId, claim.value(QStringLiteral("amount")).toString(),
                                  claim.value(QStringLiteral("asset")).toString(), claim.value(QStringLiteral("repeat")).toBool());
         });
}

void ChatMessagesModel::pressButton(const QString &messageId, const QString &data)
{
    call(QStringLiteral("messages.pressButton"), {{QStringLiteral("messageId"), messageId}, {QStringLiteral("data"), data}},
         [this, messageId](const QJsonObject &answer) {
             emit buttonAnswered(messageId, answer.value(QStringLiteral("text")).toString(), answer.value(QStringLiteral("alert")).toBool());
         });
}

QString ChatMessagesModel::systemText(const QVariantMap &data, const QString &authorName) const
{
    const QString action = data.value(QStringLiteral("action")).toString();
    if (action == QLatin1String("joined"))
        return tr("%1 joined").arg(authorName);
    if (action == QLatin1String("left"))
        return tr("%1 left").arg(authorName);
    if (action == QLatin1String("added"))
        return tr("%1 added a member").arg(authorName);
    if (action == QLatin1String("removed"))
        return tr("%1 removed a member").arg(authorName);
    if (action == QLatin1String("p2p"))
        return p2pSystemText(data, authorName);
    return tr("%1 changed the conversation").arg(authorName);
}

// The notes a P2P trade posts in its chat at each step (core/p2p chatNote).
QString ChatMessagesModel::p2pSystemText(const QVariantMap &data, const QString &authorName) const
{
    const QString event = data.value(QStringLiteral("event")).toString();
    const QString coins = data.value(QStringLiteral("amount")).toString() + u' ' + data.value(QStringLiteral("asset")).toString();
    const QString fiat = data.value(QStringLiteral("fiatAmount")).toString() + u' ' + data.value(QStringLiteral("fiat")).toString();
    const QString note = data.value(QStringLiteral("note")).toString();
    QString text;
    if (event == QLatin1String("opened"))
        text = tr("%1 opened the trade: %2 for %3. The coins are in escrow.").arg(authorName, coins, fiat);
    else if (event == QLatin1String("mark_paid"))
        text = tr("%1 marked %2 as paid.").arg(authorName, fiat);
    else if (event == QLatin1String("release"))
        text = tr("%1 released %2. Trade completed.").arg(authorName, coins);
    else if (event == QLatin1String("cancel"))
        text = tr("%1 cancelled the trade. The escrow went back.").arg(authorName);
    else if (event == QLatin1String("expire"))
        text = tr("Nobody paid in time: the trade expired and the escrow went back.");
    else if (event == QLatin1String("appeal"))
        text = tr("%1 appealed to support. Support has joined this chat.").arg(authorName);
    else if (event == QLatin1String("resolve_release"))
        text = tr("Support released %1 to the buyer.").arg(coins);
    else if (event == QLatin1String("resolve_refund"))
        text = tr("Support refunded %1 to the seller.").arg(coins);
    else
        text = tr("%1 updated the trade.").arg(authorName);
    return note.isEmpty() ? text : text + u' ' + tr("“%1”").arg(note);
}

} // namespace azc
