#pragma once
// What a swap from the app and a partner's request (consent) share: a quote
// the server holds for a short while (bridge.quote, or the fresh one
// bridge.consent hands out), shown with a countdown to its expiresAt —
// measured on this machine's monotonic clock from the server's own `now`,
// so a skewed wall clock does not eat it, like SwapSession —, confirmed
// before it runs out, and the resulting Swap in words. Confirming sends one
// idempotency key per confirmed quote (foundation/intent_key.h): after a lost
// answer the stage is Uncertain and confirming again repeats the request
// under the same key — even once the countdown is over, since the server
// answers a repeated key with the first outcome. Refusals stay in errorText.

#include "bridge/bridge_errors.h"
#include "foundation/intent_key.h"
#include "foundation/remote_object.h"

#include <QTimer>
#include <QVariantMap>
#include <functional>

namespace azc {

class BridgeQuoteFlow : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the base of BridgeSwap and BridgeConsent; QML reads its stages as BridgeQuoteFlow.Quoted")
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(QVariantMap quote READ quote NOTIFY stageChanged)
    // The last quote's {min, max, userLeft, totalLeft} (in points), kept after it expires.
    Q_PROPERTY(QVariantMap limits READ limits NOTIFY stageChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY countdownChanged)
    Q_PROPERTY(int permilleLeft READ permilleLeft NOTIFY countdownChanged)
    Q_PROPERTY(bool canConfirm READ canConfirm NOTIFY countdownChanged)
    Q_PROPERTY(QVariantMap result READ result NOTIFY stageChanged)
    Q_PROPERTY(QString resultText READ resultText NOTIFY stageChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
public:
    // Idle → Quoting → Quoted (counting down) → Confirming → Done; Quoted →
    // Expired when the time runs out; Confirming → Uncertain when the answer
    // was lost (confirm again: same key); Declined for a refused request.
    enum Stage { Idle, Quoting, Quoted, Expired, Confirming, Uncertain, Done, Declined };
    Q_ENUM(Stage)
    using LocalClock = std::function<qint64()>; // monotonic milliseconds

    explicit BridgeQuoteFlow(QObject *parent = nullptr);

    Stage stage() const { return m_stage; }
    QVariantMap quote() const { return m_quote.toVariantMap(); }
    QVariantMap limits() const { return m_limits.toVariantMap(); }
    int secondsLeft() const;
    int permilleLeft() const; // the countdown bar, in thousandths
    bool canConfirm() const;
    QVariantMap result() const { return m_result.toVariantMap(); }
    QString resultText() const;
    QString errorText() const { return m_errorText; }
    QString confirmKey() const { return m_key.current(); }

    Q_INVOKABLE void confirm();
    // Moves the countdown on (the timer does, five times a second).
    Q_INVOKABLE void tick();
    Q_INVOKABLE void clearError() { setError({}); }
    void setLocalClock(LocalClock clock) { m_clock = std::move(clock); }

    // A Swap in words: what was given, what came back, the fee.
    static QString swapWords(const QJsonObject &swap);

signals:
    void stageChanged();
    void countdownChanged();
    void errorChanged();
    void swapped(const QVariantMap &swap);

protected:
    virtual QString confirmMethod() const = 0;
    virtual QJsonObject confirmParams(const QString &quoteId, const QString &key) const = 0;
    virtual BridgeErrors::Action confirmAction() const = 0;
    // The point the flow is about, for worded refusals ({} when unknown).
    virtual QJsonObject pointContext() const { return {}; }
    // The confirm answer arrived: the swap is done (subclasses keep more of it).
    virtual void onConfirmed(const QJsonObject &answer);

    // A quote answer ({quoteId, …, expiresAt, now, limits}): starts the countdown; a new intent.
    void setQuote(const QJsonObject &quote);
    void setStage(Stage stage);
    void setError(const QString &text);
    void describeFailure(const RpcReply &reply, BridgeErrors::Action action);
    // Back to Idle, everything of the last quote forgotten but its limits.
    void resetFlow();
    const QJsonObject &quoteObject() const { return m_quote; }
    const QJsonObject &lastLimits() const { return m_limits; }
    void setResult(const QJsonObject &swap);

private:
    qint64 msLeft() const;

    Stage m_stage = Idle;
    QJsonObject m_quote;
    QJsonObject m_limits;
    QJsonObject m_result;
    QString m_errorText;
    IntentKey m_key;
    LocalClock m_clock;
    qint64 m_ttlMs = 0;
    qint64 m_quotedAt = 0;
    qint64 m_msLeft = 0; // as of the last tick
    QTimer m_ticker;
};

} // namespace azc
