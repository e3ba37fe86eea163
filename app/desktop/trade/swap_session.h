#pragma once
// Quick swap (the dialog on the Trade and Wallet screens): the pairs the
// exchange swaps (swap.pairs), a quote for an amount (swap.quote) that is
// good for a few seconds — secondsLeft counts down from the quote's ttlMs,
// measured on this machine's clock so a skewed server clock does not eat
// it — accepting it (swap.accept) before it runs out, and the result.
// Failures are kept in errorText; an expired quote says so and offers a new one.

#include "foundation/remote_object.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>

namespace azc {

class SwapSession : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(QStringList assets READ assets NOTIFY pairsChanged)
    Q_PROPERTY(QVariantMap quote READ quote NOTIFY stageChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY countdownChanged)
    Q_PROPERTY(double fractionLeft READ fractionLeft NOTIFY countdownChanged)
    Q_PROPERTY(QVariantMap result READ result NOTIFY stageChanged)
    Q_PROPERTY(QString resultNote READ resultNote NOTIFY stageChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
public:
    // Editing → Quoting → Quoted (counting down) → Accepting → Done;
    // Quoted → Expired when the time runs out.
    enum Stage { Editing, Quoting, Quoted, Expired, Accepting, Done };
    Q_ENUM(Stage)

    explicit SwapSession(QObject *parent = nullptr);

    Stage stage() const { return m_stage; }
    QStringList assets() const;
    QVariantMap quote() const { return m_quote; }
    int secondsLeft() const;
    double fractionLeft() const; // display only: the countdown bar
    QVariantMap result() const { return m_result; }
    QString resultNote() const;
    QString errorText() const { return m_errorText; }

    // The assets `from` can be swapped into.
    Q_INVOKABLE QStringList targetsFor(const QString &from) const;
    Q_INVOKABLE void requestQuote(const QString &from, const QString &to, const QString &amount);
    Q_INVOKABLE void accept();
    Q_INVOKABLE void reset();

signals:
    void stageChanged();
    void pairsChanged();
    void countdownChanged();
    void errorChanged();
    void swapped(const QVariantMap &result);

protected:
    void onAttached() override;

private:
    void setStage(Stage stage);
    void setError(const QString &text);
    void tick();

    Stage m_stage = Editing;
    QList<QPair<QString, QString>> m_pairs;
    QVariantMap m_quote;
    qint64 m_ttlMs = 0;
    qint64 m_msLeft = 0; // as of the last tick
    QElapsedTimer m_quotedAt;
    QTimer m_ticker;
    QVariantMap m_result;
    QString m_errorText;
};

} // namespace azc
