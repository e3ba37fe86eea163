#include "trade/swap_session.h"

#include "trade/trade_errors.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace azc {

SwapSession::SwapSession(QObject *parent) : RemoteObject(parent)
{
    m_ticker.setInterval(200);
    connect(&m_ticker, &QTimer::timeout, this, &SwapSession::tick);
}

void SwapSession::onAttached()
{
    request(QStringLiteral("swap.pairs"), {}, [this](const QJsonObject &result) {
        m_pairs.clear();
        for (const QJsonValue &v : result.value(QStringLiteral("pairs")).toArray()) {
            const QJsonObject pair = v.toObject();
            m_pairs.append({pair.value(QStringLiteral("base")).toString(), pair.value(QStringLiteral("quote")).toString()});
        }
        emit pairsChanged();
    }, [this](const RpcReply &reply) { setError(TradeErrors::describe(reply)); });
}

QStringList SwapSession::assets() const
{
    QStringList all;
    for (const auto &[base, quote] : m_pairs) {
        if (!all.contains(base))
            all.append(base);
        if (!all.contains(quote))
            all.append(quote);
    }
    return all;
}

QStringList SwapSession::targetsFor(const QString &from) const
{
    // A pair swaps both ways: base → quote sells, quote → base buys.
    QStringList targets;
    for (const auto &[base, quote] : m_pairs) {
        if (base == from && !targets.contains(quote))
            targets.append(quote);
        if (quote == from && !targets.contains(base))
            targets.append(base);
    }
    return targets;
}

void SwapSession::setStage(Stage stage)
{
    m_stage = stage;
    emit stageChanged();
    emit countdownChanged();
}

void SwapSession::setError(const QString &text)
{
    m_errorText = text;
    emit errorChanged();
}

// Both read the time left as of the last tick, so what the screen shows and
// what a caller reads between two ticks agree.
int SwapSession::secondsLeft() const
{
    if (m_stage != Quoted && m_stage != Accepting)
        return 0;
    return int((m_msLeft + 999) / 1000);
}

double SwapSession::fractionLeft() const
{
    if ((m_stage != Quoted && m_stage != Accepting) || m_ttlMs <= 0)
        return 0;
    return std::clamp(double(m_msLeft) / double(m_ttlMs), 0.0, 1.0);
}

void SwapSession::tick()
{
    m_msLeft = std::max<qint64>(0, m_ttlMs - m_quotedAt.elapsed());
    emit countdownChanged();
    if (m_stage == Quoted && m_msLeft == 0) {
        m_ticker.stop();
        setStage(Expired);
    }
}

void SwapSession::requestQuote(const QString &from, const QString &to, const QString &amount)
{
    if (m_stage == Quoting || m_stage == Accepting)
        return;
    setError({});
    m_ticker.stop();
    setStage(Quoting);
    const QJsonObject params{{QStringLiteral("from"), from}, {QStringLiteral("to"), to},
                             {QStringLiteral("amount"), amount.trimmed()}};
    request(QStringLiteral("swap.quote"), params, [this](const QJsonObject &result) {
        const QJsonObject quote = result.value(QStringLiteral("quote")).toObject();
        m_quote = quote.toVariantMap();
        m_ttlMs = quote.value(QStringLiteral("ttlMs")).toInteger(10'000);
        m_quotedAt.start();
        m_msLeft = m_ttlMs;
        m_ticker.start();
        setStage(Quoted);
    }, [this](const RpcReply &reply) {
        setError(TradeErrors::describe(reply));
        setStage(Editing);
    });
}

void SwapSession::accept()
{
    if (m_stage != Quoted)
        return;
    setError({});
    setStage(Accepting);
    const QJsonObject params{{QStringLiteral("quoteId"), m_quote.value(QStringLiteral("quoteId")).toString()}};
    request(QStringLiteral("swap.accept"), params, [this](const QJsonObject &result) {
        m_ticker.stop();
        m_result = result.value(QStringLiteral("swap")).toObject().toVariantMap();
        setStage(Done);
        emit swapped(m_result);
    }, [this](const RpcReply &reply) {
        m_ticker.stop();
        setError(TradeErrors::describe(reply));
        // A used or expired quote cannot be tried again; anything else booked nothing either.
        setStage(Expired);
    });
}

void SwapSession::reset()
{
    if (m_stage == Quoting || m_stage == Accepting)
        return;
    m_ticker.stop();
    m_quote.clear();
    m_result.clear();
    setError({});
    setStage(Editing);
}

QString SwapSession::resultNote() const
{
    if (m_stage != Done)
        return {};
    const bool partial = m_result.value(QStringLiteral("status")).toString() == QLatin1String("partially_filled");
    const bool repriced = m_result.value(QStringLiteral("repriced")).toBool();
    const QString quoted = m_result.value(QStringLiteral("quotedReceive")).toString();
    const QString to = m_result.value(QStringLiteral("to")).toString();
    if (partial)
        return tr("Only part of your amount could be swapped; the rest stayed in your wallet. You received %1 %2 instead of the quoted %3 %2.")
            .arg(m_result.value(QStringLiteral("received")).toString(), to, quoted);
    if (repriced)
        return tr("The market moved before the swap went through, so the price changed: you received %1 %2 instead of the quoted %3 %2.")
            .arg(m_result.value(QStringLiteral("received")).toString(), to, quoted);
    return tr("Swapped at the quoted price.");
}

} // namespace azc
