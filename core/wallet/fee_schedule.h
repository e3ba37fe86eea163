#pragma once
// The fee table: per asset and flow, a fixed part plus a rate of the
// amount (rounded up to the asset's unit, so the house never undercharges
// by rounding), bounded by a minimum and an optional maximum. A flow with
// no row costs nothing.

#include "common/amount.h"
#include "common/result.h"

#include <QHash>
#include <QJsonObject>

namespace azc::storage { class Database; }

namespace azc::wallet {

// The flows that charge fees; later issues add theirs here.
const QStringList &feeFlows();

struct FeeRule {
    QString asset;
    QString flow;
    Amount fixed;
    Amount rate; // a fraction in units of 1e-8: "0.001" (0.1 %) is 100000
    Amount min;
    Amount max;  // zero: no cap
    static constexpr int kRateDecimals = 8;

    // min(max(fixed + ceil(amount * rate), min), max); nullopt on overflow.
    std::optional<Amount> feeFor(Amount amount) const;
    QJsonObject toJson(int decimals) const;
    // From method params {asset, flow, fixed, rate, min, max} (decimal
    // strings; the rate at kRateDecimals, the others at the asset's).
    static Result<FeeRule> fromParams(const QJsonObject &params, int assetDecimals);
};

class FeeSchedule
{
public:
    explicit FeeSchedule(storage::Database &db);
    Result<FeeRule> rule(const QString &asset, const QString &flow);
    Result<QList<FeeRule>> all();
    Status set(const FeeRule &rule);

private:
    Status load();
    storage::Database &m_db;
    QHash<QString, FeeRule> m_rules; // "asset/flow"
    bool m_loaded = false;
};

} // namespace azc::wallet
