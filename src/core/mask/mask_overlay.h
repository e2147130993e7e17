#pragma once
// Putting a mask on a face, as the study did: the template is cut into left and right halves at
// its centre line and each half is warped onto its own landmarks (nose bridge 29, chin 9, two jaw
// points) with a bilinear quad map (a perspective map would not keep the shared seam continuous), so a turned head gets a narrow near half and a wide far half. The
// warped mask is alpha-composited with softened edges, clipped at the image borders, and
// optionally darkened or brightened to the face's light.
//
// Every result carries a coverage check: nose points 31..36 and mouth points 49..68 must lie
// under opaque mask pixels (alpha >= 50%), eye points 37..48 must not. The check runs on the
// warped mask before clipping, so landmarks outside the image are judged too, and it names the
// points that fail (the Masks panel rings them; describe() lists them for logs and the CLI).
//
// Deterministic: the same image, face and spec give byte-identical pixels (no randomness here;
// the seed in MaskSpec only selects the pattern). Thread-safe.

#include "core/face/face.h"
#include "core/mask/mask_template.h"

#include <QString>
#include <opencv2/core/mat.hpp>

#include <vector>

namespace maskbench {

struct OverlayOptions
{
    double feather = 0.012;      // edge softening: Gaussian sigma as a fraction of the 29..9 length
    bool matchBrightness = true; // scale the mask's colour by the face's mean brightness
    double opaqueAlpha = 0.5;    // alpha at or above which a landmark counts as covered
};

struct Coverage
{
    static constexpr int kNoseTotal = 6;   // 31..36
    static constexpr int kMouthTotal = 20; // 49..68
    static constexpr int kEyeTotal = 12;   // 37..48
    int nose = 0;
    int mouth = 0;
    int eyes = 0;
    // The points that fail the check, as 1-based iBUG numbers (what Face::point() and the Masks
    // panel's point numbers use), ascending: nose and mouth points not under the mask, eye points
    // under it. All three are empty exactly when pass().
    std::vector<int> uncoveredNose;
    std::vector<int> uncoveredMouth;
    std::vector<int> coveredEyes;
    bool pass() const { return nose == kNoseTotal && mouth == kMouthTotal && eyes == 0; }
    // Covered share of the 26 nose and mouth points (1.0 = all), for reports.
    double fraction() const { return double(nose + mouth) / double(kNoseTotal + kMouthTotal); }
    // Every failing point (the three lists merged), ascending.
    std::vector<int> misses() const;
    // "nose 6/6, mouth 20/20, eyes 0/12"; when the check fails the failing points follow:
    // "nose 3/6, mouth 20/20, eyes 0/12 (uncovered: nose 34-36)".
    QString describe() const;
    // The failing points by region, "uncovered: nose 34-36, mouth 49, 55; covered: eyes 38"
    // (empty when pass()). Untranslated, like describe(): logs and skipped.csv.
    QString describeMisses() const;
    // Landmark numbers with runs folded: {31, 32, 33, 49} -> "31-33, 49" (dash: `dash`).
    static QString formatPoints(const std::vector<int> &points, const QString &dash = QStringLiteral("-"));
};

// Counts covered landmarks on an alpha map (CV_32F 0..1 or CV_8U 0..255) whose pixel (0,0) lies
// at image coordinate `origin`, and lists the failing ones. Landmarks off the map count as
// uncovered.
Coverage measureCoverage(const cv::Mat &alpha, cv::Point2f origin,
                         const std::array<cv::Point2f, kLandmarkCount> &landmarks, double opaqueAlpha = 0.5);

struct MaskResult
{
    bool ok = false;      // false: the landmarks cannot carry a mask (degenerate geometry)
    QString problem;      // why, when !ok
    cv::Mat image;        // 8-bit BGR, the input's size
    Coverage coverage;
    QString templateName; // "surgical"
    QString colour;       // "#rrggbb"
};

// image: 8-bit BGR. Never throws for odd geometry: it reports !ok.
MaskResult applyMask(const cv::Mat &image, const Face &face, const MaskTemplate &mask, const OverlayOptions &options = {});
// Convenience: looks up the template for the spec first (may throw Error for a bad colour).
MaskResult applyMask(const cv::Mat &image, const Face &face, const MaskSpec &spec, const OverlayOptions &options = {});

} // namespace maskbench
