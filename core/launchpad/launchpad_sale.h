#pragma once
// One row of lp_sales, shared by the service's files.

#include "common/amount.h"
#include "launchpad/launchpad_service.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace azc::launchpad {

struct LaunchpadService::Sale {
    QString id, token, quote, partnerId, title, description, status, createdBy;
    qint64 seq = 0, startsAt = 0, endsAt = 0, createdAt = 0, updatedAt = 0;
    Amount price, total, perUserCap, minStake, sold, proceeds;
    int minKycTier = 0, platformShareBps = 0;
    QJsonArray vesting; // [{afterDays, percent}]

    static const char *columns();
    static Sale from(const QSqlQuery &q);
    QVariantList values() const;
};

} // namespace azc::launchpad
