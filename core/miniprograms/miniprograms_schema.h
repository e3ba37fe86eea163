#pragma once

#include "storage/database.h"

namespace azc::miniprograms {

QList<storage::Migration> miniprogramsMigrations();

} // namespace azc::miniprograms
