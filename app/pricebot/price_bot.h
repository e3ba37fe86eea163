#pragma once
// The example bot (issue 6, "bots and integrated APIs"): a price bot on the
// project's own client library. Members write "/price BTC-USDT" in a chat
// the bot is in (or a direct chat with it); it answers with the market's last
// price, 24-hour change and best bid/ask from spot.tickers, with a Refresh
// button that edits the answer in place. "/help" (or "/start") explains it.
//
// It signs in with its bot token on every (re)connect and keeps no state
// beyond the socket: everything it needs arrives in the pushes.

#include <QObject>
#include <QString>

namespace azc {

class ApiClient;
struct RpcReply;

class PriceBot : public QObject
{
    Q_OBJECT
public:
    // Uses `client` (opened by the caller) and signs in with `token`.
    PriceBot(ApiClient &client, const QString &token, QObject *parent = nullptr);

    QString botId() const { return m_botId; }
    // The reply to a command's text; empty for text that is not for the bot.
    // `tickers` is spot.tickers' answer.
    static QString answer(const QString &command, const QJsonObject &tickers);

signals:
    void signedIn(const QString &botId);
    void failed(const QString &reason);
    void answered(const QString &conversationId, const QString &text);

private:
    void signIn();
    void onEvent(const QString &name, const QJsonObject &params);
    void reply(const QJsonObject &message);
    void refresh(const QJsonObject &callback);

    ApiClient &m_client;
    QString m_token;
    QString m_botId;
};

} // namespace azc
