#include "price_bot.h"

#include "client/api_client.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace azc {

namespace {

const QString kHelp = QStringLiteral(
        "I tell prices from the AZCoiner exchange.\n"
        "/price BTC-USDT — last price, 24 h change, best bid and ask\n"
        "/help — this message");

QJsonObject tickerOf(const QJsonObject &tickers, const QString &market)
{
    for (const QJsonValue &t : tickers.value(QStringLiteral("tickers")).toArray())
        if (t[QStringLiteral("market")].toString() == market)
            return t.toObject();
    return {};
}

// Prices stay the server's exact decimal text: nothing here does arithmetic on them.
QString orDash(const QString &text) { return text.isEmpty() ? QStringLiteral("–") : text; }

QJsonArray refreshButton(const QString &market)
{
    return QJsonArray{QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("↻ Refresh")},
                                             {QStringLiteral("data"), QString(QStringLiteral("refresh:") + market)}}}};
}

QString marketOf(const QString &command)
{
    static const QRegularExpression price(QStringLiteral("^/price(?:@\\w+)?\\s+([A-Za-z0-9]{2,12})[-/]([A-Za-z0-9]{2,12})\\s*$"));
    const auto m = price.match(command.trimmed());
    return m.hasMatch() ? m.captured(1).toUpper() + u'-' + m.captured(2).toUpper() : QString();
}

} // namespace

PriceBot::PriceBot(ApiClient &client, const QString &token, QObject *parent)
    : QObject(parent), m_client(client), m_token(token)
{
    connect(&m_client, &ApiClient::stateChanged, this, [this](ApiClient::State s) {
        if (s == ApiClient::State::Connected)
            signIn();
    });
    connect(&m_client, &ApiClient::eventReceived, this, &PriceBot::onEvent);
    if (m_client.state() == ApiClient::State::Connected)
        signIn();
}

QString PriceBot::answer(const QString &command, const QJsonObject &tickers)
{
    const QString text = command.trimmed();
    if (text == QLatin1String("/help") || text == QLatin1String("/start") || text.startsWith(QLatin1String("/help@")))
        return kHelp;
    if (!text.startsWith(u'/'))
        return {};
    const QString market = marketOf(text);
    if (market.isEmpty())
        return QStringLiteral("Write /price followed by a market, for example /price BTC-USDT.");
    const QJsonObject t = tickerOf(tickers, market);
    if (t.isEmpty()) {
        QStringList known;
        for (const QJsonValue &each : tickers.value(QStringLiteral("tickers")).toArray())
            known.append(each[QStringLiteral("market")].toString());
        return QStringLiteral("There is no market %1. Try one of: %2.").arg(market, known.join(QStringLiteral(", ")));
    }
    const QString change = t[QStringLiteral("changePercent")].toString();
    return QStringLiteral("%1\nLast: %2\n24 h: %3\nBid / ask: %4 / %5")
            .arg(market, orDash(t[QStringLiteral("last")].toString()),
                 change.isEmpty() ? QStringLiteral("–") : change + u'%', orDash(t[QStringLiteral("bestBid")].toString()),
                 orDash(t[QStringLiteral("bestAsk")].toString()));
}

void PriceBot::signIn()
{
    m_client.call(QStringLiteral("auth.bot"), {{QStringLiteral("token"), m_token}}, this, [this](const RpcReply &r) {
        if (!r.ok)
            return emit failed(r.reason);
        m_botId = r.object().value(QStringLiteral("bot")).toObject().value(QStringLiteral("id")).toString();
        emit signedIn(m_botId);
    });
}

void PriceBot::onEvent(const QString &name, const QJsonObject &params)
{
    if (name == QLatin1String("event.message.new"))
        reply(params.value(QStringLiteral("message")).toObject());
    else if (name == QLatin1String("event.bot.callback"))
        refresh(params);
}

void PriceBot::reply(const QJsonObject &message)
{
    const QString text = message.value(QStringLiteral("text")).toString();
    if (m_botId.isEmpty() || !text.startsWith(u'/') || message[QStringLiteral("author")][QStringLiteral("userId")].toString() == m_botId)
        return;
    const QString conversationId = message.value(QStringLiteral("conversationId")).toString();
    const QString replyTo = message.value(QStringLiteral("id")).toString();
    m_client.call(QStringLiteral("spot.tickers"), {}, this, [this, text, conversationId, replyTo](const RpcReply &tickers) {
        const QString out = tickers.ok ? answer(text, tickers.object()) : QStringLiteral("Prices are not available right now.");
        if (out.isEmpty())
            return;
        QJsonObject params{{QStringLiteral("conversationId"), conversationId},
                           {QStringLiteral("text"), out},
                           {QStringLiteral("replyTo"), replyTo}};
        if (const QString market = marketOf(text); tickers.ok && !market.isEmpty() && !tickerOf(tickers.object(), market).isEmpty())
            params.insert(QStringLiteral("buttons"), refreshButton(market));
        m_client.call(QStringLiteral("messages.send"), params, this, [this, conversationId, out](const RpcReply &sent) {
            if (sent.ok)
                emit answered(conversationId, out);
        });
    });
}

void PriceBot::refresh(const QJsonObject &callback)
{
    const QString callbackId = callback.value(QStringLiteral("callbackId")).toString();
    const QString data = callback.value(QStringLiteral("data")).toString();
    const QString messageId = callback.value(QStringLiteral("messageId")).toString();
    if (!data.startsWith(QLatin1String("refresh:")))
        return m_client.call(QStringLiteral("bots.answerCallback"), {{QStringLiteral("callbackId"), callbackId}}, this, [](const RpcReply &) {});
    const QString market = data.mid(8);
    m_client.call(QStringLiteral("spot.tickers"), {}, this, [this, callbackId, messageId, market](const RpcReply &tickers) {
        const QString out = tickers.ok ? answer(QStringLiteral("/price ") + market, tickers.object()) : QString();
        if (out.isEmpty())
            return m_client.call(QStringLiteral("bots.answerCallback"),
                                 {{QStringLiteral("callbackId"), callbackId}, {QStringLiteral("text"), QStringLiteral("Prices are not available right now.")}},
                                 this, [](const RpcReply &) {});
        // An unchanged text is still an answer: the press is acknowledged either way.
        m_client.call(QStringLiteral("messages.edit"), {{QStringLiteral("messageId"), messageId}, {QStringLiteral("text"), out}}, this,
                      [this, callbackId](const RpcReply &) {
                          m_client.call(QStringLiteral("bots.answerCallback"),
                                        {{QStringLiteral("callbackId"), callbackId}, {QStringLiteral("text"), QStringLiteral("Updated")}},
                                        this, [](const RpcReply &) {});
                      });
    });
}

} // namespace azc
