#pragma once
// Transfer limits per asset and KYC tier (treasury.limits) and their editor
// (treasury.setLimit). Rows: itemId ("ASSET/tier"), asset, tier,
// perTransfer, daily ("0" = sending not allowed), twoFactorAbove.

#include "foundation/remote_list_model.h"

namespace azc {

class TreasuryLimitsModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit TreasuryLimitsModel(QObject *parent = nullptr);

    Q_INVOKABLE void reload() override;
    Q_INVOKABLE QVariantMap ruleFor(const QString &asset, int tier) const;
    Q_INVOKABLE void setLimit(const QString &asset, int tier, const QString &perTransfer,
                              const QString &daily, const QString &twoFactorAbove);

signals:
    void saved();

private:
    static QJsonObject rowFrom(QJsonObject limit);
};

} // namespace azc
