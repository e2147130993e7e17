#include "core/train/run_metrics.h"

#include "core/common/error.h"
#include "core/io/csv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace maskbench {

RunMetrics readRunMetrics(const QString &runDir)
{
    RunMetrics m;
    m.path = QDir(runDir).filePath(QStringLiteral("metrics.csv"));
    if (!QFileInfo(m.path).isFile())
        throw Error(QCoreApplication::translate("RunMetrics", "%1: no such file").arg(m.path));
    const CsvTable csv = readCsv(m.path, ',');
    const int cEpoch = csv.column(QStringLiteral("epoch")), cStage = csv.column(QStringLiteral("stage")),
              cLoss = csv.column(QStringLiteral("loss")), cAcc = csv.column(QStringLiteral("accuracy")),
              cValLoss = csv.column(QStringLiteral("val_loss")), cValAcc = csv.column(QStringLiteral("val_accuracy"));
    if (cEpoch < 0 || cLoss < 0 || cAcc < 0 || cValLoss < 0 || cValAcc < 0)
        throw Error(QCoreApplication::translate("RunMetrics", "%1 is not a MaskBench metrics file (no epoch, loss, accuracy, val_loss, "
                                                              "val_accuracy columns)").arg(m.path));
    for (const CsvRow &row : csv.rows) {
        EpochMetrics e;
        bool ok = false;
        e.epoch = row.fields[cEpoch].toInt(&ok);
        if (!ok)
            continue;
        e.stage = cStage >= 0 ? row.fields[cStage] : QString();
        e.loss = row.fields[cLoss].toDouble();
        e.accuracy = row.fields[cAcc].toDouble();
        e.valLoss = row.fields[cValLoss].toDouble();
        e.valAccuracy = row.fields[cValAcc].toDouble();
        while (!m.rows.empty() && m.rows.back().epoch >= e.epoch)
            m.rows.pop_back();
        m.rows.push_back(e);
    }
    for (const EpochMetrics &e : m.rows)
        if (e.valAccuracy > m.bestValAccuracy) {
            m.bestValAccuracy = e.valAccuracy;
            m.bestEpoch = e.epoch;
        }
    return m;
}

} // namespace maskbench
