#include "core/eval/run_evaluation.h"

#include "core/common/error.h"
#include "core/common/paths.h"
#include "core/eval/comparison.h"
#include "core/eval/predictions.h"
#include "core/eval/report_text.h"
#include "core/eval/run_files.h"
#include "core/report/report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace maskbench {
namespace {

// This file's messages: looked up under "RunEvaluation" and extracted there by lupdate.
struct RunEvaluationTr
{
    Q_DECLARE_TR_FUNCTIONS(RunEvaluation)
};

void writeText(const QString &path, const QString &text)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(RunEvaluationTr::tr("%1: cannot write: %2").arg(path, f.errorString()));
    f.write(text.toUtf8());
    if (!f.commit())
        throw Error(RunEvaluationTr::tr("%1: writing failed: %2").arg(path, f.errorString()));
}

QStringList cleanRuns(const QStringList &runDirs)
{
    QStringList out;
    for (const QString &r : runDirs)
        out.append(QDir::cleanPath(r));
    return out;
}

QString outputFolder(const RunEvaluationRequest &r, const QStringList &runs)
{
    if (!r.outDir.isEmpty())
        return QDir::cleanPath(r.outDir);
    return defaultEvaluationFolder(runs.front(), r.inference.split, r.inference.checkpoint);
}

QJsonObject memberJson(const EnsembleMember &m)
{
    return {{QStringLiteral("run"), QFileInfo(m.runDir).absoluteFilePath()},
            {QStringLiteral("checkpoint_file"), QFileInfo(m.result.checkpointFile).absoluteFilePath()},
            {QStringLiteral("epoch"), m.result.epoch},
            {QStringLiteral("model"), m.result.model.toJson()},
            {QStringLiteral("images"), qint64(m.result.table.rows.size())},
            {QStringLiteral("unreadable"), m.result.unreadable},
            {QStringLiteral("no_face"), m.result.noFace},
            {QStringLiteral("face_method"), m.result.faceMethod},
            {QStringLiteral("coverage"), answerCoverageJson(answerCoverage(m.result.table, m.result.given()))}};
}

} // namespace

QString defaultEvaluationFolder(const QString &runDir, const QString &split, const QString &checkpoint)
{
    return QDir(runDir).filePath(QStringLiteral("eval-%1-%2").arg(split, QFileInfo(checkpoint).completeBaseName()));
}

QString checkRunEvaluation(const RunEvaluationRequest &request)
{
    const QStringList runs = cleanRuns(request.runDirs);
    if (runs.isEmpty())
        throw Error(RunEvaluationTr::tr("Choose at least one run folder to evaluate"));
    const int batch = request.inference.batchSize;
    if (batch < 1 || batch > 4096)
        throw Error(RunEvaluationTr::tr("Batch size %1: give a batch size between 1 and 4096").arg(batch));
    if (!request.threshold.isEmpty()) {
        double fixed = 0.5;
        parseThresholdRule(request.threshold, &fixed); // throws for a bad rule or number
    }
    if (runs.size() > 1 && request.outDir.isEmpty())
        throw Error(RunEvaluationTr::tr("An ensemble of several runs needs an output folder"));
    const QString outDir = outputFolder(request, runs);
    // Nothing evaluate writes may replace what it reads: the data manifest, the runs' own files.
    InputPaths inputs;
    inputs.add(request.inference.data);
    for (const QString &run : runs)
        for (const char *f : {"config.json", "metrics.csv", "events.jsonl", "train.log", "test_predictions.csv"})
            inputs.add(QDir(run).filePath(QString::fromLatin1(f)));
    for (const char *f : {"predictions.csv", "metrics.json", "comparison.csv", "comparison.txt", "evaluation.json", "report.html"})
        refuseToReplaceInput(inputs, QDir(outDir).filePath(QString::fromLatin1(f)), RunEvaluationTr::tr("The evaluation's %1").arg(QString::fromLatin1(f)),
                             request.outChoice);
    if (!QDir().mkpath(outDir))
        throw Error(RunEvaluationTr::tr("%1: cannot create the output folder").arg(outDir));
    return outDir;
}

RunEvaluation evaluateRun(const RunEvaluationRequest &request, const ProgressCallback &progress)
{
    const QStringList runs = cleanRuns(request.runDirs);
    RunEvaluation out;
    out.outDir = checkRunEvaluation(request);
    const bool ensemble = runs.size() > 1;
    const InferenceOptions &io = request.inference;
    // A threshold belongs to one run's probabilities as they were: only then is it loaded or saved.
    const bool ownThreshold = !ensemble;
    const bool saveThreshold = !ensemble && !io.flip;
    const QString runDir = runs.front();
    QStringList runNames;
    for (const QString &r : runs)
        runNames.append(QFileInfo(r).fileName());
    out.runName = ensemble ? runNames.join(QLatin1Char('+')) : runNames.front();

    out.ensemble = runEnsemble(runs, io, progress);
    const InferenceResult &r = out.ensemble.combined;

    const bool binary = r.table.classCount() == 2;
    QString thresholdText = request.threshold;
    std::optional<RunThreshold> saved = ownThreshold ? loadRunThreshold(runDir) : std::nullopt;
    if (thresholdText.isEmpty() && saved && binary) {
        thresholdText = QString::number(saved->value, 'g', 17);
        out.thresholdSource = RunEvaluationTr::tr("saved with the run (%1, chosen on %2)").arg(saved->rule, saved->split);
    }
    EvaluationOptions eo;
    eo.threshold = thresholdText;
    eo.sliceBy = request.sliceBy.isEmpty() ? defaultSliceAttributes(r.table) : request.sliceBy;
    out.evaluation = evaluatePredictions(r.table, eo);
    const Evaluation &e = out.evaluation;

    if (!request.threshold.isEmpty() && e.threshold && !saveThreshold) {
        out.thresholdSource = ensemble ? RunEvaluationTr::tr("chosen here for this ensemble (not saved with any run)")
                                       : RunEvaluationTr::tr("chosen here with test-time flip (not saved with the run)");
    } else if (!request.threshold.isEmpty() && e.threshold) {
        RunThreshold t;
        t.rule = thresholdRuleName(e.threshold->rule);
        t.value = e.threshold->threshold;
        t.positiveClass = r.table.classes.value(1);
        t.split = io.split;
        t.checkpoint = io.checkpoint;
        t.data = QFileInfo(io.data).absoluteFilePath();
        saveRunThreshold(runDir, t);
        out.thresholdSaved = true;
        out.thresholdSource = RunEvaluationTr::tr("chosen here and saved to %1 (predict uses it)").arg(QDir(runDir).filePath(QStringLiteral("threshold.json")));
        out.thresholdOnTest = io.split == QLatin1String("test") && e.threshold->rule != ThresholdRule::Fixed;
    }
    out.coverage = answerCoverage(e.table, r.given());

    const QDir dir(out.outDir);
    const QString predictions = dir.filePath(QStringLiteral("predictions.csv"));
    writePredictions(e.table, predictions);
    writeJson(metricsJson(e), dir.filePath(QStringLiteral("metrics.json")));
    const std::vector<ComparisonRun> comparison{{out.runName, e.report}};
    writeComparisonCsv(comparison, dir.filePath(QStringLiteral("comparison.csv")));
    writeText(dir.filePath(QStringLiteral("comparison.txt")), renderComparison(comparison));

    QJsonObject threshold;
    if (e.threshold)
        threshold = {{QStringLiteral("rule"), thresholdRuleName(e.threshold->rule)},
                     {QStringLiteral("value"), e.threshold->threshold},
                     {QStringLiteral("source"), out.thresholdSource}};
    QJsonObject unseen;
    for (auto i = r.unseenLabels.cbegin(); i != r.unseenLabels.cend(); ++i)
        unseen.insert(i.key(), i.value());
    QJsonArray members;
    for (const EnsembleMember &m : out.ensemble.members)
        members.append(memberJson(m));
    QJsonObject record{{QStringLiteral("run"), QFileInfo(runDir).absoluteFilePath()},
                       {QStringLiteral("checkpoint"), io.checkpoint},
                       {QStringLiteral("checkpoint_file"), QFileInfo(r.checkpointFile).absoluteFilePath()},
                       {QStringLiteral("epoch"), r.epoch},
                       {QStringLiteral("split"), io.split},
                       {QStringLiteral("data"), QFileInfo(io.data).absoluteFilePath()},
                       {QStringLiteral("threshold"), e.threshold ? QJsonValue(threshold) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("model"), r.model.toJson()},
                       {QStringLiteral("classes"), QJsonArray::fromStringList(r.table.classes)},
                       {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                       {QStringLiteral("images"), qint64(r.table.rows.size())},
                       {QStringLiteral("rows_in_split"), r.considered},
                       {QStringLiteral("unreadable"), r.unreadable},
                       {QStringLiteral("unreadable_images"), QJsonArray::fromStringList(r.unreadablePaths)},
                       {QStringLiteral("unseen_label_rows"), r.unseen},
                       {QStringLiteral("unseen_labels"), unseen},
                       {QStringLiteral("no_face"), r.noFace},
                       {QStringLiteral("no_face_images"), QJsonArray::fromStringList(r.noFacePaths)},
                       {QStringLiteral("coverage"), answerCoverageJson(out.coverage)},
                       {QStringLiteral("face_method"), r.faceMethod},
                       {QStringLiteral("train_face_method"), r.trainFaceMethod},
                       {QStringLiteral("borrowed_landmarks"), r.borrowedLandmarks},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings + e.warnings)},
                       {QStringLiteral("flip"), io.flip},
                       {QStringLiteral("device"), r.device},
                       {QStringLiteral("slices"), QJsonArray::fromStringList(eo.sliceBy)},
                       {QStringLiteral("members"), members}};
    if (ensemble) {
        // "run" stays the first member (the report's training curves); "checkpoint_file" and
        // "epoch" describe no single network, so they are left out.
        record.remove(QStringLiteral("checkpoint_file"));
        record.remove(QStringLiteral("epoch"));
        record.insert(QStringLiteral("ensemble"), true);
        record.insert(QStringLiteral("skipped_by_some_runs"), out.ensemble.partial);
        record.insert(QStringLiteral("skipped_by_some_runs_images"), QJsonArray::fromStringList(out.ensemble.partialPaths));
    }
    writeJson(record, dir.filePath(QStringLiteral("evaluation.json")));
    out.record = record;
    for (const char *f : {"predictions.csv", "metrics.json", "comparison.csv", "comparison.txt", "evaluation.json"})
        out.files.append(dir.filePath(QString::fromLatin1(f)));
    if (request.report) {
        try {
            ReportOptions ro;
            ro.progress = progress;
            out.files.append(writeReport(out.outDir, ro).html);
        } catch (const Error &e) {
            out.reportProblem = e.message();
        }
    }
    return out;
}

QList<EvaluationEntry> listRunEvaluations(const QString &runDir)
{
    QList<EvaluationEntry> out;
    const QDir run(runDir);
    for (const QFileInfo &sub : run.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile f(QDir(sub.absoluteFilePath()).filePath(QStringLiteral("evaluation.json")));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        if (!doc.isObject())
            continue;
        const QJsonObject o = doc.object();
        EvaluationEntry e;
        e.folder = sub.absoluteFilePath();
        e.split = o.value(QStringLiteral("split")).toString();
        e.checkpoint = o.value(QStringLiteral("checkpoint")).toString();
        e.created = o.value(QStringLiteral("created")).toString();
        e.epoch = o.value(QStringLiteral("epoch")).toInt();
        e.images = o.value(QStringLiteral("images")).toInteger();
        const QJsonObject cov = o.value(QStringLiteral("coverage")).toObject();
        if (cov.contains(QStringLiteral("coverage"))) {
            e.coverage = cov.value(QStringLiteral("coverage")).toDouble();
            e.accuracy = cov.value(QStringLiteral("accuracy_answered")).toDouble();
        }
        e.hasReport = QFileInfo::exists(QDir(e.folder).filePath(QStringLiteral("report.html")));
        out.append(e);
    }
    std::stable_sort(out.begin(), out.end(), [](const EvaluationEntry &a, const EvaluationEntry &b) { return a.created > b.created; });
    return out;
}

} // namespace maskbench
