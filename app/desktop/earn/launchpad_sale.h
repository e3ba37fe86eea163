#pragma once
// earn/ sale screen: one token sale (launchpad.sale) — its terms, how far it
// is committed, the countdown to its next phase on the server's clock, the
// user's commitment and, once the sale has ended, the allocation the server
// computed (tokens, cost, refund, delivered by the vesting tranches). Kept
// current by event.launchpad.changed for this sale. Committing holds the
// amount in the ledger; one idempotency key per confirmed commitment, kept
// for a retry after a lost answer (see IntentKey). Refusals stay in
// errorText, shown inside the dialog.

#include "foundation/intent_key.h"
#include "earn/server_clock.h"
#include "foundation/remote_object.h"

#include <QTimer>
#include <QVariantMap>

namespace azc {

class LaunchpadSale : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString saleId READ saleId WRITE setSaleId NOTIFY saleIdChanged)
    Q_PROPERTY(QVariantMap sale READ sale NOTIFY saleChanged)
    Q_PROPERTY(qint64 now READ now NOTIFY ticked)
    // Seconds until the sale opens (upcoming) or closes (open); -1 otherwise.
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY ticked)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(bool canRetry READ canRetry NOTIFY errorChanged)
public:
    explicit LaunchpadSale(QObject *parent = nullptr);

    QString saleId() const { return m_saleId; }
    void setSaleId(const QString &id);
    QVariantMap sale() const { return m_sale.toVariantMap(); }
    qint64 now() const { return m_clock.now(); }
    int secondsLeft() const;
    QString errorText() const { return m_errorText; }
    bool canRetry() const { return m_canRetry; }
    QString commitKey() const { return m_key.current(); }

    Q_INVOKABLE void reload();
    // A new commitment intent (the form shown afresh): the next commit() gets a new key.
    Q_INVOKABLE void beginCommit();
    // Commits `amount` of the quote asset; checked here first (a positive
    // amount at the quote's decimals), then by the server.
    Q_INVOKABLE void commit(const QString &amount);
    Q_INVOKABLE void clearError() { setError({}, false); }

    void setLocalClock(ServerClock::LocalClock clock) { m_clock.setLocalClock(std::move(clock)); }

signals:
    void saleIdChanged();
    void saleChanged();
    void ticked();
    void errorChanged();
    void committed();

protected:
    void onAttached() override;

private:
    void setSale(const QJsonObject &answer); // {sale, now}
    void setError(const QString &text, bool canRetry);
    qint64 boundary() const;
    void tick();

    QString m_saleId;
    QJsonObject m_sale;
    ServerClock m_clock;
    IntentKey m_key;
    QString m_errorText;
    bool m_canRetry = false;
    QTimer m_ticker;
};

} // namespace azc
