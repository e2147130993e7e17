#pragma once
// Loading and writing weights files (torch; include only from model/ and train/ sources and
// tests). The format and the validation rules are in model/pretrained.h.

#include "core/model/classifier.h"
#include "core/model/pretrained.h"

#include <QMap>

#include <map>

#include <string>
#include <utility>
#include <vector>

namespace maskbench::model {

// Matches the file against `net` and, if `apply`, copies the matching tensors. With `strict`, a
// report that is not ok() throws Error (carrying describe()) before any tensor is changed.
// Throws Error for an unreadable or malformed file.
WeightsReport loadPretrainedWeights(ClassifierImpl &net, const QString &file, bool strict = true, bool apply = true);

// Writes a weights file (float32 tensors, string metadata entries): the same format
// tools/export_weights.py writes. Throws Error when the file cannot be written.
void saveWeightsFile(const std::vector<std::pair<std::string, torch::Tensor>> &tensors,
                     const QMap<QString, QString> &meta, const QString &path);

// A Keras .h5 weights file (model/keras_h5.h) as MaskBench tensors for `model` (resnet50v2 or
// inceptionv3), mapped as tools/export_weights.py --source keras-h5 does, bit for bit: conv
// kernels HWIO -> OIHW, dense (in, out) -> (out, in), BN gamma/beta/moving statistics,
// InceptionV3's 94 conv2d/batch_normalization layers in creation order, the ImageNet top as
// head.output. With `unitInput`, Keras' x/127.5 - 1 is folded into the first convolution so the
// weights take MaskBench's x/255 (exact for InceptionV3, the 3-pixel border of ResNet50V2's
// padded conv1 differs, README "Pretrained weights"). Arrays the mapping does not use are listed
// in `unused` (the loader reports them as unexpected). Throws Error naming the file when it is
// not Keras weights or lacks a layer the mapping needs in an unmistakable way (InceptionV3's count).
struct KerasConversion
{
    std::map<std::string, torch::Tensor> tensors;
    QStringList unused;
    QString source, input, notes;
};
KerasConversion convertKerasWeights(const QString &h5File, const QString &model, bool unitInput = true);

// Every parameter and BN statistic of the module, under its checkpoint key.
std::vector<std::pair<std::string, torch::Tensor>> namedTensors(const torch::nn::Module &m);

} // namespace maskbench::model
