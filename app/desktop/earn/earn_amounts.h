#pragma once
// The few numbers the Earn screens derive from the server's exact strings,
// all with integer arithmetic (azc::Amount): a position's rewards carried
// forward to the second with the server's own formula, what a stake earns in
// a day, rates in basis points as percentages, how full a product or a sale
// is, and what a sale's whole supply costs.

#include "common/amount.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace azc::earn {

// What a position (a row of staking.positions) has earned by `serverNowMs`,
// to the unit: its owed units and remainder at accruedAt carried forward in
// whole seconds with core/staking/accrual.h, as the server accrues them. A
// position that is not active earns nothing more: its owed units as they are.
// nullopt when the row is malformed.
std::optional<Amount> owedAt(const QJsonObject &position, qint64 serverNowMs);

// What `amount` earns in one day at `rateBps` a year, at `decimals`, rounded
// down as the server rounds; "" when the amount is not a positive number there.
QString dailyReward(const QString &amount, int rateBps, int decimals);

// 800 -> "8", 1550 -> "15.5", 5 -> "0.05".
QString percentFromBps(int rateBps);
// "8.5" -> 850; nullopt when not a percentage with at most 2 decimals.
std::optional<int> bpsFromPercent(const QString &percent);

// part / whole in thousandths, 0..1000 (0 when whole is 0 or either is malformed):
// the length of a progress bar, exact to the thousandth.
int permille(const QString &part, const QString &whole);

// The quote a sale's whole supply costs (ceil(total × price), what the
// launchpad would charge for every token), at the quote's decimals; "" when
// the sale's numbers are malformed.
QString saleTarget(const QJsonObject &sale);
// The sale with `target` and `filledPermille` (committed / target) added.
QJsonObject withSaleProgress(QJsonObject sale);

} // namespace azc::earn
