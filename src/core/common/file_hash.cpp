#include "core/common/file_hash.h"

#include "core/common/error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace maskbench {
namespace {

// This file's messages: looked up under "FileHash" and extracted there by lupdate.
struct FileHashTr
{
    Q_DECLARE_TR_FUNCTIONS(FileHash)
};

} // namespace

QString fileHash(const QString &path, int hashLength)
{
    if (hashLength != 32 && hashLength != 64)
        throw Error(FileHashTr::tr("A hash of %1 hex digits is neither MD5 (32) nor SHA-256 (64)").arg(hashLength));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(FileHashTr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    QCryptographicHash h(hashLength == 32 ? QCryptographicHash::Md5 : QCryptographicHash::Sha256);
    if (!h.addData(&f))
        throw Error(FileHashTr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    return QString::fromLatin1(h.result().toHex());
}

QString fileSha256(const QString &path) { return fileHash(path, 64); }

} // namespace maskbench
