# Included from core/launchpad/CMakeLists.txt. The allocation rules alone
# (pure code, no storage): pro-rata token sales exact to the unit.
azc_add_core_library(launchpad_rules SOURCES allocation.h allocation.cpp DEPENDS Qt6::Core azc_common)
