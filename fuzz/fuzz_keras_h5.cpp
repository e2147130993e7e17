// model/keras_h5: a Keras weights file (.h5) read through the HDF5 C library. The input becomes
// the file, as a user's ImageNet weights file would be. MASKBENCH_FUZZ_WRITE_SEED=FILE writes a
// small file in Keras' save_weights() layout (the seed corpus; no h5py needed) and exits.
#include "fuzz_common.h"
#include "core/model/keras_h5.h"

#include <hdf5.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace maskbench;

namespace {

void stringsAttribute(hid_t obj, const char *name, const std::vector<std::string> &values)
{
    size_t width = 1;
    for (const std::string &v : values)
        width = std::max(width, v.size());
    std::vector<char> buf(width * values.size(), '\0');
    for (size_t i = 0; i < values.size(); ++i)
        std::memcpy(buf.data() + i * width, values[i].data(), values[i].size());
    const hid_t type = H5Tcopy(H5T_C_S1);
    H5Tset_size(type, width);
    const hsize_t n = values.size();
    const hid_t space = H5Screate_simple(1, &n, nullptr);
    const hid_t attr = H5Acreate2(obj, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
    H5Awrite(attr, type, buf.data());
    H5Aclose(attr);
    H5Sclose(space);
    H5Tclose(type);
}

void dataset(hid_t group, const char *path, std::vector<hsize_t> shape)
{
    hsize_t n = 1;
    for (hsize_t d : shape)
        n *= d;
    std::vector<float> v(n);
    for (hsize_t i = 0; i < n; ++i)
        v[i] = float(i) * 0.25f - 1.f;
    const hid_t lcpl = H5Pcreate(H5P_LINK_CREATE);
    H5Pset_create_intermediate_group(lcpl, 1);
    const hid_t space = H5Screate_simple(int(shape.size()), shape.data(), nullptr);
    const hid_t ds = H5Dcreate2(group, path, H5T_IEEE_F32LE, space, lcpl, H5P_DEFAULT, H5P_DEFAULT);
    H5Dwrite(ds, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, v.data());
    H5Dclose(ds);
    H5Sclose(space);
    H5Pclose(lcpl);
}

void writeSeed(const char *path)
{
    const hid_t file = H5Fcreate(path, H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    stringsAttribute(file, "layer_names", {"input_1", "conv1_conv", "predictions"});
    stringsAttribute(file, "keras_version", {"2.13.1"});
    stringsAttribute(file, "backend", {"tensorflow"});
    const hid_t input = H5Gcreate2(file, "input_1", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    stringsAttribute(input, "weight_names", {""});
    H5Gclose(input);
    const hid_t conv = H5Gcreate2(file, "conv1_conv", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    stringsAttribute(conv, "weight_names", {"conv1_conv/kernel:0", "conv1_conv/bias:0"});
    dataset(conv, "conv1_conv/kernel:0", {3, 3, 3, 2});
    dataset(conv, "conv1_conv/bias:0", {2});
    H5Gclose(conv);
    const hid_t dense = H5Gcreate2(file, "predictions", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    stringsAttribute(dense, "weight_names", {"predictions/kernel:0", "predictions/bias:0"});
    dataset(dense, "predictions/kernel:0", {2, 3});
    dataset(dense, "predictions/bias:0", {3});
    H5Gclose(dense);
    H5Fclose(file);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (const char *seed = std::getenv("MASKBENCH_FUZZ_WRITE_SEED")) {
        writeSeed(seed);
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initQt();
    const QString path = fuzz::writeFile(QStringLiteral("weights.h5"), fuzz::bytes(data, size));
    try {
        if (isHdf5File(path)) {
            const KerasWeightsH5 w = readKerasH5(path);
            for (const auto &[name, a] : w.arrays) {
                int64_t n = 1;
                for (int64_t d : a.shape)
                    n *= d;
                if (n != int64_t(a.values.size()))
                    abort(); // values must fill the declared shape
            }
        } else {
            readKerasH5(path);
        }
    } catch (const Error &) {
    }
    return 0;
}
