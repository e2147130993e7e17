#pragma once
// Baseline 8-bit colour JPEG straight through libjpeg-turbo, in OpenCV's BGR order.
//
// Why not cv::imdecode/imencode: OpenCV 4.6 (Debian) has libjpeg produce RGB and then swaps every
// pixel to BGR in a scalar byte loop, and probes every codec and the EXIF block on the way; for
// the small images of a face dataset that was 60% of decoding. Here libjpeg-turbo writes BGR
// itself (JCS_EXT_BGR). Same library, same settings (islow DCT, fancy upsampling; quality with
// baseline tables, 4:2:0, no optimisation): the pixels and the encoded bytes equal OpenCV's
// (tst_face checks both on the shared data).
//
// Contract: the decoder handles only the common case, and answers false for anything else so the
// caller falls back to cv::imdecode: not 3-component YCbCr, not 8-bit, an EXIF block (orientation
// is OpenCV's job), or any libjpeg error or warning (truncated or corrupt data). Never throws.

#include <QByteArray>
#include <opencv2/core/mat.hpp>

#include <vector>

namespace maskbench {

bool decodeJpegBgr(const QByteArray &bytes, cv::Mat &bgr);

// bgr: CV_8UC3. quality 1..100. False on failure (then use cv::imencode).
bool encodeJpegBgr(const cv::Mat &bgr, int quality, std::vector<uchar> &out);

} // namespace maskbench
