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

#include "core/eval/metrics.h"
#include "core/eval/slices.h"

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

// Accuracy next to coverage: an item the model gave no answer for (no face found, unreadable)
// is an item a user did not get answered. given = items asked about; answered = rows of the
// evaluated table; correct = rows whose prediction equals the label.
struct AnswerCoverage
{
    qint64 given = 0;
    qint64 answered = 0;
    qint64 correct = 0;
    double coverage() const { return given > 0 ? double(answered) / double(given) : 1.0; }
    double accuracyAnswered() const { return answered > 0 ? double(correct) / double(answered) : 0.0; }
    double accuracyCountingSkips() const { return given > 0 ? double(correct) / double(given) : 0.0; }
};
// Throws Error when given < the table's rows (more answers than questions is a caller's bug).
AnswerCoverage answerCoverage(const PredictionTable &evaluated, qint64 given);
QJsonObject answerCoverageJson(const AnswerCoverage &c);
// "answered 312 of 400 (78.0%); accuracy 0.9201 on those, 0.7176 counting the 88 unanswered as errors"
QString describeAnswerCoverage(const AnswerCoverage &c);
// The coverage `maskbench-cli evaluate` stored in the evaluation.json beside a predictions file
// (nothing when there is none, or it predates coverage).
std::optional<AnswerCoverage> readStoredCoverage(const QString &predictionsPath);

// metrics.json content. maxErrors bounds the misclassified list (the CSV has them all). Curves
// with more than maxCurvePoints points are thinned for plotting (first and last kept, the rest
// evenly spaced by index), so the file stays small for large test sets; AUC and average precision
// are always computed on the full curves.
QJsonObject metricsJson(const Evaluation &evaluation, int maxErrors = 100, int maxCurvePoints = 2000);
// Writes the document atomically (QSaveFile), indented. Throws Error on failure.
void writeJson(const QJsonObject &object, const QString &path);

} // namespace maskbench
