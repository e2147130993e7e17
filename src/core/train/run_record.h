#pragma once
// A run folder's record, written by the trainer and read by the Training panel, the report and
// the CLI through this header alone (issue 13). No torch here (STYLE rule 11).
//
// The files, one meaning per field:
//   metrics.csv    one row per finished epoch (metricsHeader()): epoch (1-based over all stages),
//                  stage, loss and accuracy (means over the epoch's training batches), val_loss and
//                  val_accuracy (over the validation split), lr, seconds (training + validation),
//                  images_per_second (training), data_wait_seconds. Read by readRunMetrics
//                  (run_metrics.h) and RunFollower.
//   events.jsonl   one JSON object per line. {"type":"batch"}: epoch, batch, batches, stage,
//                  loss and accuracy (this batch's own), loss_mean and accuracy_mean (the epoch's
//                  running means so far: what the live charts draw, so a reopened run draws the
//                  same curves), lr, images_per_second, data_wait_seconds. {"type":"epoch"}: the
//                  metrics.csv row's fields.
//   train.log      the run's diary, for people (not parsed).
//   status.json    RunStatus: the state (running, paused, stopped, finished, failed), the epochs
//                  done, what a resume starts from, the failure message, and a heartbeat
//                  (`updated`, rewritten at least every kHeartbeatSeconds while running) so a
//                  reader tells a run whose writer died (kill -9, power loss) from a live one.
//
// Runs from before status.json: readRunStatus() derives the state from metrics.csv, config.json
// and train.log's last line, as the workbench did.

#include "core/train/run_metrics.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace maskbench {

enum class RunState { Unknown, Running, Paused, Stopped, Finished, Failed };

// "running", "paused", "stopped", "finished", "failed", "unknown" (as status.json writes them).
QString runStateName(RunState state);
RunState runStateFromName(const QString &name);

constexpr int kHeartbeatSeconds = 10;  // a running trainer rewrites status.json at least this often
constexpr int kStaleSeconds = 90;      // running/paused without a heartbeat this long: the writer died

struct RunStatus
{
    RunState state = RunState::Unknown;
    int epoch = 0;              // epochs completed (checkpointed)
    int totalEpochs = 0;
    QString resumeFrom;         // checkpoint a resume starts from (relative to the run); empty: epoch 1
    QString message;            // failed: why; stopped: how to continue
    QDateTime updated;          // UTC, the last write (heartbeat)
    qint64 pid = 0;
    QString host;
    bool stale = false;         // readRunStatus: running or paused, but no heartbeat for kStaleSeconds

    QJsonObject toJson() const;
    static RunStatus fromJson(const QJsonObject &o);
};

// Writes runDir/status.json atomically (updated, pid and host filled in here). Throws Error.
void writeRunStatus(const QString &runDir, RunStatus status);
// Never throws: Unknown when there is no run; see the file comment for older runs.
RunStatus readRunStatus(const QString &runDir, int staleSeconds = kStaleSeconds);

// metrics.csv: the header and one row, as the trainer writes them (io/csv quoting).
struct EpochRecord
{
    EpochMetrics metrics;       // epoch, stage, loss, accuracy, val_loss, val_accuracy
    double learningRate = 0, seconds = 0, imagesPerSecond = 0, dataWaitSeconds = 0;
};
QString metricsHeader();
QString metricsRow(const EpochRecord &r);
QJsonObject epochEventJson(const EpochRecord &r);

// events.jsonl batch lines.
struct BatchRecord
{
    int epoch = 0, batch = 0, batches = 0;
    QString stage;
    double loss = 0, accuracy = 0;          // this batch's own
    double lossMean = -1, accuracyMean = -1; // the epoch's running means; < 0 in runs from before they were written
    double learningRate = 0, imagesPerSecond = 0, dataWaitSeconds = 0;
};
QJsonObject batchEventJson(const BatchRecord &r);
BatchRecord batchFromJson(const QJsonObject &o);

// Follows a run's metrics.csv and events.jsonl as they grow: each poll() returns the complete lines
// appended since the last one (a partial last line waits for the next poll). When a file shrank
// (a resume cut it back to its checkpoint's epoch) the update says `restarted` and holds
// everything from the start again. Epoch rows repeated by a resume replace the earlier ones in
// the caller's view (as readRunMetrics does): `restarted` covers that case.
class RunFollower
{
public:
    explicit RunFollower(const QString &runDir = {});
    struct Update
    {
        bool restarted = false;
        std::vector<EpochMetrics> epochs;
        std::vector<BatchRecord> batches;
        bool empty() const { return epochs.empty() && batches.empty(); }
    };
    Update poll();
    QString runDir() const { return m_dir; }

private:
    QString m_dir;
    qint64 m_metricsOffset = 0, m_eventsOffset = 0;
    QStringList m_columns;
};

} // namespace maskbench
