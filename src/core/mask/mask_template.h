#pragma once
// Mask templates the project makes itself. Each template is described by a JSON file under masks/
// (compiled into the library as a Qt resource, :/masks/<name>.json): canvas size, default colour,
// a colour palette, the outline, and the anchor points that map to face landmarks. The pixels are
// generated here from that description (fabric texture, pleats, seams, a seeded random pattern),
// so no third-party artwork is involved and any colour can be asked for.
//
// Template space is a canonical face: landmark 29 (upper nose bridge) at the top anchor, landmark
// 9 (chin) at the bottom anchor, both on the vertical centre line that cuts the mask into halves.
// Each half has two outer anchors on the jaw line. The overlay maps each half onto its own
// landmarks, so a turned head gets a narrow near half and a wide far half.
//
// Thread-safe; rendered templates are cached per (type, colour, pattern variant).

#include <QString>
#include <QStringList>
#include <opencv2/core/mat.hpp>

#include <array>
#include <memory>

namespace maskbench {

enum class MaskType { Surgical, Cloth, N95, KN95, Patterned };

QString maskTypeName(MaskType type);             // "surgical", "cloth", "n95", "kn95", "patterned"
MaskType parseMaskType(const QString &name);     // throws Error listing the known names
QStringList maskTypeNames();
std::vector<MaskType> parseMaskTypes(const QString &commaList); // throws Error; empty = all

struct MaskSpec
{
    MaskType type = MaskType::Surgical;
    QString colour;  // "#rrggbb"; empty = the template's default colour
    quint64 seed = 0; // pattern seed (patterned masks; the fabric grain of the others)
};

struct MaskAnchors
{
    // Template pixel coordinates and the 1-based landmark each maps to, per half:
    // [0] top centre (landmark 29), [1] bottom centre (9), [2] top outer, [3] bottom outer.
    std::array<cv::Point2f, 4> left;   // image-left half: outer anchors on landmarks 2 and 6
    std::array<cv::Point2f, 4> right;  // image-right half: outer anchors on landmarks 16 and 12
    std::array<int, 4> leftLandmarks{29, 9, 2, 6};
    std::array<int, 4> rightLandmarks{29, 9, 16, 12};
};

struct MaskTemplate
{
    QString name;        // file stem under masks/ ("surgical")
    MaskType type = MaskType::Surgical;
    QString colour;      // the colour actually used
    cv::Mat rgba;        // CV_8UC4; colour is defined everywhere (alpha 0 outside) so warping
                         // and blending never pull in black fringes
    cv::Mat leftHalf;    // rgba with alpha cleared right of the centre line (+1 px overlap)
    cv::Mat rightHalf;
    MaskAnchors anchors;
    float centreX = 0;
    std::vector<cv::Point2f> outline; // the opaque shape's boundary, template pixels
};

// Palette of the template (for random colour choice), default colour first.
QStringList maskPalette(MaskType type);

// Patterned masks: the seed selects one of this many renderings per colour (seed % variants), so
// the same seed always gives the same pattern and a run's patterns are rendered once each.
constexpr quint64 kPatternVariants = 64;

// Renders (or returns the cached) template. Throws Error for a bad colour string.
std::shared_ptr<const MaskTemplate> maskTemplate(const MaskSpec &spec);

// The raw JSON description shipped in masks/ (for the docs and the tests).
QByteArray maskDescription(MaskType type);

} // namespace maskbench
