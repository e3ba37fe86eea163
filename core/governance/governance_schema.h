#pragma once
#include "storage/database.h"

namespace azc::governance {
QList<storage::Migration> governanceMigrations();
}
