#pragma once
// Admin (Treasury › Earn): every token sale (launchpad.adminSales, with the
// platform's share) and listing a new one (launchpad.list). The form's
// values arrive as typed — the window as local dates ("2026-12-24 18:00"),
// the vesting as "days:percent" pairs ("0:50, 30:50"), the platform's share
// as a percentage — and become the protocol's fields here. One idempotency
// key per confirmed listing, kept for a retry after a lost answer.

#include "foundation/intent_key.h"
#include "earn/launchpad_sales_model.h"

#include <QJsonArray>

#include <optional>

namespace azc {

class LaunchpadAdminModel : public LaunchpadSalesModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit LaunchpadAdminModel(QObject *parent = nullptr);

    Q_INVOKABLE void beginListing();
    // Keys: token, tokenName, tokenDecimals, quote, price, total, perUserCap,
    // minKycTier, minStake, opens, closes, vesting, partnerUsername,
    // platformSharePercent, title, description; empty values are left out.
    Q_INVOKABLE void listSale(const QVariantMap &form);

    // "0:50, 30:50" → [{afterDays: 0, percent: 50}, {afterDays: 30, percent: 50}]; nullopt when malformed.
    static std::optional<QJsonArray> parseVesting(const QString &text);

signals:
    void listed(const QVariantMap &sale);
    void listFailed(const QString &message, bool canRetry);

private:
    IntentKey m_listKey;
};

} // namespace azc
