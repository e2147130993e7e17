#pragma once
// Split manifests: the CSV every later step reads. Columns: path (relative to the manifest's
// folder), label, group, split, then the dataset's attributes. Written atomically (QSaveFile):
// a crash leaves the old file or the new one, never half of one. Read back with loadDataset()
// (CSV format, label column "label").

#include "core/common/paths.h"
#include "core/dataset/dataset.h"

namespace maskbench {

// Refuses (Error) a csvPath that is the dataset's source file or one of its images.
void writeManifest(const Dataset &dataset, const QString &csvPath);

// What a job over the dataset reads: its source file (when it is one) and every image; outputs
// are checked against it with refuseToReplaceInput (common/paths.h).
InputPaths datasetInputs(const Dataset &dataset);

} // namespace maskbench
