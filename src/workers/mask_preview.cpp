#include "workers/mask_preview.h"

#include "core/face/face_detector.h"
#include "core/face/face_lookup.h"
#include "core/face/image_input.h"
#include "core/face/landmark_cache.h"
#include "workers/worker_errors.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <opencv2/imgproc.hpp>

namespace maskbench {

QImage imageFromBgr(const cv::Mat &bgr)
{
    if (bgr.empty())
        return QImage();
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

// What the thread keeps between requests: the detector, the cache, the last image and its faces.
struct MaskPreviewRenderer::State
{
    std::unique_ptr<FaceDetector> detector;
    std::unique_ptr<LandmarkCache> cache;
    QString cacheError;
    QString path;
    ImageInput input;
    QImage original;
    std::vector<Face> faces;
    bool facesKnown = false;
    bool fromCache = false;
    double detectMs = 0;
    bool loadedModel = false;
    bool detectorUsed = false;
    QString error;
};

MaskPreviewRenderer::MaskPreviewRenderer(std::shared_ptr<PlacementStore> placements, QString cachePath, QObject *parent)
    : QThread(parent), m_placements(std::move(placements)), m_cachePath(std::move(cachePath))
{
    qRegisterMetaType<maskbench::MaskPreview>();
}

MaskPreviewRenderer::~MaskPreviewRenderer()
{
    {
        QMutexLocker lock(&m_mutex);
        m_abort = true;
        m_condition.wakeOne();
    }
    wait();
}

quint64 MaskPreviewRenderer::render(const MaskPreviewRequest &request)
{
    QMutexLocker lock(&m_mutex);
    m_request = request;
    const quint64 id = ++m_id;
    if (!isRunning()) {
        start(QThread::LowPriority);
    } else {
        m_restart = true;
        m_condition.wakeOne();
    }
    return id;
}

bool MaskPreviewRenderer::restartRequested()
{
    QMutexLocker lock(&m_mutex);
    return m_restart || m_abort;
}

bool MaskPreviewRenderer::compute(const MaskPreviewRequest &request, MaskPreview &out, State &s)
{
    out.path = request.path;
    if (s.path != request.path) {
        // A new image: forget the old one's pixels and faces, keep the detector and cache.
        s.input = ImageInput();
        s.original = QImage();
        s.faces.clear();
        s.facesKnown = false;
        s.fromCache = false;
        s.detectMs = 0;
        s.loadedModel = false;
        s.error.clear();
        s.path = request.path;
        s.input = readImageInput(request.path);
        if (s.input.status != ImageInputStatus::Ok) {
            s.error = QCoreApplication::translate("MaskPreview", "%1: %2").arg(request.path, s.input.error);
        } else {
            s.original = imageFromBgr(s.input.image);
        }
    }
    out.error = s.error;
    out.original = s.original;
    out.hash = s.input.hash;
    if (!s.error.isEmpty())
        return true;
    if (restartRequested())
        return false;

    if (!s.facesKnown) {
        // Let the picture appear at once; the landmarks follow.
        MaskPreview partial;
        partial.id = out.id;
        partial.partial = true;
        partial.path = out.path;
        partial.original = out.original;
        partial.hash = out.hash;
        Q_EMIT rendered(partial);
        if (!s.cache && s.cacheError.isEmpty()) {
            try {
                s.cache = std::make_unique<LandmarkCache>(m_cachePath.isEmpty() ? LandmarkCache::defaultPath() : m_cachePath);
            } catch (...) {
                s.cacheError = currentExceptionMessage(); // detect every time instead
            }
        }
        if (!s.detector) {
            FaceDetectorOptions options;
            options.loadLazily = true; // cached images never load the 100 MB model
            s.detector = std::make_unique<FaceDetector>(options);
        }
        QElapsedTimer t;
        t.start();
        const FaceLookup lookup = findFaces(s.input, *s.detector, s.cache.get());
        s.detectMs = double(t.nsecsElapsed()) / 1e6;
        s.faces = lookup.faces;
        s.fromCache = lookup.fromCache;
        s.loadedModel = !lookup.fromCache && !s.detectorUsed;
        s.detectorUsed = s.detectorUsed || !lookup.fromCache;
        s.facesKnown = true;
    }
    out.faceCount = int(s.faces.size());
    out.fromCache = s.fromCache;
    out.detectMs = s.detectMs;
    out.loadedModel = s.loadedModel;
    out.masked = s.original;
    if (s.faces.empty())
        return true;
    out.face = s.faces.front();
    if (restartRequested())
        return false;

    const QString templateName = maskTypeName(request.spec.type);
    if (request.placement) {
        out.placement = *request.placement;
    } else if (m_placements) {
        if (const std::optional<PlacementOverride> saved = m_placements->find(s.input.hash, templateName)) {
            out.placement = *saved;
            out.placementSaved = true;
        }
    }
    const Face placed = applyPlacement(out.face, out.placement);
    for (size_t i = 0; i < kPlacementLandmarks.size(); ++i)
        out.anchors[i] = placed.point(kPlacementLandmarks[i]);
    QElapsedTimer t;
    t.start();
    const MaskResult r = applyMask(s.input.image, placed, request.spec, request.overlay);
    out.maskMs = double(t.nsecsElapsed()) / 1e6;
    out.maskOk = r.ok;
    out.maskProblem = r.problem;
    out.coverage = r.coverage;
    out.templateName = r.templateName;
    out.colour = r.colour;
    if (r.ok)
        out.masked = imageFromBgr(r.image);
    return true;
}

void MaskPreviewRenderer::run()
{
    State state;
    for (;;) {
        MaskPreviewRequest request;
        quint64 id = 0;
        {
            QMutexLocker lock(&m_mutex);
            if (m_abort)
                return;
            request = m_request;
            id = m_id;
            m_restart = false;
        }
        MaskPreview out;
        out.id = id;
        bool complete = true;
        try {
            complete = compute(request, out, state);
        } catch (...) {
            out.error = currentExceptionMessage();
            state.path.clear(); // try again from scratch on the next request
        }
        {
            QMutexLocker lock(&m_mutex);
            if (m_abort)
                return;
            if (complete && !m_restart)
                Q_EMIT rendered(out);
            if (!m_restart)
                m_condition.wait(&m_mutex);
            m_restart = false;
        }
    }
}

} // namespace maskbench

namespace maskbench {

QImage maskTemplateImage(MaskType type, const QString &colour)
{
    MaskSpec spec;
    spec.type = type;
    spec.colour = colour;
    const std::shared_ptr<const MaskTemplate> t = maskTemplate(spec);
    cv::Mat rgba;
    cv::cvtColor(t->rgba, rgba, cv::COLOR_BGRA2RGBA);
    return QImage(rgba.data, rgba.cols, rgba.rows, int(rgba.step), QImage::Format_RGBA8888).copy();
}

} // namespace maskbench
