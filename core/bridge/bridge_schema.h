#pragma once
#include "storage/database.h"

namespace azc::bridge {
QList<storage::Migration> bridgeMigrations();
QList<storage::Migration> marketMigrations();
}
