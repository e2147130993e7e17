#pragma once
// A JSON object file (config.json, a run's other JSON files), read whole.

#include <QJsonObject>
#include <QString>

namespace maskbench {

// Throws Error naming the file when it cannot be read or does not hold a JSON object.
QJsonObject readJsonObjectFile(const QString &path);
// Writes the object indented, atomically (QSaveFile); throws Error naming the file on failure.
void writeJsonObjectFile(const QString &path, const QJsonObject &object);

} // namespace maskbench
