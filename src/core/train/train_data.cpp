#include "core/train/trainer_p.h"

#include "core/dataset/subset.h"

namespace maskbench::train_detail {

// ---------------------------------------------------------------------------------------------
// Data

struct HoldOut
{
    QString column, value;
    bool active() const { return !column.isEmpty(); }
};

HoldOut parseHoldOut(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == text.size() - 1)
        throw Error(TrainerTr::tr("hold-out '%1': give COLUMN=VALUE, e.g. mask_type=cloth").arg(text));
    return {text.left(eq).trimmed(), text.mid(eq + 1).trimmed()};
}

// "Use N images" (--limit-train / --limit-val, the Training form): core's seeded sample
// (dataset/subset.h), the one split and augment use; it draws exactly as this function always
// did, so a run's subset (and its resume) stays the same. 0: every image.
std::vector<Sample> sampleDown(std::vector<Sample> v, int limit, quint64 seed)
{
    if (limit <= 0)
        return v;
    std::vector<Sample> out;
    for (qint64 i : seededSample(qint64(v.size()), limit, seed))
        out.push_back(std::move(v[size_t(i)]));
    return out;
}

Splits loadSplits(const TrainConfig &c)
{
    LoadOptions lo;
    lo.labelColumn = c.labelColumn.isEmpty() ? QStringLiteral("label") : c.labelColumn;
    lo.probeImages = false;
    const Dataset ds = loadDataset(c.data, lo);
    Splits s;
    s.classes = ds.classes();
    if (s.classes.size() < 2)
        throw Error(TrainerTr::tr("%1 has %2 class(es) (%3); a classifier needs at least two")
                        .arg(c.data).arg(s.classes.size()).arg(s.classes.join(QStringLiteral(", "))));
    qint64 missing = 0;
    const HoldOut holdOut = parseHoldOut(c.holdOut);
    if (holdOut.active()) {
        if (!ds.attributeNames.contains(holdOut.column))
            throw Error(TrainerTr::tr("%1 has no column '%2' to hold out (%3); its columns: %4")
                            .arg(c.data, holdOut.column, c.holdOut, ds.attributeNames.join(QStringLiteral(", "))));
        QSet<QString> seen;
        for (const DatasetItem &it : ds.items)
            seen.insert(it.attributes.value(holdOut.column));
        if (!seen.contains(holdOut.value)) {
            QStringList values(seen.begin(), seen.end());
            values.sort();
            throw Error(TrainerTr::tr("%1: no item has %2 '%3' to hold out; its values: %4")
                            .arg(c.data, holdOut.column, holdOut.value, values.join(QStringLiteral(", "))));
        }
    }
    for (const DatasetItem &it : ds.items) {
        if (!it.exists) {
            ++missing;
            continue;
        }
        if (holdOut.active() && it.split != QLatin1String("test")
            && it.attributes.value(holdOut.column) == holdOut.value) {
            ++s.heldOut;
            continue;
        }
        const Sample sample{it.path, int(s.classes.indexOf(it.label))};
        // augment writes the original's path relative to the dataset it read, normally the
        // folder the split manifest lives in too.
        const QString source = it.attributes.value(QStringLiteral("source"));
        if (!source.isEmpty()) {
            const QString abs = QFileInfo(source).isAbsolute() ? source : QFileInfo(c.data).absoluteDir().filePath(source);
            if (QFileInfo::exists(abs))
                s.sources.insert(it.path, QDir::cleanPath(abs));
        }
        if (it.split == QLatin1String("train"))
            s.train.push_back(sample);
        else if (it.split == QLatin1String("val"))
            s.val.push_back(sample);
        else if (it.split == QLatin1String("test") && c.evaluateTest) {
            s.test.push_back(sample);
            s.testPaths.append(it.path);
        }
    }
    if (s.train.empty() || s.val.empty())
        throw Error(TrainerTr::tr("%1 has %2 training and %3 validation images; both splits are needed "
                       "(make them with the Split dialog, or maskbench-cli dataset split)")
                        .arg(c.data).arg(s.train.size()).arg(s.val.size()));
    s.train = sampleDown(std::move(s.train), c.limitTrain, c.seed);
    s.val = sampleDown(std::move(s.val), c.limitVal, c.seed + 1);
    return s;
}

void Run::noteMasking(const Batch &batch)
{
    m_result.maskedImages += batch.masked;
    m_result.noFaceImages += batch.noFace.size();
    m_result.maskFailedImages += batch.maskFailed.size();
    m_result.maskSeconds += batch.maskSeconds;
    // Each image is named once per run in the log, however many epochs draw it again.
    for (const QString &path : batch.noFace) {
        if (m_noFaceSeen.contains(path))
            continue;
        m_noFaceSeen.insert(path);
        if (m_result.noFace.size() < 1000)
            m_result.noFace.append(path);
        log(TrainerTr::tr("no face found in %1: trained on it unmasked").arg(path));
    }
    for (const QString &why : batch.maskFailed) {
        if (m_maskFailedSeen.contains(why))
            continue;
        m_maskFailedSeen.insert(why);
        log(TrainerTr::tr("mask did not fit %1; trained on it unmasked").arg(why));
    }
}


void Run::noteSkipped(const QString &path)
{
    ++m_result.skippedImages;
    if (m_result.skipped.size() < 1000)
        m_result.skipped.append(path);
    log(TrainerTr::tr("skipped unreadable image %1").arg(path), TrainEvent::Warning);
}

// The face backbone sees faces the way dlib trained it: aligned chips replace the images (cached by
// content hash, so a resumed run or a second run finds them ready).
void Run::alignFaces(Splits &data, int chipSize)
{
    QElapsedTimer t;
    t.start();
    QStringList paths, sources;
    for (const auto *part : {&data.train, &data.val, &data.test})
        for (const Sample &s : *part) {
            paths.append(s.path);
            sources.append(m_c.borrowLandmarks && part != &data.test ? data.sources.value(s.path) : QString());
        }
    FaceChipOptions fo;
    QString note;
    fo.detector = faceOptionsFor(m_c.faceMethod, &note);
    if (!note.isEmpty())
        log(TrainerTr::tr("warning: %1").arg(note), TrainEvent::Warning);
    log(TrainerTr::tr("face chips: faces found with the %1 method%2").arg(faceMethodName(fo.detector.method),
        m_c.borrowLandmarks ? TrainerTr::tr("; masked training and validation copies borrow their unmasked original's landmarks") : QString()));
    fo.size = chipSize;
    fo.folder = m_c.faceChipFolder;
    fo.landmarkCache = m_c.landmarkCache;
    fo.threads = m_c.workers > 0 ? m_c.workers : 0;
    FaceChipSummary summary;
    const std::vector<QString> chips = prepareFaceChips(paths, fo, &summary, [this](const Progress &p) {
        if (p.total > 0 && (p.done % 500 == 0 || p.done == p.total))
            log(TrainerTr::tr("aligning faces: %1 of %2").arg(p.done).arg(p.total));
        return !(m_control && m_control->stop.load());
    }, sources);
    size_t i = 0;
    for (auto *part : {&data.train, &data.val, &data.test})
        for (Sample &s : *part) {
            if (!chips[i].isEmpty())
                s.path = chips[i];
            ++i;
        }
    log(TrainerTr::tr("face chips (%7x%7, dlib alignment): %1 aligned (%2 with the landmarks of their unmasked original), "
           "%3 without a detected face (whole image resized), %4 unreadable, %5 reused, in %6 s")
            .arg(summary.aligned).arg(summary.fromSource).arg(summary.noFace).arg(summary.unreadable).arg(summary.reused)
            .arg(t.nsecsElapsed() / 1e9, 0, 'f', 1).arg(chipSize));
    for (const QString &p : summary.noFacePaths.mid(0, 20))
        log(TrainerTr::tr("  no face found: %1").arg(p));
}

} // namespace maskbench::train_detail
