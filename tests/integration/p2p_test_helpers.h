#pragma once
// What the P2P integration suites share: demo users signed in over a real
// WebSocket, a payment method, a sell ad of USDT for USD, taking an ad.

#include "common/amount.h"
#include "demo_users.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QJsonArray>
#include <QUuid>
#include <memory>

namespace azc::test::p2p {

inline Amount amt(const QString &text) { return Amount::parse(text, 6).value(); }
inline QString key() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
inline QString detail(const QJsonObject &reply)
{
    return reply[QStringLiteral("error")][QStringLiteral("data")][QStringLiteral("detail")].toString();
}
inline QJsonObject tradeOf(const QJsonObject &reply) { return reply[QStringLiteral("result")][QStringLiteral("trade")].toObject(); }

// The demo backend with P2P's minutes shortened: a 5-minute payment window
// lasts 1 s here (CI may be slow), the release window 1 s.
inline std::unique_ptr<TestBackend> startP2pBackend()
{
    BackendConfig config;
    config.seedDemoData = true;
    config.limits.rateMultiplier = 100;
    config.p2p.minuteMs = 200;
    config.p2p.releaseWindowMs = 1000;
    config.p2p.sweepIntervalMs = 50;
    auto backend = std::make_unique<TestBackend>(config);
    return backend->start() ? std::move(backend) : nullptr;
}

inline std::unique_ptr<WsClient> signIn(TestBackend &backend, const char *username, const char *password)
{
    return test::signIn(backend, QString::fromLatin1(username), QString::fromLatin1(password));
}

// The user's first payment method of `type`, made if they have none.
inline QString paymentMethod(WsClient &c, const QString &type = QStringLiteral("bank_transfer"))
{
    for (const QJsonValue &m : c.result(QStringLiteral("p2p.paymentMethods"))[QStringLiteral("methods")].toArray())
        if (m[QStringLiteral("type")].toString() == type)
            return m[QStringLiteral("id")].toString();
    const QJsonObject fields = type == QLatin1String("ewallet")
            ? QJsonObject{{QStringLiteral("provider"), QStringLiteral("PayWallet")}, {QStringLiteral("account"), QStringLiteral("+82 10 5555 0100")}}
            : QJsonObject{{QStringLiteral("accountName"), QStringLiteral("Test Holder")},
                          {QStringLiteral("bankName"), QStringLiteral("First Bank")},
                          {QStringLiteral("accountNumber"), QStringLiteral("DE89370400440532013000")}};
    return c.result(QStringLiteral("p2p.addPaymentMethod"),
                    {{QStringLiteral("type"), type}, {QStringLiteral("label"), QStringLiteral("Test method")}, {QStringLiteral("fields"), fields}})
            [QStringLiteral("method")][QStringLiteral("id")].toString();
}

// p2p.createAd selling USDT for USD at 1.02 (or `extra` laid over that), paid to the user's first method.
inline QJsonObject createSellAd(WsClient &c, const char *total, const char *min, const char *max, const QJsonObject &extra = {})
{
    QJsonObject params{{QStringLiteral("side"), QStringLiteral("sell")},
                       {QStringLiteral("asset"), QStringLiteral("USDT")},
                       {QStringLiteral("fiat"), QStringLiteral("USD")},
                       {QStringLiteral("price"), QStringLiteral("1.02")},
                       {QStringLiteral("total"), QString::fromLatin1(total)},
                       {QStringLiteral("minAmount"), QString::fromLatin1(min)},
                       {QStringLiteral("maxAmount"), QString::fromLatin1(max)},
                       {QStringLiteral("paymentWindowMinutes"), 5},
                       {QStringLiteral("terms"), QStringLiteral("Bank transfer only")},
                       {QStringLiteral("paymentMethodIds"), QJsonArray{paymentMethod(c)}},
                       {QStringLiteral("idempotencyKey"), key()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        params.insert(it.key(), it.value());
    return c.call(QStringLiteral("p2p.createAd"), params);
}

inline QJsonObject takeAd(WsClient &c, const QJsonObject &ad, const char *amount, const QString &paymentMethodId = {})
{
    QJsonObject params{{QStringLiteral("adId"), ad[QStringLiteral("id")]},
                       {QStringLiteral("amount"), QString::fromLatin1(amount)},
                       {QStringLiteral("idempotencyKey"), key()}};
    if (!paymentMethodId.isEmpty())
        params.insert(QStringLiteral("paymentMethodId"), paymentMethodId);
    return c.call(QStringLiteral("p2p.take"), params);
}

} // namespace azc::test::p2p
