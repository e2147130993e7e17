#include "workers/predict_job.h"

#include "workers/mask_preview.h" // imageFromBgr

#include <opencv2/imgproc.hpp>

namespace maskbench {
namespace {

QImage framedPicture(const ImagePrediction &p)
{
    if (p.shown.empty())
        return {};
    cv::Mat out = p.shown.clone();
    const double thickness = std::max(1.0, out.cols / 200.0);
    if (p.shownFrame.cropped)
        cv::rectangle(out, p.shownFrame.crop, cv::Scalar(200, 160, 40), int(thickness));
    if (p.shownFrame.faceFound)
        cv::rectangle(out, cv::Rect(p.shownFrame.faceBox), cv::Scalar(60, 200, 60), int(thickness));
    const int longest = std::max(out.cols, out.rows);
    if (longest > 480) {
        const double s = 480.0 / longest;
        cv::resize(out, out, cv::Size(), s, s, cv::INTER_AREA);
    }
    return imageFromBgr(out);
}

} // namespace

PredictJob::PredictJob(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<maskbench::Progress>();
    qRegisterMetaType<maskbench::PredictRow>();
    qRegisterMetaType<QVector<maskbench::PredictRow>>();
    qRegisterMetaType<maskbench::PredictJobResult>();
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<PredictJobResult>::finished, this, &PredictJob::onFinished);
    connect(&m_watcher, &QFutureWatcher<PredictJobResult>::progressValueChanged, this, [this] {
        deliverRows();
        Q_EMIT progress(m_progress.latest());
    });
}

PredictJob::~PredictJob()
{
    if (m_watcher.isRunning()) {
        m_watcher.future().cancel();
        m_watcher.future().waitForFinished();
    }
}

bool PredictJob::isRunning() const { return m_running; }

void PredictJob::cancel()
{
    if (m_running)
        m_watcher.future().cancel();
}

QStringList PredictJob::classes() const
{
    QMutexLocker lock(&m_mutex);
    return m_classes;
}

void PredictJob::start(const PredictOptions &options, const QStringList &inputs)
{
    if (isRunning())
        return;
    m_running = true;
    {
        QMutexLocker lock(&m_mutex);
        m_pending.clear();
        m_classes.clear();
    }
    m_watcher.setFuture(runThrottled<PredictJobResult>(m_pool, m_progress, [this, options, inputs](const ProgressCallback &cb) {
        PredictJobResult result;
        reportProgress(cb, {Predictor::tr("Loading the model"), 0, 0, -1});
        Predictor predictor(options);
        const QStringList classes = predictor.classes();
        {
            QMutexLocker lock(&m_mutex);
            m_classes = classes;
        }
        result.files = expandImageInputs(inputs, &result.problems);
        // The rows are the outcome (the dialog counts them as they arrive); on Cancel the future
        // is cancelled and runThrottled delivers no result, so nothing else is kept here.
        predictFiles(predictor, result.files, [&](const ImagePrediction &p) {
            PredictRow row;
            row.path = p.path;
            row.status = p.status;
            row.note = p.note;
            row.how = p.how;
            if (p.answered()) {
                row.label = classes.value(p.predicted);
                row.probability = p.probs[size_t(p.predicted)];
                row.probs = p.probs;
            }
            row.picture = framedPicture(p);
            QMutexLocker lock(&m_mutex);
            m_pending.append(std::move(row));
        }, cb);
        return result;
    }));
}

void PredictJob::deliverRows()
{
    QVector<PredictRow> rows;
    {
        QMutexLocker lock(&m_mutex);
        rows.swap(m_pending);
    }
    if (!rows.isEmpty())
        Q_EMIT rowsReady(rows);
}

void PredictJob::onFinished()
{
    m_running = false;
    deliverRows();
    const QFuture<PredictJobResult> f = m_watcher.future();
    PredictJobResult r;
    if (f.resultCount() == 0)
        r.cancelled = true;
    else
        r = f.result();
    if (!r.error.isEmpty())
        Q_EMIT failed(r.error);
    else
        Q_EMIT finished(r);
}

} // namespace maskbench
