#include "core/mask/augment.h"

#include "core/common/error.h"
#include "core/common/parallel.h"
#include "core/common/paths.h"
#include "core/dataset/manifest.h"
#include "core/dataset/subset.h"
#include "core/face/face_lookup.h"
#include "core/face/landmark_cache.h"
#include "core/io/csv.h"
#include "core/io/jpeg.h"
#include "core/mask/masker.h"
#include "core/mask/placement.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QHash>
#include <QSaveFile>

#include <opencv2/imgcodecs.hpp>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <mutex>

namespace maskbench {
namespace {

// This file's messages: looked up under "Augment" and extracted there by lupdate.
struct AugmentTr
{
    Q_DECLARE_TR_FUNCTIONS(Augment)
};

const QString kPartSuffix = QStringLiteral(".maskbench-part");
const QString kRunFile = QStringLiteral(".maskbench-augment.json");

struct Row
{
    bool written = false;
    bool resumed = false;
    QString output;   // relative to the output folder
    QString status;   // masked, original
    QString maskType; // "" for originals
    QString templateName;
    QString colour;
    HeadPose pose;
    bool hasFace = false;
    bool placed = false;
    Coverage coverage;
    AugmentSkip skip;
    // The manifest's result columns (mask_type .. status), formatted once: a journal replays them.
    QStringList result;
};

QString fmt(double v, int decimals) { return QString::number(v, 'f', decimals); }

QStringList resultFields(const Row &r)
{
    const bool masked = r.status == QLatin1String("masked");
    return {r.maskType.isEmpty() ? QStringLiteral("none") : r.maskType, r.templateName, r.colour,
            r.hasFace ? fmt(r.pose.yaw, 1) : QString(), r.hasFace ? fmt(r.pose.pitch, 1) : QString(),
            r.hasFace ? fmt(r.pose.roll, 1) : QString(), masked ? fmt(r.coverage.fraction(), 3) : QString(), r.status};
}
constexpr int kResultFields = 8;

// The run journal: one line per finished image (key, output, result columns), appended after the
// image is renamed into place. A resumed run takes finished items from it instead of decoding and
// masking them again; an item whose line is missing (killed between rename and append) or torn
// (killed mid-line) is simply recomputed, which gives the same row.
class Journal
{
public:
    explicit Journal(const QString &path) : m_file(path)
    {
        if (m_file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = m_file.readAll().split('\n');
            for (const QByteArray &line : lines) {
                const QStringList f = QString::fromUtf8(line).split(QLatin1Char('\t'));
                if (f.size() == kResultFields + 3 && f.last() == QLatin1String("."))
                    m_done.insert(f[0], f.mid(1, kResultFields + 1));
            }
            m_file.close();
        }
        m_file.open(QIODevice::WriteOnly | QIODevice::Append);
    }

    // output + result fields of a finished item, or empty.
    QStringList finished(const QString &key) const { return m_done.value(key); }

    void append(const QString &key, const Row &row)
    {
        QStringList f{key, row.output};
        f += row.result;
        f.append(QStringLiteral(".")); // end marker: a torn line lacks it
        for (const QString &x : f)
            if (x.contains(QLatin1Char('\t')) || x.contains(QLatin1Char('\n')))
                return; // odd file names are recomputed on resume instead
        std::lock_guard<std::mutex> lock(m_mutex);
        m_file.write((f.join(QLatin1Char('\t')) + QLatin1Char('\n')).toUtf8());
        m_file.flush();
    }

private:
    QFile m_file;
    std::mutex m_mutex;
    QHash<QString, QStringList> m_done;
};

bool isOutside(const QString &rel) { return rel == QLatin1String("..") || rel.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(rel); }

// The folder item keys are relative to: the dataset's root, or, when some images lie outside it
// (a split manifest kept in a project's splits/ folder names the images in the dataset's folder),
// the deepest folder that holds every image, so outputs mirror the source's own layout instead of
// repeating absolute paths.
QString keyRoot(const Dataset &ds)
{
    const QDir root(ds.root);
    QStringList common;
    bool outside = false;
    bool first = true;
    for (const DatasetItem &item : ds.items) {
        outside = outside || isOutside(root.relativeFilePath(item.path));
        const QStringList parts = QFileInfo(QDir::cleanPath(item.path)).absolutePath().split(QLatin1Char('/'));
        if (first) {
            common = parts;
            first = false;
            continue;
        }
        qsizetype n = 0;
        while (n < common.size() && n < parts.size() && common[n] == parts[n])
            ++n;
        common.resize(n);
    }
    if (!outside || common.isEmpty())
        return ds.root;
    const QString folder = common.join(QLatin1Char('/'));
    return folder.isEmpty() ? QStringLiteral("/") : folder;
}

// The item's key: its path relative to the key root (keyRoot()), with any ".." steps made
// harmless so the output stays inside the output folder.
QString itemKey(const QString &root, const DatasetItem &item)
{
    QString rel = QDir(root).relativeFilePath(item.path);
    if (isOutside(rel))
        rel = QStringLiteral("_outside/") + QString(item.path).remove(QRegularExpression(QStringLiteral("^/+"))).replace(QLatin1String(".."), QLatin1String("__"));
    return rel;
}

// Encoder by output suffix; anything we cannot write keeps its name and gets .png appended.
QString outputName(const QString &key)
{
    const QString suffix = QFileInfo(key).suffix().toLower();
    static const QStringList writable{QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                      QStringLiteral("bmp"), QStringLiteral("webp")};
    return writable.contains(suffix) ? key : key + QStringLiteral(".png");
}

// Writes bytes to path atomically: a temporary file in the same folder, then renamed over the
// target, so a killed process leaves the whole image or none. No fsync per image: that guards
// against power loss, not against a kill, and costs more than the masking on many disks.
// Returns an error message, empty on success.
QString writeAtomically(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return AugmentTr::tr("cannot create the folder %1").arg(info.absolutePath());
    const QString part = path + kPartSuffix;
    QFile f(part);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return AugmentTr::tr("cannot write %1: %2").arg(part, f.errorString());
    const bool ok = f.write(bytes) == bytes.size() && f.flush();
    const QString error = f.errorString();
    f.close();
    if (!ok) {
        QFile::remove(part);
        return AugmentTr::tr("cannot write %1: %2").arg(path, error);
    }
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(part);
        return AugmentTr::tr("cannot rename %1 to %2: %3").arg(part, path, why);
    }
    return QString();
}

QJsonObject runSignature(const AugmentOptions &o, const QString &detectorKey)
{
    QStringList types;
    for (MaskType t : o.types)
        types.append(maskTypeName(t));
    QJsonObject j;
    j.insert(QStringLiteral("seed"), QString::number(o.seed));
    j.insert(QStringLiteral("masks"), types.join(QLatin1Char(',')));
    j.insert(QStringLiteral("keep_original_ratio"), o.keepOriginalRatio);
    j.insert(QStringLiteral("random_colour"), o.randomColour);
    j.insert(QStringLiteral("jpeg_quality"), o.jpegQuality);
    j.insert(QStringLiteral("detector"), detectorKey);
    j.insert(QStringLiteral("feather"), o.overlay.feather);
    j.insert(QStringLiteral("match_brightness"), o.overlay.matchBrightness);
    j.insert(QStringLiteral("opaque_alpha"), o.overlay.opaqueAlpha);
    j.insert(QStringLiteral("max_pixels"), QString::number(o.maxPixels));
    if (o.limit > 0) // only when set: folders of whole runs keep their signature and resume
        j.insert(QStringLiteral("limit"), QString::number(o.limit));
    return j;
}

// Nothing augment writes may replace what it reads: a masked copy written over its own
// original (an --out folder that is the dataset's root), or manifest.csv / skipped.csv over the
// source manifest or an image. Checked before anything is written.
void refuseToReplaceSources(const Dataset &ds, const AugmentOptions &o)
{
    InputPaths inputs = datasetInputs(ds);
    inputs.add(o.source); // as given, when it differs from what the reader recorded
    const QDir outDir(o.outDir);
    refuseToReplaceInput(inputs, outDir.filePath(QStringLiteral("manifest.csv")), AugmentTr::tr("The manifest"), AugmentTr::tr("output folder"));
    refuseToReplaceInput(inputs, outDir.filePath(QStringLiteral("skipped.csv")), AugmentTr::tr("The list of skipped images"),
                         AugmentTr::tr("output folder"));
    const QString root = keyRoot(ds);
    for (const DatasetItem &item : ds.items) {
        const QString out = outDir.filePath(outputName(itemKey(root, item)));
        refuseToReplaceInput(inputs, out, AugmentTr::tr("The masked copy of %1,").arg(item.path), AugmentTr::tr("output folder (outside the dataset's images)"));
    }
}

void prepareOutput(const AugmentOptions &o, const QJsonObject &signature)
{
    const QString out = o.outDir;
    if (out.isEmpty())
        throw Error(AugmentTr::tr("No output folder given."));
    if (!QDir().mkpath(out))
        throw Error(AugmentTr::tr("Cannot create the output folder %1. Choose a folder you can write to.").arg(out));
    // Prove we can write before any work: a read-only folder fails here, not after an hour.
    const QString probe = QDir(out).filePath(QStringLiteral(".maskbench-write-test"));
    {
        QFile f(probe);
        if (!f.open(QIODevice::WriteOnly) || f.write("ok") != 2 || !f.flush())
            throw Error(AugmentTr::tr("Cannot write to the output folder %1: %2. Choose a folder you can write to.").arg(out, f.errorString()));
    }
    QFile::remove(probe);

    const QString runFile = QDir(out).filePath(kRunFile);
    QFile existing(runFile);
    if (existing.open(QIODevice::ReadOnly)) {
        const QJsonObject old = QJsonDocument::fromJson(existing.readAll()).object();
        if (old != signature)
            throw Error(AugmentTr::tr("The output folder %1 holds an augment run with other settings (seed, masks, ratio, "
                           "number of images or detector). Use another output folder, or delete this one to start over.").arg(out));
    } else {
        QSaveFile f(runFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(signature).toJson()) < 0 || !f.commit())
            throw Error(AugmentTr::tr("Cannot write %1: %2").arg(runFile, f.errorString()));
    }
    // Temporary files of a killed run are never results: remove them.
    QDirIterator it(out, {QStringLiteral("*") + kPartSuffix}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        QFile::remove(it.next());
}

} // namespace

qint64 AugmentSummary::skippedTotal() const
{
    qint64 n = 0;
    for (qint64 v : skipped)
        n += v;
    return n;
}

AugmentSummary runAugment(const AugmentOptions &optionsIn, const ProgressCallback &progress)
{
    QElapsedTimer timer;
    timer.start();
    AugmentOptions o = optionsIn;
    if (o.types.empty())
        o.types = parseMaskTypes(QString());
    o.keepOriginalRatio = std::clamp(o.keepOriginalRatio, 0.0, 1.0);
    o.outDir = QDir::cleanPath(QDir(o.outDir).absolutePath());

    // A missing model is a setup problem, reported before anything else; the model itself is
    // loaded on the first detection, so a fully cached re-run never pays for it.
    o.detector.loadLazily = true;
    auto firstDetector = std::make_unique<FaceDetector>(o.detector);
    const QString detectorKey = firstDetector->cacheKey();

    reportProgress(progress, Progress{AugmentTr::tr("Reading dataset"), 0, 0, -1});
    // Headers are probed per item by readImageInput (it must, to refuse large images before
    // decoding); probing them all up front as well would read every file twice.
    LoadOptions load = o.load;
    load.probeImages = false;
    Dataset loaded = loadDataset(o.source, load, progress);
    if (o.limit != 0) // "Use N images" (n < 0 refused there)
        loaded = subsetDataset(loaded, o.limit, o.seed);
    const Dataset ds = std::move(loaded);
    refuseToReplaceSources(ds, o);
    prepareOutput(o, runSignature(o, detectorKey));

    std::unique_ptr<LandmarkCache> cache;
    if (o.useCache)
        cache = std::make_unique<LandmarkCache>(o.cachePath.isEmpty() ? LandmarkCache::defaultPath() : o.cachePath);
    // A second pass finds every image's landmarks in one query instead of one per image (bounded,
    // so a huge shared cache does not fill the memory; the rest is looked up one by one).
    if (cache)
        cache->preload(detectorKey, 2 * qint64(ds.items.size()) + 1000);

    std::unique_ptr<PlacementStore> placements;
    if (o.usePlacements) {
        const QString path = !o.placementsPath.isEmpty() ? o.placementsPath
                             : o.cachePath.isEmpty()     ? PlacementStore::defaultPath()
                                                         : PlacementStore::pathNextTo(o.cachePath);
        placements = std::make_unique<PlacementStore>(path);
    }

    Journal journal(QDir(o.outDir).filePath(QStringLiteral(".maskbench-journal.tsv")));

    // One detector per thread (dlib's is not thread-safe), handed out from a pool.
    std::mutex poolMutex;
    std::vector<std::unique_ptr<FaceDetector>> pool;
    pool.push_back(std::move(firstDetector));
    const auto takeDetector = [&]() {
        std::lock_guard<std::mutex> lock(poolMutex);
        if (pool.empty())
            return std::make_unique<FaceDetector>(o.detector);
        auto d = std::move(pool.back());
        pool.pop_back();
        return d;
    };
    const auto giveBack = [&](std::unique_ptr<FaceDetector> d) {
        std::lock_guard<std::mutex> lock(poolMutex);
        pool.push_back(std::move(d));
    };

    std::vector<Row> rows(ds.items.size());
    std::atomic<bool> fatal{false};
    std::mutex fatalMutex;
    QString fatalMessage;
    const QDir outDir(o.outDir);
    const QString root = keyRoot(ds);

    const auto processItem = [&](qint64 index) {
        if (fatal.load())
            return;
        const DatasetItem &item = ds.items[size_t(index)];
        Row &row = rows[size_t(index)];
        row.skip.source = item.path;
        const auto skip = [&](const char *reason, const QString &message) {
            row.skip.reason = QString::fromLatin1(reason);
            row.skip.message = message;
        };
        const QString key = itemKey(root, item);
        const quint64 seed = itemSeed(o.seed, key);
        row.output = outputName(key);
        const QString outPath = outDir.filePath(row.output);
        const bool keepOriginal = itemUniform(seed, 0) < o.keepOriginalRatio;

        if (!item.exists) {
            skip("missing", AugmentTr::tr("file not found"));
            return;
        }
        const QStringList done = journal.finished(key);
        if (!done.isEmpty() && done[0] == row.output && QFileInfo::exists(outPath)) {
            row.result = done.mid(1);
            row.status = row.result.last();
            row.maskType = row.result[0];
            row.written = row.resumed = true;
            return;
        }
        const ImageInput input = readImageInput(item.path, o.maxPixels);
        if (input.status == ImageInputStatus::TooLarge) {
            skip("too_large", input.error);
            return;
        }
        if (input.status != ImageInputStatus::Ok) {
            skip("unreadable", input.error);
            return;
        }
        std::vector<Face> faces;
        {
            std::unique_ptr<FaceDetector> det = takeDetector();
            try {
                faces = findFaces(input, *det, cache.get()).faces;
            } catch (const Error &e) {
                // The model failed to load (corrupt file): no later item can succeed either.
                giveBack(std::move(det));
                std::lock_guard<std::mutex> lock(fatalMutex);
                if (!fatal.exchange(true))
                    fatalMessage = e.message();
                return;
            }
            giveBack(std::move(det));
        }
        if (!faces.empty()) {
            row.hasFace = true;
            row.pose = faces.front().pose;
        }

        QByteArray bytes;
        const bool exists = QFileInfo::exists(outPath);
        if (keepOriginal) {
            row.status = QStringLiteral("original");
            bytes = input.bytes;
        } else {
            if (faces.empty()) {
                skip("no_face", AugmentTr::tr("no face found"));
                return;
            }
            const MaskSpec spec = chooseMask(o.types, seed, o.randomColour);
            Face face = faces.front();
            if (placements) {
                if (const std::optional<PlacementOverride> p = placements->find(input.hash, maskTypeName(spec.type))) {
                    face = applyPlacement(face, *p);
                    row.placed = true;
                }
            }
            const MaskResult r = applyMask(input.image, face, spec, o.overlay);
            if (!r.ok) {
                skip("bad_landmarks", r.problem);
                return;
            }
            row.coverage = r.coverage;
            if (!r.coverage.pass()) {
                skip("low_coverage", AugmentTr::tr("coverage check failed: %1").arg(r.coverage.describe()));
                return;
            }
            row.status = QStringLiteral("masked");
            row.maskType = maskTypeName(spec.type);
            row.templateName = r.templateName;
            row.colour = r.colour;
            if (!exists) {
                const QString suffix = QFileInfo(row.output).suffix().toLower();
                std::vector<int> params;
                const bool jpeg = suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg");
                if (jpeg)
                    params = {cv::IMWRITE_JPEG_QUALITY, o.jpegQuality};
                std::vector<uchar> encoded;
                // libjpeg-turbo directly gives the bytes cv::imencode gives, without its pixel swap.
                if (!(jpeg && encodeJpegBgr(r.image, o.jpegQuality, encoded))
                    && !cv::imencode("." + suffix.toStdString(), r.image, encoded, params)) {
                    skip("unreadable", AugmentTr::tr("cannot encode the result as %1").arg(suffix));
                    return;
                }
                bytes = QByteArray(reinterpret_cast<const char *>(encoded.data()), qsizetype(encoded.size()));
            }
        }
        if (exists) {
            row.resumed = true; // written by an earlier, interrupted run with the same settings
        } else {
            const QString error = writeAtomically(outPath, bytes);
            if (!error.isEmpty()) {
                std::lock_guard<std::mutex> lock(fatalMutex);
                if (!fatal.exchange(true))
                    fatalMessage = error;
                return;
            }
        }
        row.written = true;
        row.result = resultFields(row);
        journal.append(key, row);
    };

    const auto safeItem = [&](qint64 index) {
        // parallelFor's workers must not throw; an unexpected exception is a per-item problem.
        try {
            processItem(index);
        } catch (const Error &e) {
            Row &row = rows[size_t(index)];
            row.skip.reason = QStringLiteral("unreadable");
            row.skip.message = e.message();
        } catch (const std::exception &e) {
            Row &row = rows[size_t(index)];
            row.skip.reason = QStringLiteral("unreadable");
            row.skip.message = QString::fromLocal8Bit(e.what());
        }
    };

    const ProgressCallback guarded = [&](const Progress &p) {
        if (fatal.load())
            return false;
        return progress ? progress(p) : true;
    };
    try {
        parallelFor(qint64(ds.items.size()), safeItem, AugmentTr::tr("Masking"), guarded, o.threads);
    } catch (const Cancelled &) {
        if (fatal.load())
            throw Error(AugmentTr::tr("Augmentation stopped: %1. Images written so far are complete; free space or fix the "
                           "folder and run the same command again to finish.").arg(fatalMessage));
        throw;
    }

    // The manifest: one row per written image, in dataset order (hence identical after a resume).
    AugmentSummary sum;
    sum.items = qint64(ds.items.size());
    const QStringList own{QStringLiteral("path"), QStringLiteral("label"), QStringLiteral("group"), QStringLiteral("split"),
                          QStringLiteral("source"), QStringLiteral("mask_type"), QStringLiteral("template"),
                          QStringLiteral("colour"), QStringLiteral("yaw"), QStringLiteral("pitch"), QStringLiteral("roll"),
                          QStringLiteral("coverage"), QStringLiteral("status")};
    QStringList attributes;
    for (const QString &a : ds.attributeNames)
        if (!own.contains(a) && a != ds.labelName)
            attributes.append(a);
    QByteArray manifest = csvLine(own + attributes).toUtf8();
    QByteArray skipped = csvLine({QStringLiteral("source"), QStringLiteral("reason"), QStringLiteral("message")}).toUtf8();
    for (size_t i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        const DatasetItem &item = ds.items[i];
        if (!r.written) {
            sum.skipped[r.skip.reason] += 1;
            sum.skips.push_back(r.skip);
            skipped += csvLine({QDir(ds.root).relativeFilePath(item.path), r.skip.reason, r.skip.message}).toUtf8();
            continue;
        }
        if (r.status == QLatin1String("masked")) {
            ++sum.masked;
            sum.perType[r.maskType] += 1;
            sum.placed += r.placed;
        } else {
            ++sum.original;
        }
        sum.resumed += r.resumed;
        QStringList fields{r.output, item.label, item.group, item.split, QDir(ds.root).relativeFilePath(item.path)};
        fields += r.result;
        for (const QString &a : attributes)
            fields.append(item.attributes.value(a));
        manifest += csvLine(fields).toUtf8();
    }
    sum.manifestPath = outDir.filePath(QStringLiteral("manifest.csv"));
    sum.skippedPath = outDir.filePath(QStringLiteral("skipped.csv"));
    for (const auto &[path, bytes] : {std::pair<QString, QByteArray>{sum.manifestPath, manifest}, {sum.skippedPath, skipped}}) {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            throw Error(AugmentTr::tr("Cannot write %1: %2. The images are complete; run the same command again to write it.").arg(path, f.errorString()));
    }
    if (cache) {
        sum.cacheHits = cache->hits();
        sum.cacheMisses = cache->misses();
    }
    sum.seconds = timer.elapsed() / 1000.0;
    return sum;
}

} // namespace maskbench
