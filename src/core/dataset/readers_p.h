#pragma once
// Internal: one function per source format. Each fills items, problems and counts; none probes
// images (loadDataset does that once, in parallel, for every format).

#include "core/dataset/dataset.h"

namespace maskbench::detail {

Dataset readFolderPerClass(const QString &root, const LoadOptions &options, const ProgressCallback &progress);
Dataset readCsvManifest(const QString &csvPath, const LoadOptions &options, const ProgressCallback &progress);
Dataset readAdience(const QString &root, const LoadOptions &options, const ProgressCallback &progress);
Dataset readUtkFace(const QString &root, const LoadOptions &options, const ProgressCallback &progress);

// Image files under dir (recursively), sorted by path so every run sees the same order.
QStringList listFilesRecursive(const QString &dir);

QString trDataset(const char *text);

} // namespace maskbench::detail
