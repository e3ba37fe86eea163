# azc_add_core_library(NAME SOURCES... DEPENDS ...)
# One static library per domain under core/, named azc_<domain>, with the
# repository's core/ folder on the include path ("identity/identity_service.h").
function(azc_add_core_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS" ${ARGN})
  add_library(azc_${name} STATIC ${ARG_SOURCES})
  target_include_directories(azc_${name} PUBLIC ${PROJECT_SOURCE_DIR}/core)
  target_link_libraries(azc_${name} PUBLIC ${ARG_DEPENDS} PRIVATE azc_warnings)
endfunction()

# azc_add_test(NAME SOURCES... LABELS ... DEPENDS ... [ENVIRONMENT ...])
function(azc_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LABELS;DEPENDS;ENVIRONMENT" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  # No .ui files here; with Widgets linked, uic would take "ui_harness.h" for a form's header.
  set_target_properties(${name} PROPERTIES AUTOUIC OFF)
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_DEPENDS} azc_warnings)
  add_test(NAME ${name} COMMAND ${name})
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
  target_link_libraries(${name} PRIVATE Qt6::Test azc_test_support ${ARG_DEPENDS} azc_warnings)
  target_compile_definitions(${name} PRIVATE AZC_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME ${name}_sqlite COMMAND ${name})
  add_test(NAME ${name}_pg COMMAND ${name})
  set_tests_properties(${name}_sqlite PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT 300
                       ENVIRONMENT "QT_QPA_PLATFORM=offscreen;AZC_TEST_DB=sqlite")
  set_tests_properties(${name}_pg PROPERTIES LABELS "${ARG_LABELS};pg" TIMEOUT 300
                       ENVIRONMENT "QT_QPA_PLATFORM=offscreen;AZC_TEST_DB=pg")
endfunction()
