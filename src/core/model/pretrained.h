#pragma once
// Pretrained weights in plain value types (no torch headers; STYLE rule 11).
//
// A weights file is what tools/export_weights.py writes: torch.save (zip format) of a plain dict
// {MaskBench key: float tensor} with optional string entries "__model__", "__source__",
// "__input__" and "__notes__". Keys are the classifier's own names (backbone.*, head.*). LibTorch
// reads it with torch::pickle_load; no TorchScript, no Python needed. A Keras .h5 weights file
// (Keras Applications' ImageNet files, `maskbench-cli weights fetch`) is read as well, through the
// HDF5 library and the same mapping as the exporter (convertKerasWeights in pretrained_load.h).
//
// Validation is strict for the backbone: every backbone tensor must be in the file with the same
// shape, and the file may hold nothing the model lacks. Head tensors (head.*) load when their
// shape matches and are otherwise skipped, listed with the reason (an ImageNet top of 1000 classes
// does not fit a 2-class head); a head absent from the file keeps its fresh initialisation.

#include "core/common/file_hash.h" // fileSha256, for WeightsReport::sha256
#include "core/model/model_config.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace maskbench {

struct WeightsReport
{
    QString file;
    QString sha256;
    QString model;            // the model the report was made for (canonical name)
    QString fileModel;        // "__model__" in the file (empty if absent)
    QString source, input, notes;
    int fileTensors = 0;      // tensors in the file
    int modelTensors = 0;     // parameters and BN statistics of the model
    int loaded = 0;           // tensors copied (or that would be)
    QStringList missing;      // backbone keys the file lacks
    QStringList unexpected;   // keys outside head.* the model lacks, and non-tensor entries
    QStringList misshaped;    // backbone keys with another shape: "key: file [..], model [..]"
    QStringList skippedHead;  // head keys not loaded, each with its reason
    int headInitialised = 0;  // model head tensors left as initialised (not in the file or skipped)

    bool modelMatches() const { return fileModel.isEmpty() || fileModel == model; }
    bool ok() const { return missing.isEmpty() && unexpected.isEmpty() && misshaped.isEmpty() && modelMatches(); }
    // A few lines for a terminal or a log; lists at most `maxPerList` keys of each kind.
    QString describe(int maxPerList = 20) const;
    // For the run's config.json: path, sha256, source, counts, skipped head keys.
    QJsonObject toJson() const;
};

// Builds the model described by `config` (resolved; classes as given) and matches the file against
// it without training anything. Throws Error for an unreadable or malformed file (naming it);
// problems with keys and shapes are in the report (ok() false), not thrown.
WeightsReport checkPretrainedWeights(const QString &file, const ModelConfig &config);

// Converts a Keras .h5 weights file for `model` (resnet50v2, inceptionv3) into a MaskBench weights
// file at `out` (the format above; what tools/export_weights.py --source keras-h5 writes, the same
// tensors bit for bit). `unitInput` folds Keras' input range into the first convolution (the
// default; false keeps x/127.5 - 1, for parity checks). Returns the number of tensors written.
// Loading needs no conversion: every weights path (train --weights, the Training panel, weights
// check) reads .h5 files directly; this writes a file for other tools or to pin a conversion.
int convertKerasWeightsFile(const QString &h5File, const QString &model, const QString &out, bool unitInput = true);

} // namespace maskbench
