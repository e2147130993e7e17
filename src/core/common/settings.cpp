#include "core/common/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#ifndef MASKBENCH_DLIB_MODEL
#define MASKBENCH_DLIB_MODEL "/usr/share/dlib/shape_predictor_68_face_landmarks.dat"
#endif

namespace maskbench {

const SettingValue<QString> Settings::landmarkModel{"faces/landmarkModel", QStringLiteral(MASKBENCH_DLIB_MODEL)};
const SettingValue<QString> Settings::maskedFaceModels{"faces/maskedModels", QString()};
const SettingValue<QString> Settings::faceMethod{"faces/method", QStringLiteral("auto")};
const SettingValue<int> Settings::threads{"compute/threads", 0};
const SettingValue<QString> Settings::device{"compute/device", QStringLiteral("auto")};
const SettingValue<QString> Settings::cacheDir{"storage/cacheDir", QString()};
const SettingValue<QString> Settings::language{"ui/language", QString()};
const SettingValue<QString> Settings::theme{"ui/theme", QStringLiteral("system")};
const SettingValue<QStringList> Settings::recentProjects{"projects/recent", QStringList()};
const SettingValue<QString> Settings::lastProject{"projects/last", QString()};
const SettingValue<QByteArray> Settings::windowGeometry{"ui/windowGeometry", QByteArray()};
const SettingValue<QByteArray> Settings::windowState{"ui/windowState", QByteArray()};
const SettingValue<QString> Settings::lastDatasetSource{"dataset/lastSource", QString()};
const SettingValue<QStringList> Settings::recentDatasets{"dataset/recent", QStringList()};
const SettingValue<QString> Settings::runsFolder{"training/runsFolder", QString()};
const SettingValue<QString> Settings::lastTrainData{"training/lastData", QString()};
const SettingValue<bool> Settings::reopenLastProject{"projects/reopenLast", true};
const SettingValue<QString> Settings::weightsMirror{"network/weightsMirror", QString()};
const SettingValue<QString> Settings::networkProxy{"network/proxy", QString()};
const SettingValue<QVariantMap> Settings::lastEvaluations{"evaluation/lastByProject", QVariantMap()};

void rememberRecentDataset(const QString &source)
{
    QStringList recent = Settings::recentDatasets.get();
    recent.removeAll(source);
    recent.prepend(source);
    while (recent.size() > 10)
        recent.removeLast();
    Settings::recentDatasets.set(recent);
    Settings::lastDatasetSource.set(source);
}

namespace {

// One spelling per project folder, whichever way it was reached.
QString projectKey(const QString &projectFolder)
{
    return projectFolder.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(projectFolder).absoluteFilePath());
}

} // namespace

QString lastEvaluation(const QString &projectFolder)
{
    return Settings::lastEvaluations.get().value(projectKey(projectFolder)).toString();
}

void rememberLastEvaluation(const QString &projectFolder, const QString &predictions)
{
    QVariantMap map = Settings::lastEvaluations.get();
    for (auto it = map.begin(); it != map.end();)
        it = !it.key().isEmpty() && !QFileInfo::exists(it.key()) ? map.erase(it) : std::next(it);
    const QString key = projectKey(projectFolder);
    if (predictions.isEmpty())
        map.remove(key);
    else
        map.insert(key, QFileInfo(predictions).absoluteFilePath());
    Settings::lastEvaluations.set(map);
}

int effectiveThreads()
{
    const int n = Settings::threads.get();
    return n > 0 ? n : qMax(1, QThread::idealThreadCount());
}

QString cacheDirectory()
{
    const QString dir = Settings::cacheDir.get();
    if (!dir.isEmpty())
        return dir;
    const QString std = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return std + QStringLiteral("/maskbench");
}

} // namespace maskbench
