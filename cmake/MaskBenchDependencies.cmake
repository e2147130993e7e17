# Finds every dependency; a missing one stops configuration with the Debian package to install.
include_guard(GLOBAL)

function(maskbench_missing what debian_pkg)
  message(FATAL_ERROR
    "MaskBench: ${what} was not found.\n"
    "  Install the Debian package(s): ${debian_pkg}\n"
    "  (scripts/install-deps.sh installs everything), or point CMAKE_PREFIX_PATH at your own build.")
endfunction()

# MASKBENCH_GUI=OFF (a GPU server): core, the CLI and the core tests need no Qt Gui, Widgets,
# PrintSupport or QCustomPlot. LinguistTools always: core carries the translations (the CLI's too).
set(MASKBENCH_QT_COMPONENTS Core Concurrent Sql Network Test)
if(MASKBENCH_GUI)
  list(APPEND MASKBENCH_QT_COMPONENTS Gui Widgets PrintSupport)
endif()
list(JOIN MASKBENCH_QT_COMPONENTS ", " _maskbench_qt_list)
find_package(Qt6 6.4 QUIET COMPONENTS ${MASKBENCH_QT_COMPONENTS})
if(NOT Qt6_FOUND)
  maskbench_missing("Qt 6 (${_maskbench_qt_list})" "qt6-base-dev")
endif()
find_package(Qt6 6.4 QUIET COMPONENTS LinguistTools)
if(NOT Qt6LinguistTools_FOUND)
  maskbench_missing("Qt 6 LinguistTools (lupdate/lrelease)" "qt6-tools-dev qt6-l10n-tools")
endif()
qt_standard_project_setup()

# TorchConfig.cmake appends its ABI flags to CMAKE_CXX_FLAGS; a CUDA LibTorch comes in through
# CMAKE_PREFIX_PATH=/path/to/libtorch.
find_package(Torch QUIET)
if(NOT Torch_FOUND AND NOT TORCH_FOUND)
  maskbench_missing("LibTorch (TorchConfig.cmake)" "libtorch-dev")
endif()

find_package(OpenCV 4 QUIET COMPONENTS core imgproc imgcodecs calib3d)
if(NOT OpenCV_FOUND)
  maskbench_missing("OpenCV 4 (core, imgproc, imgcodecs, calib3d)" "libopencv-dev")
endif()

find_package(dlib QUIET)
if(NOT dlib_FOUND)
  maskbench_missing("dlib" "libdlib-dev")
endif()

if(MASKBENCH_GUI)
  find_package(QCustomPlotQt6 QUIET)
  if(NOT QCustomPlotQt6_FOUND)
    maskbench_missing("QCustomPlot for Qt 6 (QCustomPlotQt6Config.cmake)" "libqcustomplot-dev")
  endif()
endif()

find_package(CLI11 QUIET)
if(NOT CLI11_FOUND)
  maskbench_missing("CLI11" "libcli11-dev")
endif()

find_path(LIBCSV_INCLUDE_DIR csv.h)
find_library(LIBCSV_LIBRARY NAMES csv)
if(NOT LIBCSV_INCLUDE_DIR OR NOT LIBCSV_LIBRARY)
  maskbench_missing("libcsv (RFC 4180 CSV parser)" "libcsv-dev")
endif()
add_library(maskbench_libcsv UNKNOWN IMPORTED)
set_target_properties(maskbench_libcsv PROPERTIES
  IMPORTED_LOCATION "${LIBCSV_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${LIBCSV_INCLUDE_DIR}")

set(MASKBENCH_DLIB_MODEL "/usr/share/dlib/shape_predictor_68_face_landmarks.dat"
    CACHE FILEPATH "Default dlib 68-landmark model (Debian package libdlib-data)")

# libjpeg: the tests write CMYK JPEGs (which OpenCV cannot encode) to check that they load.
find_package(JPEG QUIET)
if(NOT JPEG_FOUND)
  maskbench_missing("libjpeg (for test fixtures)" "libjpeg62-turbo-dev")
endif()

# HDF5 (C library): reads Keras Applications' ImageNet weight files (.h5) without Python
# (model/keras_h5.cpp). Debian's libhdf5-dev installs the serial build under hdf5/serial and names
# it in pkg-config (hdf5.pc); CMake's FindHDF5 would need the C language enabled for a test build.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(MASKBENCH_HDF5 QUIET IMPORTED_TARGET hdf5)
endif()
if(NOT MASKBENCH_HDF5_FOUND)
  maskbench_missing("HDF5 (C library, for Keras .h5 weight files; pkg-config hdf5)" "libhdf5-dev pkg-config")
endif()
