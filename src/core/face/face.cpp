#include "core/face/face.h"

#include <QDataStream>
#include <QIODevice>

#include <opencv2/calib3d.hpp>

#include <cmath>

namespace maskbench {

HeadPose estimateHeadPose(const std::array<cv::Point2f, kLandmarkCount> &lm, cv::Size imageSize)
{
    // A generic face in millimetres in the camera's axes (x right, y down, z away from the
    // camera), nose tip at the origin, so a frontal face has the identity rotation. Six points
    // whose depth is well known: eye outer corners, nose tip, mouth corners, chin.
    static const std::vector<cv::Point3d> model = {
        {0.0, 0.0, 0.0},         // 31 nose tip
        {0.0, 330.0, 65.0},      // 9 chin
        {-225.0, -170.0, 135.0}, // 37 image-left eye, outer corner
        {225.0, -170.0, 135.0},  // 46 image-right eye, outer corner
        {-150.0, 150.0, 125.0},  // 49 image-left mouth corner
        {150.0, 150.0, 125.0},   // 55 image-right mouth corner
    };
    const std::vector<cv::Point2d> image = {lm[30], lm[8], lm[36], lm[45], lm[48], lm[54]};
    const double f = std::max(imageSize.width, imageSize.height);
    const cv::Matx33d camera(f, 0, imageSize.width / 2.0, 0, f, imageSize.height / 2.0, 0, 0, 1);
    // Start from a frontal face at the distance its eye span implies: without a guess the
    // iterative solver sometimes lands on the mirrored solution (face seen from behind).
    const double eyeSpan = std::max(1.0, double(cv::norm(lm[45] - lm[36])));
    const double z = f * 450.0 / eyeSpan;
    cv::Mat rvec = (cv::Mat_<double>(3, 1) << 0.0, 0.0, 0.0);
    cv::Mat tvec = (cv::Mat_<double>(3, 1) << (lm[30].x - camera(0, 2)) * z / f, (lm[30].y - camera(1, 2)) * z / f, z);
    HeadPose pose;
    try {
        if (!cv::solvePnP(model, image, camera, cv::noArray(), rvec, tvec, true, cv::SOLVEPNP_ITERATIVE))
            return pose;
    } catch (const cv::Exception &) {
        return pose;
    }
    cv::Matx33d r;
    cv::Rodrigues(rvec, r);
    // R = Ry(yaw) * Rx(pitch) * Rz(roll) in camera axes: yaw about the vertical axis first, so
    // the three angles read like a person describes a turned head.
    const double pitch = std::asin(std::clamp(-r(1, 2), -1.0, 1.0));
    const double yaw = std::atan2(r(0, 2), r(2, 2));
    const double roll = std::atan2(r(1, 0), r(1, 1));
    constexpr double deg = 180.0 / M_PI;
    // Signs chosen so that yaw > 0 when the nose points towards the image's right, pitch > 0 when
    // it points up (image y grows downwards) and roll > 0 for a clockwise tilt on screen.
    pose.yaw = -yaw * deg;
    pose.pitch = pitch * deg;
    pose.roll = roll * deg;
    pose.valid = std::isfinite(pose.yaw) && std::isfinite(pose.pitch) && std::isfinite(pose.roll);
    return pose;
}

namespace {
constexpr quint32 kMagic = 0x4d424c4d; // "MBLM"
constexpr quint8 kVersion = 1;
} // namespace

QByteArray serializeFaces(const std::vector<Face> &faces)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_0);
    s.setByteOrder(QDataStream::LittleEndian);
    s.setFloatingPointPrecision(QDataStream::SinglePrecision);
    s << kMagic << kVersion << quint32(faces.size());
    for (const Face &f : faces) {
        s << f.box.x << f.box.y << f.box.width << f.box.height;
        for (const cv::Point2f &p : f.landmarks)
            s << p.x << p.y;
        s << float(f.score) << float(f.pose.yaw) << float(f.pose.pitch) << float(f.pose.roll) << quint8(f.pose.valid);
    }
    return out;
}

bool deserializeFaces(const QByteArray &bytes, std::vector<Face> &faces)
{
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_0);
    s.setByteOrder(QDataStream::LittleEndian);
    s.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 magic = 0, count = 0;
    quint8 version = 0;
    s >> magic >> version >> count;
    if (s.status() != QDataStream::Ok || magic != kMagic || version != kVersion || count > 1000)
        return false;
    std::vector<Face> result(count);
    for (Face &f : result) {
        s >> f.box.x >> f.box.y >> f.box.width >> f.box.height;
        for (cv::Point2f &p : f.landmarks)
            s >> p.x >> p.y;
        float score = 0, yaw = 0, pitch = 0, roll = 0;
        quint8 valid = 0;
        s >> score >> yaw >> pitch >> roll >> valid;
        f.score = score;
        f.pose = HeadPose{yaw, pitch, roll, valid != 0};
    }
    if (s.status() != QDataStream::Ok || !s.atEnd())
        return false;
    faces = std::move(result);
    return true;
}

} // namespace maskbench
