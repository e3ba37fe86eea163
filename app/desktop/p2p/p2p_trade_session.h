#pragma once
// p2p/ trade screen: one trade (p2p.trade, with its timeline), kept current by
// event.p2p.trade, with the countdown of the step it waits for — the buyer's
// payment window while pending, the seller's release window once paid — and
// the actions the signed-in party may take now, decided by the same rules the
// server applies (core/p2p/trade_rules.h), so a button is offered only when
// the server would accept it. Proofs of payment are uploaded (purpose chat)
// before p2p.markPaid names them. Support resolves appeals from here too.

#include "foundation/remote_object.h"

#include <QStringList>
#include <QTimer>
#include <QVariantMap>

namespace azc {

namespace p2p {
enum class TradeAction; // core/p2p/trade_rules.h
}

class P2pTradeSession : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString tradeId READ tradeId WRITE setTradeId NOTIFY tradeIdChanged)
    Q_PROPERTY(QVariantMap trade READ trade NOTIFY tradeChanged)
    // What the signed-in user may do now: markPaid, cancel, release, appeal, rate, resolve.
    Q_PROPERTY(QStringList actions READ actions NOTIFY clockChanged)
    // Seconds until the current window ends (payment, then release); -1 when none runs.
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY clockChanged)
    // Seconds until the buyer may appeal (0 once allowed or not applicable).
    Q_PROPERTY(int appealInSeconds READ appealInSeconds NOTIFY clockChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(bool uploading READ uploading NOTIFY uploadingChanged)
public:
    explicit P2pTradeSession(QObject *parent = nullptr);

    QString tradeId() const { return m_tradeId; }
    void setTradeId(const QString &id);
    QVariantMap trade() const { return m_trade.toVariantMap(); }
    QStringList actions() const;
    int secondsLeft() const;
    int appealInSeconds() const;
    QString errorText() const { return m_errorText; }
    bool uploading() const { return m_uploading; }

    Q_INVOKABLE void reload();
    // `proofPaths`: local files (URLs or paths) uploaded and attached as proof of payment.
    Q_INVOKABLE void markPaid(const QString &note, const QStringList &proofPaths = {});
    Q_INVOKABLE void release(const QString &note = {});
    Q_INVOKABLE void cancel(const QString &note = {});
    Q_INVOKABLE void appeal(const QString &note);
    Q_INVOKABLE void rate(const QString &rating, const QString &comment);
    // Support: "release" (to the buyer) or "refund" (to the seller), with the reason both parties see.
    Q_INVOKABLE void resolve(const QString &decision, const QString &reason);

signals:
    void tradeIdChanged();
    void tradeChanged();
    void clockChanged();
    void errorChanged();
    void uploadingChanged();
    // After the server accepted `action` (the trade is already updated).
    void acted(const QString &action);

protected:
    void onAttached() override;

private:
    void act(const QString &method, const QString &action, QJsonObject params);
    void uploadNext(QStringList paths, QStringList fileIds, const QString &note);
    void setTrade(const QJsonObject &trade);
    void setError(const QString &text);
    bool allowed(p2p::TradeAction action, qint64 nowMs) const;
    // The timeline comes only with p2p.trade: an action's answer and the push that follows it
    // ask for it together, and one read serves both.
    void refreshSoon() { m_refresh.start(); }

    QString m_tradeId;
    QJsonObject m_trade;
    QString m_errorText;
    bool m_uploading = false;
    QTimer m_ticker;
    QTimer m_refresh;
};

} // namespace azc
