#include "core/common/json_file.h"

#include "core/common/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace maskbench {

QJsonObject readJsonObjectFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("JsonFile", "Cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        throw Error(QCoreApplication::translate("JsonFile", "%1 is not valid JSON: %2").arg(path, pe.errorString()));
    return doc.object();
}

void writeJsonObjectFile(const QString &path, const QJsonObject &object)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(object).toJson(QJsonDocument::Indented)) < 0 || !f.commit())
        throw Error(QCoreApplication::translate("JsonFile", "Cannot write %1: %2").arg(path, f.errorString()));
}

} // namespace maskbench
