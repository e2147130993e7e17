#pragma once
// Builds the masked-face models (face/masked_face_models.h) off the UI thread: QtConcurrent on a
// dedicated QThreadPool, watched by a QFutureWatcher (STYLE rule 5), progress throttled (rule 6).
// Cancel takes effect between stages: dlib's two trainers cannot be interrupted, so a cancel
// during one of them lands when it ends, and nothing is written then (the earlier models, if any,
// stay in use). Destroying a running job cancels it and waits.

#include "core/common/progress.h"
#include "workers/dataset_job.h" // Progress metatype
#include "core/face/masked_face_models.h"
#include "workers/throttled_task.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace maskbench {

struct FaceModelsJobResult
{
    std::shared_ptr<const MaskedFaceTrainingResult> result;
    QString error;
    bool cancelled = false;
};

class FaceModelsJob : public QObject
{
    Q_OBJECT
public:
    explicit FaceModelsJob(QObject *parent = nullptr);
    ~FaceModelsJob() override;

    void start(const MaskedFaceTrainingOptions &options);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(const maskbench::Progress &progress);
    void finished(std::shared_ptr<const maskbench::MaskedFaceTrainingResult> result);
    void failed(const QString &message);
    void cancelled();

private:
    void onFinished();

    QThreadPool m_pool;
    QFutureWatcher<FaceModelsJobResult> m_watcher;
    bool m_running = false;
    ProgressMailbox m_progress;
};

} // namespace maskbench
