#include "core/train/run_record.h"

#include "core/common/error.h"
#include "core/io/csv.h"
#include "core/train/trainer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace maskbench {
namespace {

// This file's messages: looked up under "RunRecord" and extracted there by lupdate.
struct RunRecordTr
{
    Q_DECLARE_TR_FUNCTIONS(RunRecord)
};

const char *const kStateNames[] = {"unknown", "running", "paused", "stopped", "finished", "failed"};

QJsonObject readObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Runs from before status.json: the engine logged "stopped ..." as the last line of train.log.
bool legacyLoggedStop(const QString &runDir)
{
    QFile f(QDir(runDir).filePath(QStringLiteral("train.log")));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    f.seek(std::max<qint64>(0, f.size() - 400));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    return !lines.isEmpty() && lines.last().contains(" stopped ");
}

RunStatus legacyStatus(const QString &runDir)
{
    RunStatus s;
    const QJsonObject config = readObject(QDir(runDir).filePath(QStringLiteral("config.json")));
    if (config.isEmpty())
        return s;
    try {
        s.totalEpochs = TrainConfig::fromJson(config).totalEpochs();
    } catch (...) {
        s.totalEpochs = 0;
    }
    try {
        s.epoch = readRunMetrics(runDir).epochs();
    } catch (const Error &) {
        s.epoch = 0;
    }
    const QFileInfo events(QDir(runDir).filePath(QStringLiteral("events.jsonl")));
    s.updated = events.exists() ? events.lastModified().toUTC() : QDateTime();
    if (s.totalEpochs > 0 && s.epoch >= s.totalEpochs)
        s.state = RunState::Finished;
    else if (legacyLoggedStop(runDir))
        s.state = RunState::Stopped;
    else if (events.exists() && events.lastModified().secsTo(QDateTime::currentDateTime()) < 60)
        s.state = RunState::Running; // another process writing it; the stale rule applies below
    return s;
}

} // namespace

QString runStateName(RunState state) { return QString::fromLatin1(kStateNames[int(state)]); }

RunState runStateFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(kStateNames)); ++i)
        if (name == QLatin1String(kStateNames[i]))
            return RunState(i);
    return RunState::Unknown;
}

QJsonObject RunStatus::toJson() const
{
    return {{QStringLiteral("state"), runStateName(state)},
            {QStringLiteral("epoch"), epoch},
            {QStringLiteral("total_epochs"), totalEpochs},
            {QStringLiteral("resume_from"), resumeFrom},
            {QStringLiteral("message"), message},
            {QStringLiteral("updated"), updated.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("pid"), pid},
            {QStringLiteral("host"), host}};
}

RunStatus RunStatus::fromJson(const QJsonObject &o)
{
    RunStatus s;
    s.state = runStateFromName(o.value(QStringLiteral("state")).toString());
    s.epoch = o.value(QStringLiteral("epoch")).toInt();
    s.totalEpochs = o.value(QStringLiteral("total_epochs")).toInt();
    s.resumeFrom = o.value(QStringLiteral("resume_from")).toString();
    s.message = o.value(QStringLiteral("message")).toString();
    s.updated = QDateTime::fromString(o.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs);
    s.pid = o.value(QStringLiteral("pid")).toInteger();
    s.host = o.value(QStringLiteral("host")).toString();
    return s;
}

void writeRunStatus(const QString &runDir, RunStatus status)
{
    status.updated = QDateTime::currentDateTimeUtc();
    status.pid = QCoreApplication::applicationPid();
    status.host = QHostInfo::localHostName();
    const QString path = QDir(runDir).filePath(QStringLiteral("status.json"));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(RunRecordTr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    f.write(QJsonDocument(status.toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit())
        throw Error(RunRecordTr::tr("Cannot write %1: %2").arg(path, f.errorString()));
}

RunStatus readRunStatus(const QString &runDir, int staleSeconds)
{
    const QJsonObject o = readObject(QDir(runDir).filePath(QStringLiteral("status.json")));
    RunStatus s = o.isEmpty() ? legacyStatus(runDir) : RunStatus::fromJson(o);
    if ((s.state == RunState::Running || s.state == RunState::Paused) && s.updated.isValid())
        s.stale = s.updated.secsTo(QDateTime::currentDateTimeUtc()) > staleSeconds;
    return s;
}

QString metricsHeader()
{
    return csvLine({QStringLiteral("epoch"), QStringLiteral("stage"), QStringLiteral("loss"), QStringLiteral("accuracy"),
                    QStringLiteral("val_loss"), QStringLiteral("val_accuracy"), QStringLiteral("lr"), QStringLiteral("seconds"),
                    QStringLiteral("images_per_second"), QStringLiteral("data_wait_seconds")});
}

QString metricsRow(const EpochRecord &r)
{
    const EpochMetrics &m = r.metrics;
    return csvLine({QString::number(m.epoch), m.stage, QString::number(m.loss, 'g', 8), QString::number(m.accuracy, 'g', 8),
                    QString::number(m.valLoss, 'g', 8), QString::number(m.valAccuracy, 'g', 8), QString::number(r.learningRate, 'g', 6),
                    QString::number(r.seconds, 'f', 3), QString::number(r.imagesPerSecond, 'f', 2),
                    QString::number(r.dataWaitSeconds, 'f', 3)});
}

QJsonObject epochEventJson(const EpochRecord &r)
{
    const EpochMetrics &m = r.metrics;
    return {{QStringLiteral("type"), QStringLiteral("epoch")},
            {QStringLiteral("epoch"), m.epoch},
            {QStringLiteral("stage"), m.stage},
            {QStringLiteral("loss"), m.loss},
            {QStringLiteral("accuracy"), m.accuracy},
            {QStringLiteral("val_loss"), m.valLoss},
            {QStringLiteral("val_accuracy"), m.valAccuracy},
            {QStringLiteral("lr"), r.learningRate},
            {QStringLiteral("seconds"), r.seconds},
            {QStringLiteral("images_per_second"), r.imagesPerSecond},
            {QStringLiteral("data_wait_seconds"), r.dataWaitSeconds}};
}

QJsonObject batchEventJson(const BatchRecord &r)
{
    return {{QStringLiteral("type"), QStringLiteral("batch")},
            {QStringLiteral("epoch"), r.epoch},
            {QStringLiteral("batch"), r.batch},
            {QStringLiteral("batches"), r.batches},
            {QStringLiteral("stage"), r.stage},
            {QStringLiteral("loss"), r.loss},
            {QStringLiteral("accuracy"), r.accuracy},
            {QStringLiteral("loss_mean"), r.lossMean},
            {QStringLiteral("accuracy_mean"), r.accuracyMean},
            {QStringLiteral("lr"), r.learningRate},
            {QStringLiteral("images_per_second"), r.imagesPerSecond},
            {QStringLiteral("data_wait_seconds"), r.dataWaitSeconds}};
}

BatchRecord batchFromJson(const QJsonObject &o)
{
    BatchRecord r;
    r.epoch = o.value(QStringLiteral("epoch")).toInt();
    r.batch = o.value(QStringLiteral("batch")).toInt();
    r.batches = o.value(QStringLiteral("batches")).toInt();
    r.stage = o.value(QStringLiteral("stage")).toString();
    r.loss = o.value(QStringLiteral("loss")).toDouble();
    r.accuracy = o.value(QStringLiteral("accuracy")).toDouble();
    r.lossMean = o.value(QStringLiteral("loss_mean")).toDouble(-1);
    r.accuracyMean = o.value(QStringLiteral("accuracy_mean")).toDouble(-1);
    r.learningRate = o.value(QStringLiteral("lr")).toDouble();
    r.imagesPerSecond = o.value(QStringLiteral("images_per_second")).toDouble();
    r.dataWaitSeconds = o.value(QStringLiteral("data_wait_seconds")).toDouble();
    return r;
}

namespace {

// Complete lines appended to path since *offset; advances *offset past them. False when the file
// shrank (a resume truncated it).
bool readNewLines(const QString &path, qint64 *offset, QByteArray *lines)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return *offset == 0;
    if (f.size() < *offset)
        return false;
    f.seek(*offset);
    const QByteArray chunk = f.readAll();
    const qsizetype end = chunk.lastIndexOf('\n');
    if (end < 0)
        return true;
    *lines = chunk.left(end + 1);
    *offset += end + 1;
    return true;
}

} // namespace

RunFollower::RunFollower(const QString &runDir) : m_dir(runDir) {}

RunFollower::Update RunFollower::poll()
{
    Update u;
    if (m_dir.isEmpty())
        return u;
    QByteArray metrics, events;
    const bool metricsOk = readNewLines(QDir(m_dir).filePath(QStringLiteral("metrics.csv")), &m_metricsOffset, &metrics);
    const bool eventsOk = readNewLines(QDir(m_dir).filePath(QStringLiteral("events.jsonl")), &m_eventsOffset, &events);
    if (!metricsOk || !eventsOk) {
        m_metricsOffset = m_eventsOffset = 0;
        m_columns.clear();
        Update again = poll();
        again.restarted = true;
        return again;
    }
    std::vector<QStringList> rows;
    try {
        rows = parseCsvRecords(metrics);
    } catch (const Error &) {
        rows.clear(); // a damaged line: the epochs stay as they were; readRunMetrics reports it
    }
    for (const QStringList &row : rows) {
        if (m_columns.isEmpty()) {
            m_columns = row;
            continue;
        }
        if (row.size() != m_columns.size())
            continue;
        auto cell = [&](const char *name) { return row.value(m_columns.indexOf(QLatin1String(name))); };
        EpochMetrics e;
        bool ok = false;
        e.epoch = cell("epoch").toInt(&ok);
        if (!ok)
            continue;
        e.stage = cell("stage");
        e.loss = cell("loss").toDouble();
        e.accuracy = cell("accuracy").toDouble();
        e.valLoss = cell("val_loss").toDouble();
        e.valAccuracy = cell("val_accuracy").toDouble();
        u.epochs.push_back(e);
    }
    for (const QByteArray &line : events.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("type")).toString() == QLatin1String("batch"))
            u.batches.push_back(batchFromJson(o));
    }
    return u;
}

} // namespace maskbench
