// Checkpoint integrity: tensor and file checksums, and which sibling copy is intact.

#include "core/train/checkpoint_io.h"

#include "core/common/error.h"
#include "core/common/file_hash.h"
#include "core/model/pretrained_load.h"
#include "core/model/torch_error.h"
#include "core/train/checkpoint_format.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace maskbench::checkpoint {
namespace {

// This file's messages: looked up under "Checkpoint" and extracted there by lupdate.
struct CheckpointTr
{
    Q_DECLARE_TR_FUNCTIONS(Checkpoint)
};

QString damaged(const QString &path, const QString &what)
{
    return CheckpointTr::tr("Checkpoint %1 is damaged: %2. It was not used. %3").arg(path, what, intactCopiesText(path));
}

// The SHA-256 the sidecar recorded, empty without a sidecar.
QString sidecarSha256(const QString &path)
{
    QFile side(path + QStringLiteral(".sha256"));
    if (!side.exists())
        return QString();
    if (!side.open(QIODevice::ReadOnly))
        throw Error(CheckpointTr::tr("Cannot read %1: %2").arg(side.fileName(), side.errorString()));
    return QString::fromLatin1(side.readLine()).section(QLatin1Char(' '), 0, 0).trimmed();
}

// The tensors' hash when it differs from the archive's model_sha256; empty when they match or the
// archive has none.
QString modelMismatch(torch::serialize::InputArchive &archive, const std::vector<std::pair<std::string, torch::Tensor>> &saved,
                      QString *recorded)
{
    c10::IValue v;
    if (!archive.try_read("model_sha256", v) || !v.isString())
        return QString(); // from before checksums
    const QString actual = tensorsSha256(saved);
    *recorded = QString::fromStdString(v.toStringRef());
    return actual == *recorded ? QString() : actual;
}

// The whole check of one file: sidecar, then every model tensor against model_sha256, without
// messages (a message lists the intact copies, which calls this: no recursion through them).
// Returns the epoch, or -1 when the file is damaged or unreadable.
int intactEpoch(const QString &path)
{
    try {
        const QString expected = sidecarSha256(path);
        if (!expected.isEmpty() && expected != fileSha256(path))
            return -1;
        torch::serialize::InputArchive archive;
        archive.load_from(QFile::encodeName(path).toStdString());
        torch::serialize::InputArchive model;
        if (!archive.try_read("model", model))
            return -1;
        std::vector<std::pair<std::string, torch::Tensor>> saved;
        for (const std::string &key : model.keys()) {
            torch::Tensor t;
            if (model.try_read(key, t))
                saved.emplace_back(key, t);
        }
        QString recorded;
        if (!modelMismatch(archive, saved, &recorded).isEmpty())
            return -1;
        c10::IValue v;
        return archive.try_read("epoch", v) && v.isInt() ? int(v.toInt()) : 0;
    } catch (...) {
        return -1;
    }
}

} // namespace

QString tensorsSha256(std::vector<std::pair<std::string, torch::Tensor>> tensors)
{
    std::sort(tensors.begin(), tensors.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const auto &[key, t] : tensors) {
        const torch::Tensor c = t.detach().to(torch::kCPU).contiguous();
        h.addData(QByteArray::fromStdString(key));
        h.addData(QByteArray(c10::toString(c.scalar_type())));
        for (int64_t d : c.sizes())
            h.addData(QByteArray(reinterpret_cast<const char *>(&d), sizeof d));
        h.addData(QByteArrayView(static_cast<const char *>(c.data_ptr()), qsizetype(c.nbytes())));
    }
    return QString::fromLatin1(h.result().toHex());
}

void openArchive(torch::serialize::InputArchive &archive, const QString &path)
{
    if (!QFileInfo::exists(path))
        throw Error(CheckpointTr::tr("Checkpoint %1 does not exist").arg(path));
    verifyFile(path); // the whole file against its .sha256, before anything reads it
    try {
        archive.load_from(QFile::encodeName(path).toStdString());
    } catch (const c10::Error &e) {
        throw Error(CheckpointTr::tr("Checkpoint %1 is damaged or not a MaskBench checkpoint (%2)")
                        .arg(path, torchErrorLine(e)));
    } catch (const std::exception &e) {
        // A damaged code section fails in TorchScript's parser, whose ErrorReport is no c10::Error
        // (found by fuzz/fuzz_checkpoint).
        throw Error(CheckpointTr::tr("Checkpoint %1 is damaged or not a MaskBench checkpoint (%2)")
                        .arg(path, QString::fromStdString(e.what()).trimmed().section(QLatin1Char('\n'), 0, 0)));
    }
}

// Copies the checkpoint's tensors into net after checking each name and shape.
void loadModelTensors(torch::serialize::InputArchive &archive, torch::nn::Module &net, const QString &path)
{
    torch::serialize::InputArchive modelArchive;
    if (!archive.try_read("model", modelArchive))
        throw Error(CheckpointTr::tr("Checkpoint %1 holds no model").arg(path));
    torch::NoGradGuard noGrad;
    std::vector<std::pair<std::string, torch::Tensor>> saved;
    const auto mine = model::namedTensors(net);
    for (const auto &[name, t] : mine) {
        torch::Tensor s;
        if (!modelArchive.try_read(archiveKey(name), s))
            throw Error(CheckpointTr::tr("Checkpoint %1 does not match the model: %2 is missing").arg(path, QString::fromStdString(name)));
        if (s.sizes() != t.sizes())
            throw Error(CheckpointTr::tr("Checkpoint %1 does not match the model: %2 has shape %3, the model %4")
                            .arg(path, QString::fromStdString(name), QString::fromStdString(c10::str(s.sizes())),
                                 QString::fromStdString(c10::str(t.sizes()))));
        saved.emplace_back(archiveKey(name), s);
    }
    verifyModel(archive, saved, path); // before the model changes
    for (size_t i = 0; i < mine.size(); ++i)
        torch::Tensor(mine[i].second).copy_(saved[i].second);
}

QString bytesSha256(const std::string &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(QByteArrayView(bytes.data(), qsizetype(bytes.size())),
                                                        QCryptographicHash::Sha256).toHex());
}

void writeSidecar(const QString &path, const QString &sha256)
{
    QSaveFile f(path + QStringLiteral(".sha256"));
    const QByteArray line = sha256.toLatin1() + "  " + QFile::encodeName(QFileInfo(path).fileName()) + '\n';
    if (!f.open(QIODevice::WriteOnly) || f.write(line) != line.size() || !f.commit())
        throw Error(CheckpointTr::tr("Cannot write %1: %2").arg(f.fileName(), f.errorString()));
}

void verifyFile(const QString &path)
{
    const QString expected = sidecarSha256(path);
    if (expected.isEmpty())
        return; // a checkpoint from before checksums, or copied without its sidecar
    const QString actual = fileSha256(path);
    if (expected != actual)
        throw Error(damaged(path, CheckpointTr::tr("its SHA-256 is %1, %2 recorded %3 when it was written")
                                      .arg(actual.left(16), QFileInfo(path + QStringLiteral(".sha256")).fileName(), expected.left(16))));
}

void verifyModel(torch::serialize::InputArchive &archive, const std::vector<std::pair<std::string, torch::Tensor>> &saved,
                 const QString &path)
{
    QString recorded;
    const QString actual = modelMismatch(archive, saved, &recorded);
    if (!actual.isEmpty())
        throw Error(damaged(path, CheckpointTr::tr("its model tensors hash to %1, not the %2 recorded when it was saved")
                                      .arg(actual.left(16), recorded.left(16))));
}

QString intactCopiesText(const QString &damagedPath)
{
    const QDir dir = QFileInfo(damagedPath).absoluteDir();
    const QString self = QFileInfo(damagedPath).fileName();
    QStringList intact;
    for (const char *name : {"best.pt", "last.pt", kPreviousLast}) {
        const QString n = QString::fromLatin1(name);
        if (n == self || !QFileInfo::exists(dir.filePath(n)))
            continue;
        const int epoch = intactEpoch(dir.filePath(n));
        if (epoch >= 0)
            intact << CheckpointTr::tr("%1 (epoch %2)").arg(n).arg(epoch);
    }
    if (intact.isEmpty())
        return CheckpointTr::tr("No intact copy is left in %1.").arg(dir.path());
    return CheckpointTr::tr("Intact copies in %1: %2; copy one over %3 to use it.").arg(dir.path(), intact.join(QStringLiteral(", ")), self);
}

} // namespace maskbench::checkpoint
