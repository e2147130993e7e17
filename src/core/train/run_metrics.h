#pragma once
// Reading a run folder's metrics.csv (written by the trainer, trainer.h: one row per finished
// epoch, Keras CSVLogger-like, columns epoch,stage,loss,accuracy,val_loss,val_accuracy,...).
//
// Contract: columns are found by name, so files with more or fewer trailing columns read the same.
// A row whose field count differs from the header (the partial last line of a run being written)
// is skipped. A row whose epoch is not after the previous one (a resumed run repeating epochs
// after its checkpoint) replaces the rows from that epoch on. The best epoch is the first with the
// highest validation accuracy (the rule that picks checkpoints/best.pt). Throws Error naming the
// file when it is missing, unreadable, or lacks one of the five columns; an empty file body is
// not an error (epochs() == 0).

#include <QString>

#include <vector>

namespace maskbench {

struct EpochMetrics
{
    int epoch = 0;
    QString stage;
    double loss = 0, accuracy = 0, valLoss = 0, valAccuracy = 0;
};

struct RunMetrics
{
    QString path;                    // the metrics.csv read
    std::vector<EpochMetrics> rows;  // epochs ascending
    int bestEpoch = 0;               // 0 when there is no row
    double bestValAccuracy = -1;
    int epochs() const { return int(rows.size()); }
};

RunMetrics readRunMetrics(const QString &runDir);

} // namespace maskbench
