#pragma once
// Shared by the report's sources (report.cpp, report_charts.cpp, report_html.cpp); not API.

#include "core/eval/evaluation.h"
#include "core/train/run_metrics.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <cmath>

// Every user-visible string of the report lives in the translation context "Report"
// (translations/maskbench_de.ts). Global, so lupdate files the strings under that context.
class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
public:
    Report() = delete;
};

namespace maskbench::report {

inline QString num4(double v) { return std::isfinite(v) ? QString::number(v, 'f', 4) : QStringLiteral("–"); }
inline QString esc(const QString &s) { return s.toHtmlEscaped(); }

struct Chart
{
    QString id;       // the <svg> element's id
    QString svg;
    QString caption;
    int width = 0;    // as drawn, for the page's layout
};

// What the page shows, gathered by writeReport() (report.cpp) and laid out by renderPage().
struct PageInputs
{
    Evaluation evaluation;
    QJsonObject info;            // evaluation.json (empty when there is none)
    QString predictionsPath;
    QString runName;
    RunMetrics curves;
    bool haveCurves = false;
    std::vector<Chart> charts;   // confusion matrix, ROC, PR, reliability, training x2, slices
    QString comparisonHtml;      // a <table>, or empty
    QString errorsHtml;          // the thumbnails' <div>s
    int shownErrors = 0;
    QStringList notes;
};

// report_charts.cpp
Chart confusionMatrixChart(const Evaluation &ev, int size);
Chart rocChart(const Evaluation &ev, int size);
Chart prChart(const Evaluation &ev, int size);
Chart reliabilityChart(const Calibration &calibration, int width, int height);
Chart trainingChart(const RunMetrics &curves, bool accuracy, int width, int height);
Chart sliceChart(const SliceTable &slice, int minWidth, int height);
QString sliceChartId(const QString &attribute); // "slice-" + the attribute, other characters as '_'


// report_html.cpp
QString tableHtml(const QStringList &header, const QList<QStringList> &rows, const QList<QString> &rowClasses = {});
// evaluation.json's "model" object ({name, input_size, head, ...}) as a line a person reads.
QString describeModel(const QJsonValue &model);
// evaluation.json's "threshold" (a number, a rule name or {rule, value, source}) as a line.
QString describeThreshold(const QJsonValue &threshold);
QString renderPage(const PageInputs &in);

} // namespace maskbench::report
