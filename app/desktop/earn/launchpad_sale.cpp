#include "earn/launchpad_sale.h"

#include "earn/earn_amounts.h"
#include "earn/earn_errors.h"
#include "foundation/event_hub.h"

#include "common/amount.h"

namespace azc {

LaunchpadSale::LaunchpadSale(QObject *parent) : RemoteObject(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &LaunchpadSale::tick);
}

void LaunchpadSale::setSaleId(const QString &id)
{
    if (m_saleId == id)
        return;
    m_saleId = id;
    m_sale = {};
    m_key.begin();
    emit saleIdChanged();
    emit saleChanged();
    setError({}, false);
    if (context())
        reload();
}

void LaunchpadSale::onAttached()
{
    events()->onResync(this, [this] { reload(); });
    events()->on(Topic::LaunchpadChanged, this, [this](const ServerEvent &e) {
        if (e.objectId == m_saleId)
            reload();
    });
    m_ticker.start();
    reload();
}

void LaunchpadSale::reload()
{
    if (m_saleId.isEmpty())
        return;
    const QString id = m_saleId;
    request(QStringLiteral("launchpad.sale"), {{QStringLiteral("saleId"), id}}, [this, id](const QJsonObject &result) {
        if (id == m_saleId)
            setSale(result);
    }, [this](const RpcReply &reply) { setError(EarnErrors::describe(reply, EarnErrors::Action::Commit), false); });
}

void LaunchpadSale::setSale(const QJsonObject &answer)
{
    m_clock.sync(answer.value(QStringLiteral("now")).toInteger());
    m_sale = earn::withSaleProgress(answer.value(QStringLiteral("sale")).toObject());
    emit saleChanged();
    emit ticked();
}

void LaunchpadSale::setError(const QString &text, bool canRetry)
{
    if (m_errorText == text && m_canRetry == canRetry)
        return;
    m_errorText = text;
    m_canRetry = canRetry;
    emit errorChanged();
}

qint64 LaunchpadSale::boundary() const
{
    const QString phase = m_sale.value(QStringLiteral("phase")).toString();
    if (phase == QLatin1String("upcoming"))
        return m_sale.value(QStringLiteral("startsAt")).toInteger();
    if (phase == QLatin1String("open"))
        return m_sale.value(QStringLiteral("endsAt")).toInteger();
    return 0;
}

int LaunchpadSale::secondsLeft() const
{
    const qint64 at = boundary();
    if (at <= 0)
        return -1;
    const qint64 left = at - m_clock.now();
    return left > 0 ? int((left + 999) / 1000) : 0;
}

void LaunchpadSale::tick()
{
    // The phase is the server's to decide: when the countdown runs out, ask again.
    const qint64 at = boundary();
    if (at > 0 && m_clock.now() >= at + 1000 && !busy())
        reload();
    emit ticked();
}

void LaunchpadSale::beginCommit()
{
    m_key.begin();
    setError({}, false);
}

void LaunchpadSale::commit(const QString &amount)
{
    const QString trimmed = amount.trimmed();
    const int decimals = m_sale.value(QStringLiteral("quoteDecimals")).toInt(Amount::kMaxDecimals);
    const auto parsed = Amount::parse(trimmed, decimals);
    if (!parsed || parsed->units() <= 0) {
        setError(EarnErrors::describe(EarnErrors::local(QStringLiteral("invalid_amount"), QStringLiteral("amount")),
                                      EarnErrors::Action::Commit),
                 false);
        return;
    }
    setError({}, false);
    const QJsonObject params{{QStringLiteral("saleId"), m_saleId},
                             {QStringLiteral("amount"), trimmed},
                             {QStringLiteral("idempotencyKey"), m_key.keyFor(m_saleId + u'\n' + trimmed)}};
    request(QStringLiteral("launchpad.commit"), params, [this](const QJsonObject &result) {
        m_key.begin();
        setSale(result);
        emit committed();
    }, [this](const RpcReply &reply) {
        m_key.settle(reply);
        setError(EarnErrors::describe(reply, EarnErrors::Action::Commit), reply.lostInTransit());
    });
}

} // namespace azc
