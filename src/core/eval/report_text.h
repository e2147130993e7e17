#pragma once
// Fixed-width text renderings of evaluation results for the CLI and logs. Proportions are shown
// with 4 decimals; counts with English digit grouping.

#include "core/eval/evaluation.h"

namespace maskbench {

// Columns padded to the widest cell. align has one letter per column, 'l' (left) or 'r' (right);
// columns beyond it are right-aligned, except that an empty align left-aligns the first column.
QString renderTextTable(const QStringList &header, const QList<QStringList> &rows, const QString &align = QString());

QString renderConfusionMatrix(const ConfusionMatrix &matrix);            // counts and row percentages
QString renderClassificationReport(const ClassificationReport &report);   // sklearn-like layout
QString renderRanking(const RankingMetrics &ranking, const QStringList &classes);
QString renderCalibration(const Calibration &calibration, const QString &title);
QString renderThresholds(const std::vector<ThresholdChoice> &thresholds, const QStringList &classes);
QString renderSliceTable(const SliceTable &table);
QString renderMisclassified(const std::vector<Misclassified> &errors, const QStringList &classes, int limit = 10);
// Everything above for one evaluation, in reading order.
QString renderEvaluation(const Evaluation &evaluation, int errorLimit = 10);

} // namespace maskbench
