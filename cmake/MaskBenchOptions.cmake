# Shared compile options live on INTERFACE targets, never on global flags.
include_guard(GLOBAL)

add_library(maskbench_options INTERFACE)
target_compile_features(maskbench_options INTERFACE cxx_std_17)
target_compile_options(maskbench_options INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wno-unused-parameter>)
target_compile_definitions(maskbench_options INTERFACE
  QT_NO_CAST_FROM_BYTEARRAY
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# Core and workers include LibTorch, whose headers break under Qt's keyword macros (STYLE rule 11).
add_library(maskbench_nokeywords INTERFACE)
target_compile_definitions(maskbench_nokeywords INTERFACE QT_NO_KEYWORDS)
