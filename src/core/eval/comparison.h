#pragma once
// The study's comparison table (its Figure 4.4 layout): accuracy, then precision and recall per
// class, for several runs side by side, one column per run. We add the smaller recall (the study's
// second criterion), balanced accuracy and the number of items below. Text for the terminal, CSV
// (proportions in full precision) for spreadsheets.

#include "core/eval/metrics.h"

namespace maskbench {

struct ComparisonRun
{
    QString name;
    ClassificationReport report;
};

// Throws Error when the runs do not share one class list, or when there are none.
QString renderComparison(const std::vector<ComparisonRun> &runs);
QString comparisonCsv(const std::vector<ComparisonRun> &runs);
void writeComparisonCsv(const std::vector<ComparisonRun> &runs, const QString &path);

} // namespace maskbench
