# Included from core/staking/CMakeLists.txt. The accrual rules alone (pure
# code, no storage): exact rewards with the fraction of a unit carried.
azc_add_core_library(staking_rules SOURCES accrual.h accrual.cpp DEPENDS Qt6::Core azc_common)
