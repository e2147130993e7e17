# tst_tfjs_graph (included from CMakeLists.txt here): the tfjs graph-model runner and FaceRes, with
# parity against tfjs itself run in Node (tests/reference/tfjs_graph.mjs). It needs the models of
# scripts/fetch-human-models.sh and the tfjs of scripts/fetch-face-api.sh (the tests' own
# XDG_CACHE_HOME is a scratch folder, so both folders are passed in).
maskbench_add_test(tst_tfjs_graph SOURCES tst_tfjs_graph.cpp LIBS maskbench_core LABELS core TIMEOUT 600)
target_compile_definitions(tst_tfjs_graph PRIVATE MASKBENCH_REFERENCE_DIR="${PROJECT_SOURCE_DIR}/tests/reference")
if(DEFINED ENV{MASKBENCH_HUMAN_MODELS_DIR})
  set(MASKBENCH_HUMAN_MODELS_DIR "$ENV{MASKBENCH_HUMAN_MODELS_DIR}" CACHE PATH "human-models npm cache for the FaceRes tests")
else()
  set(MASKBENCH_HUMAN_MODELS_DIR "$ENV{HOME}/.cache/maskbench/human-models" CACHE PATH "human-models npm cache for the FaceRes tests")
endif()
set_property(TEST tst_tfjs_graph APPEND PROPERTY ENVIRONMENT
  "MASKBENCH_HUMAN_MODELS_DIR=${MASKBENCH_HUMAN_MODELS_DIR}" "MASKBENCH_FACEAPI_DIR=${MASKBENCH_FACEAPI_DIR}")
