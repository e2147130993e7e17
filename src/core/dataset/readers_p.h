#pragma once
// Internal: one function per source format. Each fills items, problems and counts; none probes
// images (loadDataset does that once, in parallel, for every format).

#include "core/dataset/dataset.h"

#include <QCoreApplication>

namespace maskbench::detail {

Dataset readFolderPerClass(const QString &root, const LoadOptions &options, const ProgressCallback &progress);
Dataset readCsvManifest(const QString &csvPath, const LoadOptions &options, const ProgressCallback &progress);
Dataset readAdience(const QString &root, const LoadOptions &options, const ProgressCallback &progress);
Dataset readUtkFace(const QString &root, const LoadOptions &options, const ProgressCallback &progress);

// Image files under dir (recursively), sorted by path so every run sees the same order.
QStringList listFilesRecursive(const QString &dir);

// The dataset readers' messages: looked up under "Dataset" and extracted there by lupdate.
struct DatasetTr
{
    Q_DECLARE_TR_FUNCTIONS(Dataset)
};

} // namespace maskbench::detail
