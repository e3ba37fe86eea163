// Compiles nothing: it exists so CMake builds the project's one precompiled
// header (azc_pch, top-level CMakeLists.txt), which every target reuses.
