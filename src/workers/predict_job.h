#pragma once
// Predicts photos off the UI thread with core's Predictor (core/eval/predictor.h: the pipeline
// `maskbench-cli predict` uses): QtConcurrent on a dedicated one-thread pool watched by a
// QFutureWatcher (STYLE rule 5), progress with ETA throttled to about ten updates a second
// (rule 6), every exception turned into failed() (rule 7). Rows stream to the UI as they are
// done (rowsReady, at each progress tick and at the end), each with a small picture of what was
// framed. Cancel takes effect after the current image; the rows so far stay. Destroying a running
// job cancels it and waits.

#include "core/common/progress.h"
#include "core/eval/predictor.h"
#include "workers/dataset_job.h" // Progress metatype
#include "workers/throttled_task.h"

#include <QFutureWatcher>
#include <QImage>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QVector>

namespace maskbench {

struct PredictRow
{
    QString path;
    PredictStatus status = PredictStatus::Unreadable;
    QString label;                 // the predicted class, when answered
    double probability = 0;        // of that class
    std::vector<double> probs;     // per class, when answered
    QString how;                   // how the face was framed
    QString note;                  // why it was not answered
    QImage picture;                // the photo (or masked input) with the face box, at most 480 px
};

struct PredictJobResult
{
    QStringList files;             // every image asked about
    QStringList problems;          // inputs that were not found or held no images
    QString error;
    bool cancelled = false;
};

class PredictJob : public QObject
{
    Q_OBJECT
public:
    explicit PredictJob(QObject *parent = nullptr);
    ~PredictJob() override;

    // inputs: image files and folders (searched recursively).
    void start(const PredictOptions &options, const QStringList &inputs);
    void cancel();
    bool isRunning() const;
    QStringList classes() const;   // known once the first rows arrive

Q_SIGNALS:
    void progress(const maskbench::Progress &progress);
    void rowsReady(const QVector<maskbench::PredictRow> &rows);
    void finished(const maskbench::PredictJobResult &result);
    void failed(const QString &message);

private:
    void deliverRows();
    void onFinished();

    QThreadPool m_pool;
    QFutureWatcher<PredictJobResult> m_watcher;
    bool m_running = false;
    ProgressMailbox m_progress;
    mutable QMutex m_mutex;        // guards the two below (written by the worker)
    QVector<PredictRow> m_pending;
    QStringList m_classes;
};

} // namespace maskbench

Q_DECLARE_METATYPE(maskbench::PredictRow)
Q_DECLARE_METATYPE(maskbench::PredictJobResult)
