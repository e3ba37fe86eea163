# azc_build_fast(TARGET): the cold build's two big savings. Every target
# reuses one precompiled header of the Qt and standard headers nearly every
# file includes (azc_pch, below), and a library's sources compile in batches
# of eight per translation unit (unity build), so those headers are parsed
# once per batch rather than once per file, so file-local names must not
# clash within a library (share such helpers instead: custody_hex.h).
# NO_PCH: for a target without Qt (the header is Qt's). NO_UNITY: for
# single-file targets (tests), where a unity file gains nothing and makes GCC
# treat the test's file-local types as a header's. TEST_PROGRAM: compiled at
# -O0 with the test header (a test program's own code needs no optimiser).
function(azc_build_fast target)
  cmake_parse_arguments(ARG "NO_PCH;NO_UNITY;TEST_PROGRAM" "" "" ${ARGN})
  if(AZC_FAST_BUILD)
    if(ARG_TEST_PROGRAM)
      target_compile_options(${target} PRIVATE -O0)
      target_precompile_headers(${target} REUSE_FROM azc_pch_test)
    elseif(NOT ARG_NO_PCH)
      target_precompile_headers(${target} REUSE_FROM azc_pch)
    endif()
    if(NOT ARG_NO_UNITY)
      set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
    endif()
  endif()
endfunction()

# azc_add_core_library(NAME [NO_QT] SOURCES... DEPENDS ...)
# One static library per domain under core/, named azc_<domain>, with the
# repository's core/ folder on the include path ("identity/identity_service.h").
# NO_QT: plain C++ (the matching engine), so no Qt precompiled header.
function(azc_add_core_library name)
  cmake_parse_arguments(ARG "NO_QT" "" "SOURCES;DEPENDS" ${ARGN})
  add_library(azc_${name} STATIC ${ARG_SOURCES})
  target_include_directories(azc_${name} PUBLIC ${PROJECT_SOURCE_DIR}/core)
  target_link_libraries(azc_${name} PUBLIC ${ARG_DEPENDS} PRIVATE azc_warnings)
  if(ARG_NO_QT)
    azc_build_fast(azc_${name} NO_PCH)
  else()
    azc_build_fast(azc_${name})
  endif()
endfunction()

# azc_add_test(NAME SOURCES... LABELS ... DEPENDS ... [ENVIRONMENT ...])
function(azc_add_test name)
  cmake_parse_arguments(ARG "WITH_DISPLAY" "TIMEOUT" "SOURCES;LABELS;DEPENDS;ENVIRONMENT" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  azc_build_fast(${name} NO_UNITY TEST_PROGRAM)
  # No .ui files here; with Widgets linked, uic would take "ui_harness.h" for a form's header.
  set_target_properties(${name} PROPERTIES AUTOUIC OFF)
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_DEPENDS} azc_warnings)
  if(ARG_WITH_DISPLAY)
    # Qt WebEngine needs a window system: a private Xvfb (tests/support/with_display.sh).
    add_test(NAME ${name} COMMAND ${PROJECT_SOURCE_DIR}/tests/support/with_display.sh $<TARGET_FILE:${name}>)
  else()
    add_test(NAME ${name} COMMAND ${name})
  endif()
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT}
                       ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${ARG_ENVIRONMENT}")
endfunction()

# azc_add_db_test(NAME SOURCES ... DEPENDS ... LABELS ...)
# The same suite twice: NAME_sqlite, and NAME_pg against the throwaway
# PostgreSQL cluster scripts/test.sh starts (label pg).
function(azc_add_db_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  azc_build_fast(${name} NO_UNITY TEST_PROGRAM)
  target_link_libraries(${name} PRIVATE Qt6::Test azc_test_support ${ARG_DEPENDS} azc_warnings)
  target_compile_definitions(${name} PRIVATE AZC_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME ${name}_sqlite COMMAND ${name})
  add_test(NAME ${name}_pg COMMAND ${name})
  set_tests_properties(${name}_sqlite PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT 300
                       ENVIRONMENT "QT_QPA_PLATFORM=offscreen;AZC_TEST_DB=sqlite")
  set_tests_properties(${name}_pg PROPERTIES LABELS "${ARG_LABELS};pg" TIMEOUT 300
                       ENVIRONMENT "QT_QPA_PLATFORM=offscreen;AZC_TEST_DB=pg")
endfunction()
