#pragma once
// Split manifests: the CSV every later step reads. Columns: path (relative to the manifest's
// folder), label, group, split, then the dataset's attributes. Written atomically (QSaveFile):
// a crash leaves the old file or the new one, never half of one. Read back with loadDataset()
// (CSV format, label column "label").

#include "dataset/dataset.h"

namespace maskbench {

void writeManifest(const Dataset &dataset, const QString &csvPath);

} // namespace maskbench
