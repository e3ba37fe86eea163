#pragma once
// A token sale's allocation at the end of its window (pure code, no storage):
// who gets how many token units, what each pays and what is refunded, exact
// to the unit. Rounding always favours the house on price and never lets a
// buyer pay more than they committed.

#include "common/amount.h"
#include "common/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace azc::launchpad {

struct SaleTerms
{
    Amount totalTokens;    // token units on sale (> 0)
    Amount priceUnits;     // quote units per ONE WHOLE token (> 0): 0.05 USDT (6 decimals) = 50000
    int tokenDecimals = 0; // 0..18
};

struct Commitment
{
    QString userId;
    Amount amount;    // quote units (> 0)
    qint64 order = 0; // when first committed: breaks ties, earlier first
};

struct Allocation
{
    QString userId;
    Amount committed, tokens, cost, refund; // cost + refund == committed
};

struct AllocationResult
{
    QList<Allocation> allocations; // by (order, userId), whatever the input order
    Amount tokensSold, unsoldTokens, proceeds;
    bool oversubscribed = false; // commitments cover cost(totalTokens)
};

// ceil(tokens × priceUnits / 10^tokenDecimals); nullopt beyond 128 bits or
// for decimals outside 0..18.
std::optional<Amount> costOf(const SaleTerms &terms, Amount tokens);

// Undersubscribed (sum of commitments < cost(totalTokens)): everyone gets
// floor(amount × 10^td / price) tokens and pays their cost.
// Otherwise (oversubscribed): tokens_i = floor(totalTokens × amount_i / C), C
// the sum of commitments; the units left go one at a time, in order of the
// largest remainder (totalTokens × amount_i mod C), ties by `order` then
// userId, to those who can still pay for one more (cost(tokens_i + 1) <=
// amount_i), at most one each; what is left is unsold.
// Always cost_i + refund_i == committed_i, refund_i >= 0, sold + unsold ==
// totalTokens, proceeds == sum of costs. Refusals: "invalid_params" (terms
// out of range, an empty userId, an amount <= 0, a userId twice), "overflow".
Result<AllocationResult> allocate(const SaleTerms &terms, const QList<Commitment> &commitments);

} // namespace azc::launchpad
