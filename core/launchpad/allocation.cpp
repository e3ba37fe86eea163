#include "launchpad/allocation.h"

#include <QSet>

#include <algorithm>

namespace azc::launchpad {

namespace {

// totalTokens × amount_i needs up to 254 bits (an 18-decimal sale of 10^12
// tokens times a large commitment); Amount::mulDiv divides such products
// but does not return the remainder the ranking needs, so the pro-rata split
// has its own 256-bit product and division.
struct Wide
{
    UInt128 hi = 0, lo = 0;
};

Wide multiply(UInt128 a, UInt128 b)
{
    const UInt128 mask = ~uint64_t(0);
    const UInt128 a0 = a & mask, a1 = a >> 64, b0 = b & mask, b1 = b >> 64;
    const UInt128 p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    const UInt128 middle = (p00 >> 64) + (p01 & mask) + (p10 & mask);
    return {p11 + (p01 >> 64) + (p10 >> 64) + (middle >> 64), (p00 & mask) | (middle << 64)};
}

// x ÷ d, bit by bit; false when the quotient needs more than 128 bits.
bool divide(Wide x, UInt128 d, UInt128 &quotient, UInt128 &remainder)
{
    if (d == 0 || x.hi >= d)
        return false;
    UInt128 rem = x.hi;
    UInt128 q = 0;
    for (int bit = 127; bit >= 0; --bit) {
        const bool carry = (rem >> 127) != 0; // rem × 2 would not fit: it exceeds d
        rem = (rem << 1) | ((x.lo >> bit) & 1);
        q <<= 1;
        if (carry || rem >= d) {
            rem -= d;
            q |= 1;
        }
    }
    quotient = q;
    remainder = rem;
    return true;
}

Error overflow()
{
    return fail("overflow", QStringLiteral("the sale's amounts do not fit in 128 bits"));
}

struct Line
{
    Commitment commitment;
    Amount tokens;
    UInt128 remainder = 0; // of totalTokens × amount ÷ C (oversubscribed only)
};

bool earlier(const Commitment &a, const Commitment &b)
{
    return a.order != b.order ? a.order < b.order : a.userId < b.userId;
}

Status validate(const SaleTerms &terms, const QList<Commitment> &commitments)
{
    if (terms.totalTokens <= Amount() || terms.priceUnits <= Amount() || terms.tokenDecimals < 0
        || terms.tokenDecimals > Amount::kMaxDecimals)
        return fail("invalid_params",
                    QStringLiteral("a sale needs tokens > 0, a price > 0 and 0 to 18 decimals"));
    QSet<QString> seen;
    for (const Commitment &c : commitments) {
        if (c.userId.isEmpty() || c.amount <= Amount())
            return fail("invalid_params",
                        QStringLiteral("every commitment needs a user and an amount > 0"));
        if (seen.contains(c.userId))
            return fail("invalid_params", QStringLiteral("%1 committed twice").arg(c.userId));
        seen.insert(c.userId);
    }
    return okStatus();
}

// The pro-rata floors, then the units they leave, one each by largest
// remainder (largest remainder method), to those who can pay for one more.
// Nobody gets more than one unit above their floor: units nobody can take
// that way stay unsold (they go back to the listing partner) rather than
// piling onto the biggest buyer.
Status splitProRata(const SaleTerms &terms, Amount committed, QList<Line> &lines)
{
    Int128 left = terms.totalTokens.units();
    for (Line &line : lines) {
        UInt128 q = 0;
        if (!divide(multiply(UInt128(terms.totalTokens.units()),
                             UInt128(line.commitment.amount.units())),
                    UInt128(committed.units()), q, line.remainder))
            return overflow(); // cannot happen: q <= totalTokens
        line.tokens = Amount::fromUnits(Int128(q));
        left -= Int128(q);
    }
    QList<Line *> queue;
    for (Line &line : lines)
        queue.append(&line);
    std::sort(queue.begin(), queue.end(), [](const Line *a, const Line *b) {
        return a->remainder != b->remainder ? a->remainder > b->remainder
                                            : earlier(a->commitment, b->commitment);
    });
    for (Line *line : std::as_const(queue)) {
        if (left == 0)
            break;
        const Amount more = Amount::fromUnits(line->tokens.units() + 1);
        const auto cost = costOf(terms, more);
        if (!cost)
            return overflow();
        if (*cost > line->commitment.amount)
            continue;
        line->tokens = more;
        --left;
    }
    return okStatus();
}

} // namespace

std::optional<Amount> costOf(const SaleTerms &terms, Amount tokens)
{
    if (terms.tokenDecimals < 0 || terms.tokenDecimals > Amount::kMaxDecimals)
        return std::nullopt;
    return tokens.mulDiv(terms.priceUnits.units(), powerOfTen(terms.tokenDecimals),
                         Rounding::Ceiling);
}

Result<AllocationResult> allocate(const SaleTerms &terms, const QList<Commitment> &commitments)
{
    if (auto valid = validate(terms, commitments); !valid)
        return valid.error();
    QList<Line> lines;
    Amount committed;
    for (const Commitment &c : commitments) {
        const auto sum = committed.checkedAdd(c.amount);
        if (!sum)
            return overflow();
        committed = *sum;
        lines.append({c, Amount(), 0});
    }
    // One order for the output and every tie, whatever order the input came in.
    std::sort(lines.begin(), lines.end(),
              [](const Line &a, const Line &b) { return earlier(a.commitment, b.commitment); });
    const auto fullCost = costOf(terms, terms.totalTokens);
    if (!fullCost)
        return overflow();

    AllocationResult result;
    result.oversubscribed = committed >= *fullCost;
    if (result.oversubscribed) {
        if (auto split = splitProRata(terms, committed, lines); !split)
            return split.error();
    } else {
        // Everyone can be served in full: sum of floors <= floor(C × 10^td / price) < totalTokens.
        for (Line &line : lines) {
            const auto tokens = line.commitment.amount.mulDiv(
                    powerOfTen(terms.tokenDecimals), terms.priceUnits.units(), Rounding::Floor);
            if (!tokens)
                return overflow();
            line.tokens = *tokens;
        }
    }

    for (const Line &line : std::as_const(lines)) {
        const auto cost = costOf(terms, line.tokens);
        if (!cost)
            return overflow();
        // cost <= committed by construction (floors above, the check when handing out
        // units); checked anyway, as a negative refund would be money out of nowhere.
        if (*cost > line.commitment.amount)
            return fail("invalid_state", QStringLiteral("a cost exceeds its commitment"));
        const Amount refund = Amount::fromUnits(line.commitment.amount.units() - cost->units());
        result.allocations.append(
                {line.commitment.userId, line.commitment.amount, line.tokens, *cost, refund});
        // Neither sum can overflow: tokens add up to at most totalTokens, costs to at most C.
        result.tokensSold = Amount::fromUnits(result.tokensSold.units() + line.tokens.units());
        result.proceeds = Amount::fromUnits(result.proceeds.units() + cost->units());
    }
    result.unsoldTokens = Amount::fromUnits(terms.totalTokens.units() - result.tokensSold.units());
    return result;
}

} // namespace azc::launchpad
