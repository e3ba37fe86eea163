# Included from core/governance/CMakeLists.txt. The published tally alone
# (pure code, no storage): the desktop app verifies votes with it.
azc_add_core_library(governance_tally SOURCES tally.h tally.cpp
  DEPENDS Qt6::Core azc_common azc_crypto azc_reserves_proof)
