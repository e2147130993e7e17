#include "core/mask/mask_template.h"

#include "core/common/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/imgproc.hpp>

#include <map>
#include <tuple>
#include <mutex>

// The JSON descriptions are compiled into the static library; a static library's resources must
// be registered by hand before first use.
static void initMaskResources() { Q_INIT_RESOURCE(mask_templates); }

namespace maskbench {
namespace {

// This file's messages: looked up under "MaskTemplate" and extracted there by lupdate.
struct MaskTemplateTr
{
    Q_DECLARE_TR_FUNCTIONS(MaskTemplate)
};

const std::array<MaskType, 5> kAllTypes = {MaskType::Surgical, MaskType::Cloth, MaskType::N95, MaskType::KN95, MaskType::Patterned};

cv::Vec3f parseColour(const QString &hex)
{
    const QString h = hex.trimmed();
    bool ok = h.size() == 7 && h.startsWith(QLatin1Char('#'));
    const uint v = ok ? h.mid(1).toUInt(&ok, 16) : 0;
    if (!ok)
        throw Error(maskbench::MaskTemplateTr::tr("\"%1\" is not a colour; use #rrggbb, for example #9fcdea").arg(hex));
    return cv::Vec3f(float(v & 0xff), float((v >> 8) & 0xff), float((v >> 16) & 0xff)); // BGR
}

QJsonObject parseDescription(MaskType type)
{
    const QByteArray raw = maskDescription(type);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &err);
    if (doc.isNull())
        throw Error(MaskTemplateTr::tr("mask description %1.json is invalid: %2").arg(maskTypeName(type), err.errorString()));
    return doc.object();
}

// Parsed once per process: patterned masks are rendered per image.
const QJsonObject &description(MaskType type)
{
    static std::once_flag once;
    static std::array<QJsonObject, 5> parsed;
    static std::exception_ptr failure;
    std::call_once(once, [] {
        try {
            for (MaskType t : kAllTypes)
                parsed[size_t(t)] = parseDescription(t);
        } catch (...) {
            failure = std::current_exception();
        }
    });
    if (failure)
        std::rethrow_exception(failure);
    return parsed[size_t(type)];
}

cv::Point2f jsonPoint(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    return cv::Point2f(float(a.at(0).toDouble()), float(a.at(1).toDouble()));
}

// Chaikin corner cutting on a closed polygon: rounds the outline without moving it outwards.
std::vector<cv::Point2f> smooth(const std::vector<cv::Point2f> &poly, int iterations)
{
    std::vector<cv::Point2f> p = poly;
    for (int it = 0; it < iterations; ++it) {
        std::vector<cv::Point2f> q;
        q.reserve(p.size() * 2);
        for (size_t i = 0; i < p.size(); ++i) {
            const cv::Point2f &a = p[i];
            const cv::Point2f &b = p[(i + 1) % p.size()];
            q.push_back(a * 0.75f + b * 0.25f);
            q.push_back(a * 0.25f + b * 0.75f);
        }
        p.swap(q);
    }
    return p;
}

std::vector<cv::Point> toFixed(const std::vector<cv::Point2f> &poly, int shift)
{
    std::vector<cv::Point> out;
    out.reserve(poly.size());
    for (const cv::Point2f &p : poly)
        out.emplace_back(cvRound(p.x * (1 << shift)), cvRound(p.y * (1 << shift)));
    return out;
}

struct Geometry
{
    float unit = 256;
    cv::Point2f origin;
    cv::Point2f px(cv::Point2f c) const { return c * unit + origin; }
    cv::Point2f px(float x, float y) const { return px(cv::Point2f(x, y)); }
};

// Multiplies every pixel's colour by a per-pixel factor.
void shade(cv::Mat3f &rgb, const cv::Mat1f &factor)
{
    for (int y = 0; y < rgb.rows; ++y) {
        cv::Vec3f *row = rgb.ptr<cv::Vec3f>(y);
        const float *f = factor.ptr<float>(y);
        for (int x = 0; x < rgb.cols; ++x)
            row[x] *= f[x];
    }
}

cv::Mat1f smoothNoise(cv::Size size, int cells, cv::RNG &rng)
{
    cv::Mat1f small(std::max(2, size.height * cells / size.width), cells);
    rng.fill(small, cv::RNG::UNIFORM, 0.0, 1.0);
    cv::Mat1f big;
    cv::resize(small, big, size, 0, 0, cv::INTER_CUBIC);
    // Stretched to the full 0..1 range so every pattern shows all its colours (a few random
    // cells can otherwise all fall below a threshold and leave a plain mask).
    cv::normalize(big, big, 0.0, 1.0, cv::NORM_MINMAX);
    return big;
}

void drawPattern(cv::Mat3f &rgb, const cv::Vec3f &base, const QStringList &palette, cv::RNG &rng, const Geometry &g)
{
    // Two or three random palette colours (plus random ones) arranged by one of three recipes.
    const auto pick = [&]() -> cv::Vec3f {
        if (rng.uniform(0, 3) == 0)
            return cv::Vec3f(float(rng.uniform(0, 256)), float(rng.uniform(0, 256)), float(rng.uniform(0, 256)));
        return parseColour(palette.at(rng.uniform(0, int(palette.size()))));
    };
    // Colours that differ visibly from the base and from each other, or the pattern vanishes.
    const auto pickUnlike = [&](const std::vector<cv::Vec3f> &others) {
        cv::Vec3f c = pick();
        for (int attempt = 0; attempt < 8; ++attempt) {
            bool close = false;
            for (const cv::Vec3f &o : others)
                close = close || cv::norm(c - o) < 80.0;
            if (!close)
                break;
            c = pick();
        }
        return c;
    };
    const cv::Vec3f c1 = pickUnlike({base});
    const cv::Vec3f c2 = pickUnlike({base, c1});
    const int recipe = rng.uniform(0, 3);
    if (recipe == 0) { // blotchy noise in three colours
        const cv::Mat1f n1 = smoothNoise(rgb.size(), rng.uniform(4, 10), rng);
        const cv::Mat1f n2 = smoothNoise(rgb.size(), rng.uniform(8, 20), rng);
        for (int y = 0; y < rgb.rows; ++y)
            for (int x = 0; x < rgb.cols; ++x) {
                const float a = std::clamp((n1(y, x) - 0.35f) * 3.0f, 0.0f, 1.0f);
                const float b = std::clamp((n2(y, x) - 0.55f) * 4.0f, 0.0f, 1.0f);
                const cv::Vec3f c = base * (1 - a) + c1 * a;
                rgb(y, x) = c * (1 - b) + c2 * b;
            }
    } else if (recipe == 1) { // polka dots
        rgb.setTo(base);
        const float r = g.unit * float(rng.uniform(0.025, 0.06));
        const float step = r * float(rng.uniform(2.6, 4.0));
        for (float y = 0, row = 0; y < rgb.rows + step; y += step, ++row)
            for (float x = (int(row) % 2) * step / 2; x < rgb.cols + step; x += step)
                cv::circle(rgb, cv::Point(cvRound(x), cvRound(y)), cvRound(r), cv::Scalar(c1[0], c1[1], c1[2]), cv::FILLED, cv::LINE_AA);
    } else { // diagonal stripes
        const float width = g.unit * float(rng.uniform(0.04, 0.1));
        const float angle = float(rng.uniform(0.3, 1.2)) * (rng.uniform(0, 2) ? 1.0f : -1.0f);
        const float cs = std::cos(angle), sn = std::sin(angle);
        for (int y = 0; y < rgb.rows; ++y)
            for (int x = 0; x < rgb.cols; ++x) {
                const int band = int(std::floor((x * cs + y * sn) / width)) % 3;
                rgb(y, x) = band == 0 ? base : (band == 1 || band == -2 ? c1 : c2);
            }
    }
}

// The shading depends only on the type's geometry: computed once per type, shared read-only.
cv::Mat1f volumeShading(MaskType type, cv::Size size, const Geometry &g, float dome)
{
    static std::mutex mutex;
    static std::map<int, cv::Mat1f> cache;
    std::lock_guard<std::mutex> lock(mutex);
    cv::Mat1f &factor = cache[int(type)];
    if (factor.empty()) {
        factor.create(size);
        for (int y = 0; y < size.height; ++y)
            for (int x = 0; x < size.width; ++x) {
                const float u = (float(x) - g.origin.x) / (0.75f * g.unit);
                const float v = (float(y) - g.origin.y) / g.unit;
                float f = 1.0f - 0.18f * u * u - 0.06f * std::max(0.0f, v - 0.5f);
                if (dome > 0) {
                    const float r2 = u * u + (v - 0.45f) * (v - 0.45f) * 3.0f;
                    f -= dome * std::min(1.0f, r2) * 0.6f;
                }
                factor(y, x) = std::max(0.3f, f);
            }
    }
    return factor;
}

std::shared_ptr<MaskTemplate> render(const MaskSpec &spec)
{
    const QJsonObject &d = description(spec.type);
    auto t = std::make_shared<MaskTemplate>();
    t->name = d.value(QStringLiteral("name")).toString();
    t->type = spec.type;
    const QStringList palette = maskPalette(spec.type);
    cv::RNG rng(spec.seed * 0x9E3779B97F4A7C15ull + quint64(spec.type) + 1);
    QString colour = spec.colour.isEmpty() ? d.value(QStringLiteral("default_colour")).toString() : spec.colour;
    if (spec.type == MaskType::Patterned && spec.colour.isEmpty())
        colour = palette.at(rng.uniform(0, int(palette.size())));
    t->colour = colour.toLower();
    const cv::Vec3f base = parseColour(colour);

    const QJsonArray canvas = d.value(QStringLiteral("canvas")).toArray();
    const cv::Size size(canvas.at(0).toInt(), canvas.at(1).toInt());
    Geometry g;
    g.unit = float(d.value(QStringLiteral("unit_px")).toDouble());
    g.origin = jsonPoint(d.value(QStringLiteral("origin")));
    t->centreX = g.origin.x;

    const QJsonObject anchors = d.value(QStringLiteral("anchors")).toObject();
    const auto anchor = [&](const char *name, cv::Point2f &at, int &landmark) {
        const QJsonObject a = anchors.value(QLatin1String(name)).toObject();
        at = g.px(jsonPoint(a.value(QStringLiteral("at"))));
        landmark = a.value(QStringLiteral("landmark")).toInt();
    };
    anchor("top_centre", t->anchors.left[0], t->anchors.leftLandmarks[0]);
    anchor("bottom_centre", t->anchors.left[1], t->anchors.leftLandmarks[1]);
    anchor("left_top", t->anchors.left[2], t->anchors.leftLandmarks[2]);
    anchor("left_bottom", t->anchors.left[3], t->anchors.leftLandmarks[3]);
    anchor("top_centre", t->anchors.right[0], t->anchors.rightLandmarks[0]);
    anchor("bottom_centre", t->anchors.right[1], t->anchors.rightLandmarks[1]);
    anchor("right_top", t->anchors.right[2], t->anchors.rightLandmarks[2]);
    anchor("right_bottom", t->anchors.right[3], t->anchors.rightLandmarks[3]);

    // Outline: the left half as written, then its mirror image back up the right side.
    std::vector<cv::Point2f> left;
    for (const QJsonValue &v : d.value(QStringLiteral("outline_left")).toArray())
        left.push_back(jsonPoint(v));
    std::vector<cv::Point2f> outline = left;
    for (size_t i = left.size() - 1; i-- > 1;)
        outline.emplace_back(-left[i].x, left[i].y);
    outline = smooth(outline, d.value(QStringLiteral("smoothing")).toInt());
    std::vector<cv::Point2f> outlinePx;
    for (const cv::Point2f &p : outline)
        outlinePx.push_back(g.px(p));
    t->outline = outlinePx;

    const QJsonObject style = d.value(QStringLiteral("style")).toObject();
    cv::Mat3f rgb(size, base);
    if (style.value(QStringLiteral("pattern")).toBool())
        drawPattern(rgb, base, palette, rng, g);

    const auto scaled = [](const cv::Vec3f &c, float f) { return cv::Scalar(c[0] * f, c[1] * f, c[2] * f); };
    constexpr int kShift = 4;
    const float lineScale = g.unit / 256.0f;

    // Pleats: a dark crease, a shadow band under it and a highlight over it.
    for (const QJsonValue &v : style.value(QStringLiteral("pleats")).toArray()) {
        const float y = g.px(0, float(v.toDouble())).y;
        const int band = cvRound(0.07f * g.unit);
        for (int dy = 0; dy < band; ++dy) {
            const float f = 0.86f + 0.14f * float(dy) / float(band);
            cv::Mat3f row = rgb.rowRange(std::clamp(cvRound(y) + dy, 0, size.height - 1), std::clamp(cvRound(y) + dy + 1, 1, size.height));
            row = row * f;
        }
        cv::line(rgb, cv::Point(0, cvRound(y) - 2), cv::Point(size.width, cvRound(y) - 2), scaled(base, 1.06f), std::max(1, cvRound(2 * lineScale)), cv::LINE_AA);
        cv::line(rgb, cv::Point(0, cvRound(y)), cv::Point(size.width, cvRound(y)), scaled(base, 0.7f), std::max(1, cvRound(1.5f * lineScale)), cv::LINE_AA);
    }
    if (style.value(QStringLiteral("seam")).toBool() || style.value(QStringLiteral("fold")).toBool()) {
        const bool fold = style.value(QStringLiteral("fold")).toBool();
        if (fold) { // light falls on the two folded panels differently
            cv::Mat3f leftPanel = rgb.colRange(0, cvRound(g.origin.x));
            leftPanel = leftPanel * 0.92f;
        }
        cv::line(rgb, cv::Point(cvRound(g.origin.x), 0), cv::Point(cvRound(g.origin.x), size.height),
                 scaled(base, fold ? 0.8f : 0.6f), std::max(1, cvRound((fold ? 2.0f : 2.5f) * lineScale)), cv::LINE_AA);
    }
    if (const int weave = style.value(QStringLiteral("weave")).toInt()) {
        for (int y = 0; y < size.height; ++y)
            for (int x = 0; x < size.width; ++x) {
                const float w = 1.0f + 0.04f * float(weave) / 12.0f * std::sin(float(x + y) * 1.7f) * std::sin(float(x - y) * 1.7f);
                rgb(y, x) *= w;
            }
    }
    if (style.contains(QStringLiteral("nose_clip"))) {
        const cv::Vec3f clip = parseColour(style.value(QStringLiteral("nose_clip")).toString());
        const cv::Point2f a = g.px(-0.16f, 0.02f), b = g.px(0.16f, 0.02f);
        cv::line(rgb, cv::Point(a), cv::Point(b), cv::Scalar(clip[0], clip[1], clip[2]), std::max(2, cvRound(0.035f * g.unit)), cv::LINE_AA);
    }

    cv::Mat1b alpha(size, uchar(0));
    const std::vector<std::vector<cv::Point>> polys{toFixed(outlinePx, kShift)};
    cv::fillPoly(alpha, polys, cv::Scalar(255), cv::LINE_AA, kShift);

    // Edge decorations follow the outline: binding (surgical), heat-sealed band (KN95), stitched
    // rim (N95). Drawn as thick outline strokes; the alpha cuts off their outer half.
    if (style.contains(QStringLiteral("binding"))) {
        const cv::Vec3f b = parseColour(style.value(QStringLiteral("binding")).toString());
        const int w = cvRound(2 * style.value(QStringLiteral("binding_width")).toDouble() * g.unit);
        cv::polylines(rgb, polys, true, cv::Scalar(b[0], b[1], b[2]), w, cv::LINE_AA, kShift);
    }
    if (style.contains(QStringLiteral("edge_band"))) {
        const int w = cvRound(2 * style.value(QStringLiteral("edge_band")).toDouble() * g.unit);
        cv::polylines(rgb, polys, true, scaled(base, 0.9f), w, cv::LINE_AA, kShift);
        cv::polylines(rgb, polys, true, scaled(base, 0.78f), std::max(1, w / 2 + 2), cv::LINE_AA, kShift);
        cv::polylines(rgb, polys, true, scaled(base, 0.95f), std::max(1, w / 2 - 2), cv::LINE_AA, kShift);
    }
    if (style.value(QStringLiteral("rim")).toBool()) {
        // The rim: the outline shrunk towards the mask's centre, drawn as a thin darker line.
        const cv::Point2f c = g.px(0, 0.5f);
        std::vector<cv::Point2f> inner;
        for (const cv::Point2f &p : outlinePx)
            inner.push_back(c + (p - c) * 0.92f);
        cv::polylines(rgb, std::vector<std::vector<cv::Point>>{toFixed(inner, kShift)}, true, scaled(base, 0.8f),
                      std::max(1, cvRound(2 * lineScale)), cv::LINE_AA, kShift);
    }

    // Volume: darker towards the sides and the bottom (a mask curves away from the light), plus a
    // dome for moulded respirators (computed once per type), plus a seeded fibre grain.
    const float grain = float(style.value(QStringLiteral("grain")).toDouble());
    const cv::Mat1f shading = volumeShading(spec.type, size, g, float(style.value(QStringLiteral("dome")).toDouble()));
    cv::Mat1f factor = shading; // shared and read-only: never assign into it (OpenCV would write in place)
    if (grain > 0) {
        cv::Mat1f noise(size);
        rng.fill(noise, cv::RNG::NORMAL, 0.0, 1.0);
        factor = cv::Mat1f();
        cv::scaleAdd(noise, grain / 255.0, shading, factor);
    }
    shade(rgb, factor);

    cv::Mat3b rgb8;
    rgb.convertTo(rgb8, CV_8UC3);
    std::vector<cv::Mat> channels;
    cv::split(rgb8, channels);
    channels.push_back(alpha);
    cv::merge(channels, t->rgba);

    // Halves overlap by one pixel so the seam never shows a gap after warping.
    const int cx = cvRound(t->centreX);
    const auto clearAlpha = [](cv::Mat rgba) {
        for (int y = 0; y < rgba.rows; ++y) {
            cv::Vec4b *p = rgba.ptr<cv::Vec4b>(y);
            for (int x = 0; x < rgba.cols; ++x)
                p[x][3] = 0;
        }
    };
    t->leftHalf = t->rgba.clone();
    t->rightHalf = t->rgba.clone();
    clearAlpha(t->leftHalf.colRange(std::min(cx + 2, size.width), size.width));
    clearAlpha(t->rightHalf.colRange(0, std::max(cx - 1, 0)));
    return t;
}

} // namespace

QString maskTypeName(MaskType type)
{
    switch (type) {
    case MaskType::Surgical: return QStringLiteral("surgical");
    case MaskType::Cloth: return QStringLiteral("cloth");
    case MaskType::N95: return QStringLiteral("n95");
    case MaskType::KN95: return QStringLiteral("kn95");
    case MaskType::Patterned: return QStringLiteral("patterned");
    }
    return QString();
}

QStringList maskTypeNames()
{
    QStringList names;
    for (MaskType t : kAllTypes)
        names.append(maskTypeName(t));
    return names;
}

MaskType parseMaskType(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (MaskType t : kAllTypes)
        if (maskTypeName(t) == n)
            return t;
    throw Error(MaskTemplateTr::tr("Unknown mask type \"%1\"; known: %2").arg(name, maskTypeNames().join(QStringLiteral(", "))));
}

std::vector<MaskType> parseMaskTypes(const QString &commaList)
{
    std::vector<MaskType> types;
    for (const QString &part : commaList.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const MaskType t = parseMaskType(part);
        if (std::find(types.begin(), types.end(), t) == types.end())
            types.push_back(t);
    }
    if (types.empty())
        types.assign(kAllTypes.begin(), kAllTypes.end());
    return types;
}

QByteArray maskDescription(MaskType type)
{
    static std::once_flag once;
    std::call_once(once, [] { initMaskResources(); });
    QFile f(QStringLiteral(":/masks/%1.json").arg(maskTypeName(type)));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(MaskTemplateTr::tr("mask description %1.json is missing from the build").arg(maskTypeName(type)));
    return f.readAll();
}

QStringList maskPalette(MaskType type)
{
    QStringList out;
    for (const QJsonValue &v : description(type).value(QStringLiteral("palette")).toArray())
        out.append(v.toString());
    return out;
}

std::shared_ptr<const MaskTemplate> maskTemplate(const MaskSpec &spec)
{
    // Fixed types are rendered once per colour (their grain uses a fixed seed). Patterned masks
    // come from a bank of kPatternVariants seeded renderings per colour (the item seed picks one),
    // so per-image overlay cost is the warp and blend, not a fresh pattern; the bank is bounded.
    const bool seeded = spec.type == MaskType::Patterned;
    static std::mutex mutex;
    static std::map<std::tuple<int, QString, quint64>, std::shared_ptr<const MaskTemplate>> cache;
    static int patterned = 0;
    MaskSpec fixed = spec;
    fixed.seed = seeded ? spec.seed % kPatternVariants : 0;
    const std::tuple<int, QString, quint64> key(int(spec.type), spec.colour.trimmed().toLower(), fixed.seed);
    {
        std::lock_guard<std::mutex> lock(mutex);
        auto it = cache.find(key);
        if (it != cache.end())
            return it->second;
    }
    std::shared_ptr<const MaskTemplate> t = render(fixed);
    std::lock_guard<std::mutex> lock(mutex);
    if (seeded && cache.count(key) == 0 && ++patterned > 4 * int(kPatternVariants)) {
        // Many explicit colours: start the patterned bank over rather than grow without bound.
        for (auto it = cache.begin(); it != cache.end();)
            it = std::get<0>(it->first) == int(MaskType::Patterned) ? cache.erase(it) : std::next(it);
        patterned = 1;
    }
    return cache.emplace(key, t).first->second;
}

} // namespace maskbench
