// face-api's SSD MobileNet v1 face detector and 68-point landmark net, ported to LibTorch
// (face/ssd_face_detector.h, face/landmark_net.h): parity with face-api itself running in Node on
// tfjs' pure-JS CPU backend (tests/reference/faceapi_detect.mjs) on real UTKFace faces placed on
// canvases of several sizes and aspects, plus behaviour: no face in a faceless image, errors that
// name the missing or broken file, weights shared between instances.
//
// Tolerances. Both sides compute in float32: tfjs' CPU kernels add products one at a time, LibTorch
// sums in SIMD blocks, so results differ by rounding only. Observed on this machine (x86-64, 9 faces):
// score 5e-7, box corners 6e-5 px, landmarks 7e-5 px. The limits leave 20-80x for other SIMD paths
// and still catch any real mistake (a wrong padding or resize moves points by 0.1 px and more):
//  - score: 1e-5 absolute,
//  - box corners: 0.005 px (canvases up to 640 px),
//  - landmarks of the landmark net on face-api's own box: 0.005 px,
//  - landmarks end to end (our box, our crop): 1.5 px, because face-api shifts its points by the
//    unrounded box corner while both crop at the floored corner (landmark_net.h): that offset is
//    under one pixel per axis, so under sqrt(2) px, plus the rounding above.
// The parity check fails (does not skip) without ../shared/data or node; it skips, saying so, only
// when scripts/fetch-face-api.sh has not filled the face-api cache, as tst_face_resnet does.

#include "core/face/landmark_net.h"
#include "core/face/ssd_face_detector.h"

#include "core/common/error.h"
#include "core/model/model_config.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace maskbench;

namespace {

// The same pixels both sides see: 8-bit RGB, binary PPM.
bool writePpm(const QString &path, const cv::Mat &bgr)
{
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QStringLiteral("P6\n%1 %2\n255\n").arg(rgb.cols).arg(rgb.rows).toLatin1());
    for (int r = 0; r < rgb.rows; ++r)
        f.write(reinterpret_cast<const char *>(rgb.ptr(r)), rgb.cols * 3);
    return f.error() == QFile::NoError;
}

double iou(const cv::Rect2f &a, const cv::Rect2f &b)
{
    const double inter = (a & b).area();
    return inter <= 0 ? 0.0 : inter / (a.area() + b.area() - inter);
}

cv::Rect2f boxOf(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    return cv::Rect2f(float(a[0].toDouble()), float(a[1].toDouble()), float(a[2].toDouble()), float(a[3].toDouble()));
}

struct Canvas
{
    cv::Mat image;
    std::vector<cv::Rect2f> faces; // where we put the UTKFace crops
};

} // namespace

class TestFaceApiDetect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_faceApiDir = qEnvironmentVariable("MASKBENCH_FACEAPI_DIR");
        if (m_faceApiDir.isEmpty())
            m_faceApiDir = faceApiDirectory();
    }

    void missingOrBrokenWeightsNameTheFile()
    {
        const QString missing = QStringLiteral("/nonexistent/face-api/ssd_mobilenetv1_model-weights_manifest.json");
        try {
            SsdFaceDetector detector(missing);
            QFAIL("a detector was built without its weights");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(missing), e.what());
            QVERIFY2(e.message().contains(QStringLiteral("scripts/fetch-face-api.sh")), e.what());
        }
        const QString missingLandmarks = QStringLiteral("/nonexistent/face-api/face_landmark_68_model-weights_manifest.json");
        try {
            LandmarkNet68 net(missingLandmarks);
            QFAIL("a landmark net was built without its weights");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(missingLandmarks), e.what());
            QVERIFY2(e.message().contains(QStringLiteral("scripts/fetch-face-api.sh")), e.what());
        }
        // A manifest that is not JSON, and a valid one for another network: both name the file.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString garbage = dir.filePath(QStringLiteral("ssd-weights_manifest.json"));
        QVERIFY(test::writeText(garbage, "this is not json"));
        try {
            SsdFaceDetector detector(garbage);
            QFAIL("a corrupt manifest was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(garbage), e.what());
            QVERIFY2(e.message().contains(QStringLiteral("scripts/fetch-face-api.sh")), e.what());
        }
        QByteArray one(4, '\0');
        QVERIFY(test::writeText(dir.filePath(QStringLiteral("other.bin")), one));
        const QString other = dir.filePath(QStringLiteral("other-weights_manifest.json"));
        QVERIFY(test::writeText(other, R"([{"paths": ["other.bin"], "weights": [{"name": "dense/kernel", "shape": [1], "dtype": "float32"}]}])"));
        try {
            LandmarkNet68 net(other);
            QFAIL("weights of another network were accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(other), e.what());
            QVERIFY2(e.message().contains(QStringLiteral("missing dense0/conv0/filters")), e.what());
        }
    }

    void noFaceNoDetectionsAndBadArguments()
    {
        if (!haveFaceApi())
            QSKIP(qPrintable(skipReason()));
        SsdFaceDetector detector;
        cv::Mat grey(480, 640, CV_8UC3, cv::Scalar(128, 128, 128));
        QVERIFY(detector.detect(grey).empty());
        cv::Mat noise(240, 320, CV_8UC3);
        cv::theRNG().state = 7;
        cv::randu(noise, cv::Scalar::all(0), cv::Scalar::all(255));
        QVERIFY(detector.detect(noise).empty());
        cv::Mat stripes(300, 200, CV_8UC1);
        for (int r = 0; r < stripes.rows; ++r)
            stripes.row(r).setTo(cv::Scalar((r / 10) % 2 ? 230 : 20));
        QVERIFY(detector.detect(stripes).empty());
        QVERIFY(detector.detect(cv::Mat()).empty());
        QVERIFY_THROWS_EXCEPTION(Error, detector.detect(grey, 0.0f));
        QVERIFY_THROWS_EXCEPTION(Error, detector.detect(grey, 1.0f));
        QVERIFY_THROWS_EXCEPTION(Error, detector.detect(grey, 0.5f, 0));

        LandmarkNet68 net;
        QVERIFY_THROWS_EXCEPTION(Error, net.landmarks(grey, cv::Rect2f(700, 10, 50, 50)));
        QVERIFY_THROWS_EXCEPTION(Error, net.landmarks(grey, cv::Rect2f(-80, -80, 60, 60)));
    }

    void loadedWeightsAreShared()
    {
        // A second detector for the same manifest reuses the loaded network: it works even after
        // the files are gone, and gives the same result.
        if (!haveFaceApi())
            QSKIP(qPrintable(skipReason()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString manifest = dir.filePath(QStringLiteral("ssd_mobilenetv1_model-weights_manifest.json"));
        QVERIFY(QFile::copy(ssdFaceDetectorManifest(), manifest));
        QVERIFY(QFile::copy(QFileInfo(ssdFaceDetectorManifest()).dir().filePath(QStringLiteral("ssd_mobilenetv1_model.bin")),
                            dir.filePath(QStringLiteral("ssd_mobilenetv1_model.bin"))));
        SsdFaceDetector first(manifest);
        QVERIFY(QFile::remove(manifest));
        SsdFaceDetector second(manifest);
        cv::Mat image(100, 140, CV_8UC3, cv::Scalar(40, 90, 200));
        QCOMPARE(first.detect(image, 0.01f).size(), second.detect(image, 0.01f).size());
    }

    void matchesFaceApiInNode()
    {
        const QString problem = test::sharedDataProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        QVERIFY2(!node.isEmpty(), "node is not installed: install Node.js (Debian: nodejs) to run the face-api parity check");
        if (!haveFaceApi())
            QSKIP(qPrintable(skipReason()));

        const QDir images(test::sharedDataDir() + QStringLiteral("/utkface-dev/images"));
        const QStringList names = images.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
        QVERIFY(names.size() > 100);
        int next = 0;
        auto face = [&](int side) {
            const QString path = images.filePath(names[int((qint64(next++) * 7919 + 13) % names.size())]);
            const cv::Mat m = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
            if (m.empty())
                qFatal("cannot read %s", qPrintable(path));
            cv::Mat out;
            cv::resize(m, out, cv::Size(side, side), 0, 0, side < m.cols ? cv::INTER_AREA : cv::INTER_LINEAR);
            return out;
        };
        auto canvas = [&](int w, int h, const std::vector<std::pair<cv::Point, int>> &placed) {
            Canvas c;
            c.image = cv::Mat(h, w, CV_8UC3);
            for (int r = 0; r < h; ++r) // a soft gradient, not a flat colour
                c.image.row(r).setTo(cv::Scalar(60 + 100 * r / h, 110, 170 - 80 * r / h));
            for (const auto &[at, side] : placed) {
                face(side).copyTo(c.image(cv::Rect(at.x, at.y, side, side)));
                c.faces.emplace_back(float(at.x), float(at.y), float(side), float(side));
            }
            return c;
        };
        std::vector<Canvas> canvases;
        canvases.push_back(canvas(200, 200, {{{0, 0}, 200}}));                                  // a UTKFace crop as it is
        canvases.push_back(canvas(640, 480, {{{30, 40}, 200}, {{380, 60}, 120}, {{300, 330}, 90}})); // three faces
        canvases.push_back(canvas(361, 541, {{{20, 30}, 150}, {{190, 360}, 110}}));            // portrait, odd sides
        canvases.push_back(canvas(500, 180, {{{10, 10}, 160}, {{300, 40}, 100}}));             // wide
        canvases.push_back(canvas(153, 101, {{{40, 8}, 80}}));                                  // small: upsampled to 512
        canvases.push_back(canvas(640, 480, {{{60, 100}, 180}, {{420, 150}, 160}}));            // two large faces

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList ppms;
        for (size_t i = 0; i < canvases.size(); ++i) {
            ppms.append(dir.filePath(QStringLiteral("canvas%1.ppm").arg(i)));
            QVERIFY(writePpm(ppms.back(), canvases[i].image));
        }
        const QString out = dir.filePath(QStringLiteral("reference.json"));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(node, QStringList{QStringLiteral(MASKBENCH_REFERENCE_DIR "/faceapi_detect.mjs"), m_faceApiDir,
                                  QStringLiteral("0.5"), out} + ppms);
        QVERIFY(p.waitForFinished(240000));
        const QString log = QString::fromUtf8(p.readAll());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(log));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray ref = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("images")).toArray();
        QCOMPARE(ref.size(), int(canvases.size()));

        SsdFaceDetector detector;
        LandmarkNet68 landmarkNet;
        double worstScore = 0, worstBox = 0, worstLandmark = 0, worstEndToEnd = 0;
        int faces = 0, placedFound = 0, placedTotal = 0;
        for (size_t i = 0; i < canvases.size(); ++i) {
            const Canvas &c = canvases[i];
            const QJsonArray theirs = ref.at(int(i)).toObject().value(QStringLiteral("faces")).toArray();
            const std::vector<SsdDetection> ours = detector.detect(c.image);
            QVERIFY2(int(ours.size()) == theirs.size(),
                     qPrintable(QStringLiteral("canvas %1: %2 faces, face-api %3").arg(i).arg(ours.size()).arg(theirs.size())));
            std::vector<cv::Rect2f> refBoxes;
            for (int k = 0; k < theirs.size(); ++k) {
                const QJsonObject t = theirs.at(k).toObject();
                const cv::Rect2f box = boxOf(t.value(QStringLiteral("box")));
                refBoxes.push_back(box);
                // Same order (best first), unless two scores tie within rounding: match by overlap.
                size_t best = 0;
                for (size_t j = 1; j < ours.size(); ++j)
                    if (iou(ours[j].box, box) > iou(ours[best].box, box))
                        best = j;
                const SsdDetection &o = ours[best];
                worstScore = std::max(worstScore, std::abs(double(o.score) - t.value(QStringLiteral("score")).toDouble()));
                for (double dv : {o.box.x - box.x, o.box.y - box.y, o.box.br().x - box.br().x, o.box.br().y - box.br().y})
                    worstBox = std::max(worstBox, std::abs(dv));
                // Each detection is one of the faces we placed, not something in the background.
                double placedOverlap = 0;
                for (const cv::Rect2f &placed : c.faces)
                    placedOverlap = std::max(placedOverlap, iou(placed, box));
                QVERIFY2(placedOverlap > 0.3, qPrintable(QStringLiteral("canvas %1: face-api box %2 matches no placed face").arg(i).arg(k)));
                ++faces;

                // End to end: our landmarks on our box vs face-api's on its box.
                const LandmarkNet68::Points e2e = landmarkNet.landmarks(c.image, o.box);
                const QJsonArray shifted = t.value(QStringLiteral("landmarks")).toArray();
                QCOMPARE(shifted.size(), 68);
                for (int q = 0; q < 68; ++q) {
                    const QJsonArray pt = shifted.at(q).toArray();
                    worstEndToEnd = std::max(worstEndToEnd, cv::norm(e2e[size_t(q)] - cv::Point2f(float(pt[0].toDouble()), float(pt[1].toDouble()))));
                }
            }
            for (const cv::Rect2f &placed : c.faces) {
                ++placedTotal;
                for (const cv::Rect2f &b : refBoxes)
                    if (iou(placed, b) > 0.3) {
                        ++placedFound;
                        break;
                    }
            }

            // The landmark network alone: face-api's boxes, in one batch; face-api's points relative
            // to its crop plus the crop's corner (the floor of the clipped box corner).
            const std::vector<LandmarkNet68::Points> batch = landmarkNet.landmarks(c.image, refBoxes);
            QCOMPARE(batch.size(), refBoxes.size());
            for (size_t k = 0; k < refBoxes.size(); ++k) {
                const QJsonArray unshifted = theirs.at(int(k)).toObject().value(QStringLiteral("unshifted")).toArray();
                const cv::Point2f corner(std::floor(std::max(refBoxes[k].x, 0.f)), std::floor(std::max(refBoxes[k].y, 0.f)));
                for (int q = 0; q < 68; ++q) {
                    const QJsonArray pt = unshifted.at(q).toArray();
                    const cv::Point2f expected = cv::Point2f(float(pt[0].toDouble()), float(pt[1].toDouble())) + corner;
                    worstLandmark = std::max(worstLandmark, double(cv::norm(batch[k][size_t(q)] - expected)));
                }
                // The single-box call gives the batch's answer.
                if (k == 0) {
                    const LandmarkNet68::Points single = landmarkNet.landmarks(c.image, refBoxes[0]);
                    for (int q = 0; q < 68; ++q)
                        QVERIFY(cv::norm(single[size_t(q)] - batch[0][size_t(q)]) < 1e-3);
                }
            }
        }
        qInfo("face-api parity over %d faces in %d images (%d of %d placed faces found): max |score| %.3g, box %.3g px, "
              "landmarks %.3g px (same box), %.3g px (end to end)",
              faces, int(canvases.size()), placedFound, placedTotal, worstScore, worstBox, worstLandmark, worstEndToEnd);
        // The comparison means something only if face-api found most faces we placed.
        QVERIFY2(placedFound >= placedTotal - 3, qPrintable(QStringLiteral("%1 of %2").arg(placedFound).arg(placedTotal)));
        QVERIFY2(worstScore < 1e-5, qPrintable(QString::number(worstScore)));
        QVERIFY2(worstBox < 0.005, qPrintable(QString::number(worstBox)));
        QVERIFY2(worstLandmark < 0.005, qPrintable(QString::number(worstLandmark)));
        QVERIFY2(worstEndToEnd < 1.5, qPrintable(QString::number(worstEndToEnd)));
    }

private:
    bool haveFaceApi() const
    {
        const QString model = m_faceApiDir + QStringLiteral("/node_modules/@vladmandic/face-api/model/");
        return QFileInfo::exists(model + QStringLiteral("ssd_mobilenetv1_model.bin"))
               && QFileInfo::exists(model + QStringLiteral("face_landmark_68_model.bin"));
    }
    QString skipReason() const
    {
        return QStringLiteral("face-api is not in %1: run scripts/fetch-face-api.sh (npm) to run this check").arg(m_faceApiDir);
    }

    QString m_faceApiDir;
};

QTEST_GUILESS_MAIN(TestFaceApiDetect)
#include "tst_faceapi_detect.moc"
