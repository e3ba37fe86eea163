# The Solidity contracts under contracts/, compiled at build time by the pinned solc-js
# (tools/solc, installed by scripts/solc.sh) into ${CMAKE_BINARY_DIR}/contracts.
#   azc_contracts    custom target: <Name>.bin (creation bytecode, hex) and <Name>.abi.json
#   AZC_TOKEN_BIN    the AZC token's .bin, for targets that deploy it (add_dependencies on
#                    azc_contracts, then pass the path as a compile definition)
#   AZC_TALLY_RECORD_BIN  the DAO's write-once tally record (TallyRecord.bin), the same way
# Nothing builds it unless a target depends on it, so a machine without node still builds the
# rest; a missing node or solc then fails only the targets that need the bytecode.

find_program(AZC_NODE_EXECUTABLE node)
set(AZC_CONTRACTS_DIR ${CMAKE_BINARY_DIR}/contracts)
set(AZC_TOKEN_BIN ${AZC_CONTRACTS_DIR}/AZCToken.bin)
set(AZC_TALLY_RECORD_BIN ${AZC_CONTRACTS_DIR}/TallyRecord.bin)
set(_azc_solc_compile ${PROJECT_SOURCE_DIR}/tools/solc/compile.js)

if(NOT AZC_NODE_EXECUTABLE)
  message(WARNING "node not found: the contracts (azc_contracts) cannot be compiled, and the "
                  "tests that deploy them will fail to build. Install nodejs and run scripts/test.sh.")
  set(AZC_NODE_EXECUTABLE node)
elseif(NOT EXISTS ${PROJECT_SOURCE_DIR}/tools/solc/node_modules/solc)
  message(WARNING "tools/solc/node_modules is missing: run scripts/test.sh (or `npm ci` in "
                  "tools/solc) before building the contracts (azc_contracts).")
endif()

# One compile per contract file: contracts/<Name>.sol gives <Name>.bin and <Name>.abi.json.
set(_azc_contract_outputs)
foreach(_azc_contract AZCToken TallyRecord)
  set(_azc_outputs ${AZC_CONTRACTS_DIR}/${_azc_contract}.bin ${AZC_CONTRACTS_DIR}/${_azc_contract}.abi.json)
  add_custom_command(
    OUTPUT ${_azc_outputs}
    COMMAND ${AZC_NODE_EXECUTABLE} ${_azc_solc_compile}
            ${PROJECT_SOURCE_DIR}/contracts/${_azc_contract}.sol ${AZC_CONTRACTS_DIR}
    DEPENDS ${PROJECT_SOURCE_DIR}/contracts/${_azc_contract}.sol ${_azc_solc_compile}
            ${PROJECT_SOURCE_DIR}/tools/solc/package-lock.json
    COMMENT "Compiling contracts/${_azc_contract}.sol (solc-js)"
    VERBATIM)
  list(APPEND _azc_contract_outputs ${_azc_outputs})
endforeach()
add_custom_target(azc_contracts DEPENDS ${_azc_contract_outputs})
