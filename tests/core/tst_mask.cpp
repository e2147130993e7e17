// Mask templates, the half-mask overlay, the coverage check on crafted cases, determinism, and
// masking in memory from cached landmarks.

#include "core/common/error.h"
#include "core/common/parallel.h"
#include "core/face/face_detector.h"
#include "core/face/face_lookup.h"
#include "core/face/image_input.h"
#include "core/face/landmark_cache.h"
#include "core/mask/masker.h"
#include "core/mask/placement.h"
#include "test_support.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace maskbench;

namespace {

// The mean UTKFace landmark layout in the canonical frame (29 at (0,0), 9 at (0,1)), measured on
// 220 near-frontal faces with our detector; crafted faces are built from it.
const float kCanonical[68][2] = {

{-0.691f, -0.096f}, {-0.682f, 0.087f}, {-0.661f, 0.267f}, {-0.628f, 0.444f}, {-0.565f, 0.611f}, {-0.459f, 0.754f}, {-0.325f, 0.873f}, {-0.174f, 0.970f}, {0.000f, 1.000f}, {0.175f, 0.973f}, {0.331f, 0.881f}, {0.471f, 0.766f}, {0.583f, 0.624f}, {0.650f, 0.458f}, {0.686f, 0.279f}, {0.709f, 0.097f}, {0.721f, -0.088f}, {-0.573f, -0.225f}, {-0.487f, -0.305f}, {-0.364f, -0.328f}, {-0.238f, -0.310f}, {-0.120f, -0.261f}, {0.120f, -0.263f}, {0.244f, -0.310f}, {0.372f, -0.327f}, {0.498f, -0.302f}, {0.587f, -0.220f}, {0.001f, -0.117f}, {0.000f, 0.000f}, {-0.002f, 0.117f}, {-0.003f, 0.237f}, {-0.143f, 0.316f}, {-0.075f, 0.339f}, {-0.003f, 0.360f}, {0.071f, 0.340f}, {0.139f, 0.319f}, {-0.432f, -0.100f}, {-0.353f, -0.145f}, {-0.261f, -0.142f}, {-0.182f, -0.078f}, {-0.268f, -0.064f}, {-0.360f, -0.067f}, {0.188f, -0.076f}, {0.269f, -0.139f}, {0.362f, -0.140f}, {0.439f, -0.094f}, {0.368f, -0.062f}, {0.276f, -0.061f}, {-0.281f, 0.528f}, {-0.177f, 0.486f}, {-0.075f, 0.466f}, {-0.002f, 0.484f}, {0.074f, 0.468f}, {0.180f, 0.490f}, {0.286f, 0.531f}, {0.183f, 0.627f}, {0.079f, 0.670f}, {-0.003f, 0.677f}, {-0.082f, 0.668f}, {-0.182f, 0.625f}, {-0.238f, 0.533f}, {-0.077f, 0.526f}, {-0.002f, 0.535f}, {0.075f, 0.527f}, {0.244f, 0.535f}, {0.076f, 0.580f}, {-0.003f, 0.589f}, {-0.078f, 0.579f}, 
};

// A crafted face: the canonical layout scaled by `size`, its image-right half squeezed by `squeeze`
// (a crude turned head), placed with landmark 29 at `top`.
Face craftedFace(cv::Point2f top, float size, float squeeze = 1.0f)
{
    Face f;
    for (int i = 0; i < kLandmarkCount; ++i) {
        float x = kCanonical[i][0];
        if (x > 0)
            x *= squeeze;
        f.landmarks[size_t(i)] = top + cv::Point2f(x, kCanonical[i][1]) * size;
    }
    f.box = cv::Rect2f(top.x - 0.7f * size, top.y - 0.4f * size, 1.4f * size, 1.4f * size);
    f.score = 1;
    return f;
}

cv::Mat testImage(int w, int h)
{
    cv::Mat img(h, w, CV_8UC3);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            img.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(60 + x % 100), uchar(110 + y % 80), uchar(170));
    return img;
}

bool identical(const cv::Mat &a, const cv::Mat &b)
{
    return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0;
}

} // namespace

class TestMask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templatesAndDescriptions()
    {
        QCOMPARE(maskTypeNames(), (QStringList{"surgical", "cloth", "n95", "kn95", "patterned"}));
        for (const QString &name : maskTypeNames()) {
            const MaskType type = parseMaskType(name);
            const QJsonObject d = QJsonDocument::fromJson(maskDescription(type)).object();
            QCOMPARE(d.value(QStringLiteral("name")).toString(), name);
            const QJsonObject anchors = d.value(QStringLiteral("anchors")).toObject();
            QCOMPARE(anchors.value(QStringLiteral("top_centre")).toObject().value(QStringLiteral("landmark")).toInt(), 29);
            QCOMPARE(anchors.value(QStringLiteral("bottom_centre")).toObject().value(QStringLiteral("landmark")).toInt(), 9);
            QVERIFY(!maskPalette(type).isEmpty());

            const auto t = maskTemplate(MaskSpec{type, QString(), 3});
            QCOMPARE(t->rgba.type(), CV_8UC4);
            QCOMPARE(t->anchors.leftLandmarks, (std::array<int, 4>{29, 9, 2, 6}));
            QCOMPARE(t->anchors.rightLandmarks, (std::array<int, 4>{29, 9, 16, 12}));
            // Opaque in the middle of the mouth region, transparent at the canvas corner.
            const cv::Point2f mid = (t->anchors.left[0] + t->anchors.left[1]) * 0.5f;
            QCOMPARE(int(t->rgba.at<cv::Vec4b>(cvRound(mid.y), cvRound(mid.x))[3]), 255);
            QCOMPARE(int(t->rgba.at<cv::Vec4b>(0, 0)[3]), 0);
            // The whole canvas border is transparent: the overlay samples positions off the
            // canvas from its nearest edge pixel.
            cv::Mat1b alpha;
            cv::extractChannel(t->rgba, alpha, 3);
            const int last = alpha.cols - 1, bottom = alpha.rows - 1;
            QCOMPARE(cv::countNonZero(alpha.row(0)) + cv::countNonZero(alpha.row(bottom)) + cv::countNonZero(alpha.col(0))
                         + cv::countNonZero(alpha.col(last)), 0);
            // Halves: the left one is transparent right of the centre line and vice versa.
            const int y = cvRound(mid.y), cx = cvRound(t->centreX);
            QCOMPARE(int(t->leftHalf.at<cv::Vec4b>(y, cx + 10)[3]), 0);
            QCOMPARE(int(t->rightHalf.at<cv::Vec4b>(y, cx - 10)[3]), 0);
            QCOMPARE(int(t->leftHalf.at<cv::Vec4b>(y, cx - 10)[3]), 255);
        }
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY_THROWS_EXCEPTION(Error, parseMaskType(QStringLiteral("bandana")));
        QVERIFY_THROWS_EXCEPTION(Error, maskTemplate(MaskSpec{MaskType::Cloth, QStringLiteral("reddish"), 0}));
        QCOMPARE(parseMaskTypes(QStringLiteral("n95, surgical,n95")).size(), size_t(2));
    }

    void colourCanChange()
    {
        const cv::Mat img = testImage(240, 240);
        const Face face = craftedFace({120, 70}, 130);
        const MaskResult red = applyMask(img, face, MaskSpec{MaskType::Cloth, QStringLiteral("#d02020"), 0});
        const MaskResult blue = applyMask(img, face, MaskSpec{MaskType::Cloth, QStringLiteral("#2020d0"), 0});
        QVERIFY(red.ok && blue.ok);
        QCOMPARE(red.colour, QStringLiteral("#d02020"));
        const cv::Point p = cv::Point(face.point(58)); // lower lip, under the mask
        const cv::Vec3b r = red.image.at<cv::Vec3b>(p), b = blue.image.at<cv::Vec3b>(p);
        QVERIFY2(r[2] > r[0] + 60 && b[0] > b[2] + 60, "mask colour follows the spec (BGR)");
    }

    void coverageOnCraftedAlphaMaps()
    {
        const Face face = craftedFace({100, 60}, 100);
        const cv::Point2f origin(-20, -30);
        cv::Mat1b alpha(300, 260, uchar(0));
        const auto fillBelow = [&](float y) { alpha.rowRange(cvRound(y - origin.y), alpha.rows).setTo(255); };

        // Everything from just below the eyes down: a pass.
        fillBelow(face.point(29).y);
        Coverage c = measureCoverage(alpha, origin, face.landmarks);
        QCOMPARE(c.nose, 6);
        QCOMPARE(c.mouth, 20);
        QCOMPARE(c.eyes, 0);
        QVERIFY(c.pass());
        QCOMPARE(c.fraction(), 1.0);
        QCOMPARE(c.describe(), QStringLiteral("nose 6/6, mouth 20/20, eyes 0/12"));
        QVERIFY(c.misses().empty());
        QVERIFY(c.describeMisses().isEmpty());

        // Reaching over the eyes: fails although nose and mouth are covered.
        alpha.setTo(0);
        fillBelow(face.point(20).y);
        c = measureCoverage(alpha, origin, face.landmarks);
        QCOMPARE(c.eyes, 12);
        QVERIFY(!c.pass());
        QCOMPARE(c.coveredEyes, std::vector<int>({37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48}));
        QVERIFY(c.uncoveredNose.empty() && c.uncoveredMouth.empty());
        QCOMPARE(c.describeMisses(), QStringLiteral("covered: eyes 37-48"));

        // One mouth corner left bare (a hole): fails on the mouth alone.
        alpha.setTo(0);
        fillBelow(face.point(29).y);
        cv::circle(alpha, cv::Point(face.point(55) - origin), 3, cv::Scalar(0), cv::FILLED);
        c = measureCoverage(alpha, origin, face.landmarks);
        QCOMPARE(c.mouth, 19);
        QVERIFY(!c.pass());
        QCOMPARE(c.uncoveredMouth, std::vector<int>{55});
        QCOMPARE(c.misses(), std::vector<int>{55});
        QCOMPARE(c.describe(), QStringLiteral("nose 6/6, mouth 19/20, eyes 0/12 (uncovered: mouth 55)"));

        // Only the mouth: the nose is bare.
        alpha.setTo(0);
        fillBelow(face.point(49).y - 8);
        c = measureCoverage(alpha, origin, face.landmarks);
        QCOMPARE(c.nose, 0);
        QCOMPARE(c.mouth, 20);
        QVERIFY(!c.pass());
        QCOMPARE(c.uncoveredNose, std::vector<int>({31, 32, 33, 34, 35, 36}));
        QVERIFY(c.uncoveredMouth.empty() && c.coveredEyes.empty());
        QCOMPARE(c.describeMisses(), QStringLiteral("uncovered: nose 31-36"));

        // Half-transparent counts as uncovered at the default threshold, covered at a lower one.
        alpha.setTo(0);
        fillBelow(face.point(29).y);
        alpha.setTo(100, alpha > 0);
        QCOMPARE(measureCoverage(alpha, origin, face.landmarks).mouth, 0);
        QCOMPARE(measureCoverage(alpha, origin, face.landmarks, 0.3).mouth, 20);

        // Landmarks off the map are uncovered; float maps work like 8-bit ones.
        cv::Mat1f small(10, 10, 1.0f);
        c = measureCoverage(small, origin, face.landmarks);
        QCOMPARE(c.nose + c.mouth + c.eyes, 0);
        QCOMPARE(int(c.misses().size()), Coverage::kNoseTotal + Coverage::kMouthTotal);

        // Runs fold, pairs and single points do not.
        QCOMPARE(Coverage::formatPoints({31, 32, 33, 49, 50, 55, 60, 61, 62, 63}), QStringLiteral("31-33, 49, 50, 55, 60-63"));
        QCOMPARE(Coverage::formatPoints({}), QString());
    }

    // Issue 12: a mask pushed off its place (the nose-bridge anchor dragged down past the nose, as
    // a careless drag in the Masks panel does) fails the check, and the result names exactly the
    // points it left bare: the whole nose, while the mouth stays covered.
    void misplacedMaskListsTheUncoveredPoints()
    {
        const cv::Mat img = testImage(240, 260);
        const Face face = craftedFace({120, 80}, 140);
        PlacementOverride down;
        down.offsets[0] = cv::Point2f(0, 0.40f * 140); // 29 moved to y 0.40: below the nose (34 at 0.36)
        const MaskResult r = applyMask(img, applyPlacement(face, down), MaskSpec{MaskType::Surgical, QString(), 0});
        QVERIFY2(r.ok, qPrintable(r.problem));
        QVERIFY(!r.coverage.pass());
        QCOMPARE(r.coverage.uncoveredNose, std::vector<int>({31, 32, 33, 34, 35, 36}));
        QVERIFY(r.coverage.uncoveredMouth.empty());
        QVERIFY(r.coverage.coveredEyes.empty());
        QCOMPARE(r.coverage.misses(), std::vector<int>({31, 32, 33, 34, 35, 36}));
        QCOMPARE(r.coverage.describe(), QStringLiteral("nose 0/6, mouth 20/20, eyes 0/12 (uncovered: nose 31-36)"));

        // The mask in its place again: nothing listed.
        const MaskResult placed = applyMask(img, face, MaskSpec{MaskType::Surgical, QString(), 0});
        QVERIFY(placed.coverage.pass());
        QVERIFY(placed.coverage.misses().empty());
    }

    void overlayCoversCraftedFaces_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<float>("squeeze");
        for (const QString &name : maskTypeNames()) {
            QTest::newRow(qPrintable(name + QStringLiteral(" frontal"))) << int(parseMaskType(name)) << 1.0f;
            QTest::newRow(qPrintable(name + QStringLiteral(" turned"))) << int(parseMaskType(name)) << 0.45f;
        }
    }

    void overlayCoversCraftedFaces()
    {
        QFETCH(int, type);
        QFETCH(float, squeeze);
        const cv::Mat img = testImage(240, 260);
        const Face face = craftedFace({120, 80}, 140, squeeze);
        const MaskResult r = applyMask(img, face, MaskSpec{MaskType(type), QString(), 11});
        QVERIFY2(r.ok, qPrintable(r.problem));
        QVERIFY2(r.coverage.pass(), qPrintable(r.coverage.describe()));
        QCOMPARE(r.image.size(), img.size());
        QCOMPARE(r.image.type(), CV_8UC3);
        // Eyes untouched, mouth changed.
        const cv::Point eye(face.point(38));
        QVERIFY(r.image.at<cv::Vec3b>(eye) == img.at<cv::Vec3b>(eye));
        const cv::Point mouth(face.point(63));
        QVERIFY(r.image.at<cv::Vec3b>(mouth) != img.at<cv::Vec3b>(mouth));
    }

    void clipsAtImageEdgesAndRejectsBadGeometry()
    {
        // The chin and jaw far below and left of the frame (a tight crop): composited where the
        // image is, coverage judged on the whole mask.
        const cv::Mat img = testImage(160, 150);
        const Face face = craftedFace({70, 60}, 150);
        QVERIFY(face.point(9).y > img.rows);
        const MaskResult r = applyMask(img, face, MaskSpec{MaskType::Surgical, QString(), 0});
        QVERIFY2(r.ok && r.coverage.pass(), qPrintable(r.problem + r.coverage.describe()));
        QCOMPARE(r.image.size(), img.size());

        Face collapsed = face;
        collapsed.landmarks.fill(cv::Point2f(50, 50));
        MaskResult bad = applyMask(img, collapsed, MaskSpec{});
        QVERIFY(!bad.ok);
        QVERIFY(!bad.problem.isEmpty());
        // One half folded over (jaw points crossed to the other side).
        Face folded = face;
        for (int i = 1; i <= 8; ++i)
            folded.landmarks[size_t(i - 1)].x = face.point(29).x + 40;
        bad = applyMask(img, folded, MaskSpec{});
        QVERIFY(!bad.ok);
        // Absurdly large landmarks do not allocate absurd canvases.
        Face huge = craftedFace({70, 60}, 50000);
        bad = applyMask(img, huge, MaskSpec{});
        QVERIFY(!bad.ok);
        QVERIFY(!applyMask(cv::Mat(), face, MaskSpec{}).ok);
    }

    void deterministic()
    {
        const cv::Mat img = testImage(220, 220);
        const Face face = craftedFace({110, 70}, 120, 0.7f);
        for (const QString &name : maskTypeNames()) {
            const MaskSpec spec{parseMaskType(name), QString(), 42};
            const MaskResult a = applyMask(img, face, spec);
            const MaskResult b = applyMask(img, face, spec);
            QVERIFY2(identical(a.image, b.image), qPrintable(name));
        }
        // Patterned masks depend on the seed, and only on it.
        const MaskResult p1 = applyMask(img, face, MaskSpec{MaskType::Patterned, QString(), 1});
        const MaskResult p2 = applyMask(img, face, MaskSpec{MaskType::Patterned, QString(), 2});
        QVERIFY(!identical(p1.image, p2.image));
        // From several threads at once (shared template cache), still the same bytes.
        std::vector<cv::Mat> outs(16);
        parallelFor(16, [&](qint64 i) {
            outs[size_t(i)] = applyMask(img, face, MaskSpec{MaskType(i % 5), QString(), quint64(i % 5)}).image;
        }, QStringLiteral("masks"), {}, 4);
        for (int i = 0; i < 16; ++i)
            QVERIFY(identical(outs[size_t(i)], applyMask(img, face, MaskSpec{MaskType(i % 5), QString(), quint64(i % 5)}).image));

        // Per-item choices depend on (seed, key) only.
        QCOMPARE(itemSeed(5, QStringLiteral("a/b.jpg")), itemSeed(5, QStringLiteral("a/b.jpg")));
        QVERIFY(itemSeed(5, QStringLiteral("a/b.jpg")) != itemSeed(6, QStringLiteral("a/b.jpg")));
        const std::vector<MaskType> types = parseMaskTypes(QString());
        std::array<int, 5> seen{};
        for (int i = 0; i < 500; ++i) {
            const MaskSpec s = chooseMask(types, itemSeed(9, QString::number(i)));
            ++seen[size_t(s.type)];
            QVERIFY(s.type == MaskType::Patterned || maskPalette(s.type).contains(s.colour));
            const double u = itemUniform(itemSeed(9, QString::number(i)), 3);
            QVERIFY(u >= 0 && u < 1);
        }
        for (int n : seen)
            QVERIFY2(n > 60, "types are drawn roughly uniformly");
    }

    void realFacesDeterministicAndFromCache()
    {
        const QString problem = test::sharedDataProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QTemporaryDir dir;
        LandmarkCache cache(dir.filePath(QStringLiteral("lm.sqlite")));
        FaceDetector detector;
        const QDir images(test::sharedDataDir() + QStringLiteral("/utkface-dev/images"));
        const QStringList names = images.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
        int passed = 0, found = 0;
        for (int k = 0; k < 12; ++k) {
            const QString name = names[int((qint64(k) * 4409 + 17) % names.size())];
            const ImageInput in = readImageInput(images.filePath(name));
            const MaskSpec spec = chooseMask({}, itemSeed(1, name));
            // Before detection the in-memory masker reports the miss instead of detecting.
            MaskResult fromCache = maskFromCache(in, cache, detector.options().cacheKey(), spec);
            QVERIFY(!fromCache.ok);
            QCOMPARE(fromCache.problem, QStringLiteral("no cached landmarks"));
            const FaceLookup faces = findFaces(in, detector, &cache);
            fromCache = maskFromCache(in, cache, detector.options().cacheKey(), spec);
            if (faces.faces.empty()) {
                QCOMPARE(fromCache.problem, QStringLiteral("no face"));
                continue;
            }
            ++found;
            const MaskResult direct = applyMask(in.image, faces.faces.front(), spec);
            QVERIFY(fromCache.ok && direct.ok);
            QVERIFY(identical(fromCache.image, direct.image));
            // Encoded output is byte-identical too (what augment writes).
            std::vector<uchar> e1, e2;
            cv::imencode(".jpg", direct.image, e1);
            cv::imencode(".jpg", applyMask(in.image, faces.faces.front(), spec).image, e2);
            QVERIFY(e1 == e2);
            passed += direct.coverage.pass();
        }
        QVERIFY(found >= 11);
        QVERIFY2(passed >= found - 1, qPrintable(QStringLiteral("%1 of %2 pass").arg(passed).arg(found)));
    }
};

QTEST_GUILESS_MAIN(TestMask)
#include "tst_mask.moc"
