#pragma once
// Counts and summaries of a dataset for reports: classes per split with percentages (the study's
// Figure 3.2 layout), image sizes and formats, and problems by kind. Plain values: the CLI prints
// them as text, the GUI shows them in tables and charts.

#include "core/dataset/dataset.h"

namespace maskbench {

struct ClassSplitTable
{
    QStringList classes;
    QStringList splits; // splits present, in train, val, test order; "" = no split
    QMap<QString, QMap<QString, qint64>> counts; // split -> class -> items

    qint64 count(const QString &split, const QString &cls) const { return counts.value(split).value(cls); }
    qint64 splitTotal(const QString &split) const;
    qint64 classTotal(const QString &cls) const;
    qint64 total() const;
    // Largest difference, in percentage points, between the share of one class in two splits.
    double maxClassShareSpread() const;
};

struct ImageSizeSummary
{
    qint64 probed = 0;
    qint64 readable = 0;
    int minWidth = 0, maxWidth = 0, medianWidth = 0;
    int minHeight = 0, maxHeight = 0, medianHeight = 0;
    QMap<QString, qint64> formats;
};

ClassSplitTable classSplitTable(const Dataset &dataset);
ImageSizeSummary imageSizeSummary(const Dataset &dataset);
QMap<ProblemKind, qint64> problemCounts(const Dataset &dataset);

// Text renderings (English number grouping, fixed-width columns).
QString formatCount(qint64 n);
QString renderClassSplitTable(const ClassSplitTable &table);

} // namespace maskbench
