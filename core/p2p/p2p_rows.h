#pragma once
// The rows P2PService reads and writes (p2p_schema.cpp), as it uses them.

#include "common/amount.h"
#include "p2p/p2p_service.h"

#include <QSqlQuery>

namespace azc::p2p {

struct P2PService::Ad {
    QString id, userId, side, asset, fiat, terms, status, holdId;
    Amount price, total, available, minAmount, maxAmount; // price: fiat cents per whole coin
    qint64 paymentWindowMs = 0, createdAt = 0, updatedAt = 0;
    int minKycTier = 0;
};

struct P2PService::Trade {
    QString id, adId, sellerId, buyerId, takerId, asset, fiat, status, outcome, holdId, chatId;
    Amount amount, price, fiatAmount;
    bool escrowInAd = false, settled = false;
    qint64 paymentDeadline = 0, releaseDeadline = 0, createdAt = 0, updatedAt = 0;
};

inline constexpr int kFiatDecimals = 2;

} // namespace azc::p2p
