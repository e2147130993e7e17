#pragma once
// The evaluation report: one self-contained HTML page for an evaluation folder written by
// `maskbench-cli evaluate` (or any folder holding a predictions.csv), its charts drawn as inline
// SVG by core. Needs no QApplication, no display and no Qt Gui: a QCoreApplication (or none) is
// enough, so the CLI, a GUI-less build and the workbench all write the same page.
//
// Input, in the folder DIR (or the paths given in ReportOptions):
//   predictions.csv   required (core's format, eval/predictions.h)
//   evaluation.json   optional: {run, checkpoint, split, data, threshold, model, classes, created,
//                     coverage, face_method, ...}; for a binary model its threshold (a number,
//                     {"threshold": x} / {"value": x, "rule": ...}, or a rule name such as
//                     "max-min-recall") re-derives the predictions from prob_<class 1>, so the
//                     report shows the numbers of the saved threshold (ReportOptions::threshold
//                     overrides it)
//   metrics.json      optional: checked against the metrics computed here (a note if they differ)
//   the run folder named by evaluation.json (or ReportOptions::runDir; else DIR's parent when it
//   holds a metrics.csv): its metrics.csv (train/run_metrics.h) gives the training curves; when it
//   is missing or unreadable the report is still written, without curves, and says why.
// Output: DIR/report.html only. Charts (each an <svg class="chart" id=...>): confusion-matrix
// (a heat map, one <rect class="cell" data-count=...> per cell), roc, pr (one polyline point per
// curve point, thinned above 2,000), reliability, training-accuracy and training-loss (only with
// curves), slice-<attribute> (one per slice attribute of at most 16 groups: mask type, age band,
// ...). Thumbnails of the most confident errors are JPEG data: URIs; CSS is inline; the page
// references no other file and no URL, so it can be mailed or opened anywhere.
//
// Every metric comes from core's evaluatePredictions() (the numbers metrics.json holds); nothing is
// recomputed here. Throws maskbench::Error naming the file and the problem when predictions.csv is
// missing or unusable or report.html cannot be written; Cancelled when options.progress says stop.

#include "core/common/progress.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace maskbench {

struct ReportOptions
{
    QString predictions;        // default DIR/predictions.csv
    QString evaluationJson;     // default: evaluation.json next to the predictions
    QString runDir;             // overrides evaluation.json's run
    QString threshold;          // as EvaluationOptions::threshold: "" = the file's predicted column
    QStringList compareWith;    // more predictions.csv files (or their folders) for the comparison table
    int topErrors = 24;         // misclassified thumbnails shown
    int thumbnailEdge = 96;     // pixels
    QSize chartSize = {640, 480}; // W x H: matrix, ROC and PR are H x H; slice charts H high, at least W wide
    ProgressCallback progress;  // stages: evaluating, charts, thumbnails (one step each), writing
};

struct ReportResult
{
    QString html;               // path of report.html
    QStringList charts;         // ids of the SVG charts in the page, in page order
    QStringList notes;          // what the report lacks and why (also written into the page)
    double accuracy = 0;        // as shown in the report (core's)
};

ReportResult writeReport(const QString &dir, const ReportOptions &options = {});

} // namespace maskbench
