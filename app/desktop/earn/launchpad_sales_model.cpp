#include "earn/launchpad_sales_model.h"

#include "earn/earn_amounts.h"
#include "foundation/event_hub.h"

#include <QJsonArray>

namespace azc {

LaunchpadSalesModel::LaunchpadSalesModel(QObject *parent)
    : LaunchpadSalesModel(QStringLiteral("launchpad.sales"), parent)
{
}

LaunchpadSalesModel::LaunchpadSalesModel(QString method, QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("title"), QStringLiteral("description"),
                       QStringLiteral("token"), QStringLiteral("tokenName"), QStringLiteral("quote"), QStringLiteral("price"),
                       QStringLiteral("total"), QStringLiteral("perUserCap"), QStringLiteral("minKycTier"),
                       QStringLiteral("minStake"), QStringLiteral("startsAt"), QStringLiteral("endsAt"),
                       QStringLiteral("vesting"), QStringLiteral("partner"), QStringLiteral("phase"),
                       QStringLiteral("committed"), QStringLiteral("buyers"), QStringLiteral("sold"),
                       QStringLiteral("proceeds"), QStringLiteral("tokenDecimals"), QStringLiteral("quoteDecimals"),
                       QStringLiteral("myCommitted"), QStringLiteral("myAllocation"), QStringLiteral("platformShareBps"),
                       QStringLiteral("target"), QStringLiteral("filledPermille")},
                      parent),
      m_method(std::move(method))
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &LaunchpadSalesModel::tick);
    // Every commitment by anyone is pushed to every socket: a burst is read once.
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(200);
    connect(&m_reloadSoon, &QTimer::timeout, this, &LaunchpadSalesModel::reload);
}

void LaunchpadSalesModel::onAttached()
{
    events()->onResync(this, [this] { reload(); });
    events()->on(Topic::LaunchpadChanged, this, [this](const ServerEvent &) { m_reloadSoon.start(); });
    m_ticker.start();
}

void LaunchpadSalesModel::reload()
{
    m_reloadSoon.stop();
    request(m_method, {}, [this](const QJsonObject &result) {
        m_clock.sync(result.value(QStringLiteral("now")).toInteger());
        QList<QJsonObject> sales;
        for (const QJsonValue &v : result.value(QStringLiteral("sales")).toArray())
            sales.append(earn::withSaleProgress(v.toObject()));
        setRows(sales);
        m_boundary = nextBoundary();
        emit ticked();
    });
}

qint64 LaunchpadSalesModel::nextBoundary() const
{
    const qint64 current = m_clock.now();
    qint64 next = 0;
    for (const QJsonObject &sale : rows()) {
        const QString phase = sale.value(QStringLiteral("phase")).toString();
        const qint64 at = phase == QLatin1String("upcoming") ? sale.value(QStringLiteral("startsAt")).toInteger()
                        : phase == QLatin1String("open")     ? sale.value(QStringLiteral("endsAt")).toInteger()
                                                             : 0;
        if (at > 0 && (next == 0 || at < next))
            next = std::max(at, current);
    }
    return next;
}

void LaunchpadSalesModel::tick()
{
    if (m_boundary > 0 && m_clock.now() >= m_boundary) {
        m_boundary = 0; // read once per boundary; the answer sets the next one
        m_reloadSoon.start();
    }
    emit ticked();
}

QVariantMap LaunchpadSalesModel::byId(const QString &saleId) const
{
    const int row = rowOf(saleId);
    return row < 0 ? QVariantMap() : get(row);
}

} // namespace azc
