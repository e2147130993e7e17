// Faces: model errors, landmark count and head pose on real UTKFace crops (../shared/data), the
// persistent landmark cache (hit on the second pass, persistence, settings in the key, two
// connections writing at once), and every bad input the face step must survive.

#include "core/common/error.h"
#include "core/common/parallel.h"
#include "core/face/face_detector.h"
#include "core/face/face_lookup.h"
#include "core/face/image_input.h"
#include "core/face/landmark_cache.h"
#include "core/io/jpeg.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>
#include <jpeglib.h>
#include <mutex>

using namespace maskbench;

namespace {

// A few dozen real faces, spread over the (sorted) folder so ages and ethnicities vary.
QStringList sampleFaces(int count)
{
    const QDir dir(test::sharedDataDir() + QStringLiteral("/utkface-dev/images"));
    const QStringList names = dir.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
    QStringList out;
    for (int i = 0; i < count && !names.isEmpty(); ++i)
        out.append(dir.filePath(names[int((qint64(i) * 7919) % names.size())]));
    return out;
}

// OpenCV cannot write CMYK JPEGs (Photoshop and print workflows do), so libjpeg writes one.
bool writeCmykJpeg(const QString &path, int w, int h)
{
    FILE *f = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!f)
        return false;
    jpeg_compress_struct c;
    jpeg_error_mgr err;
    c.err = jpeg_std_error(&err);
    jpeg_create_compress(&c);
    jpeg_stdio_dest(&c, f);
    c.image_width = JDIMENSION(w);
    c.image_height = JDIMENSION(h);
    c.input_components = 4;
    c.in_color_space = JCS_CMYK;
    jpeg_set_defaults(&c);
    jpeg_set_colorspace(&c, JCS_CMYK);
    jpeg_start_compress(&c, TRUE);
    std::vector<unsigned char> row(size_t(w) * 4);
    while (c.next_scanline < c.image_height) {
        for (int x = 0; x < w; ++x) {
            row[size_t(x) * 4 + 0] = 200; // C
            row[size_t(x) * 4 + 1] = 40;  // M
            row[size_t(x) * 4 + 2] = uchar(x % 256);
            row[size_t(x) * 4 + 3] = 10;
        }
        JSAMPROW r = row.data();
        jpeg_write_scanlines(&c, &r, 1);
    }
    jpeg_finish_compress(&c);
    jpeg_destroy_compress(&c);
    std::fclose(f);
    return true;
}

// Inserts an EXIF APP1 segment with the given orientation right after the JPEG's SOI marker.
QByteArray withExifOrientation(const QByteArray &jpeg, quint16 orientation)
{
    QByteArray tiff;
    tiff += QByteArrayLiteral("II*\x00\x08\x00\x00\x00"); // little-endian TIFF, IFD at offset 8
    tiff += QByteArrayLiteral("\x01\x00");                 // one entry
    tiff += QByteArrayLiteral("\x12\x01\x03\x00\x01\x00\x00\x00"); // tag 0x0112 SHORT count 1
    tiff += char(orientation & 0xff);
    tiff += char(orientation >> 8);
    tiff += QByteArrayLiteral("\x00\x00");
    tiff += QByteArrayLiteral("\x00\x00\x00\x00"); // no next IFD
    const QByteArray payload = QByteArrayLiteral("Exif\x00\x00") + tiff;
    QByteArray seg = QByteArrayLiteral("\xFF\xE1");
    const int len = int(payload.size()) + 2;
    seg += char(len >> 8);
    seg += char(len & 0xff);
    seg += payload;
    return jpeg.left(2) + seg + jpeg.mid(2);
}

double angleDiff(double a, double b)
{
    double d = std::fmod(a - b + 540.0, 360.0) - 180.0;
    return std::abs(d);
}

} // namespace

class TestFace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingOrCorruptModel()
    {
        QTemporaryDir dir;
        FaceDetectorOptions o;
        o.modelPath = dir.filePath(QStringLiteral("nowhere/shape_predictor_68_face_landmarks.dat"));
        QString msg = test::errorMessage([&] { FaceDetector d(o); });
        QVERIFY2(msg.contains(o.modelPath), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("libdlib-data")), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("faces/landmarkModel")), qPrintable(msg));

        o.modelPath = dir.filePath(QStringLiteral("corrupt.dat"));
        QVERIFY(test::writeText(o.modelPath, QByteArray(5000, 'x')));
        msg = test::errorMessage([&] { FaceDetector d(o); });
        QVERIFY2(msg.contains(QStringLiteral("corrupt")) && msg.contains(o.modelPath), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("libdlib-data")), qPrintable(msg));

        // A truncated copy of the real model is corrupt too, not a crash.
        o.modelPath = dir.filePath(QStringLiteral("truncated.dat"));
        QVERIFY(test::writeTruncated(FaceDetectorOptions().resolvedModelPath(), o.modelPath, 1 << 20));
        msg = test::errorMessage([&] { FaceDetector d(o); });
        QVERIFY2(msg.contains(QStringLiteral("corrupt")), qPrintable(msg));
    }

    void landmarksAndPoseOnRealFaces()
    {
        const QString problem = test::sharedDataProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        FaceDetector detector;
        const QStringList files = sampleFaces(30);
        int found = 0, outside = 0;
        for (const QString &file : files) {
            const ImageInput in = readImageInput(file);
            QCOMPARE(in.status, ImageInputStatus::Ok);
            const std::vector<Face> faces = detector.detect(in.image);
            if (faces.empty())
                continue;
            ++found;
            QCOMPARE(faces.size(), size_t(1)); // largest only by default
            const Face &f = faces.front();
            QCOMPARE(f.landmarks.size(), size_t(68));
            QVERIFY(f.pose.valid);
            // Anatomy in image coordinates: eyes above the nose tip above the mouth above the chin.
            QVERIFY2(f.point(37).y < f.point(31).y && f.point(46).y < f.point(31).y, qPrintable(file));
            QVERIFY(f.point(31).y < f.point(52).y);
            QVERIFY(f.point(58).y < f.point(9).y);
            QVERIFY(f.point(37).x < f.point(46).x);
            // Original coordinates: the face sits in the 200x200 crop, though the jaw may leave it.
            const cv::Point2f centre = (f.box.tl() + f.box.br()) * 0.5f;
            QVERIFY2(centre.x > 40 && centre.x < 160 && centre.y > 40 && centre.y < 160 && f.box.width > 60,
                     qPrintable(QStringLiteral("%1: box %2,%3 %4x%5").arg(file).arg(f.box.x).arg(f.box.y).arg(f.box.width).arg(f.box.height)));
            for (const cv::Point2f &p : f.landmarks)
                outside += p.x < 0 || p.y < 0 || p.x >= in.image.cols || p.y >= in.image.rows;
            // UTKFace crops are aligned, mostly frontal faces.
            QVERIFY2(std::abs(f.pose.yaw) < 45 && std::abs(f.pose.roll) < 30, qPrintable(file));

            // Mirroring the image mirrors the pose: yaw and roll change sign, pitch stays (within what
            // a landmark fit that is not exactly mirror-symmetric allows).
            cv::Mat flipped;
            cv::flip(in.image, flipped, 1);
            const std::vector<Face> mf = detector.detect(flipped);
            QVERIFY(!mf.empty());
            QVERIFY2(std::abs(mf[0].pose.yaw + f.pose.yaw) < 12, qPrintable(QStringLiteral("%1: yaw %2 vs mirrored %3").arg(file).arg(f.pose.yaw).arg(mf[0].pose.yaw)));
            QVERIFY(std::abs(mf[0].pose.roll + f.pose.roll) < 6);
            QVERIFY(std::abs(mf[0].pose.pitch - f.pose.pitch) < 8);
        }
        QVERIFY2(found >= 28, qPrintable(QStringLiteral("faces found in %1 of %2").arg(found).arg(files.size())));
        // The padding lets dlib place jaw points beyond the tight crop.
        QVERIFY(outside > 0);
    }

    void rollFollowsRotation()
    {
        const QString problem = test::sharedDataProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        FaceDetector detector;
        ImageInput in;
        std::vector<Face> base;
        for (const QString &file : sampleFaces(6)) {
            in = readImageInput(file);
            base = detector.detect(in.image);
            if (!base.empty() && std::abs(base[0].pose.yaw) < 15)
                break;
        }
        QVERIFY(!base.empty());
        cv::Mat rotated;
        // OpenCV's positive angle turns counter-clockwise; -20 turns the face clockwise on screen.
        const cv::Mat r = cv::getRotationMatrix2D(cv::Point2f(100, 100), -20.0, 1.0);
        cv::warpAffine(in.image, rotated, r, in.image.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        const std::vector<Face> turned = detector.detect(rotated);
        QVERIFY(!turned.empty());
        QVERIFY2(angleDiff(turned[0].pose.roll, base[0].pose.roll + 20.0) < 6,
                 qPrintable(QStringLiteral("roll %1 -> %2").arg(base[0].pose.roll).arg(turned[0].pose.roll)));
    }

    void nonFaceImages()
    {
        FaceDetector detector;
        cv::Mat flat(240, 320, CV_8UC3, cv::Scalar(90, 140, 200));
        QVERIFY(detector.detect(flat).empty());
        cv::Mat noise(240, 320, CV_8UC3);
        cv::RNG rng(7);
        rng.fill(noise, cv::RNG::UNIFORM, 0, 255);
        QVERIFY(detector.detect(noise).empty());
        QVERIFY(detector.detect(cv::Mat()).empty());
    }

    void cacheHitsOnSecondPass()
    {
        const QString problem = test::sharedDataProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("sub/landmarks.sqlite"));
        const QStringList files = sampleFaces(12);
        std::vector<ImageInput> inputs;
        for (const QString &f : files)
            inputs.push_back(readImageInput(f));
        cv::Mat noise(200, 200, CV_8UC3, cv::Scalar(30, 30, 30));
        std::vector<uchar> jpg;
        cv::imencode(".jpg", noise, jpg);
        inputs.push_back(decodeImageBytes(QByteArray(reinterpret_cast<const char *>(jpg.data()), qsizetype(jpg.size()))));
        QCOMPARE(inputs.back().status, ImageInputStatus::Ok);

        std::vector<QByteArray> first(inputs.size());
        {
            LandmarkCache cache(db);
            FaceDetector detector;
            for (size_t i = 0; i < inputs.size(); ++i) {
                const FaceLookup r = findFaces(inputs[i], detector, &cache);
                QVERIFY(!r.fromCache);
                first[i] = serializeFaces(r.faces);
            }
            QCOMPARE(cache.misses(), qint64(inputs.size()));
            QCOMPARE(cache.entryCount(), qint64(inputs.size())); // "no face" is stored as well
        }
        // A new cache object on the same file (a later run), used from two threads at once.
        LandmarkCache cache(db);
        std::mutex mutex;
        std::vector<std::unique_ptr<FaceDetector>> detectors;
        std::vector<QByteArray> second(inputs.size());
        std::atomic<int> fromCache{0};
        parallelFor(qint64(inputs.size()), [&](qint64 i) {
            thread_local FaceDetector *mine = nullptr;
            if (!mine) {
                std::lock_guard<std::mutex> lock(mutex);
                detectors.push_back(std::make_unique<FaceDetector>());
                mine = detectors.back().get();
            }
            const FaceLookup r = findFaces(inputs[size_t(i)], *mine, &cache);
            fromCache += r.fromCache;
            second[size_t(i)] = serializeFaces(r.faces);
        }, QStringLiteral("faces"), {}, 2);
        QCOMPARE(fromCache.load(), int(inputs.size()));
        QCOMPARE(cache.hits(), qint64(inputs.size()));
        QVERIFY(first == second);
        std::vector<Face> none;
        QVERIFY(deserializeFaces(second.back(), none) && none.empty());

        // Other detector settings are other keys.
        FaceDetectorOptions other;
        other.padding = 0.1;
        FaceDetector otherDetector(other);
        QVERIFY(!findFaces(inputs[0], otherDetector, &cache).fromCache);
        QVERIFY(findFaces(inputs[0], otherDetector, &cache).fromCache);
    }

    void cacheSharedByTwoWriters()
    {
        // Two cache objects are two SQLite connections, locked like two processes.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("landmarks.sqlite"));
        LandmarkCache a(db), b(db);
        Face face;
        face.score = 1.5;
        for (int i = 0; i < kLandmarkCount; ++i)
            face.landmarks[size_t(i)] = cv::Point2f(float(i), float(2 * i));
        parallelFor(400, [&](qint64 i) {
            LandmarkCache &c = (i % 2) ? a : b;
            const QByteArray key = QByteArray::number(i);
            QVERIFY(c.store(key, QStringLiteral("k"), {face}));
            QVERIFY(c.lookup(key, QStringLiteral("k")).has_value());
        }, QStringLiteral("writers"), {}, 4);
        QCOMPARE(a.entryCount(), qint64(400));
        const auto back = b.lookup(QByteArray::number(399), QStringLiteral("k"));
        QVERIFY(back && back->size() == 1 && back->front().landmarks[67] == cv::Point2f(67, 134));

        // Preloading: one query reads a settings key's entries (bounded); lookups then hit from
        // memory, and an entry another connection stores afterwards is still found in the file.
        LandmarkCache c(db);
        QCOMPARE(c.preload(QStringLiteral("k"), 100), qint64(100));
        QCOMPARE(c.preload(QStringLiteral("k"), 1000), qint64(400));
        QCOMPARE(c.preload(QStringLiteral("other"), 1000), qint64(0));
        QCOMPARE(c.preload(QStringLiteral("k"), 1000), qint64(400));
        const auto warm = c.lookup(QByteArray::number(7), QStringLiteral("k"));
        QVERIFY(warm && warm->front().landmarks[5] == cv::Point2f(5, 10) && warm->front().score == 1.5);
        QVERIFY(!c.lookup(QByteArray::number(7), QStringLiteral("other")).has_value());
        QVERIFY(a.store(QByteArrayLiteral("late"), QStringLiteral("k"), {face}));
        QVERIFY(c.lookup(QByteArrayLiteral("late"), QStringLiteral("k")).has_value());
        QVERIFY(!c.lookup(QByteArrayLiteral("never"), QStringLiteral("k")).has_value());

        // A file that is not a database.
        const QString bogus = dir.filePath(QStringLiteral("bogus.sqlite"));
        QVERIFY(test::writeText(bogus, QByteArray(4096, 'z')));
        QVERIFY(!test::errorMessage([&] { LandmarkCache c(bogus); }).isEmpty());
    }

    // The libjpeg-turbo fast path (io/jpeg.h) gives OpenCV's pixels and OpenCV's bytes, and steps
    // aside for what it does not handle.
    void jpegFastPathEqualsOpenCv()
    {
        const QString problem = test::sharedDataProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QByteArray first;
        for (const QString &file : sampleFaces(40)) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            if (first.isEmpty())
                first = bytes;
            cv::Mat fast;
            QVERIFY2(decodeJpegBgr(bytes, fast), qPrintable(file));
            const cv::Mat reference = cv::imdecode(cv::Mat(1, int(bytes.size()), CV_8UC1, const_cast<char *>(bytes.constData())), cv::IMREAD_COLOR);
            QVERIFY2(fast.size() == reference.size() && cv::norm(fast, reference, cv::NORM_INF) == 0, qPrintable(file));
            for (int quality : {95, 60}) {
                std::vector<uchar> mine, theirs;
                QVERIFY(encodeJpegBgr(reference, quality, mine));
                QVERIFY(cv::imencode(".jpg", reference, theirs, {cv::IMWRITE_JPEG_QUALITY, quality}));
                QVERIFY2(mine == theirs, qPrintable(file));
            }
        }
        cv::Mat out;
        QVERIFY(!decodeJpegBgr(withExifOrientation(first, 6), out));     // orientation: OpenCV's job
        QVERIFY(!decodeJpegBgr(first.left(first.size() / 2), out));      // truncated: libjpeg warns
        QVERIFY(!decodeJpegBgr(QByteArrayLiteral("\xFF\xD8\xFF\xE0garbage"), out));
        std::vector<uchar> gray;
        QVERIFY(cv::imencode(".jpg", cv::Mat(40, 30, CV_8UC1, cv::Scalar(90)), gray));
        QVERIFY(!decodeJpegBgr(QByteArray(reinterpret_cast<const char *>(gray.data()), qsizetype(gray.size())), out));
        std::vector<uchar> bytes;
        QVERIFY(!encodeJpegBgr(cv::Mat(40, 30, CV_8UC1, cv::Scalar(90)), 95, bytes));
    }

    void badInputs()
    {
        QTemporaryDir dir;
        const auto path = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };

        // Corrupt and truncated.
        QVERIFY(test::writeText(path("corrupt.jpg"), QByteArrayLiteral("\xFF\xD8\xFF\xE0garbage garbage")));
        ImageInput in = readImageInput(path("corrupt.jpg"));
        QCOMPARE(in.status, ImageInputStatus::Unreadable);
        QVERIFY(!in.error.isEmpty());
        QVERIFY(test::writeImage(path("good.jpg"), 120, 90, 3));
        QVERIFY(test::writeTruncated(path("good.jpg"), path("truncated.jpg"), 300));
        in = readImageInput(path("truncated.jpg"));
        QCOMPARE(in.status, ImageInputStatus::Unreadable);
        QVERIFY2(in.error.contains(QStringLiteral("truncated")), qPrintable(in.error));
        // Truncated inside the entropy-coded data but with an end marker appended: the probe
        // passes; libjpeg-turbo's strict path refuses it (it warns) and OpenCV decodes what is
        // there, as an image viewer would: the full 120x90 frame, its missing part filled.
        QFile good(path("good.jpg"));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray bytes = good.readAll();
        in = decodeImageBytes(bytes.left(bytes.size() / 2) + QByteArrayLiteral("\xFF\xD9"));
        QCOMPARE(in.status, ImageInputStatus::Ok);
        QVERIFY2(in.error.isEmpty(), qPrintable(in.error));
        QCOMPARE(in.image.cols, 120);
        QCOMPARE(in.image.rows, 90);
        QCOMPARE(in.image.type(), CV_8UC3);

        // Grayscale, 16-bit, RGBA: all arrive as 8-bit BGR.
        cv::Mat gray(50, 60, CV_8UC1, cv::Scalar(128));
        QVERIFY(cv::imwrite(path("gray.png").toStdString(), gray));
        cv::Mat deep(50, 60, CV_16UC3, cv::Scalar(1000, 30000, 65535));
        QVERIFY(cv::imwrite(path("deep.png").toStdString(), deep));
        cv::Mat rgba(50, 60, CV_8UC4, cv::Scalar(10, 20, 30, 0));
        QVERIFY(cv::imwrite(path("rgba.png").toStdString(), rgba));
        QVERIFY(writeCmykJpeg(path("cmyk.jpg"), 64, 48));
        for (const char *name : {"gray.png", "deep.png", "rgba.png", "cmyk.jpg"}) {
            in = readImageInput(path(name));
            QVERIFY2(in.status == ImageInputStatus::Ok, name);
            QCOMPARE(in.image.type(), CV_8UC3);
            QVERIFY(in.hash.size() == 32);
        }
        in = readImageInput(path("deep.png"));
        QVERIFY(in.image.at<cv::Vec3b>(0, 0)[2] > 250); // 65535 -> 255, not wrapped

        // EXIF orientation 6 (rotate 90 clockwise): a 120x90 file decodes as 90x120.
        const QByteArray rotated = withExifOrientation(bytes, 6);
        in = decodeImageBytes(rotated);
        QCOMPARE(in.status, ImageInputStatus::Ok);
        QCOMPARE(in.image.cols, 90);
        QCOMPARE(in.image.rows, 120);

        // Over the pixel limit: refused from the header, never decoded.
        in = readImageInput(path("good.jpg"), 100 * 100);
        QCOMPARE(in.status, ImageInputStatus::TooLarge);
        QVERIFY(in.image.empty() && in.bytes.isEmpty());
        QVERIFY(in.error.contains(QStringLiteral("120x90")));
        // A header claiming 60000x60000 pixels (a decompression bomb) is refused the same way.
        QByteArray bomb = bytes;
        const qsizetype sof = bomb.indexOf(QByteArrayLiteral("\xFF\xC0"));
        QVERIFY(sof > 0);
        bomb[sof + 5] = char(0xEA); bomb[sof + 6] = char(0x60);
        bomb[sof + 7] = char(0xEA); bomb[sof + 8] = char(0x60);
        in = decodeImageBytes(bomb);
        QCOMPARE(in.status, ImageInputStatus::TooLarge);

        // Missing file, text file.
        QCOMPARE(readImageInput(path("missing.jpg")).status, ImageInputStatus::Unreadable);
        QVERIFY(test::writeText(path("note.jpg"), "hello"));
        QCOMPARE(readImageInput(path("note.jpg")).status, ImageInputStatus::Unreadable);
    }
};

QTEST_GUILESS_MAIN(TestFace)
#include "tst_face.moc"
