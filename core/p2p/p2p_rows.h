#pragma once
// The rows P2PService reads and writes (p2p_schema.cpp), as it uses them.

#include "common/amount.h"
#include "p2p/p2p_service.h"

#include <QSqlQuery>

namespace azc::p2p {

struct P2PService::Ad {
    QString id, userId, side, asset, fiat, terms, status, holdId, priceType, autoReply;
    Amount price, total, available, minAmount, maxAmount; // price: fiat cents per whole coin (fixed ads)
    Amount margin;                                        // floating ads: percent with 2 decimals, may be negative
    QStringList paymentTypes, paymentMethodIds;
    qint64 paymentWindowMs = 0, createdAt = 0, updatedAt = 0;
    int minKycTier = 0, minAccountAgeDays = 0, minCompletedTrades = 0;
    bool floating() const { return priceType == QLatin1String("floating"); }
};

struct P2PService::Trade {
    QString id, adId, sellerId, buyerId, takerId, asset, fiat, status, outcome, holdId, chatId;
    Amount amount, price, fiatAmount;
    QJsonArray paymentMethods, proofs;
    bool escrowInAd = false, settled = false;
    qint64 paymentDeadline = 0, releaseDeadline = 0, paidAt = 0, completedAt = 0, createdAt = 0, updatedAt = 0;
};

// What p2p.profile and the ad lists show of a user.
struct P2PService::Reputation {
    qint64 completed = 0, failedAsBuyer = 0, positive = 0, negative = 0;
    qint64 releaseMsTotal = 0, releases = 0;
    QJsonObject json() const;
};

inline constexpr int kFiatDecimals = 2;
inline constexpr int kMarginDecimals = 2;

bool isPaymentType(const QString &type); // p2p_payment_methods.cpp
bool isFiatCode(const QString &code);    // p2p_pricing.cpp

} // namespace azc::p2p
