#include "core/train/trainer_p.h"

namespace maskbench::train_detail {

// ---------------------------------------------------------------------------------------------
// Files

// Writes bytes to path atomically and durably: temp file in the same folder, fsync, read back and
// compared with the bytes' SHA-256 (`sha256`, computed when empty; a write the disk garbled never
// replaces a good file), rename, fsync of the folder. On any failure (disk full included) the temp
// file is removed and the old file stays as it was. With `previous`, the file being replaced stays
// as that name (a hard link: no copy), with its .sha256 sidecar.
void atomicWrite(const QString &path, const std::string &bytes, const QString &previous, QString sha256)
{
    const QString tmp = QStringLiteral("%1.tmp-%2").arg(path).arg(qint64(::getpid()));
    const QByteArray tmpName = QFile::encodeName(tmp);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw Error(TrainerTr::tr("Cannot write %1: %2").arg(tmp, QString::fromLocal8Bit(std::strerror(errno))));
    size_t written = 0;
    int err = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            err = errno;
            break;
        }
        written += size_t(n);
    }
    if (!err && ::fsync(fd) != 0)
        err = errno;
    if (::close(fd) != 0 && !err)
        err = errno;
    if (!err) {
        if (sha256.isEmpty())
            sha256 = checkpoint::bytesSha256(bytes);
        QString back;
        try {
            back = fileSha256(tmp);
        } catch (const Error &) {
            back.clear(); // unreadable: as garbled
        }
        if (back != sha256) {
            ::unlink(tmpName.constData());
            throw Error(TrainerTr::tr("Cannot write %1: the new file did not read back as written (disk or file system fault); "
                           "the previous file is unchanged").arg(path));
        }
    }
    if (!err && !previous.isEmpty() && QFileInfo::exists(path)) {
        for (const QString &suffix : {QString(), QStringLiteral(".sha256")}) {
            const QByteArray from = QFile::encodeName(path + suffix), to = QFile::encodeName(previous + suffix);
            ::unlink(to.constData());
            if (QFileInfo::exists(path + suffix) && ::link(from.constData(), to.constData()) != 0 && suffix.isEmpty())
                err = errno;
        }
    }
    if (!err && ::rename(tmpName.constData(), QFile::encodeName(path).constData()) != 0)
        err = errno;
    if (err) {
        ::unlink(tmpName.constData());
        throw Error(TrainerTr::tr("Cannot write %1: %2; the previous file is unchanged").arg(path, QString::fromLocal8Bit(std::strerror(err))));
    }
    const int dir = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

void removeStaleTemporaries(const QString &dir)
{
    for (const QString &f : QDir(dir).entryList({QStringLiteral("*.tmp-*")}, QDir::Files))
        QFile::remove(QDir(dir).filePath(f));
}

void writeJsonFile(const QString &path, const QJsonObject &o)
{
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    atomicWrite(path, bytes.toStdString());
}

// Keeps the lines of a CSV / JSONL file whose epoch is at most maxEpoch (used on resume, so the
// metrics do not list the epochs that are about to be redone).
void truncateByEpoch(const QString &path, int maxEpoch, bool csv)
{
    QFile f(path);
    if (!f.exists() || !f.open(QIODevice::ReadOnly))
        return;
    const QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    QByteArray out;
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray &l = lines[i];
        if (l.isEmpty())
            continue;
        int epoch = 0;
        if (csv)
            epoch = i == 0 ? 0 : l.left(l.indexOf(',')).toInt();
        else
            epoch = QJsonDocument::fromJson(l).object().value(QStringLiteral("epoch")).toInt();
        if (epoch <= maxEpoch)
            out += l + '\n';
    }
    atomicWrite(path, out.toStdString());
}

// ---------------------------------------------------------------------------------------------
// Checkpoints: layout in train/checkpoint_format.h, loading and checks in train/checkpoint_io.h
// (shared with eval/inference.cpp).

void saveCheckpoint(const QString &path, model::Classifier &net, torch::optim::Optimizer &optimizer, const CheckpointMeta &meta,
                    const QString &previous)
{
    torch::serialize::OutputArchive archive;
    torch::serialize::OutputArchive modelArchive;
    std::vector<std::pair<std::string, torch::Tensor>> saved;
    for (const auto &[name, t] : model::namedTensors(*net)) {
        const torch::Tensor c = t.detach().to(torch::kCPU);
        modelArchive.write(archiveKey(name), c);
        saved.emplace_back(archiveKey(name), c);
    }
    archive.write("model", modelArchive);
    archive.write("model_sha256", c10::IValue(checkpoint::tensorsSha256(saved).toStdString()));
    torch::serialize::OutputArchive optimizerArchive;
    optimizer.save(optimizerArchive);
    archive.write("optimizer", optimizerArchive);
    archive.write("format", c10::IValue(std::string(kCheckpointFormat)));
    archive.write("epoch", c10::IValue(int64_t(meta.epoch)));
    archive.write("stage_index", c10::IValue(int64_t(meta.stageIndex)));
    archive.write("best_val_accuracy", c10::IValue(meta.bestValAccuracy));
    archive.write("best_epoch", c10::IValue(int64_t(meta.bestEpoch)));
    archive.write("config", c10::IValue(QJsonDocument(meta.config).toJson(QJsonDocument::Compact).toStdString()));
    archive.write("rng_state", at::detail::getDefaultCPUGenerator().get_state());
    std::ostringstream os;
    archive.save_to(os);
    const std::string bytes = os.str();
    const QString sha256 = checkpoint::bytesSha256(bytes); // once: checks the write and fills the sidecar
    atomicWrite(path, bytes, previous, sha256);
    checkpoint::writeSidecar(path, sha256);
}

CheckpointMeta readMeta(torch::serialize::InputArchive &archive, const QString &path)
{
    c10::IValue v;
    if (!archive.try_read("format", v) || !v.isString() || v.toStringRef() != kCheckpointFormat)
        throw Error(TrainerTr::tr("%1 is not a MaskBench checkpoint").arg(path));
    CheckpointMeta m;
    archive.read("epoch", v);
    m.epoch = int(v.toInt());
    archive.read("stage_index", v);
    m.stageIndex = int(v.toInt());
    archive.read("best_val_accuracy", v);
    m.bestValAccuracy = v.toDouble();
    archive.read("best_epoch", v);
    m.bestEpoch = int(v.toInt());
    archive.read("config", v);
    m.config = QJsonDocument::fromJson(QByteArray::fromStdString(v.toStringRef())).object();
    return m;
}

} // namespace maskbench::train_detail

namespace maskbench {

using namespace train_detail;

CheckpointInfo readCheckpoint(const QString &path)
{
    return guarded([&] {
        torch::serialize::InputArchive archive;
        openArchive(archive, path);
        const CheckpointMeta m = readMeta(archive, path);
        CheckpointInfo info;
        info.epoch = m.epoch;
        info.stageIndex = m.stageIndex;
        info.bestValAccuracy = m.bestValAccuracy;
        info.config = m.config;
        torch::serialize::InputArchive modelArchive;
        if (!archive.try_read("model", modelArchive))
            throw Error(TrainerTr::tr("Checkpoint %1 holds no model").arg(path));
        // Rebuild the model it was made for and check every tensor against it.
        model::Classifier net = model::makeClassifier(ModelConfig::fromJson(m.config.value(QStringLiteral("model")).toObject()));
        loadModelTensors(archive, *net, path);
        info.tensors = qint64(modelArchive.keys().size());
        return info;
    });
}

double maxWeightDifference(const QString &a, const QString &b, const QString &prefix)
{
    const std::string keyPrefix = archiveKey(prefix.toStdString());
    return guarded([&] {
        torch::serialize::InputArchive aa, bb, am, bm;
        openArchive(aa, a);
        openArchive(bb, b);
        if (!aa.try_read("model", am) || !bb.try_read("model", bm))
            throw Error(TrainerTr::tr("Not a checkpoint with a model: %1 or %2").arg(a, b));
        auto ka = am.keys(), kb = bm.keys();
        std::sort(ka.begin(), ka.end());
        std::sort(kb.begin(), kb.end());
        if (ka != kb)
            return std::numeric_limits<double>::infinity();
        double worst = 0;
        for (const std::string &k : ka) {
            if (k.compare(0, keyPrefix.size(), keyPrefix) != 0)
                continue;
            torch::Tensor x, y;
            am.read(k, x);
            bm.read(k, y);
            if (x.sizes() != y.sizes())
                return std::numeric_limits<double>::infinity();
            if (x.numel() > 0)
                worst = std::max(worst, (x.to(torch::kDouble) - y.to(torch::kDouble)).abs().max().item<double>());
        }
        return worst;
    });
}

} // namespace maskbench
