#pragma once
// The Masks panel's restartable preview (STYLE rule 5, shaped like qtbase's mandelbrot
// RenderThread): one long-lived thread that owns a FaceDetector (dlib's is not thread-safe) and a
// LandmarkCache connection. render() replaces the pending request and interrupts the one in
// progress, so dragging an anchor or flicking through templates never queues stale work; only
// the newest request's result is delivered.
//
// Per image the decoded pixels and the faces are kept, so a template, colour, seed or placement
// change re-runs only the overlay (milliseconds); the faces come from the landmark cache when it
// has them, so a second look at an image runs no detection. Results are QImages and small value
// types (rule 6); rendered() arrives queued on the renderer's owner thread. Every exception
// becomes the result's error text (rule 7).

#include "core/face/face.h"
#include "core/mask/mask_overlay.h"
#include "core/mask/placement.h"

#include <QImage>
#include <QMetaType>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <memory>
#include <optional>

namespace maskbench {

struct MaskPreviewRequest
{
    QString path;
    MaskSpec spec;
    OverlayOptions overlay;
    // Set while a person drags an anchor: this placement, not the saved one.
    std::optional<PlacementOverride> placement;
};

struct MaskPreview
{
    quint64 id = 0;          // render()'s return value for the request this answers
    // A first, partial answer for a new image: decoded, faces not known yet (a detection takes
    // a while, the first one seconds while the model loads). Only path, original and hash are set.
    bool partial = false;
    QString path;
    QString error;           // the image could not be read or the detector failed
    QImage original;         // RGB888, oriented
    QByteArray hash;         // content hash (placement key)
    int faceCount = 0;
    Face face;               // the largest face (valid when faceCount > 0)
    bool fromCache = false;  // landmarks came from the landmark cache
    double detectMs = 0;     // time to find the faces (decode excluded)
    bool loadedModel = false; // this detection also loaded the landmark model (seconds)
    bool maskOk = false;
    QString maskProblem;
    QImage masked;           // RGB888; the original when the mask could not be placed
    Coverage coverage;
    QString templateName;
    QString colour;
    PlacementOverride placement; // the placement used (zero = none)
    bool placementSaved = false; // it came from the placement store
    std::array<cv::Point2f, 6> anchors{}; // where the mask's anchors landed (image pixels)
    double maskMs = 0;
};

class MaskPreviewRenderer : public QThread
{
    Q_OBJECT
public:
    // Empty paths: LandmarkCache::defaultPath(); a null store: no saved placements.
    explicit MaskPreviewRenderer(std::shared_ptr<PlacementStore> placements, QString cachePath = QString(),
                                 QObject *parent = nullptr);
    ~MaskPreviewRenderer() override;

    // Queues the request (replacing one not yet started, interrupting one in progress); returns
    // its id.
    quint64 render(const MaskPreviewRequest &request);

Q_SIGNALS:
    void rendered(const maskbench::MaskPreview &preview);

protected:
    void run() override;

private:
    struct State;
    bool compute(const MaskPreviewRequest &request, MaskPreview &out, State &state);
    bool restartRequested();

    std::shared_ptr<PlacementStore> m_placements;
    QString m_cachePath;
    QMutex m_mutex;
    QWaitCondition m_condition;
    MaskPreviewRequest m_request;
    quint64 m_id = 0;
    bool m_restart = false;
    bool m_abort = false;
};

// QImage (RGB888) of an 8-bit BGR mat; a deep copy, safe to send across threads.
QImage imageFromBgr(const cv::Mat &bgr);

} // namespace maskbench

Q_DECLARE_METATYPE(maskbench::MaskPreview)

namespace maskbench {
// The template as a picture (RGBA, alpha kept) for pickers: rendered by core, converted to a
// QImage so it may cross threads. Throws Error for a bad colour.
QImage maskTemplateImage(MaskType type, const QString &colour = QString());
} // namespace maskbench
