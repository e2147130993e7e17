#pragma once
// The one typed settings layer (STYLE rule 14): every key is declared here once, with its
// default. Widgets and the CLI read and write through these objects, never through raw QSettings
// keys. Storage is QSettings (organisation "MaskBench", application "MaskBench"): on Linux
// ~/.config/MaskBench/MaskBench.conf.

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace maskbench {

template <typename T>
class SettingValue
{
public:
    SettingValue(const char *key, T defaultValue) : m_key(QString::fromLatin1(key)), m_default(std::move(defaultValue)) {}

    T get() const
    {
        const QVariant v = store().value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void set(const T &value) const { store().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { store().remove(m_key); }
    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

private:
    static QSettings store() { return QSettings(QStringLiteral("MaskBench"), QStringLiteral("MaskBench")); }
    QString m_key;
    T m_default;
};

struct Settings
{
    static const SettingValue<QString> landmarkModel; // dlib 68-point model (.dat)
    static const SettingValue<QString> maskedFaceModels; // folder of the masked-face models; empty = cache
    static const SettingValue<QString> faceMethod;    // "auto", "hog", "masked", "crop" for evaluate/predict
    static const SettingValue<int> threads;           // 0 = one per core
    static const SettingValue<QString> device;        // "auto", "cpu", "cuda", "cuda:N"
    static const SettingValue<QString> cacheDir;      // empty = the platform cache location
    static const SettingValue<QString> language;      // empty = follow the system
    static const SettingValue<QString> theme;         // "system", "light", "dark"
    static const SettingValue<QStringList> recentProjects;
    static const SettingValue<QString> lastProject;
    static const SettingValue<QByteArray> windowGeometry;
    static const SettingValue<QByteArray> windowState;
    static const SettingValue<QString> lastDatasetSource;
    static const SettingValue<QStringList> recentDatasets; // newest first, at most 10
    static const SettingValue<QString> runsFolder;    // Training panel's run list; empty = ./runs
    static const SettingValue<QString> lastTrainData; // manifest last trained on
    static const SettingValue<bool> reopenLastProject; // reopen lastProject at start
    static const SettingValue<QString> weightsMirror; // base URL replacing Keras Applications'; empty = official
    static const SettingValue<QString> networkProxy;  // empty = the system's, "none" = direct, "http://host:port", "socks5://host:port"
    // Project folder ("" = no project open) -> the predictions file the Evaluation panel showed
    // last; through lastEvaluation() / rememberLastEvaluation().
    static const SettingValue<QVariantMap> lastEvaluations;
};

// Number of worker threads to use: the setting, or one per core when it is 0.
int effectiveThreads();
// Puts source at the front of the recent datasets (no duplicates, at most 10).
void rememberRecentDataset(const QString &source);
// The predictions file the Evaluation panel showed last while this project was open (empty
// projectFolder: no project); empty when none was remembered. It may no longer exist.
QString lastEvaluation(const QString &projectFolder);
// Remembers it (an empty path forgets). Entries of project folders that are gone are dropped.
void rememberLastEvaluation(const QString &projectFolder, const QString &predictions);
// Folder for caches (landmarks, thumbnails, features): the setting or the platform default.
QString cacheDirectory();

} // namespace maskbench
