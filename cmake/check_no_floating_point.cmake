# Fails when `double` or `float` appears in the money code (the issue's rule:
# no floating point in any money or price path). Run by ctest as
# money_has_no_floating_point; ROOT is the source folder.
set(money_globs core/common/amount.h core/common/amount.cpp core/ledger/*.h core/ledger/*.cpp
    core/wallet/*.h core/wallet/*.cpp core/reserves/*.h core/reserves/*.cpp core/chain/*.h core/chain/*.cpp
    core/chaincrypto/*.h core/chaincrypto/*.cpp core/exchange/matching/*.h core/exchange/matching/*.cpp
    core/custody/*.h core/custody/*.cpp core/exchange/spot/*.h core/exchange/spot/*.cpp
    core/exchange/provider/*.h core/exchange/provider/*.cpp tests/support/binance_standin.*
    core/exchange/swap/*.h core/exchange/swap/*.cpp)
set(found "")
foreach(pattern IN LISTS money_globs)
  file(GLOB files "${ROOT}/${pattern}")
  foreach(file IN LISTS files)
    file(STRINGS "${file}" lines)
    set(n 0)
    foreach(line IN LISTS lines)
      math(EXPR n "${n} + 1")
      string(REPLACE "double-entry" "" line "${line}")
      if(line MATCHES "(^|[^A-Za-z0-9_])(double|float|qreal|toDouble)([^A-Za-z0-9_]|$)")
        string(APPEND found "${file}:${n}: ${line}\n")
      endif()
    endforeach()
  endforeach()
endforeach()
if(found)
  message(FATAL_ERROR "floating point in money code:\n${found}")
endif()
message(STATUS "no floating point in the money code")
