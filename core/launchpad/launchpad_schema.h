#pragma once
#include "storage/database.h"

namespace azc::launchpad {
QList<storage::Migration> launchpadMigrations();
}
