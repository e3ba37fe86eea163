#include "bridge/bridge_quote_flow.h"

#include "bridge/bridge_amounts.h"

#include <QElapsedTimer>

#include <algorithm>

namespace azc {

namespace bridge::quoteflow {

// Quotes are good for 30 s (docs/protocol.md); used only if an answer lacks its times.
constexpr qint64 kDefaultQuoteMs = 30'000;

qint64 monotonicMs()
{
    static QElapsedTimer started = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return started.elapsed();
}

} // namespace bridge::quoteflow

BridgeQuoteFlow::BridgeQuoteFlow(QObject *parent) : RemoteObject(parent), m_clock(bridge::quoteflow::monotonicMs)
{
    m_ticker.setInterval(200);
    connect(&m_ticker, &QTimer::timeout, this, &BridgeQuoteFlow::tick);
}

void BridgeQuoteFlow::setStage(Stage stage)
{
    m_stage = stage;
    if (stage != Quoted && stage != Confirming)
        m_ticker.stop();
    emit stageChanged();
    emit countdownChanged();
}

void BridgeQuoteFlow::setError(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    emit errorChanged();
}

void BridgeQuoteFlow::setQuote(const QJsonObject &quote)
{
    m_quote = quote;
    m_limits = quote.value(QStringLiteral("limits")).toObject();
    m_result = {};
    const qint64 expiresAt = quote.value(QStringLiteral("expiresAt")).toInteger();
    const qint64 now = quote.value(QStringLiteral("now")).toInteger();
    // The server's own time to its own deadline, counted here on our clock.
    m_ttlMs = expiresAt > 0 && now > 0 ? std::max<qint64>(0, expiresAt - now) : bridge::quoteflow::kDefaultQuoteMs;
    m_quotedAt = m_clock();
    m_msLeft = m_ttlMs;
    m_key.begin(); // a new quote is a new intent
    setError({});
    setStage(m_ttlMs > 0 ? Quoted : Expired);
    if (m_stage == Quoted)
        m_ticker.start();
}

qint64 BridgeQuoteFlow::msLeft() const
{
    return std::max<qint64>(0, m_ttlMs - (m_clock() - m_quotedAt));
}

int BridgeQuoteFlow::secondsLeft() const
{
    if (m_stage != Quoted && m_stage != Confirming)
        return 0;
    return int((m_msLeft + 999) / 1000);
}

int BridgeQuoteFlow::permilleLeft() const
{
    if ((m_stage != Quoted && m_stage != Confirming) || m_ttlMs <= 0)
        return 0;
    return int(m_msLeft * 1000 / m_ttlMs);
}

bool BridgeQuoteFlow::canConfirm() const
{
    return (m_stage == Quoted && m_msLeft > 0) || m_stage == Uncertain;
}

void BridgeQuoteFlow::tick()
{
    if (m_stage != Quoted && m_stage != Confirming)
        return;
    m_msLeft = msLeft();
    emit countdownChanged();
    // While confirming, the server decides; only a quote still waiting runs out here.
    if (m_stage == Quoted && m_msLeft == 0)
        setStage(Expired);
}

void BridgeQuoteFlow::confirm()
{
    tick();
    if (!canConfirm())
        return;
    const QString quoteId = m_quote.value(QStringLiteral("quoteId")).toString();
    const QString key = m_key.keyFor(quoteId);
    setError({});
    setStage(Confirming);
    const BridgeErrors::Action action = confirmAction();
    request(confirmMethod(), confirmParams(quoteId, key), [this](const QJsonObject &answer) {
        m_key.begin();
        onConfirmed(answer);
    }, [this, action](const RpcReply &reply) {
        m_key.settle(reply);
        describeFailure(reply, action);
        if (reply.lostInTransit())
            setStage(Uncertain);
        else if (reply.reason == QLatin1String("quote_expired"))
            setStage(Expired);
        else
            setStage(Idle); // a refused quote is spent: the next try starts with a new one
    });
}

void BridgeQuoteFlow::onConfirmed(const QJsonObject &answer)
{
    setResult(answer.value(QStringLiteral("swap")).toObject());
}

void BridgeQuoteFlow::setResult(const QJsonObject &swap)
{
    m_result = swap;
    setStage(Done);
    emit swapped(swap.toVariantMap());
}

void BridgeQuoteFlow::describeFailure(const RpcReply &reply, BridgeErrors::Action action)
{
    setError(BridgeErrors::describe(reply, action, pointContext(), m_limits));
}

void BridgeQuoteFlow::resetFlow()
{
    m_quote = {};
    m_result = {};
    m_key.begin();
    setError({});
    setStage(Idle);
}

QString BridgeQuoteFlow::resultText() const
{
    return m_stage == Done ? swapWords(m_result) : QString();
}

QString BridgeQuoteFlow::swapWords(const QJsonObject &swap)
{
    const QString point = bridge::text(swap, "point");
    const QString coin = bridge::text(swap, "coin");
    const QString points = bridge::text(swap, "points");
    const QString coinAmount = bridge::text(swap, "coinAmount");
    const QString fee = bridge::text(swap, "fee");
    if (bridge::text(swap, "direction") == QLatin1String("toPoints"))
        return tr("You paid %1 %2, of which %3 %2 was the fee, and received %4 %5.").arg(coinAmount, coin, fee, points, point);
    return tr("You gave %1 %2 and received %3 %4 after a fee of %5 %4.").arg(points, point, coinAmount, coin, fee);
}

} // namespace azc
