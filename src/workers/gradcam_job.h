#pragma once
// Grad-CAM for the GUI: loads a run's checkpoint once (on the job's own thread) and computes the
// heat map of one image at a time, off the UI thread (STYLE rule 5). Only the newest request is
// computed; older ones still waiting are dropped (the user has clicked on). The result is a
// picture and its colour-mapped heat map as QImages, never a tensor or cv::Mat (rule 6).
// Errors (no checkpoint, unreadable image) arrive as failed(QString).

#include <QImage>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <vector>

namespace maskbench {

class RunModel;

struct GradCamRequest
{
    QString runDir;
    QString checkpoint = QStringLiteral("best");
    QString imagePath;
    int targetClass = -1; // -1: the predicted class
};

class GradCamJob : public QObject
{
    Q_OBJECT
public:
    explicit GradCamJob(QObject *parent = nullptr);
    ~GradCamJob() override; // waits for the running computation

    void request(const GradCamRequest &request);

Q_SIGNALS:
    // image: the picture, full size (RGB888); heat: the heat map at the same size in the JET
    // colour map (0 blue .. 1 red), for the viewer to blend at any opacity; layer: the
    // convolutional stage the map comes from; targetClass: the class it explains.
    void ready(const QString &imagePath, const QImage &image, const QImage &heat, const QString &layer, int targetClass);
    void failed(const QString &imagePath, const QString &message);

private:
    void work();

    QThreadPool m_pool;
    QMutex m_mutex;
    std::optional<GradCamRequest> m_next;
    bool m_running = false;
    // Touched only by the pool's single thread.
    std::unique_ptr<RunModel> m_model;
    QString m_modelKey;
};

} // namespace maskbench
