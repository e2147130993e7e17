#include "core/eval/ensemble.h"

#include "core/common/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace maskbench {
namespace {

// This file's messages: looked up under "Ensemble" and extracted there by lupdate.
struct EnsembleTr
{
    Q_DECLARE_TR_FUNCTIONS(Ensemble)
};

} // namespace

PredictionTable meanPredictions(const std::vector<PredictionTable> &tables, const QStringList &names, QStringList *partial)
{
    if (tables.empty())
        throw Error(EnsembleTr::tr("an ensemble needs at least one member"));
    auto name = [&](size_t i) { return i < size_t(names.size()) ? names[int(i)] : EnsembleTr::tr("member %1").arg(i + 1); };
    for (size_t i = 1; i < tables.size(); ++i)
        if (tables[i].classes != tables[0].classes)
            throw Error(EnsembleTr::tr("the runs of an ensemble must have the same classes in the same order: %1 has %2, %3 has %4")
                            .arg(name(0), tables[0].classes.join(QLatin1Char(',')), name(i), tables[i].classes.join(QLatin1Char(','))));
    std::vector<QHash<QString, const Prediction *>> byPath(tables.size());
    for (size_t i = 0; i < tables.size(); ++i)
        for (const Prediction &p : tables[i].rows)
            byPath[i].insert(p.path, &p);

    PredictionTable out;
    out.source = tables[0].source;
    out.classes = tables[0].classes;
    out.attributeNames = tables[0].attributeNames;
    // Every path some member answered, in the first member's order, then the others'.
    QStringList order;
    QSet<QString> seen;
    for (const PredictionTable &t : tables)
        for (const Prediction &p : t.rows)
            if (!seen.contains(p.path)) {
                seen.insert(p.path);
                order.append(p.path);
            }
    for (const QString &path : order) {
        std::vector<std::vector<double>> probs;
        QStringList missing;
        for (size_t i = 0; i < tables.size(); ++i) {
            const Prediction *p = byPath[i].value(path);
            if (p)
                probs.push_back(p->probs);
            else
                missing.append(name(i));
        }
        if (!missing.isEmpty()) {
            if (partial)
                partial->append(EnsembleTr::tr("%1: not answered by %2").arg(path, missing.join(QStringLiteral(", "))));
            continue;
        }
        const Prediction *first = byPath[0].value(path);
        Prediction row = *first;
        row.line = 0;
        row.probs = meanProbabilities(probs);
        row.predicted = int(std::max_element(row.probs.begin(), row.probs.end()) - row.probs.begin());
        out.rows.push_back(std::move(row));
    }
    return out;
}

EnsembleResult runEnsemble(const QStringList &runDirs, const InferenceOptions &options, const ProgressCallback &progress)
{
    if (runDirs.isEmpty())
        throw Error(EnsembleTr::tr("an ensemble needs at least one run"));
    QStringList absolute, names;
    for (const QString &r : runDirs) {
        const QString a = QFileInfo(r).absoluteFilePath();
        if (absolute.contains(a))
            throw Error(EnsembleTr::tr("%1 is given twice; an ensemble's runs must differ").arg(r));
        absolute.append(a);
        names.append(QDir::cleanPath(r));
    }
    EnsembleResult e;
    if (runDirs.size() == 1) {
        InferenceOptions o = options;
        o.runDir = runDirs.front();
        e.combined = runInference(o, progress);
        e.members.push_back({runDirs.front(), e.combined});
        return e;
    }
    // Refuse mismatched class lists before the (long) inference.
    std::vector<QStringList> classes;
    for (const QString &r : runDirs)
        classes.push_back(RunModel::open(r, options.checkpoint, options.threads, options.device)->classes());
    for (size_t i = 1; i < classes.size(); ++i)
        if (classes[i] != classes[0]) {
            QStringList parts;
            for (size_t j = 0; j < classes.size(); ++j)
                parts.append(EnsembleTr::tr("%1: %2").arg(names[int(j)], classes[j].join(QLatin1Char(','))));
            throw Error(EnsembleTr::tr("the runs of an ensemble must have the same classes in the same order (%1)")
                            .arg(parts.join(QStringLiteral("; "))));
        }

    std::vector<PredictionTable> tables;
    for (const QString &r : runDirs) {
        InferenceOptions o = options;
        o.runDir = r;
        EnsembleMember m{r, runInference(o, progress)};
        tables.push_back(m.result.table);
        e.members.push_back(std::move(m));
    }
    QStringList partial;
    InferenceResult &c = e.combined;
    const InferenceResult &first = e.members.front().result;
    c.table = meanPredictions(tables, names, &partial);
    e.partial = partial.size();
    e.partialPaths = partial.mid(0, 1000);
    c.model = first.model;
    c.epoch = first.epoch;
    c.considered = first.considered;
    c.unseen = first.unseen;
    c.unseenLabels = first.unseenLabels;
    // Missing and undecodable files are the same for every member; a face run may also fail to
    // decode its chip, so take the member that found the most.
    for (const EnsembleMember &m : e.members) {
        if (m.result.unreadable > c.unreadable) {
            c.unreadable = m.result.unreadable;
            c.unreadablePaths = m.result.unreadablePaths;
        }
        for (const QString &p : m.result.noFacePaths)
            if (!c.noFacePaths.contains(p) && c.noFacePaths.size() < 1000)
                c.noFacePaths.append(p);
        if (c.faceMethod.isEmpty() && !m.result.faceMethod.isEmpty()) {
            c.faceMethod = m.result.faceMethod;
            c.trainFaceMethod = m.result.trainFaceMethod;
        }
        c.borrowedLandmarks = c.borrowedLandmarks || (m.result.borrowedLandmarks && !m.result.faceMethod.isEmpty());
        for (const QString &w : m.result.warnings)
            c.warnings.append(EnsembleTr::tr("%1: %2").arg(QFileInfo(m.runDir).fileName(), w));
    }
    // Everything given and not answered that is not unreadable: some member found no face.
    c.noFace = std::max<qint64>(0, c.given() - qint64(c.table.rows.size()) - c.unreadable);
    if (e.partial > 0)
        c.warnings.append(EnsembleTr::tr("%1 image(s) answered by some runs but not all were skipped (first: %2)")
                              .arg(e.partial).arg(partial.mid(0, 3).join(QStringLiteral("; "))));
    if (c.table.rows.empty())
        throw Error(EnsembleTr::tr("Nothing to evaluate in %1: no image was answered by every run (%2)")
                        .arg(options.data, names.join(QStringLiteral(", "))));
    return e;
}

} // namespace maskbench
