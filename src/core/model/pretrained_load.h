#pragma once
// Loading and writing weights files (torch; include only from model/ and train/ sources and
// tests). The format and the validation rules are in model/pretrained.h.

#include "model/classifier.h"
#include "model/pretrained.h"

#include <QMap>

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

// Every parameter and BN statistic of the module, under its checkpoint key.
std::vector<std::pair<std::string, torch::Tensor>> namedTensors(const torch::nn::Module &m);

} // namespace maskbench::model
