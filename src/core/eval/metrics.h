#pragma once
// Classification metrics on a predictions table, defined exactly as scikit-learn 1.2 defines them
// (tests/reference/sklearn_metrics.py checks every number to 1e-9):
//
//  - Confusion matrix: rows = actual class, columns = predicted class, classes in index order
//    (sklearn.metrics.confusion_matrix with labels=range(K)). Row-normalised = normalize="true":
//    a class without samples gives a row of zeros, not NaN.
//  - accuracy_score; balanced_accuracy_score = mean recall over the classes that have samples
//    (a class that is only predicted is left out, as sklearn does).
//  - precision_recall_fscore_support(labels=range(K), zero_division=0): a class never predicted
//    has precision 0, a class without samples recall 0, and F1 is 0 when precision + recall = 0.
//    This is what sklearn's default zero_division="warn" returns (it also warns). Macro = plain
//    mean over all K classes (a class without samples counts as 0); weighted = support-weighted
//    mean (0 when there are no samples at all). Macro F1 is the mean of the per-class F1 values.
//  - ROC curve one-vs-rest per class (roc_curve, drop_intermediate=True): scores sorted
//    descending, one point per distinct score, collinear points dropped; the first point is
//    (0, 0) with threshold +infinity (sklearn >= 1.3; 1.2 writes max score + 1 there). A class
//    without positives or without negatives has NaN rates and NaN AUC. AUC = trapezoids.
//  - Precision-recall curve (precision_recall_curve): thresholds ascending, precision 0 where
//    nothing is predicted positive, then a final point (precision 1, recall 0) without threshold.
//    Average precision = sum over thresholds of (R_n - R_{n-1}) * P_n (the step integral, no
//    interpolation: average_precision_score).
//  - Multi-class ROC AUC and AP: one-vs-rest, macro (mean over classes) and weighted (by
//    prevalence), as roc_auc_score(multi_class="ovr") and average_precision_score on the binarised
//    labels. For a binary model the headline ROC/PR curve is the positive class (index 1).
//  - Calibration: equal-width bins on [0, 1]; a value on an inner edge falls in the lower bin
//    (bin = number of inner edges i/n strictly below it; sklearn calibration_curve's searchsorted).
//    Top-label reliability uses the confidence (probability of the predicted class) against
//    "prediction correct"; expected calibration error = sum_b n_b/N * |accuracy_b - confidence_b|
//    (Guo et al. 2017, eq. 3); maximum calibration error = max_b |accuracy_b - confidence_b|. The
//    positive-class curve of a binary model equals sklearn's calibration_curve(strategy="uniform").
//
// Thresholds (binary models only; class 1 is positive, predicted when prob_1 >= threshold):
// 0.5, best accuracy, Youden's J (TPR - FPR = recall_0 + recall_1 - 1) and max-min-recall (the
// study's criterion: maximise the smaller of the two recalls). Candidates are all cuts between
// distinct scores; ties in the objective go to higher accuracy, then to the threshold nearest
// 0.5. The threshold reported is the midpoint between the last score taken as positive and the
// next lower one, so it separates the same items on this data without sitting on a score.

#include "core/eval/predictions.h"

#include <vector>

namespace maskbench {

struct ConfusionMatrix
{
    QStringList classes;
    std::vector<std::vector<qint64>> counts; // [actual][predicted]

    int size() const { return int(classes.size()); }
    qint64 at(int actual, int predicted) const { return counts[size_t(actual)][size_t(predicted)]; }
    qint64 rowTotal(int actual) const;    // support
    qint64 columnTotal(int predicted) const;
    qint64 total() const;
    qint64 correct() const;
    std::vector<std::vector<double>> rowNormalised() const;
};

ConfusionMatrix confusionMatrix(const QStringList &classes, const std::vector<int> &actual, const std::vector<int> &predicted);
ConfusionMatrix confusionMatrix(const PredictionTable &table);

struct ClassScores
{
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    qint64 support = 0;   // samples of the class (for averages: all samples)
    qint64 predicted = 0; // samples predicted as the class
};

struct ClassificationReport
{
    ConfusionMatrix matrix;
    double accuracy = 0;
    double balancedAccuracy = 0;
    std::vector<ClassScores> perClass;
    ClassScores macro;
    ClassScores weighted;
    double minRecall = 0; // smallest recall over the classes that have samples (the study's criterion)

    const QStringList &classes() const { return matrix.classes; }
};

ClassificationReport classificationReport(const ConfusionMatrix &matrix);
ClassificationReport classificationReport(const PredictionTable &table);

struct RocCurve
{
    std::vector<double> fpr, tpr, thresholds; // thresholds[0] = +infinity
    double auc = 0;                           // NaN when a side has no samples
    qint64 positives = 0, negatives = 0;
};

struct PrCurve
{
    std::vector<double> precision, recall; // one longer than thresholds: the final (1, 0)
    std::vector<double> thresholds;        // ascending
    double averagePrecision = 0;
    qint64 positives = 0;
};

// positive[i] says whether item i belongs to the positive class; score[i] is its score.
RocCurve rocCurve(const std::vector<bool> &positive, const std::vector<double> &score, bool dropIntermediate = true);
PrCurve precisionRecallCurve(const std::vector<bool> &positive, const std::vector<double> &score);
double trapezoidArea(const std::vector<double> &x, const std::vector<double> &y);

struct RankingMetrics
{
    std::vector<RocCurve> roc; // one-vs-rest, per class
    std::vector<PrCurve> pr;   // one-vs-rest, per class
    double rocAucMacro = 0, rocAucWeighted = 0; // NaN when any class lacks positives or negatives
    double averagePrecisionMacro = 0, averagePrecisionWeighted = 0;
    // For a binary model: class 1's curve and values (roc[1], pr[1]).
    bool binary = false;
    double rocAuc() const { return binary ? roc[1].auc : rocAucMacro; }
    double averagePrecision() const { return binary ? pr[1].averagePrecision : averagePrecisionMacro; }
};

RankingMetrics rankingMetrics(const PredictionTable &table);

struct CalibrationBin
{
    double lower = 0, upper = 0;
    qint64 count = 0;
    double meanScore = 0;     // mean confidence (top-label) or mean positive probability
    double observed = 0;      // accuracy (top-label) or fraction positive
};

struct Calibration
{
    std::vector<CalibrationBin> bins; // all n bins, empty ones with count 0
    double expectedError = 0;         // ECE
    double maximumError = 0;          // MCE over non-empty bins
};

// Bin index of a value in [0, 1] for n equal-width bins (see the header comment).
int calibrationBin(double value, int bins);
// hit[i]: the event happened (prediction correct / item positive); score[i]: its probability.
Calibration reliability(const std::vector<bool> &hit, const std::vector<double> &score, int bins = 10);
Calibration topLabelCalibration(const PredictionTable &table, int bins = 10);
// Binary models: probability of class 1 against "is class 1" (sklearn's calibration_curve).
Calibration positiveClassCalibration(const PredictionTable &table, int bins = 10);

enum class ThresholdRule { Fixed, BestAccuracy, Youden, MaxMinRecall };

QString thresholdRuleName(ThresholdRule rule); // "0.5"-style value is Fixed: "fixed"
// Accepts a number in [0, 1], "best-acc", "youden", "max-min-recall"; throws Error otherwise.
ThresholdRule parseThresholdRule(const QString &text, double *fixedValue);

struct ThresholdChoice
{
    ThresholdRule rule = ThresholdRule::Fixed;
    double threshold = 0.5;
    double accuracy = 0;
    double recall[2] = {0, 0};    // recall of class 0 (negative) and class 1 (positive)
    double precision[2] = {0, 0};
    double youdenJ = 0;           // recall[0] + recall[1] - 1
    double minRecall = 0;         // min(recall[0], recall[1])
};

// Predictions of a binary table at a threshold: class 1 where prob_1 >= threshold.
PredictionTable applyThreshold(const PredictionTable &table, double threshold);
// Scores of one threshold; throws Error unless the table is binary.
ThresholdChoice evaluateThreshold(const PredictionTable &table, double threshold, ThresholdRule rule = ThresholdRule::Fixed);
// Best threshold for a rule (Fixed: the given value). Throws Error unless the table is binary with
// both classes present.
ThresholdChoice chooseThreshold(const PredictionTable &table, ThresholdRule rule, double fixedValue = 0.5);
// 0.5, best accuracy, Youden's J, max-min-recall, in that order.
std::vector<ThresholdChoice> standardThresholds(const PredictionTable &table);

} // namespace maskbench
