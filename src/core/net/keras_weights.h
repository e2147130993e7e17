#pragma once
// The ImageNet weight files Keras Applications publishes for MaskBench's Keras models, with the
// MD5 hashes Keras itself checks (keras/applications/resnet_v2.py, inception_v3.py), and a fetch
// into the cache folder through net/download.h (resume, hash check, offline once cached).

#include "core/common/progress.h"

#include <QString>

namespace maskbench {

struct KerasWeightsFile
{
    const char *model;        // canonicalModelName(): "resnet50v2", "inceptionv3"
    bool top;                 // with the 1000-class ImageNet classifier
    const char *relativePath; // under the Keras Applications base URL, e.g. "resnet/....h5"
    const char *md5;          // lower-case hex, as Keras publishes it

    QString fileName() const; // the last part of relativePath
};

// https://storage.googleapis.com/tensorflow/keras-applications/
QString kerasApplicationsBaseUrl();

// The file for a model (any spelling canonicalModelName() accepts). Throws Error for a model
// Keras Applications has no weights for (never returns nullptr).
const KerasWeightsFile *kerasWeightsFile(const QString &model, bool top);

// The official URL, or the same relative path under mirror (a base URL, trailing '/' optional)
// when mirror is not empty.
QString kerasWeightsUrl(const KerasWeightsFile &file, const QString &mirror = {});

// cacheDirectory() + "/weights/keras/" + file name.
QString kerasWeightsCachePath(const KerasWeightsFile &file);

// Downloads the file into the cache unless it is there with the right hash and returns the
// verified path. Empty mirror and proxy mean Settings::weightsMirror and Settings::networkProxy;
// expectedHashOverride (MD5 or SHA-256 hex) replaces Keras' MD5, for a private mirror carrying
// another build of the file. Throws Error (see downloadFile) or Cancelled.
QString fetchKerasWeights(const QString &model, bool top, const ProgressCallback &progress = {}, QString mirror = {},
                          QString proxy = {}, const QString &expectedHashOverride = {});

} // namespace maskbench
