#pragma once
// Ensembles: several trained runs judged together on one split. No torch here (STYLE rule 11).
//
// Contract:
//  - runEnsemble() runs every member run over the same data and split with its own preprocessing
//    (runInference: face chips for face runs, the whole image for the others; options.flip applies
//    test-time horizontal flip to each member). The ensemble's probability for an image is the
//    per-class mean of the members' probabilities (meanPredictions()).
//  - Only images every member answered are answered. An image some member skipped (no face found,
//    unreadable) is skipped by the ensemble, counted and listed, so coverage stays honest:
//    combined.given() is the split's rows with a known label, combined.table the answered ones.
//  - The members' class lists (in index order) must be identical; otherwise runEnsemble() throws
//    Error naming each run and its classes, before any image is evaluated. Fewer than one run, or
//    the same run folder twice, is refused too.
//  - One run without flip gives exactly runInference()'s result.

#include "core/eval/inference.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace maskbench {

struct EnsembleMember
{
    QString runDir;
    InferenceResult result;
};

// The mean of several members' tables. Rows keep the first table's order; a path missing from any
// table is left out and, when partial is given, listed there as "path: not answered by RUN, ..."
// (names are the members' names, in table order). Classes must agree (Error otherwise); labels and
// attributes come from the first table.
PredictionTable meanPredictions(const std::vector<PredictionTable> &tables, const QStringList &names,
                                QStringList *partial = nullptr);

struct EnsembleResult
{
    InferenceResult combined;            // table: mean probabilities; counts: see the contract
    std::vector<EnsembleMember> members;
    qint64 partial = 0;                  // images some member answered but not every member
    QStringList partialPaths;            // "path: not answered by RUN", at most 1000
};

// options.runDir is ignored: the members are runDirs.
EnsembleResult runEnsemble(const QStringList &runDirs, const InferenceOptions &options,
                           const ProgressCallback &progress = {});

} // namespace maskbench
