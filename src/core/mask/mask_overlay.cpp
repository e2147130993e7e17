#include "core/mask/mask_overlay.h"

#include <QCoreApplication>
#include <QStringList>

#include <opencv2/imgproc.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace maskbench {
namespace {

// This file's messages: looked up under "MaskOverlay" and extracted there by lupdate.
struct MaskOverlayTr
{
    Q_DECLARE_TR_FUNCTIONS(MaskOverlay)
};

// A half's destination quadrilateral (top centre, top outer, bottom outer, bottom centre) must be
// a proper convex quad with some area, or the homography folds the mask over itself.
// It must also keep the template's orientation: a half whose jaw points crossed the centre line
// would be mirrored onto the other half.
bool usableQuad(const std::array<cv::Point2f, 4> &q, const std::array<cv::Point2f, 4> &templateQuad, double minArea)
{
    const std::vector<cv::Point2f> ring{q[0], q[2], q[3], q[1]};
    const std::vector<cv::Point2f> tring{templateQuad[0], templateQuad[2], templateQuad[3], templateQuad[1]};
    const double area = cv::contourArea(ring, true);
    const double tarea = cv::contourArea(tring, true);
    return cv::isContourConvex(ring) && std::abs(area) >= minArea && (area > 0) == (tarea > 0);
}

// A bilinear map of the unit square onto a quad: a = (0,0) top centre, b = (1,0) top outer,
// c = (1,1) bottom outer, d = (0,1) bottom centre. Unlike a homography it maps every edge
// linearly, so the two halves, which share the centre edge (landmarks 29 and 9), agree along it
// exactly and pleats and patterns meet at the seam even on a turned head.
struct BilinearQuad
{
    cv::Point2f a, b, c, d;

    cv::Point2f at(float s, float t) const { return a + (b - a) * s + (d - a) * t + (a - b + c - d) * (s * t); }

    // Inverse by solving the quadratic in t (stable form); of two roots the one nearer the quad.
    bool inverse(cv::Point2f p, float &s, float &t) const
    {
        const auto cross = [](cv::Point2f u, cv::Point2f v) { return u.x * v.y - u.y * v.x; };
        const cv::Point2f e = b - a, f = d - a, g = a - b + c - d, hp = p - a;
        const float k2 = cross(g, f);
        const float k1 = cross(e, f) + cross(hp, g);
        const float k0 = cross(hp, e);
        const float disc = k1 * k1 - 4.0f * k0 * k2;
        if (disc < 0.0f)
            return false;
        const float q = -0.5f * (k1 + std::copysign(std::sqrt(disc), k1));
        float t1 = std::numeric_limits<float>::infinity(), t2 = t1;
        if (k2 != 0.0f)
            t1 = q / k2;
        if (q != 0.0f)
            t2 = k0 / q;
        t = std::abs(t1 - 0.5f) < std::abs(t2 - 0.5f) ? t1 : t2;
        if (!std::isfinite(t))
            return false;
        const float dx = e.x + g.x * t, dy = e.y + g.y * t;
        if (std::abs(dx) >= std::abs(dy)) {
            if (dx == 0.0f)
                return false;
            s = (hp.x - f.x * t) / dx;
        } else {
            s = (hp.y - f.y * t) / dy;
        }
        return std::isfinite(s);
    }
};

// Scratch memory that stays with the thread: the overlay's temporaries (about 1 MB for a face
// filling a 200 px image) are reused from call to call instead of being allocated, page-faulted
// in and handed back to the system every time (which cost a third of a call on pool threads).
// The header returned points into the slot's buffer; each slot serves one temporary per call.
cv::Mat scratch(size_t slot, int rows, int cols, int type)
{
    thread_local std::array<cv::Mat, 6> buffers;
    cv::Mat &b = buffers[slot];
    const size_t need = size_t(rows) * size_t(cols) * size_t(CV_ELEM_SIZE(type));
    if (b.empty() || b.total() < need)
        b.create(1, int(need + need / 4 + 4096), CV_8U);
    return cv::Mat(rows, cols, type, b.data);
}

// Gaussian blur of an 8-bit map with zeros outside it, separable, in 16-bit fixed point: integer
// weights summing to exactly 256 per axis (so an opaque interior stays 255), each pass rounded to
// 8 bits. Same kernel size as cv::GaussianBlur picks for 8-bit data; within 2/255 of its result.
// Written out because OpenCV 4.6's 8-bit GaussianBlur costs about as much as the warp itself on
// these small maps, and these flat loops vectorise; integer arithmetic also keeps the result the
// same on every machine.
void blurAlpha(const cv::Mat1b &src, cv::Mat1b &dst, double sigma)
{
    const int r = (cvRound(sigma * 3 * 2 + 1) | 1) / 2;
    std::vector<double> g(size_t(2 * r + 1));
    double sum = 0;
    for (int i = -r; i <= r; ++i)
        sum += g[size_t(i + r)] = std::exp(-double(i * i) / (2 * sigma * sigma));
    std::vector<uint16_t> w(g.size());
    int total = 0;
    for (size_t i = 0; i < g.size(); ++i)
        total += w[i] = uint16_t(std::lround(256.0 * g[i] / sum));
    w[size_t(r)] = uint16_t(w[size_t(r)] + 256 - total);

    const int width = src.cols, height = src.rows;
    // Horizontal pass into rows padded by r zero rows above and below, for the vertical pass.
    cv::Mat_<uint16_t> h = scratch(0, height + 2 * r, width, CV_16UC1);
    h.rowRange(0, r).setTo(0);
    h.rowRange(height + r, height + 2 * r).setTo(0);
    std::vector<uint8_t> row(size_t(width + 2 * r), 0);
    std::vector<uint16_t> acc(static_cast<size_t>(width), 0);
    for (int y = 0; y < height; ++y) {
        std::memcpy(row.data() + r, src.ptr<uchar>(y), size_t(width));
        uint16_t *__restrict a = acc.data();
        std::fill(a, a + width, uint16_t(0));
        for (int i = 0; i <= 2 * r; ++i) {
            const uint16_t wi = w[size_t(i)];
            const uint8_t *__restrict in = row.data() + i;
            for (int x = 0; x < width; ++x)
                a[x] = uint16_t(a[x] + wi * in[x]);
        }
        uint16_t *__restrict out = h.ptr<uint16_t>(y + r);
        for (int x = 0; x < width; ++x)
            out[x] = uint16_t((a[x] + 128) >> 8);
    }
    dst.create(height, width);
    for (int y = 0; y < height; ++y) {
        uint16_t *__restrict a = acc.data();
        std::fill(a, a + width, uint16_t(0));
        for (int j = 0; j <= 2 * r; ++j) {
            const uint16_t wj = w[size_t(j)];
            const uint16_t *__restrict in = h.ptr<uint16_t>(y + j);
            for (int x = 0; x < width; ++x)
                a[x] = uint16_t(a[x] + wj * in[x]);
        }
        uint8_t *__restrict out = dst.ptr<uchar>(y);
        for (int x = 0; x < width; ++x)
            out[x] = uint8_t((a[x] + 128) >> 8);
    }
}

} // namespace

std::vector<int> Coverage::misses() const
{
    std::vector<int> all;
    all.reserve(uncoveredNose.size() + uncoveredMouth.size() + coveredEyes.size());
    for (const std::vector<int> *part : {&uncoveredNose, &coveredEyes, &uncoveredMouth}) // 31..36, 37..48, 49..68
        all.insert(all.end(), part->begin(), part->end());
    return all;
}

QString Coverage::formatPoints(const std::vector<int> &points, const QString &dash)
{
    QStringList parts;
    for (size_t i = 0; i < points.size();) {
        size_t j = i;
        while (j + 1 < points.size() && points[j + 1] == points[j] + 1)
            ++j;
        parts << (j > i + 1 ? QStringLiteral("%1%2%3").arg(points[i]).arg(dash).arg(points[j])
                            : QString::number(points[i]));
        if (j == i + 1)
            parts << QString::number(points[j]);
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QString Coverage::describeMisses() const
{
    QStringList uncovered;
    if (!uncoveredNose.empty())
        uncovered << QStringLiteral("nose ") + formatPoints(uncoveredNose);
    if (!uncoveredMouth.empty())
        uncovered << QStringLiteral("mouth ") + formatPoints(uncoveredMouth);
    QStringList parts;
    if (!uncovered.isEmpty())
        parts << QStringLiteral("uncovered: ") + uncovered.join(QStringLiteral(", "));
    if (!coveredEyes.empty())
        parts << QStringLiteral("covered: eyes ") + formatPoints(coveredEyes);
    return parts.join(QStringLiteral("; "));
}

QString Coverage::describe() const
{
    const QString counts = QStringLiteral("nose %1/%2, mouth %3/%4, eyes %5/%6")
                               .arg(nose).arg(kNoseTotal).arg(mouth).arg(kMouthTotal).arg(eyes).arg(kEyeTotal);
    const QString misses = describeMisses();
    return misses.isEmpty() ? counts : QStringLiteral("%1 (%2)").arg(counts, misses);
}

Coverage measureCoverage(const cv::Mat &alpha, cv::Point2f origin, const std::array<cv::Point2f, kLandmarkCount> &lm,
                         double opaqueAlpha)
{
    const bool bytes = alpha.depth() == CV_8U;
    const auto sample = [&](cv::Point2f p) -> double {
        const int x = cvRound(p.x), y = cvRound(p.y);
        if (x < 0 || y < 0 || x >= alpha.cols || y >= alpha.rows)
            return 0.0;
        return bytes ? alpha.at<uchar>(y, x) / 255.0 : double(alpha.at<float>(y, x));
    };
    Coverage c;
    const auto covered = [&](int oneBased) { return sample(lm[size_t(oneBased - 1)] - origin) >= opaqueAlpha; };
    // Counts and lists from the same samples: a point is in a list exactly when it misses.
    const auto check = [&](int first, int last, bool wantCovered, int &count, std::vector<int> &failing) {
        for (int i = first; i <= last; ++i) {
            const bool isCovered = covered(i);
            count += isCovered;
            if (isCovered != wantCovered)
                failing.push_back(i);
        }
    };
    check(31, 36, true, c.nose, c.uncoveredNose);
    check(49, 68, true, c.mouth, c.uncoveredMouth);
    check(37, 48, false, c.eyes, c.coveredEyes);
    return c;
}

MaskResult applyMask(const cv::Mat &image, const Face &face, const MaskSpec &spec, const OverlayOptions &options)
{
    return applyMask(image, face, *maskTemplate(spec), options);
}

MaskResult applyMask(const cv::Mat &image, const Face &face, const MaskTemplate &mask, const OverlayOptions &options)
{
    MaskResult r;
    r.templateName = mask.name;
    r.colour = mask.colour;
    r.image = image;
    const double faceLength = cv::norm(face.point(29) - face.point(9));
    if (image.empty() || image.type() != CV_8UC3 || !(faceLength >= 8.0)) {
        r.problem = MaskOverlayTr::tr("face too small or landmarks unusable");
        return r;
    }

    // Each half's quads: template (s, t) space -> landmarks. Checked before any pixel work.
    const std::array<const std::array<cv::Point2f, 4> *, 2> src{&mask.anchors.left, &mask.anchors.right};
    const std::array<const std::array<int, 4> *, 2> marks{&mask.anchors.leftLandmarks, &mask.anchors.rightLandmarks};
    std::array<BilinearQuad, 2> destQuads, templateQuads;
    std::array<cv::Rect2f, 2> halfBoxes;
    for (int h = 0; h < 2; ++h) {
        std::array<cv::Point2f, 4> dst;
        for (int k = 0; k < 4; ++k)
            dst[size_t(k)] = face.point((*marks[size_t(h)])[size_t(k)]);
        if (!usableQuad(dst, *src[size_t(h)], 0.02 * faceLength * faceLength)) {
            r.problem = MaskOverlayTr::tr("the %1 half of the face is too foreshortened for a mask").arg(h == 0 ? MaskOverlayTr::tr("left") : MaskOverlayTr::tr("right"));
            return r;
        }
        const std::array<cv::Point2f, 4> &sq = *src[size_t(h)];
        destQuads[size_t(h)] = BilinearQuad{dst[0], dst[2], dst[3], dst[1]};
        templateQuads[size_t(h)] = BilinearQuad{sq[0], sq[2], sq[3], sq[1]};
        // Where the half lands: its outline points carried through (s, t).
        std::vector<cv::Point2f> landed;
        for (const cv::Point2f &p : mask.outline) {
            if (h == 0 ? p.x > mask.centreX + 2 : p.x < mask.centreX - 2)
                continue;
            float s = 0, t = 0;
            if (templateQuads[size_t(h)].inverse(p, s, t))
                landed.push_back(destQuads[size_t(h)].at(s, t));
        }
        if (landed.size() < 3) {
            r.problem = MaskOverlayTr::tr("landmarks unusable");
            return r;
        }
        halfBoxes[size_t(h)] = cv::boundingRect(landed);
    }

    // Work only on the mask's own bounding box (plus room for the feathering): the coverage
    // check sees the mask where the chin leaves the picture; the composite clips to the image.
    const double sigma = std::max(0.5, options.feather * faceLength);
    const int pad = int(std::ceil(3 * sigma)) + 2;
    const cv::Rect2f maskBox = halfBoxes[0] | halfBoxes[1];
    const cv::Rect work(cvFloor(maskBox.x) - pad, cvFloor(maskBox.y) - pad, cvCeil(maskBox.width) + 2 * pad + 1,
                        cvCeil(maskBox.height) + 2 * pad + 1);
    // A mask far larger than the image means garbage landmarks; do not allocate a huge canvas.
    if (qint64(work.width) * work.height > 16 * std::max<qint64>(qint64(image.cols) * image.rows, 250000)) {
        r.problem = MaskOverlayTr::tr("landmarks lie far outside the image");
        return r;
    }
    const cv::Point2f origin(float(work.x), float(work.y));

    // One warp for the whole mask instead of one per half: every pixel of the work area belongs
    // to the half on its side of the seam (the straight line through landmarks 29 and 9, which
    // both halves' bilinear maps follow exactly), so it is solved once, with that half's map, and
    // sampled once from the whole template. The halves agree along the seam, so the map stays
    // continuous there and the "over" compositing of two warped halves is not needed.
    const cv::Point2f seamA = destQuads[0].a, seamD = destQuads[0].d;
    const auto side = [&](cv::Point2f p) {
        return (seamD.x - seamA.x) * (p.y - seamA.y) - (seamD.y - seamA.y) * (p.x - seamA.x);
    };
    const float leftSign = side(destQuads[0].b) >= 0.0f ? 1.0f : -1.0f;
    if (side(destQuads[1].b) * leftSign >= 0.0f) {
        r.problem = MaskOverlayTr::tr("landmarks unusable");
        return r;
    }
    // The map is smooth, so it is solved exactly on a grid of nodes every kStep pixels (at block
    // centres, where cv::resize's bilinear sampling puts them) and interpolated in between by
    // cv::resize: 16x fewer square roots, and the interpolation is vectorised. Pixels next to a
    // node with no solution (beyond where a half can reach) are solved one by one instead, so the
    // mask's edge stays exact there.
    const auto solve = [&](cv::Point2f p, cv::Vec2f &out) {
        const int h = side(p) * leftSign >= 0.0f ? 0 : 1;
        float u = 0, v = 0;
        if (destQuads[size_t(h)].inverse(p, u, v)) {
            // Beyond this range lies only transparent template (and the far roots of the inverse,
            // which would fold the mask back in): clamp, which keeps the map smooth.
            const cv::Point2f t = templateQuads[size_t(h)].at(std::clamp(u, -0.3f, 2.5f), std::clamp(v, -0.5f, 1.6f));
            out = cv::Vec2f(t.x, t.y);
            return true;
        }
        out = cv::Vec2f(-1e4f, -1e4f); // far outside the template: transparent
        return false;
    };
    constexpr int kStep = 4;
    const int gw = (work.width + kStep - 1) / kStep, gh = (work.height + kStep - 1) / kStep;
    cv::Mat2f grid(gh, gw);
    cv::Mat1b unsolved(gh, gw, uchar(0));
    const float centre = (kStep - 1) / 2.0f;
    bool anyUnsolved = false;
    for (int gy = 0; gy < gh; ++gy)
        for (int gx = 0; gx < gw; ++gx)
            if (!solve(cv::Point2f(float(work.x) + gx * kStep + centre, float(work.y) + gy * kStep + centre), grid(gy, gx))) {
                unsolved(gy, gx) = 255;
                anyUnsolved = true;
            }
    cv::Mat2f fullMap = scratch(1, gh * kStep, gw * kStep, CV_32FC2);
    cv::resize(grid, fullMap, cv::Size(gw * kStep, gh * kStep), 0, 0, cv::INTER_LINEAR);
    cv::Mat2f map = fullMap(cv::Rect(0, 0, work.width, work.height));
    if (anyUnsolved) {
        // A pixel's map value comes from the 2 x 2 nodes around it (cv::resize's bilinear
        // stencil with kStep 4: pixels 0 and 1 of a block from nodes g-1 and g, pixels 2 and 3
        // from g and g+1, clamped at the edges). All four solved: the interpolation is as good
        // as anywhere else. All four unsolved: the value is far off the canvas, i.e.
        // transparent, after the clamp below. Only a mixed stencil is solved pixel by pixel, so
        // the mask's edge stays exact there. Blocks with no unsolved node in reach are skipped.
        static_assert(kStep == 4, "the stencil below assumes 4-pixel blocks");
        cv::Mat1b nearUnsolved, nearSolved;
        cv::dilate(unsolved, nearUnsolved, cv::Mat());
        cv::dilate(255 - unsolved, nearSolved, cv::Mat());
        const auto node = [](int g, int n) { return std::clamp(g, 0, n - 1); };
        for (int gy = 0; gy < gh; ++gy) {
            const uchar *nu = nearUnsolved.ptr<uchar>(gy);
            const uchar *ns = nearSolved.ptr<uchar>(gy);
            for (int gx = 0; gx < gw; ++gx) {
                if (!nu[gx] || !ns[gx])
                    continue;
                for (int hy = 0; hy < 2; ++hy) {
                    const int ry0 = node(gy - 1 + hy, gh), ry1 = node(gy + hy, gh);
                    for (int hx = 0; hx < 2; ++hx) {
                        const int rx0 = node(gx - 1 + hx, gw), rx1 = node(gx + hx, gw);
                        const int count = (unsolved(ry0, rx0) != 0) + (unsolved(ry0, rx1) != 0) + (unsolved(ry1, rx0) != 0)
                                          + (unsolved(ry1, rx1) != 0);
                        if (count == 0 || count == 4)
                            continue;
                        const int y0 = gy * kStep + 2 * hy, x0 = gx * kStep + 2 * hx;
                        for (int y = y0; y < std::min(y0 + 2, work.height); ++y) {
                            cv::Vec2f *m = map.ptr<cv::Vec2f>(y);
                            for (int x = x0; x < std::min(x0 + 2, work.width); ++x)
                                solve(cv::Point2f(float(work.x + x), float(work.y + y)), m[x]);
                        }
                    }
                }
            }
        }
    }
    // Every template's canvas ends in transparent pixels (tst_mask checks it), so a position off
    // the canvas may as well sample its nearest edge: clamped, every pixel takes remap's fast
    // path; off-canvas positions otherwise go through its slow per-pixel border handling, which
    // cost more than the rest of the warp.
    const float maxX = float(mask.rgba.cols) - 1.0f - 1.0f / 64, maxY = float(mask.rgba.rows) - 1.0f - 1.0f / 64;
    cv::max(map, cv::Scalar(0.0, 0.0), map);
    cv::min(map, cv::Scalar(maxX, maxY), map);
    // The template's colour is defined under transparent pixels too: feathering spreads alpha a
    // little outwards, and it must meet the mask's colour there, not black.
    cv::Mat warped = scratch(2, work.height, work.width, CV_8UC4);
    cv::remap(mask.rgba, warped, map, cv::noArray(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar::all(0));
    // Alpha stays 8-bit: 1/255 steps are far finer than the 50% coverage threshold needs.
    cv::Mat1b alpha = scratch(3, work.height, work.width, CV_8UC1);
    cv::extractChannel(warped, alpha, 3);
    blurAlpha(alpha, alpha, sigma);
    r.coverage = measureCoverage(alpha, origin, face.landmarks, options.opaqueAlpha);
    const cv::Rect imageRect(0, 0, image.cols, image.rows);

    float gain = 1.0f;
    if (options.matchBrightness) {
        // Mean brightness of the face box inside the image: a dim photo gets a dimmer mask, so a
        // white N95 does not glow on a face in shadow. (The luma weights of BGR2GRAY applied to
        // the mean colour: the same mean without a grey copy of the box.)
        const cv::Rect box = cv::Rect(face.box) & imageRect;
        if (box.area() > 0) {
            const cv::Scalar m = cv::mean(image(box));
            const double mean = 0.114 * m[0] + 0.587 * m[1] + 0.299 * m[2];
            gain = float(std::clamp(0.45 + 0.55 * mean / 150.0, 0.55, 1.05));
        }
    }

    // Composite the part of the work area that lies in the image, in 16-bit fixed point:
    // out = image * (1 - a) + min(colour * gain, 255) * a, with a = A / 256 (A = alpha scaled so
    // that 255 gives 256) and gain in 1/128 steps. Colour and alpha are first spread to the
    // image's BGR layout, so the blend is one flat loop over bytes that the compiler vectorises.
    r.image = image.clone();
    const cv::Rect visible = work & imageRect;
    if (visible.area() > 0) {
        const cv::Rect inWork = visible - work.tl();
        cv::Mat colour3 = scratch(4, visible.height, visible.width, CV_8UC3);
        cv::Mat alpha3 = scratch(5, visible.height, visible.width, CV_8UC3);
        cv::cvtColor(warped(inWork), colour3, cv::COLOR_BGRA2BGR);
        cv::cvtColor(alpha(inWork), alpha3, cv::COLOR_GRAY2BGR);
        const uint16_t gain128 = uint16_t(std::lround(gain * 128.0f));
        const int n = 3 * visible.width;
        for (int y = 0; y < visible.height; ++y) {
            uint8_t *__restrict out = r.image.ptr<uchar>(visible.y + y) + 3 * visible.x;
            const uint8_t *__restrict a = alpha3.ptr<uchar>(y);
            const uint8_t *__restrict c = colour3.ptr<uchar>(y);
            for (int x = 0; x < n; ++x) {
                const uint16_t weight = uint16_t(a[x] + (a[x] >> 7));
                const uint16_t lit = uint16_t((c[x] * gain128 + 64) >> 7);
                const uint16_t take = lit > 255 ? uint16_t(255) : lit;
                out[x] = uint8_t((out[x] * (256 - weight) + take * weight + 128) >> 8);
            }
        }
    }
    r.ok = true;
    return r;
}

} // namespace maskbench
