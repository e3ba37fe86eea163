#pragma once
// The life of a P2P trade, as rules only: which party may do what in which
// state, and what it leads to. No storage, no money: the P2P service applies
// an accepted transition to its rows and moves the escrow accordingly
// (completed → to the buyer less the commission; cancelled → back to the
// seller). Time is passed in, so timeouts are tested with any clock.
//
//   pending_payment ── buyer marks paid ──────────────▶ paid
//        │  buyer cancels / payment window ends ─────▶ cancelled
//        │  seller releases (their choice) ──────────▶ completed
//   paid ── seller releases ──────────────────────────▶ completed
//        │  buyer cancels (gives up) ─────────────────▶ cancelled
//        │  seller appeals; buyer appeals once the release window has passed
//        └──────────────────────────────────────────▶ appealed
//   appealed ── support: release ─▶ completed;  support: refund ─▶ cancelled
//            ── seller releases ─▶ completed;  buyer cancels ─▶ cancelled
//   completed, cancelled: final; everything is refused.

#include "common/result.h"

#include <QString>
#include <optional>

namespace azc::p2p {

enum class TradeState { PendingPayment, Paid, Appealed, Completed, Cancelled };
enum class Party { Buyer, Seller, Support, System };
enum class TradeAction { MarkPaid, Release, Cancel, Expire, Appeal, ResolveRelease, ResolveRefund };

QString stateName(TradeState s);
std::optional<TradeState> stateFromName(const QString &name);
QString actionName(TradeAction a);

struct TradeClock {
    qint64 paymentDeadline = 0; // ms: an unpaid trade may expire from then on
    qint64 releaseDeadline = 0; // ms: set when paid; the buyer may appeal from then on
};

struct Transition {
    TradeState to = TradeState::PendingPayment;
    QString outcome; // "", "released", "cancelled", "expired", "refunded": how the escrow ends
};

// The transition `party` asks for at `nowMs`, or a refusal with a stable
// reason: invalid_state (detail: the current state, or "too_early") or
// forbidden (detail: "not_your_action").
Result<Transition> decide(TradeState state, TradeAction action, Party party, const TradeClock &clock, qint64 nowMs);

bool isFinal(TradeState s);

} // namespace azc::p2p
