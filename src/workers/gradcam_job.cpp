#include "workers/gradcam_job.h"

#include "core/common/error.h"
#include "core/eval/inference.h"
#include "workers/worker_errors.h"

#include <QFile>
#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentRun>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace maskbench {

GradCamJob::GradCamJob(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1); // one model, one computation at a time
}

GradCamJob::~GradCamJob()
{
    {
        QMutexLocker lock(&m_mutex);
        m_next.reset();
    }
    m_pool.waitForDone();
}

void GradCamJob::request(const GradCamRequest &request)
{
    QMutexLocker lock(&m_mutex);
    m_next = request;
    if (m_running)
        return;
    m_running = true;
    (void)QtConcurrent::run(&m_pool, [this] { work(); });
}

void GradCamJob::work()
{
    for (;;) {
        GradCamRequest r;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_next) {
                m_running = false;
                return;
            }
            r = *m_next;
            m_next.reset();
        }
        try {
            const QString key = r.runDir + QLatin1Char('\n') + r.checkpoint;
            if (!m_model || key != m_modelKey) {
                m_model.reset();
                m_model = RunModel::open(r.runDir, r.checkpoint, 1);
                m_modelKey = key;
            }
            const cv::Mat image = cv::imread(QFile::encodeName(r.imagePath).toStdString(), cv::IMREAD_COLOR);
            if (image.empty())
                throw Error(tr("%1: cannot be read as an image").arg(r.imagePath));
            const GradCamResult g = m_model->gradCam(image, r.targetClass);
            const auto toQImage = [](const cv::Mat &bgr) {
                cv::Mat rgb;
                cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
                return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
            };
            // Alpha 1: the colour map alone, resized to the picture (core's one colouring).
            const cv::Mat heat = overlayHeatMap(image, g.heat, 1.0);
            Q_EMIT ready(r.imagePath, toQImage(image), toQImage(heat), g.layer, g.targetClass);
        } catch (...) {
            Q_EMIT failed(r.imagePath, currentExceptionMessage());
        }
    }
}

} // namespace maskbench
