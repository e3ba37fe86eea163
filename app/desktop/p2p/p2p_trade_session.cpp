#include "p2p/p2p_trade_session.h"

#include "foundation/event_hub.h"
#include "foundation/file_transfer.h"
#include "p2p/p2p_errors.h"

#include "client/api_client.h"
#include "p2p/trade_rules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

namespace azc {

using p2p::Party;
using p2p::TradeAction;

namespace {

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

int secondsUntil(qint64 atMs, qint64 now)
{
    return atMs > now ? int((atMs - now + 999) / 1000) : 0;
}

} // namespace

P2pTradeSession::P2pTradeSession(QObject *parent)
    : RemoteObject(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &P2pTradeSession::clockChanged);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(150);
    connect(&m_refresh, &QTimer::timeout, this, &P2pTradeSession::reload);
}

void P2pTradeSession::setTradeId(const QString &id)
{
    if (m_tradeId == id)
        return;
    m_tradeId = id;
    m_trade = {};
    emit tradeIdChanged();
    emit tradeChanged();
    setError({});
    if (context())
        reload();
}

void P2pTradeSession::onAttached()
{
    events()->onResync(this, [this] { reload(); });
    events()->on(Topic::P2pTrade, this, [this](const ServerEvent &e) {
        if (e.objectId != m_tradeId)
            return;
        const QJsonObject trade = e.object("trade");
        setTrade(trade);
        refreshSoon(); // the push has no timeline
    });
    reload();
}

void P2pTradeSession::reload()
{
    m_refresh.stop();
    if (m_tradeId.isEmpty())
        return;
    const QString id = m_tradeId;
    request(QStringLiteral("p2p.trade"), {{QStringLiteral("id"), id}}, [this, id](const QJsonObject &result) {
        if (id == m_tradeId)
            setTrade(result.value(QStringLiteral("trade")).toObject());
    }, [this](const RpcReply &reply) { setError(P2pErrors::describe(reply)); });
}

void P2pTradeSession::setTrade(const QJsonObject &trade)
{
    QJsonObject merged = trade;
    // Pushes and action results come without the timeline: keep the one we have until p2p.trade refreshes it.
    if (!merged.contains(QStringLiteral("timeline")) && m_trade.contains(QStringLiteral("timeline")))
        merged.insert(QStringLiteral("timeline"), m_trade.value(QStringLiteral("timeline")));
    m_trade = merged;
    const bool running = !p2p::isFinal(p2p::stateFromName(m_trade.value(QStringLiteral("status")).toString())
                                           .value_or(p2p::TradeState::Completed));
    running ? m_ticker.start() : m_ticker.stop();
    emit tradeChanged();
    emit clockChanged();
}

void P2pTradeSession::setError(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    emit errorChanged();
}

bool P2pTradeSession::allowed(TradeAction action, qint64 now) const
{
    const auto state = p2p::stateFromName(m_trade.value(QStringLiteral("status")).toString());
    if (!state)
        return false;
    const QString role = m_trade.value(QStringLiteral("myRole")).toString();
    const Party party = role == QLatin1String("buyer") ? Party::Buyer : role == QLatin1String("seller") ? Party::Seller : Party::Support;
    const p2p::TradeClock clock{m_trade.value(QStringLiteral("paymentDeadline")).toInteger(),
                                m_trade.value(QStringLiteral("releaseDeadline")).toInteger()};
    return bool(p2p::decide(*state, action, party, clock, now));
}

QStringList P2pTradeSession::actions() const
{
    QStringList out;
    if (m_trade.isEmpty())
        return out;
    const qint64 now = nowMs();
    const QString role = m_trade.value(QStringLiteral("myRole")).toString();
    const QString status = m_trade.value(QStringLiteral("status")).toString();
    if (role.isEmpty()) {
        // Support (and admins): only an appeal is theirs to decide.
        if (status == QLatin1String("appealed"))
            out << QStringLiteral("resolve");
        return out;
    }
    // The buyer's payment window is enforced by the server's clock; stop offering
    // "paid" a moment before it ends rather than invite a refusal.
    if (allowed(TradeAction::MarkPaid, now + 1000))
        out << QStringLiteral("markPaid");
    if (allowed(TradeAction::Cancel, now))
        out << QStringLiteral("cancel");
    if (allowed(TradeAction::Release, now))
        out << QStringLiteral("release");
    if (allowed(TradeAction::Appeal, now))
        out << QStringLiteral("appeal");
    if (status == QLatin1String("completed")) {
        const QJsonValue mine = m_trade.value(QStringLiteral("feedback")).toObject().value(role);
        if (mine.isNull() || mine.isUndefined())
            out << QStringLiteral("rate");
    }
    return out;
}

int P2pTradeSession::secondsLeft() const
{
    const QString status = m_trade.value(QStringLiteral("status")).toString();
    const qint64 now = nowMs();
    if (status == QLatin1String("pending_payment"))
        return secondsUntil(m_trade.value(QStringLiteral("paymentDeadline")).toInteger(), now);
    if (status == QLatin1String("paid"))
        return secondsUntil(m_trade.value(QStringLiteral("releaseDeadline")).toInteger(), now);
    return -1;
}

int P2pTradeSession::appealInSeconds() const
{
    if (m_trade.value(QStringLiteral("myRole")).toString() != QLatin1String("buyer")
        || m_trade.value(QStringLiteral("status")).toString() != QLatin1String("paid"))
        return 0;
    return secondsUntil(m_trade.value(QStringLiteral("releaseDeadline")).toInteger(), nowMs());
}

void P2pTradeSession::act(const QString &method, const QString &action, QJsonObject params)
{
    params.insert(QStringLiteral("id"), m_tradeId);
    setError({});
    request(method, params, [this, action](const QJsonObject &result) {
        setTrade(result.value(QStringLiteral("trade")).toObject());
        refreshSoon();
        emit acted(action);
    }, [this](const RpcReply &reply) {
        setError(P2pErrors::describe(reply));
        refreshSoon(); // whatever refused it (a timeout, the other side) shows now
    });
}

void P2pTradeSession::markPaid(const QString &note, const QStringList &proofPaths)
{
    if (proofPaths.isEmpty()) {
        QJsonObject params;
        if (!note.trimmed().isEmpty())
            params.insert(QStringLiteral("note"), note.trimmed());
        return act(QStringLiteral("p2p.markPaid"), QStringLiteral("markPaid"), params);
    }
    m_uploading = true;
    emit uploadingChanged();
    setError({});
    uploadNext(proofPaths, {}, note);
}

void P2pTradeSession::uploadNext(QStringList paths, QStringList fileIds, const QString &note)
{
    if (paths.isEmpty()) {
        m_uploading = false;
        emit uploadingChanged();
        QJsonObject params{{QStringLiteral("proofFileIds"), QJsonArray::fromStringList(fileIds)}};
        if (!note.trimmed().isEmpty())
            params.insert(QStringLiteral("note"), note.trimmed());
        return act(QStringLiteral("p2p.markPaid"), QStringLiteral("markPaid"), params);
    }
    const QString next = paths.takeFirst();
    const QUrl url(next);
    auto *uploader = new FileUploader(client(), this);
    connect(uploader, &FileUploader::finished, this, [this, uploader, paths, fileIds, note](const QJsonObject &file) mutable {
        uploader->deleteLater();
        fileIds << file.value(QStringLiteral("fileId")).toString();
        uploadNext(paths, fileIds, note);
    });
    connect(uploader, &FileUploader::failed, this, [this, uploader](const RpcReply &reply) {
        uploader->deleteLater();
        m_uploading = false;
        emit uploadingChanged();
        setError(tr("The proof could not be uploaded: %1").arg(P2pErrors::describe(reply)));
    });
    uploader->upload(url.isLocalFile() ? url.toLocalFile() : next, QStringLiteral("chat"));
}

void P2pTradeSession::release(const QString &note)
{
    act(QStringLiteral("p2p.release"), QStringLiteral("release"), note.isEmpty() ? QJsonObject{} : QJsonObject{{QStringLiteral("note"), note}});
}

void P2pTradeSession::cancel(const QString &note)
{
    act(QStringLiteral("p2p.cancel"), QStringLiteral("cancel"), note.isEmpty() ? QJsonObject{} : QJsonObject{{QStringLiteral("note"), note}});
}

void P2pTradeSession::appeal(const QString &note)
{
    act(QStringLiteral("p2p.appeal"), QStringLiteral("appeal"), note.trimmed().isEmpty() ? QJsonObject{} : QJsonObject{{QStringLiteral("note"), note.trimmed()}});
}

void P2pTradeSession::rate(const QString &rating, const QString &comment)
{
    QJsonObject params{{QStringLiteral("rating"), rating}};
    if (!comment.trimmed().isEmpty())
        params.insert(QStringLiteral("comment"), comment.trimmed());
    act(QStringLiteral("p2p.feedback"), QStringLiteral("rate"), params);
}

void P2pTradeSession::resolve(const QString &decision, const QString &reason)
{
    act(QStringLiteral("p2p.resolve"), QStringLiteral("resolve"),
        {{QStringLiteral("decision"), decision}, {QStringLiteral("reason"), reason.trimmed()}});
}

} // namespace azc
