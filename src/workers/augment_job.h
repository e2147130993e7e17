#pragma once
// Runs core's resumable batch augmentation (mask/augment.h) off the UI thread: QtConcurrent on a
// dedicated QThreadPool, watched by a QFutureWatcher (STYLE rule 5). Progress arrives throttled to
// about 10 updates a second (rule 6) on the thread that owns the job. The job's own threads come
// from core's parallelFor. Cancel stops between images: everything written stays, and running the
// same settings again resumes. Destroying a running job cancels it and waits.

#include "core/common/progress.h"
#include "workers/dataset_job.h" // Progress metatype
#include "core/mask/augment.h"
#include "workers/throttled_task.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace maskbench {

struct AugmentJobResult
{
    std::shared_ptr<const AugmentSummary> summary;
    QString error;
    bool cancelled = false;
};

class AugmentJob : public QObject
{
    Q_OBJECT
public:
    explicit AugmentJob(QObject *parent = nullptr);
    ~AugmentJob() override;

    void start(const AugmentOptions &options);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(const maskbench::Progress &progress);
    void finished(std::shared_ptr<const maskbench::AugmentSummary> summary);
    void failed(const QString &message);
    void cancelled();

private:
    void onFinished();

    QThreadPool m_pool;
    QFutureWatcher<AugmentJobResult> m_watcher;
    bool m_running = false;
    ProgressMailbox m_progress;
};

} // namespace maskbench
