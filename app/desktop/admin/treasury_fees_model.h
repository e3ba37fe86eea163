#pragma once
// The fee table (treasury.fees) and its editor (treasury.setFee): one rule
// per asset and flow. Rows: itemId ("ASSET/flow"), asset, flow, fixed, rate
// (a fraction, "0.001" = 0.1 %), ratePercent (display), min, max ("0" = no cap).

#include "foundation/remote_list_model.h"

namespace azc {

class TreasuryFeesModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList flows READ flows CONSTANT)
public:
    explicit TreasuryFeesModel(QObject *parent = nullptr);

    static QStringList flows();

    Q_INVOKABLE void reload() override;
    Q_INVOKABLE QVariantMap ruleFor(const QString &asset, const QString &flow) const;
    Q_INVOKABLE void setFee(const QString &asset, const QString &flow, const QString &fixed,
                            const QString &rate, const QString &min, const QString &max);

signals:
    void saved();

private:
    static QJsonObject rowFrom(QJsonObject fee);
};

} // namespace azc
