# bench_faceres (included from CMakeLists.txt here): FaceRes ms per face at 1 and 2 torch threads,
# and its own gender head's accuracy on UTKFace crops, whole and masked. Needs the models of
# scripts/fetch-human-models.sh.
add_executable(bench_faceres bench_faceres.cpp)
target_link_libraries(bench_faceres PRIVATE maskbench_core maskbench_nokeywords)
target_compile_definitions(bench_faceres PRIVATE MASKBENCH_DATA_DEFAULT="${MASKBENCH_DATA}")
