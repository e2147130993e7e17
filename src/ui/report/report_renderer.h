#pragma once
// The evaluation report: PNG plots rendered off screen with QCustomPlot and one self-contained
// HTML page, for an evaluation folder written by `maskbench-cli evaluate` (or any folder holding
// a predictions.csv).
//
// Input, in the folder DIR (or the paths given in ReportOptions):
//   predictions.csv   required (core's format, eval/predictions.h)
//   evaluation.json   optional: {run, checkpoint, split, data, threshold, model, classes, created};
//                     for a binary model its threshold (a number, {"threshold": x} / {"value": x},
//                     or a rule name such as "max-min-recall") re-derives the predictions from
//                     prob_<class 1>, so the report shows the numbers of the saved threshold
//                     (ReportOptions::threshold overrides it)
//   metrics.json      optional: checked against the metrics computed here (a note if they differ)
//   the run folder named by evaluation.json (or ReportOptions::runDir): its metrics.csv gives the
//   training curves; when it is missing or unreadable the report is still written, without
//   curves, and says why.
// Output: DIR/plots/*.png and DIR/report.html. With plotSize W x H: confusion_matrix, roc and pr
// are H x H; reliability, training_accuracy and training_loss W x H; slice_<attribute> (one per
// attribute of at most 16 groups: mask type, age band, ...) H high and at least W wide. Training
// PNGs only when the run's metrics.csv could be read. report.html embeds every picture and thumbnail
// as a data: URI and its CSS inline, so it can be mailed or opened anywhere; it references no
// other file.
//
// Every metric comes from core's evaluatePredictions() (the numbers metrics.json holds); nothing is
// recomputed here. Needs a QApplication (QCustomPlot is a widget) but never shows a window: it
// works under QT_QPA_PLATFORM=offscreen. Throws maskbench::Error naming the file and the problem
// when predictions.csv is missing or unusable or an output cannot be written.

#include <QSize>
#include <QString>
#include <QStringList>

namespace maskbench::ui {

struct ReportOptions
{
    QString predictions;        // default DIR/predictions.csv
    QString evaluationJson;     // default: evaluation.json next to the predictions
    QString runDir;             // overrides evaluation.json's run
    QString threshold;          // as EvaluationOptions::threshold: "" = the file's predicted column
    QStringList compareWith;    // more predictions.csv files (or their folders) for the comparison table
    int topErrors = 24;         // misclassified thumbnails shown
    int thumbnailEdge = 96;     // pixels
    QSize plotSize = {640, 480};
};

struct ReportResult
{
    QString html;               // path of report.html
    QStringList plots;          // paths of the PNGs written
    QStringList notes;          // what the report lacks and why (also written into the page)
    double accuracy = 0;        // as shown in the report (core's)
};

ReportResult renderReport(const QString &dir, const ReportOptions &options = {});

} // namespace maskbench::ui
