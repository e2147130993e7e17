#pragma once
// Keras weight files (.h5) read with the HDF5 C library, in plain value types (no torch, no HDF5
// headers here; STYLE rule 11).
//
// The layout is the one Keras' save_weights() writes and Keras Applications' ImageNet files have:
// root attribute "layer_names" (the layers in model order), a group per layer with attribute
// "weight_names" ("conv1_conv/kernel:0", ...), each weight a float dataset at that path inside
// the layer's group. A whole-model file (model.save) holds the same under "model_weights".
// Strings may be fixed-length (h5py's dtype "S", Keras 2.x files) or variable-length.
//
// The mapping of these arrays onto MaskBench's modules is model/pretrained.cpp's (the same rules
// as tools/export_weights.py: HWIO -> OIHW, dense (in, out) -> (out, in), BN statistics,
// InceptionV3 in creation order).

#include <QString>
#include <QStringList>

#include <cstdint>
#include <utility>
#include <vector>

namespace maskbench {

struct KerasArray
{
    std::vector<int64_t> shape;
    std::vector<float> values; // row-major, as stored
};

struct KerasWeightsH5
{
    QString file;
    QString kerasVersion, backend;  // root attributes (empty when absent)
    QStringList layers;             // "layer_names", in model order (layers without weights too)
    // "layer/weight" (the last part of the weight's name, ":0" dropped), in file order.
    std::vector<std::pair<QString, KerasArray>> arrays;
};

// True when the file starts with the HDF5 signature (at offset 0; Keras never writes a user block).
bool isHdf5File(const QString &path);

// Reads every weight of a Keras .h5 file. Throws Error naming the file and the problem: not HDF5,
// no "layer_names" (not a Keras weights file), a listed weight missing, a weight that is not a
// floating-point array.
KerasWeightsH5 readKerasH5(const QString &path);

} // namespace maskbench
