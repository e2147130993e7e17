# Sanitizer and fuzzing builds (issue 15). Both instrument MaskBench's own code only: LibTorch,
# OpenCV, dlib, Qt, HDF5 and libcsv are Debian's uninstrumented shared libraries, which is why the
# suppression files under tests/sanitizers/ may only name third-party code.
#
#   -DMASKBENCH_SANITIZE=address,undefined   ASan + UBSan (gcc or clang); what CI runs the core tests with
#   -DMASKBENCH_SANITIZE=thread              TSan (clang recommended); the threaded tests
#   -DMASKBENCH_FUZZ=ON                      clang only: libFuzzer targets under fuzz/, and everything
#                                            built with ASan + UBSan and fuzzer coverage, so the same
#                                            folder also runs the tests
#
# UBSan aborts on its first finding (-fno-sanitize-recover), so a finding fails the test. The
# sanitizer flags replace the build type's optimisation by -O1 (what the sanitizers' manuals
# advise: usable stacks, far quicker to compile than -O3 on the Torch-heavy sources) and add line
# tables for symbolised reports.
include_guard(GLOBAL)

set(MASKBENCH_SANITIZE "" CACHE STRING
    "Sanitizers for MaskBench's code: empty, address, undefined, address,undefined or thread")
option(MASKBENCH_FUZZ "Build the libFuzzer targets under fuzz/ (clang; implies address,undefined)" OFF)

if(MASKBENCH_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "MaskBench: MASKBENCH_FUZZ=ON needs clang (libFuzzer), e.g. "
                        "-DCMAKE_CXX_COMPILER=clang++ (Debian: clang, libclang-rt-14-dev)")
  endif()
  if(MASKBENCH_SANITIZE STREQUAL "")
    set(MASKBENCH_SANITIZE "address,undefined" CACHE STRING "" FORCE)
  endif()
endif()

set(MASKBENCH_SANITIZER_TEST_ENV "")
if(NOT MASKBENCH_SANITIZE STREQUAL "")
  string(REPLACE "," ";" _maskbench_sanitizers "${MASKBENCH_SANITIZE}")
  foreach(_s IN LISTS _maskbench_sanitizers)
    if(NOT _s MATCHES "^(address|undefined|thread|leak)$")
      message(FATAL_ERROR "MaskBench: unknown sanitizer '${_s}' in MASKBENCH_SANITIZE")
    endif()
  endforeach()
  if("thread" IN_LIST _maskbench_sanitizers AND "address" IN_LIST _maskbench_sanitizers)
    message(FATAL_ERROR "MaskBench: thread and address sanitizers cannot be combined")
  endif()
  if(MASKBENCH_FUZZ AND "thread" IN_LIST _maskbench_sanitizers)
    message(FATAL_ERROR "MaskBench: MASKBENCH_FUZZ=ON uses address,undefined, not thread")
  endif()

  set(_maskbench_san_flags "-fsanitize=${MASKBENCH_SANITIZE}" -fno-omit-frame-pointer -O1)
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    list(APPEND _maskbench_san_flags -gline-tables-only)
  else()
    list(APPEND _maskbench_san_flags -g1)
  endif()
  if("undefined" IN_LIST _maskbench_sanitizers)
    # vptr checks need the dynamic type's RTTI, which Qt's and Torch's hidden-visibility classes
    # do not always export: only false reports there, so the check stays off.
    list(APPEND _maskbench_san_flags -fno-sanitize-recover=undefined -fno-sanitize=vptr)
  endif()
  set(_maskbench_link_flags "-fsanitize=${MASKBENCH_SANITIZE}")
  if(MASKBENCH_FUZZ)
    # Coverage for libFuzzer in every MaskBench object; only the fuzz targets link libFuzzer's main.
    list(APPEND _maskbench_san_flags -fsanitize=fuzzer-no-link)
    list(APPEND _maskbench_link_flags -fsanitize=fuzzer-no-link)
  endif()
  target_compile_options(maskbench_options INTERFACE ${_maskbench_san_flags})
  target_link_options(maskbench_options INTERFACE ${_maskbench_link_flags})
  message(STATUS "MaskBench: sanitizers ${MASKBENCH_SANITIZE}, fuzz targets ${MASKBENCH_FUZZ}")

  # What CTest hands every test (and the maskbench-cli processes the tests start).
  set(_supp "${PROJECT_SOURCE_DIR}/tests/sanitizers")
  if("address" IN_LIST _maskbench_sanitizers)
    list(APPEND MASKBENCH_SANITIZER_TEST_ENV
      "ASAN_OPTIONS=suppressions=${_supp}/asan.supp:detect_leaks=1:abort_on_error=0:strict_string_checks=0:detect_stack_use_after_return=0"
      "LSAN_OPTIONS=suppressions=${_supp}/lsan.supp:print_suppressions=0")
  endif()
  if("undefined" IN_LIST _maskbench_sanitizers)
    list(APPEND MASKBENCH_SANITIZER_TEST_ENV
      "UBSAN_OPTIONS=suppressions=${_supp}/ubsan.supp:print_stacktrace=1:halt_on_error=1")
  endif()
  if("thread" IN_LIST _maskbench_sanitizers)
    list(APPEND MASKBENCH_SANITIZER_TEST_ENV
      "TSAN_OPTIONS=suppressions=${_supp}/tsan.supp:halt_on_error=0:second_deadlock_stack=1:history_size=4")
  endif()
endif()
