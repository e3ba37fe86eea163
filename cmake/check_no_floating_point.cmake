# Fails when `double`, `float`, `qreal` or `toDouble` appears in the server
# (all of core/) or the desktop's C++ (app/desktop), outside the files
# allowed below, each for a reason that is not money. Opt-out on purpose: a
# new domain is checked without anyone remembering to add it. Run by ctest as
# money_has_no_floating_point; ROOT is the source folder.
cmake_minimum_required(VERSION 3.22)
set(scanned core/*.h core/*.cpp app/desktop/*.h app/desktop/*.cpp tests/support/binance_standin.*)
set(allowed
  # JSON numbers arrive as doubles; this is where they are checked to be integers.
  core/server/param_schema.cpp
  # Display only: upload and download progress bars.
  app/desktop/kyc/kyc_model.h app/desktop/kyc/kyc_model.cpp app/desktop/support/review_queue_model.h
  app/desktop/support/review_documents.h app/desktop/support/review_documents.cpp app/desktop/chat/chat_messages_model.h app/desktop/chat/chat_messages_actions.cpp
  # Display only: a bar's height from two exact amounts, a quote's countdown, the chart's geometry.
  app/desktop/foundation/money_display.h app/desktop/foundation/money_display.cpp
  app/desktop/trade/swap_session.h app/desktop/trade/swap_session.cpp
  app/desktop/trade/trade_candles.h app/desktop/trade/trade_candles.cpp
  # A call's statistics from WebRTC: round-trip and jitter in fractional milliseconds, loss rates.
  app/desktop/calls/call_rules.h app/desktop/calls/call_rules.cpp app/desktop/calls/call_bridge.cpp)
set(found "")
set(count 0)
foreach(pattern IN LISTS scanned)
  file(GLOB_RECURSE files RELATIVE "${ROOT}" "${ROOT}/${pattern}")
  foreach(file IN LISTS files)
    if(file IN_LIST allowed)
      continue()
    endif()
    math(EXPR count "${count} + 1")
    file(STRINGS "${ROOT}/${file}" lines)
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
  message(FATAL_ERROR "floating point outside the allowed display code:\n${found}")
endif()
if(count LESS 300)
  message(FATAL_ERROR "only ${count} files scanned: the globs no longer match the tree")
endif()
message(STATUS "no floating point in ${count} files of core/ and app/desktop")
