#include "core/train/trainer_p.h"

namespace maskbench::train_detail {

void Run::log(const QString &line, TrainEvent::Level level)
{
    const QString stamped = QDateTime::currentDateTime().toString(Qt::ISODate) + QLatin1Char(' ') + line + QLatin1Char('\n');
    if (m_log) {
        m_log->write(stamped.toUtf8());
        m_log->flush();
    }
    TrainEvent e;
    e.kind = TrainEvent::Log;
    e.message = line;
    e.level = level;
    emitEvent(e);
}

// TrainConfig::weights "imagenet": the Keras Applications file for this model, from the cache or
// downloaded now (before the run folder exists, so a failed download leaves nothing behind).
// Progress goes to the log about every 10%; Stop cancels the download (the partial file is kept
// for the next try).
QString Run::fetchImageNetWeights()
{
    const QString model = canonicalModelName(m_c.model.name);
    const bool top = m_c.model.head == QLatin1String("keras-top");
    const KerasWeightsFile *file = kerasWeightsFile(model, top); // throws for models Keras has no file for
    const QString cached = kerasWeightsCachePath(*file);
    if (!QFileInfo::exists(cached))
        log(TrainerTr::tr("downloading Keras' ImageNet weights for %1 (%2) into %3").arg(model, file->fileName(), cached), TrainEvent::Notice);
    int lastDecile = -1;
    QString path;
    try {
        path = fetchKerasWeights(model, top, [&](const Progress &p) {
            if (m_control && m_control->stop.load())
                return false;
            const int decile = p.total > 0 ? int(10 * p.done / p.total) : -1;
            if (decile > lastDecile) {
                lastDecile = decile;
                log(TrainerTr::tr("  %1 of %2 MB%3").arg(p.done / 1e6, 0, 'f', 1).arg(p.total / 1e6, 0, 'f', 1)
                        .arg(p.etaSeconds >= 0 ? TrainerTr::tr(", about %1 s left").arg(qRound(p.etaSeconds)) : QString()), TrainEvent::Notice);
            }
            return true;
        });
    } catch (const Cancelled &) {
        throw Error(TrainerTr::tr("Stopped while downloading the ImageNet weights; nothing was trained. The part already "
                       "downloaded is kept in %1: starting again resumes it").arg(QFileInfo(cached).absolutePath()));
    }
    log(TrainerTr::tr("ImageNet weights: %1").arg(path), TrainEvent::Notice);
    return path;
}

void Run::event(const QJsonObject &o)
{
    if (m_events) {
        m_events->write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        m_events->flush();
    }
}

bool Run::waitWhilePaused()
{
    if (!m_control)
        return true;
    bool logged = false;
    QElapsedTimer paused;
    paused.start();
    while (m_control->pause.load() && !m_control->stop.load()) {
        if (!logged) {
            log(TrainerTr::tr("paused"));
            setStatus(RunState::Paused);
            logged = true;
        }
        heartbeat();
        QThread::msleep(50);
    }
    if (logged)
        m_pausedNs += paused.nsecsElapsed();
    if (logged && !m_control->stop.load()) {
        log(TrainerTr::tr("resumed"));
        setStatus(RunState::Running);
    }
    return !m_control->stop.load();
}

void Run::setStatus(RunState state, const QString &message)
{
    m_state = state;
    RunStatus s;
    s.state = state;
    s.epoch = m_result.epochsDone;
    s.totalEpochs = m_c.totalEpochs();
    const QDir run(m_dir);
    if (QFileInfo::exists(run.filePath(QStringLiteral("checkpoints/last.pt"))))
        s.resumeFrom = QStringLiteral("checkpoints/last.pt");
    else if (QFileInfo::exists(run.filePath(QStringLiteral("checkpoints/") + QString::fromLatin1(checkpoint::kPreviousLast))))
        s.resumeFrom = QStringLiteral("checkpoints/") + QString::fromLatin1(checkpoint::kPreviousLast);
    s.message = message;
    writeRunStatus(m_dir, s);
    m_statusClock.restart();
}

void Run::heartbeat()
{
    if (m_state == RunState::Unknown || m_statusClock.elapsed() < kHeartbeatSeconds * 1000)
        return;
    try {
        setStatus(m_state);
    } catch (const Error &) {
        m_statusClock.restart(); // a full disk shows at the next checkpoint, with its own message
    }
}

void Run::lockRunFolder()
{
    const QString path = QDir(m_dir).filePath(QStringLiteral("run.lock"));
    m_lock = std::make_unique<QLockFile>(path);
    m_lock->setStaleLockTime(0); // never stale by age (runs take hours); only when its process is gone
    if (m_lock->tryLock(0))
        return;
    qint64 pid = 0;
    QString host, app;
    m_lock->getLockInfo(&pid, &host, &app);
    const QLockFile::LockError why = m_lock->error();
    m_lock.reset();
    if (why == QLockFile::LockFailedError)
        throw Error(TrainerTr::tr("%1 is being trained by another process (%2, process %3 on %4); wait for it to finish or stop it first")
                        .arg(m_dir, app.isEmpty() ? TrainerTr::tr("unknown program") : app).arg(pid).arg(host));
    throw Error(TrainerTr::tr("Cannot lock the run folder %1 (%2): check that it is writable").arg(m_dir, path));
}

} // namespace maskbench::train_detail
