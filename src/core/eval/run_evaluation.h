#pragma once
// Evaluating a trained run (or an ensemble of runs) on a split, writing the evaluation folder.
// One implementation for `maskbench-cli evaluate` and the workbench's "Evaluate..." (a worker
// runs it off the UI thread); neither formats its own files. No torch here (STYLE rule 11).
//
// Contract:
//  - checkRunEvaluation() refuses, before any image is read, what would fail after a long
//    inference: no run, a bad batch size or threshold rule, an ensemble without an output folder,
//    an output that would replace an input (the data manifest, the runs' own files; common/paths.h).
//    It creates the output folder.
//  - evaluateRun() checks the same, runs the runs' checkpoints over the split (runEnsemble: one
//    run is plain runInference), evaluates the answered rows and writes into the output folder:
//      predictions.csv   every answered row with its probabilities and the manifest's attributes
//      metrics.json      evaluation.h's metricsJson
//      comparison.csv / comparison.txt   the one-row comparison table
//      evaluation.json   what was evaluated and how (see evaluationRecord below), with coverage,
//                        the skipped images (unreadable, no face) and the threshold and its source
//      report.html       with `report` (the default): report/report.h's writeReport on the folder;
//                        a report that cannot be written is not a failed evaluation: reportProblem
//                        says why
//  - The threshold: the one asked for (a number or a rule chosen on this split), else the one
//    saved with the run (threshold.json), else the most probable class. A threshold asked for on
//    one run without flip is saved with the run (predict uses it); for an ensemble or with flip it
//    is used here only, and `thresholdSource` says so.
//  - Slices: the attributes asked for, else defaultSliceAttributes() (eval/slices.h).
//  - The progress callback may cancel (throws Cancelled); nothing is written then, the output
//    folder may exist empty.

#include "core/common/progress.h"
#include "core/eval/ensemble.h"
#include "core/eval/evaluation.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace maskbench {

struct RunEvaluationRequest
{
    QStringList runDirs;          // one run, or several for an ensemble (mean probability)
    InferenceOptions inference;   // data, split, checkpoint, batch, threads, device, faceMethod, flip (runDir ignored)
    QString threshold;            // "" (saved or arg max), a number in [0, 1], best-acc, youden, max-min-recall
    QStringList sliceBy;          // empty: defaultSliceAttributes()
    QString outDir;               // empty: defaultEvaluationFolder() of the first run (one run only)
    QString outChoice = QStringLiteral("--out"); // how the user chooses outDir, for messages (a flag or a field's name)
    bool report = true;           // also write report.html
};

struct RunEvaluation
{
    EnsembleResult ensemble;      // ensemble.combined is the (only) run's result for one run
    Evaluation evaluation;
    AnswerCoverage coverage;
    QString outDir;
    QString runName;              // the run folder's name, or "a+b" for an ensemble
    QString thresholdSource;      // "" when the predicted class is the arg max
    bool thresholdSaved = false;  // written to the run's threshold.json
    bool thresholdOnTest = false; // a rule chose it on the test split (its scores are optimistic)
    QJsonObject record;           // evaluation.json as written
    QStringList files;            // paths written
    QString reportProblem;        // why report.html was not written (empty: written, or not asked for)
};

// RUN/eval-SPLIT-CHECKPOINT (the checkpoint's base name for a .pt path).
QString defaultEvaluationFolder(const QString &runDir, const QString &split, const QString &checkpoint);

// Throws Error (see the contract). Returns the output folder it created.
QString checkRunEvaluation(const RunEvaluationRequest &request);
// Throws Error, or Cancelled when the callback asks to stop.
RunEvaluation evaluateRun(const RunEvaluationRequest &request, const ProgressCallback &progress = {});

// An evaluation folder of a run, as listed in the workbench (read from its evaluation.json).
struct EvaluationEntry
{
    QString folder;               // absolute path
    QString split, checkpoint, created;
    int epoch = 0;
    qint64 images = 0;            // answered
    double accuracy = -1;         // on the answered rows; < 0 when metrics.json is missing
    double coverage = -1;         // answered / given; < 0 when not recorded
    bool hasReport = false;       // report.html exists
};
// The evaluation folders directly inside a run folder, newest first. Folders without a readable
// evaluation.json are left out (they are not evaluations MaskBench wrote).
QList<EvaluationEntry> listRunEvaluations(const QString &runDir);

} // namespace maskbench
