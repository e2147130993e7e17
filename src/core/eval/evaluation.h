#pragma once
// One evaluation of a predictions table: everything the metrics command prints and metrics.json
// holds, computed once. Plain values: the CLI renders them as text (report_text.h), the GUI shows
// them in tables and plots.
//
// Contract: with options.threshold empty the table's own predicted column is evaluated; with a
// rule or a number (binary tables only) predictions are re-derived from prob_<class 1> at that
// threshold and `threshold` says which one. Rows whose probabilities do not sum to 1 (within 1e-3:
// logits or a sigmoid per class written by mistake) are counted in `warnings`, not rejected.
// metricsJson() writes non-finite numbers (an undefined
// AUC, the ROC curve's first threshold +infinity) as null.

#include "eval/metrics.h"
#include "eval/slices.h"

#include <QJsonObject>

#include <optional>

namespace maskbench {

struct EvaluationOptions
{
    QString threshold;        // "", a number in [0, 1], "best-acc", "youden", "max-min-recall"
    QStringList sliceBy;      // attributes to group by
    int calibrationBins = 10;
};

struct Evaluation
{
    PredictionTable table;                     // as evaluated (threshold applied)
    std::optional<ThresholdChoice> threshold;  // set when a threshold re-derived the predictions
    ClassificationReport report;
    RankingMetrics ranking;
    Calibration calibration;                   // top-label confidence
    std::optional<Calibration> positiveCalibration; // binary models
    std::vector<ThresholdChoice> thresholds;   // binary models with both classes present
    std::vector<SliceTable> slices;
    std::vector<Misclassified> errors;
    QStringList warnings;                      // problems worth a line that do not stop the evaluation
};

Evaluation evaluatePredictions(const PredictionTable &table, const EvaluationOptions &options = {});

// metrics.json content. maxErrors bounds the misclassified list (the CSV has them all). Curves
// with more than maxCurvePoints points are thinned for plotting (first and last kept, the rest
// evenly spaced by index), so the file stays small for large test sets; AUC and average precision
// are always computed on the full curves.
QJsonObject metricsJson(const Evaluation &evaluation, int maxErrors = 100, int maxCurvePoints = 2000);
// Writes the document atomically (QSaveFile), indented. Throws Error on failure.
void writeJson(const QJsonObject &object, const QString &path);

} // namespace maskbench
