#pragma once
// bridge/ point page, the Swap panel: points → the point's coin or coin →
// points under the point's policy. "Get quote" asks bridge.quote for what
// the user gives; the quote (give, get, fee, rate, what is left of today's
// allowance) counts down to its expiry; Confirm sends bridge.swap with the
// quote and one idempotency key per confirmed quote (BridgeQuoteFlow).
// `point` is the Point row the page shows (BridgePointsModel.byCode).

#include "bridge/bridge_quote_flow.h"

namespace azc {

class BridgeSwap : public BridgeQuoteFlow
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantMap point READ point WRITE setPoint NOTIFY pointChanged)
    // "toCoin" (give points) or "toPoints" (give coin).
    Q_PROPERTY(QString direction READ direction WRITE setDirection NOTIFY directionChanged)
    // What the user gives in this direction: the point's code or its coin, and its decimals.
    Q_PROPERTY(QString giveAsset READ giveAsset NOTIFY directionChanged)
    Q_PROPERTY(QString getAsset READ getAsset NOTIFY directionChanged)
    Q_PROPERTY(bool directionAllowed READ directionAllowed NOTIFY directionChanged)
public:
    explicit BridgeSwap(QObject *parent = nullptr);

    QVariantMap point() const { return m_point.toVariantMap(); }
    void setPoint(const QVariantMap &point);
    QString direction() const { return m_direction; }
    void setDirection(const QString &direction);
    QString giveAsset() const;
    QString getAsset() const;
    bool directionAllowed() const;

    // Checks the amount here first (above zero, at most the decimals of what is given).
    Q_INVOKABLE void requestQuote(const QString &amount);
    Q_INVOKABLE void reset();

protected:
    QString confirmMethod() const override { return QStringLiteral("bridge.swap"); }
    QJsonObject confirmParams(const QString &quoteId, const QString &key) const override;
    BridgeErrors::Action confirmAction() const override { return BridgeErrors::Action::Swap; }
    QJsonObject pointContext() const override { return m_point; }

signals:
    void pointChanged();
    void directionChanged();

private:
    int giveDecimals() const;

    QJsonObject m_point;
    QString m_direction = QStringLiteral("toCoin");
};

} // namespace azc
