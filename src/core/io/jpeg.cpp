#include "core/io/jpeg.h"

#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <jpeglib.h>

namespace maskbench {
namespace {

// libjpeg reports fatal errors through error_exit, which must not return: jump back to the
// caller's setjmp. Warnings (corrupt data it can step over) only set a flag: the result is then
// not trusted and OpenCV decodes the file as before.
struct ErrorManager
{
    jpeg_error_mgr mgr;
    std::jmp_buf jump;
    bool warned = false;
};

void onError(j_common_ptr info)
{
    std::longjmp(reinterpret_cast<ErrorManager *>(info->err)->jump, 1);
}

void onMessage(j_common_ptr info, int level)
{
    if (level < 0)
        reinterpret_cast<ErrorManager *>(info->err)->warned = true;
}

} // namespace

// No C++ object with a destructor lives between setjmp and a possible longjmp in these two
// functions (the cv::Mat is the caller's), so jumping over frames is safe.
bool decodeJpegBgr(const QByteArray &bytes, cv::Mat &bgr)
{
    if (bytes.size() < 4 || uchar(bytes[0]) != 0xFF || uchar(bytes[1]) != 0xD8)
        return false;
    jpeg_decompress_struct info;
    ErrorManager err;
    info.err = jpeg_std_error(&err.mgr);
    err.mgr.error_exit = onError;
    err.mgr.emit_message = onMessage;
    if (setjmp(err.jump)) {
        jpeg_destroy_decompress(&info);
        return false;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<unsigned long>(bytes.size()));
    jpeg_save_markers(&info, JPEG_APP0 + 1, 0xFFFF);
    bool usable = jpeg_read_header(&info, TRUE) == JPEG_HEADER_OK && info.num_components == 3
                  && info.jpeg_color_space == JCS_YCbCr && info.data_precision == 8;
    for (jpeg_saved_marker_ptr m = info.marker_list; usable && m; m = m->next)
        if (m->marker == JPEG_APP0 + 1 && m->data_length >= 4 && std::memcmp(m->data, "Exif", 4) == 0)
            usable = false;
    if (!usable || err.warned) {
        jpeg_destroy_decompress(&info);
        return false;
    }
    info.out_color_space = JCS_EXT_BGR;
    jpeg_start_decompress(&info);
    if (info.output_components != 3) {
        jpeg_destroy_decompress(&info);
        return false;
    }
    bgr.create(int(info.output_height), int(info.output_width), CV_8UC3);
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = bgr.ptr<uchar>(int(info.output_scanline));
        jpeg_read_scanlines(&info, &row, 1);
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    return !err.warned;
}

bool encodeJpegBgr(const cv::Mat &bgr, int quality, std::vector<uchar> &out)
{
    if (bgr.empty() || bgr.type() != CV_8UC3)
        return false;
    jpeg_compress_struct info;
    ErrorManager err;
    info.err = jpeg_std_error(&err.mgr);
    err.mgr.error_exit = onError;
    unsigned char *buffer = nullptr;
    unsigned long size = 0;
    if (setjmp(err.jump)) {
        jpeg_destroy_compress(&info);
        std::free(buffer);
        return false;
    }
    jpeg_create_compress(&info);
    jpeg_mem_dest(&info, &buffer, &size);
    info.image_width = JDIMENSION(bgr.cols);
    info.image_height = JDIMENSION(bgr.rows);
    info.input_components = 3;
    info.in_color_space = JCS_EXT_BGR;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, quality, TRUE);
    jpeg_start_compress(&info, TRUE);
    while (info.next_scanline < info.image_height) {
        JSAMPROW row = const_cast<uchar *>(bgr.ptr<uchar>(int(info.next_scanline)));
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    out.assign(buffer, buffer + size);
    jpeg_destroy_compress(&info);
    std::free(buffer);
    return true;
}

} // namespace maskbench
