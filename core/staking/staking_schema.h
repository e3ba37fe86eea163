#pragma once
#include "storage/database.h"

namespace azc::staking {
QList<storage::Migration> stakingMigrations();
}
