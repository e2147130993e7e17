#include "cli/faces_command.h"

#include "cli/cli_common.h"
#include "core/common/error.h"
#include "core/common/parallel.h"
#include "core/common/settings.h"
#include "core/dataset/dataset.h"
#include "core/dataset/statistics.h"
#include "core/face/face_detector.h"
#include "core/face/image_input.h"
#include "core/face/masked_face_models.h"
#include "core/io/csv.h"

#include <CLI/CLI.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSaveFile>

#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace maskbench::cli {
namespace {

// This file's messages: looked up under "FacesCommand" and extracted there by lupdate.
struct FacesCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(FacesCommand)
};

struct TrainArgs
{
    std::string source;
    std::string out;
    std::string labelColumn;
    std::string split;
    std::string cache;
    int images = 2000;
    int detectorImages = 1200;
    quint64 seed = 1;
    int threads = 0;
    double unmasked = 0.2;
    double flat = 0.35;
    int oversampling = 8;
    int trees = 300;
};

struct DetectArgs
{
    std::vector<std::string> inputs;
    std::string method = "masked";
    std::string models;
    std::string csv;
    std::string labelColumn;
    bool all = false;
    int upsample = 0;
    int threads = 0;
    int show = 10;
};

// The images a detect call covers: files given one by one, and every image of datasets given.
QStringList expandInputs(const std::vector<std::string> &inputs, const QString &labelColumn, QStringList &problems)
{
    QStringList paths;
    for (const std::string &s : inputs) {
        const QString in = qs(s);
        const QFileInfo fi(in);
        if (!fi.exists()) {
            problems.append(FacesCommandTr::tr("%1: does not exist").arg(in));
            continue;
        }
        if (fi.isFile() && isImageFileName(fi.fileName())) {
            paths.append(fi.absoluteFilePath());
            continue;
        }
        if (fi.isDir()) { // every image below it, whatever the layout
            QStringList found;
            QDirIterator it(in, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                if (isImageFileName(QFileInfo(f).fileName()))
                    found.append(QFileInfo(f).absoluteFilePath());
            }
            found.sort();
            if (found.isEmpty())
                problems.append(FacesCommandTr::tr("%1: a folder without images").arg(in));
            paths += found;
            continue;
        }
        LoadOptions lo;
        lo.labelColumn = labelColumn;
        lo.probeImages = false;
        const Dataset ds = loadDataset(in, lo);
        for (const DatasetItem &it : ds.items)
            paths.append(it.path);
    }
    return paths;
}

} // namespace

void addFacesCommand(CLI::App &app, int *exitCode)
{
    CLI::App *faces = app.add_subcommand("faces", "Find faces and their 68 landmarks; build the masked-face models");
    faces->require_subcommand(1);

    auto t = std::make_shared<TrainArgs>();
    CLI::App *train = faces->add_subcommand(
        "train-masked", "Train dlib's HOG face detector and 68-point landmark model on masked faces made from SOURCE's photos");
    train->add_option("source", t->source, "Dataset of unmasked face photos (folder, UTKFace folder, CSV manifest)")->required();
    train->add_option("--out", t->out, "Folder for the models (default: the cache folder's face-models/masked)");
    train->add_option("--images", t->images, "Seeded subset of the source's images (0 = all)")->capture_default_str();
    train->add_option("--detector-images", t->detectorImages, "At most this many faces (plus mirror images) train the detector")
        ->capture_default_str();
    train->add_option("--seed", t->seed, "Random seed (subset, masks)")->capture_default_str();
    train->add_option("--threads", t->threads, "Worker threads (0: the setting, or one per core)")->capture_default_str();
    train->add_option("--unmasked-share", t->unmasked, "Share of faces left unmasked (0..1)")->capture_default_str();
    train->add_option("--flat-share", t->flat, "Share of masked faces given a flat polygon mask instead of a template (0..1)")
        ->capture_default_str();
    train->add_option("--oversampling", t->oversampling, "Landmark model: random initialisations per face")->capture_default_str();
    train->add_option("--trees", t->trees, "Landmark model: regression trees per cascade level")->capture_default_str();
    train->add_option("--label-column", t->labelColumn, "CSV sources: the column holding a label (labels are not used)");
    train->add_option("--split", t->split, "Split manifests: use only the items of this split (train), so no validation or test face builds the models");
    train->add_option("--cache", t->cache, "Landmark cache file for the originals (default: the cache folder's)");
    train->callback([t, exitCode] {
        if (t->images < 0 || t->detectorImages < 20)
            throw Error(FacesCommandTr::tr("--images must be 0 or more and --detector-images at least 20"));
        if (t->unmasked < 0 || t->unmasked > 1 || t->flat < 0 || t->flat > 1)
            throw Error(FacesCommandTr::tr("--unmasked-share and --flat-share must be between 0 and 1"));
        if (t->oversampling < 1 || t->trees < 1)
            throw Error(FacesCommandTr::tr("--oversampling and --trees must be at least 1"));
        MaskedFaceTrainingOptions o;
        o.source = qs(t->source);
        o.outDir = qs(t->out);
        o.labelColumn = qs(t->labelColumn);
        o.split = qs(t->split);
        o.landmarkCache = qs(t->cache);
        o.images = t->images;
        o.detectorImages = t->detectorImages;
        o.seed = t->seed;
        o.threads = t->threads;
        o.unmaskedShare = t->unmasked;
        o.flatMaskShare = t->flat;
        o.oversampling = t->oversampling;
        o.treesPerLevel = t->trees;
        const MaskedFaceTrainingResult r = trainMaskedFaceModels(o, terminalProgress());
        printOut(FacesCommandTr::tr("Masked-face models written to %1\n"
                    "  images: %2 read, %3 with a face (%4 masked, %5 left unmasked), %6 without a face, %7 unreadable\n"
                    "  templates that did not fit (flat mask used): %8\n"
                    "  time: masking %9 s, detector %10 s, landmark model %11 s\n")
                     .arg(r.models.folder)
                     .arg(formatCount(r.images), formatCount(r.faces), formatCount(r.masked), formatCount(r.unmasked),
                          formatCount(r.noFace), formatCount(r.unreadable), formatCount(r.maskFailed))
                     .arg(r.prepareSeconds, 0, 'f', 1)
                     .arg(r.detectorSeconds, 0, 'f', 1)
                     .arg(r.predictorSeconds, 0, 'f', 1));
        *exitCode = 0;
    });

    auto d = std::make_shared<DetectArgs>();
    CLI::App *detect = faces->add_subcommand("detect", "Find faces and 68 landmarks in images or datasets; count images without a face");
    detect->add_option("inputs", d->inputs, "Image files, folders (searched recursively) or dataset manifests (CSV)")->required();
    detect->add_option("--method", d->method, "hog (dlib's stock models), masked (with the masked-face models) or crop (aligned crops)")
        ->capture_default_str();
    detect->add_option("--models", d->models, "Masked-face models folder (default: the setting, or the cache folder's)");
    detect->add_option("--csv", d->csv, "Write one row per face (and one per image without a face) to this CSV file");
    detect->add_option("--label-column", d->labelColumn, "CSV inputs: the column holding a label");
    detect->add_flag("--all-faces", d->all, "Every face, not only the largest");
    detect->add_option("--upsample", d->upsample, "Double the image this many times first (faces under 80 px)")->capture_default_str();
    detect->add_option("--threads", d->threads, "Worker threads (0: the setting, or one per core)")->capture_default_str();
    detect->add_option("--show", d->show, "Images without a face listed on stdout")->capture_default_str();
    detect->callback([d, exitCode] {
        FaceDetectorOptions fo;
        fo.method = parseFaceMethod(qs(d->method));
        fo.maskedModels = qs(d->models);
        fo.allFaces = d->all;
        if (d->upsample < 0 || d->upsample > 2)
            throw Error(FacesCommandTr::tr("--upsample must be 0, 1 or 2"));
        fo.upsample = d->upsample;
        FaceDetector first(fo); // throws naming the missing models before any work
        QStringList problems;
        const QStringList paths = expandInputs(d->inputs, qs(d->labelColumn), problems);
        const qint64 missingInputs = problems.size(); // inputs that do not exist count as given and unreadable
        struct Row
        {
            QString error;
            std::vector<Face> faces;
        };
        std::vector<Row> rows(size_t(paths.size()));
        std::mutex mutex;
        std::map<std::thread::id, std::unique_ptr<FaceDetector>> detectors;
        parallelFor(
            paths.size(),
            [&](qint64 i) {
                FaceDetector *det;
                {
                    std::lock_guard<std::mutex> lock(mutex);
                    auto &slot = detectors[std::this_thread::get_id()];
                    if (!slot)
                        slot = std::make_unique<FaceDetector>(fo);
                    det = slot.get();
                }
                const ImageInput in = readImageInput(paths[int(i)]);
                if (in.status != ImageInputStatus::Ok) {
                    rows[size_t(i)].error = in.error;
                    return;
                }
                try {
                    rows[size_t(i)].faces = det->detect(in.image);
                } catch (const std::exception &e) {
                    rows[size_t(i)].error = QString::fromLocal8Bit(e.what());
                }
            },
            FacesCommandTr::tr("Finding faces"), terminalProgress(), d->threads);

        qint64 withFace = 0, faces = 0, bad = missingInputs;
        QStringList noFace;
        for (int i = 0; i < paths.size(); ++i) {
            const Row &r = rows[size_t(i)];
            if (!r.error.isEmpty()) {
                ++bad;
                problems.append(QStringLiteral("%1: %2").arg(paths[i], r.error));
            } else if (r.faces.empty()) {
                noFace.append(paths[i]);
            } else {
                ++withFace;
                faces += qint64(r.faces.size());
            }
        }
        if (!d->csv.empty()) {
            QString text = csvLine({QStringLiteral("path"), QStringLiteral("face"), QStringLiteral("x"), QStringLiteral("y"),
                            QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("score"), QStringLiteral("yaw"),
                            QStringLiteral("pitch"), QStringLiteral("roll"), QStringLiteral("landmarks"), QStringLiteral("problem")});
            for (int i = 0; i < paths.size(); ++i) {
                const Row &r = rows[size_t(i)];
                if (!r.error.isEmpty() || r.faces.empty()) {
                    text += csvLine({paths[i], QString(), QString(), QString(), QString(), QString(), QString(), QString(),
                                     QString(), QString(), QString(), r.error.isEmpty() ? QStringLiteral("no face") : r.error});
                    continue;
                }
                for (size_t k = 0; k < r.faces.size(); ++k) {
                    const Face &f = r.faces[k];
                    QStringList pts;
                    for (const cv::Point2f &p : f.landmarks)
                        pts.append(QStringLiteral("%1 %2").arg(p.x, 0, 'f', 1).arg(p.y, 0, 'f', 1));
                    text += csvLine({paths[i], QString::number(k), QString::number(f.box.x, 'f', 1), QString::number(f.box.y, 'f', 1),
                                       QString::number(f.box.width, 'f', 1), QString::number(f.box.height, 'f', 1),
                                       QString::number(f.score, 'f', 3), QString::number(f.pose.yaw, 'f', 1),
                                       QString::number(f.pose.pitch, 'f', 1), QString::number(f.pose.roll, 'f', 1),
                                       pts.join(QLatin1Char(';')), QString()});
                }
            }
            QSaveFile out(qs(d->csv));
            const QByteArray bytes = text.toUtf8();
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
                throw Error(FacesCommandTr::tr("Cannot write %1: %2").arg(qs(d->csv), out.errorString()));
        }
        const qint64 readable = qint64(paths.size()) + missingInputs - bad;
        printOut(FacesCommandTr::tr("Method: %1\nImages: %2 given, %3 unreadable\nFaces found in %4 of %5 readable images (%6%), %7 face(s) in all\n")
                     .arg(faceMethodName(fo.method), formatCount(paths.size() + missingInputs), formatCount(bad), formatCount(withFace),
                          formatCount(readable))
                     .arg(readable > 0 ? 100.0 * double(withFace) / double(readable) : 0.0, 0, 'f', 1)
                     .arg(formatCount(faces)));
        for (int i = 0; i < std::min<int>(d->show, noFace.size()); ++i)
            printOut(FacesCommandTr::tr("  no face: %1\n").arg(noFace[i]));
        if (noFace.size() > d->show)
            printOut(FacesCommandTr::tr("  ... %1 more without a face%2\n").arg(noFace.size() - d->show).arg(d->csv.empty() ? QString() : FacesCommandTr::tr(" in %1").arg(qs(d->csv))));
        for (int i = 0; i < std::min<int>(d->show, problems.size()); ++i)
            printErr(FacesCommandTr::tr("  unreadable: %1\n").arg(problems[i]));
        *exitCode = bad > 0 ? 3 : 0;
    });
}

} // namespace maskbench::cli
