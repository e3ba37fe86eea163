// Bots through a real backend over real WebSockets, on SQLite and
// PostgreSQL: a user makes a bot and gets its token (shown once, refused
// once reset); the bot signs in with it and can call only what the method
// table opens to bots; it sees the chats it is in through the usual pushes,
// posts inline buttons (users cannot), and answers presses; a press nobody
// answers times out. The example price bot answers /price and Refresh, both
// in-process and as the azc-pricebot program.

#include "client/api_client.h"
#include "price_bot.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace azc;
using namespace azc::test;

namespace {

QJsonArray buttons(const char *text, const char *data)
{
    return QJsonArray{QJsonArray{QJsonObject{{QStringLiteral("text"), QString::fromLatin1(text)},
                                             {QStringLiteral("data"), QString::fromLatin1(data)}}}};
}
QString detail(const QJsonObject &reply) { return reply[QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("detail")].toString(); }

} // namespace

class TstBots : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestBackend> m_backend;

    std::unique_ptr<WsClient> alice()
    {
        auto c = std::make_unique<WsClient>();
        if (!c->open(m_backend->url()) || c->login(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")).isEmpty())
            return nullptr;
        return c;
    }
    std::unique_ptr<WsClient> asBot(const QString &token)
    {
        auto c = std::make_unique<WsClient>();
        if (!c->open(m_backend->url()) || !c->call(QStringLiteral("auth.bot"), {{QStringLiteral("token"), token}}).contains(QStringLiteral("result")))
            return nullptr;
        return c;
    }
    // A new bot of alice's: {bot, token}.
    static QJsonObject makeBot(WsClient &owner, const QString &username)
    {
        return owner.result(QStringLiteral("bots.create"), {{QStringLiteral("username"), username}, {QStringLiteral("displayName"), QStringLiteral("Test bot")}});
    }
    static QString directWith(WsClient &c, const QString &username)
    {
        return c.result(QStringLiteral("chats.openDirect"), {{QStringLiteral("username"), username}})[QStringLiteral("conversation")][QStringLiteral("id")].toString();
    }
    static QJsonObject say(WsClient &c, const QString &conversationId, const QString &text, const QJsonArray &keys = {})
    {
        QJsonObject p{{QStringLiteral("conversationId"), conversationId}, {QStringLiteral("text"), text}};
        if (!keys.isEmpty())
            p.insert(QStringLiteral("buttons"), keys);
        return c.call(QStringLiteral("messages.send"), p);
    }
    // The next message pushed to `c` that `author` wrote.
    static QJsonObject nextFrom(WsClient &c, const QString &authorId, int timeoutMs = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            const QJsonObject m = c.waitEvent(QStringLiteral("event.message.new"), int(timeoutMs - t.elapsed()))[QStringLiteral("message")].toObject();
            if (m[QStringLiteral("author")][QStringLiteral("userId")].toString() == authorId)
                return m;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        BackendConfig config;
        config.seedDemoData = true;
        config.limits.rateMultiplier = 100;
        config.bots.callbackTimeoutMs = 500;
        m_backend = std::make_unique<TestBackend>(config);
        QVERIFY(m_backend->start());
    }

    void aBotIsAnAccountWithATokenAndNarrowRights()
    {
        auto a = alice();
        QVERIFY(a);
        QCOMPARE(reason(a->call(QStringLiteral("bots.create"), {{QStringLiteral("username"), QStringLiteral("helper")}, {QStringLiteral("displayName"), QStringLiteral("x")}})),
                 QStringLiteral("invalid_params")); // must end in "bot"
        const QJsonObject made = makeBot(*a, QStringLiteral("Weather_Bot"));
        const QString token = made[QStringLiteral("token")].toString();
        QCOMPARE(made[QStringLiteral("bot")][QStringLiteral("username")].toString(), QStringLiteral("weather_bot"));
        QCOMPARE(reason(a->call(QStringLiteral("bots.create"), {{QStringLiteral("username"), QStringLiteral("weather_bot")}, {QStringLiteral("displayName"), QStringLiteral("x")}})),
                 QStringLiteral("conflict"));
        QCOMPARE(a->result(QStringLiteral("bots.list"))[QStringLiteral("bots")].toArray().size(), 1);

        // The token signs the bot in; a wrong one, or a password, does not.
        WsClient stranger;
        QVERIFY(stranger.open(m_backend->url()));
        QCOMPARE(reason(stranger.call(QStringLiteral("auth.bot"), {{QStringLiteral("token"), QString(token.left(token.size() - 2) + QStringLiteral("xx"))}})),
                 QStringLiteral("unauthenticated"));
        QVERIFY(stranger.login(QStringLiteral("weather_bot"), QStringLiteral("anything-at-all")).isEmpty());
        auto bot = asBot(token);
        QVERIFY(bot);
        // Bots reach messaging and market data only.
        QCOMPARE(reason(bot->call(QStringLiteral("wallet.balances"))), QStringLiteral("forbidden"));
        QCOMPARE(reason(bot->call(QStringLiteral("bots.create"), {{QStringLiteral("username"), QStringLiteral("childbot")}, {QStringLiteral("displayName"), QStringLiteral("x")}})),
                 QStringLiteral("forbidden"));
        QCOMPARE(reason(bot->call(QStringLiteral("p2p.ads"))), QStringLiteral("forbidden"));
        QVERIFY(bot->call(QStringLiteral("spot.tickers")).contains(QStringLiteral("result")));
        QVERIFY(bot->call(QStringLiteral("chats.list")).contains(QStringLiteral("result")));
        QCOMPARE(reason(a->call(QStringLiteral("bots.answerCallback"), {{QStringLiteral("callbackId"), QStringLiteral("x")}})), QStringLiteral("forbidden"));

        // A reset token: the old one no longer signs in, the new one does.
        const QString fresh = a->result(QStringLiteral("bots.resetToken"), {{QStringLiteral("botId"), made[QStringLiteral("bot")][QStringLiteral("id")]}})
                                      [QStringLiteral("token")].toString();
        QVERIFY(!fresh.isEmpty() && fresh != token);
        QVERIFY(!asBot(token));
        QVERIFY(asBot(fresh));
        // Its old session ended with the reset: the socket is closed.
        QVERIFY(bot->waitClosed());
    }

    void buttonsAndCallbackQueries()
    {
        auto a = alice();
        const QJsonObject made = makeBot(*a, QStringLiteral("quizbot"));
        QCOMPARE(a->result(QStringLiteral("bots.list"))[QStringLiteral("bots")].toArray().size(), 2); // weather_bot and quizbot
        auto bot = asBot(made[QStringLiteral("token")].toString());
        QVERIFY(a && bot);
        const QString botId = made[QStringLiteral("bot")][QStringLiteral("id")].toString();
        const QString chat = directWith(*a, QStringLiteral("quizbot"));
        // The bot sees what members write through the usual push.
        QVERIFY(say(*a, chat, QStringLiteral("/start")).contains(QStringLiteral("result")));
        QCOMPARE(bot->waitEvent(QStringLiteral("event.message.new"))[QStringLiteral("message")][QStringLiteral("text")].toString(), QStringLiteral("/start"));
        // Only bots attach buttons, and only well-formed ones.
        QCOMPARE(detail(say(*a, chat, QStringLiteral("pick"), buttons("A", "a"))), QStringLiteral("bots_only"));
        QCOMPARE(reason(say(*bot, chat, QStringLiteral("pick"), buttons("", "a"))), QStringLiteral("invalid_params"));
        const QJsonObject question = say(*bot, chat, QStringLiteral("2 + 2?"), buttons("4", "answer:4"))[QStringLiteral("result")][QStringLiteral("message")].toObject();
        QCOMPARE(question[QStringLiteral("data")][QStringLiteral("buttons")].toArray(), buttons("4", "answer:4"));
        const QString questionId = question[QStringLiteral("id")].toString();
        // A chat the bot is not in stays closed to it.
        const QString other = directWith(*a, QStringLiteral("bob"));
        QCOMPARE(reason(say(*bot, other, QStringLiteral("hi"))), QStringLiteral("forbidden"));

        QCOMPARE(reason(a->call(QStringLiteral("messages.pressButton"), {{QStringLiteral("messageId"), questionId}, {QStringLiteral("data"), QStringLiteral("answer:5")}})),
                 QStringLiteral("not_found"));
        // The press waits for the bot's answer.
        const QString pressId = a->send(QStringLiteral("messages.pressButton"), {{QStringLiteral("messageId"), questionId}, {QStringLiteral("data"), QStringLiteral("answer:4")}});
        const QJsonObject callback = bot->waitEvent(QStringLiteral("event.bot.callback"));
        QCOMPARE(callback[QStringLiteral("data")].toString(), QStringLiteral("answer:4"));
        QCOMPARE(callback[QStringLiteral("from")][QStringLiteral("username")].toString(), QStringLiteral("alice"));
        QVERIFY(bot->call(QStringLiteral("bots.answerCallback"), {{QStringLiteral("callbackId"), callback[QStringLiteral("callbackId")]},
                                                                 {QStringLiteral("text"), QStringLiteral("Correct!")}})
                        .contains(QStringLiteral("result")));
        QCOMPARE(a->take(pressId)[QStringLiteral("result")][QStringLiteral("text")].toString(), QStringLiteral("Correct!"));
        // Answered once: a second answer finds nothing.
        QCOMPARE(reason(bot->call(QStringLiteral("bots.answerCallback"), {{QStringLiteral("callbackId"), callback[QStringLiteral("callbackId")]}})), QStringLiteral("not_found"));
        // A press nobody answers ends after the timeout (0.5 s here).
        QCOMPARE(reason(a->call(QStringLiteral("messages.pressButton"), {{QStringLiteral("messageId"), questionId}, {QStringLiteral("data"), QStringLiteral("answer:4")}})),
                 QStringLiteral("bot_timeout"));
        // A bot's own write budget: a flood is cut off.
        int limited = 0;
        for (int i = 0; i < 60; ++i)
            limited += reason(say(*bot, chat, QStringLiteral("spam %1").arg(i))) == QStringLiteral("rate_limited") ? 1 : 0;
        QVERIFY2(limited > 0, "a bot posting 60 messages at once was never limited");
        Q_UNUSED(botId);
    }

    void thePriceBotAnswers()
    {
        // Its text, from a spot.tickers answer.
        const QJsonObject tickers{{QStringLiteral("tickers"), QJsonArray{QJsonObject{{QStringLiteral("market"), QStringLiteral("BTC-USDT")},
                                                                                       {QStringLiteral("last"), QStringLiteral("67250")},
                                                                                       {QStringLiteral("changePercent"), QStringLiteral("1.25")},
                                                                                       {QStringLiteral("bestBid"), QStringLiteral("66900")},
                                                                                       {QStringLiteral("bestAsk"), QStringLiteral("67300")}}}}};
        QCOMPARE(PriceBot::answer(QStringLiteral("/price btc/usdt"), tickers),
                 QStringLiteral("BTC-USDT\nLast: 67250\n24 h: 1.25%\nBid / ask: 66900 / 67300"));
        QVERIFY(PriceBot::answer(QStringLiteral("/price DOGE-USDT"), tickers).startsWith(QStringLiteral("There is no market DOGE-USDT")));
        QVERIFY(PriceBot::answer(QStringLiteral("hello"), tickers).isEmpty());

        auto a = alice();
        const QJsonObject made = makeBot(*a, QStringLiteral("quotebot"));
        ApiClient client;
        PriceBot bot(client, made[QStringLiteral("token")].toString());
        QSignalSpy in(&bot, &PriceBot::signedIn);
        client.open(m_backend->url());
        QVERIFY(in.wait(5000));
        const QString botId = made[QStringLiteral("bot")][QStringLiteral("id")].toString();
        const QString chat = directWith(*a, QStringLiteral("quotebot"));
        QVERIFY(say(*a, chat, QStringLiteral("/price BTC-USDT")).contains(QStringLiteral("result")));
        const QJsonObject answer = nextFrom(*a, botId);
        QVERIFY2(answer[QStringLiteral("text")].toString().startsWith(QStringLiteral("BTC-USDT\nLast: ")), qPrintable(answer[QStringLiteral("text")].toString()));
        QCOMPARE(answer[QStringLiteral("data")][QStringLiteral("buttons")][0][0][QStringLiteral("data")].toString(), QStringLiteral("refresh:BTC-USDT"));
        const QJsonObject pressed = a->call(QStringLiteral("messages.pressButton"), {{QStringLiteral("messageId"), answer[QStringLiteral("id")]},
                                                                                    {QStringLiteral("data"), QStringLiteral("refresh:BTC-USDT")}});
        QCOMPARE(pressed[QStringLiteral("result")][QStringLiteral("text")].toString(), QStringLiteral("Updated"));

        // The same bot as its own program.
        client.close();
        QProcess program;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AZC_BOT_TOKEN"), made[QStringLiteral("token")].toString());
        program.setProcessEnvironment(env);
        program.start(QStringLiteral(AZC_PRICEBOT_PATH), {QStringLiteral("--url"), m_backend->url().toString()});
        QVERIFY(program.waitForStarted());
        QString text;
        for (int attempt = 0; attempt < 20 && text.isEmpty(); ++attempt) { // until the program has signed in
            say(*a, chat, QStringLiteral("/help"));
            text = nextFrom(*a, botId, 500)[QStringLiteral("text")].toString();
        }
        QVERIFY2(text.startsWith(QStringLiteral("I tell prices")), qPrintable(text));
        program.terminate();
        QVERIFY(program.waitForFinished(5000));
    }
};

QTEST_GUILESS_MAIN(TstBots)
#include "tst_bots.moc"
