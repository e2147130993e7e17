#pragma once
// What the face step learns about one face. Kept free of dlib so that widely included headers
// (mask overlay, augment, training) compile fast; dlib lives in face_detector.cpp only.
//
// Coordinates are those of the original image (not the padded or upsampled one the detector saw)
// and may lie outside it: tightly cropped faces lose their chin and jaw beyond the frame.
// Landmarks use the iBUG 300-W 68-point layout; index i here is point i+1 in the usual 1-based
// numbering (nose 28..36, eyes 37..48, mouth 49..68).

#include <opencv2/core/types.hpp>

#include <QByteArray>
#include <array>
#include <vector>

namespace maskbench {

constexpr int kLandmarkCount = 68;

struct HeadPose
{
    // Degrees. yaw > 0: the face turns towards the image's right side (the subject's left);
    // pitch > 0: the face looks up; roll > 0: the face tilts clockwise in the image.
    double yaw = 0;
    double pitch = 0;
    double roll = 0;
    bool valid = false; // false when solvePnP did not converge
};

struct Face
{
    cv::Rect2f box;                                   // detector rectangle
    std::array<cv::Point2f, kLandmarkCount> landmarks; // 68 points
    double score = 0;                                 // HOG detection confidence (> 0: detected)
    HeadPose pose;

    // 1-based iBUG point, as papers and the issue number them.
    const cv::Point2f &point(int oneBased) const { return landmarks[size_t(oneBased - 1)]; }
};

// Head pose from the 68 landmarks: cv::solvePnP against a generic 3D face, pinhole camera with a
// focal length of the image width. Good to a few degrees for yaw and roll; pitch is biased by how
// far the person's face differs from the generic one, which is fine for binning.
HeadPose estimateHeadPose(const std::array<cv::Point2f, kLandmarkCount> &landmarks, cv::Size imageSize);

// Compact binary form used by the landmark cache (little-endian floats, versioned).
QByteArray serializeFaces(const std::vector<Face> &faces);
// Returns false when the bytes are not a valid serialisation (the cache then detects again).
bool deserializeFaces(const QByteArray &bytes, std::vector<Face> &faces);

} // namespace maskbench
