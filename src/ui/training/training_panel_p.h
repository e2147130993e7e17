#pragma once
// Helpers shared by the Training panel's source files (training_panel.cpp: running;
// training_form.cpp: the form and presets; training_charts.cpp: the charts;
// training_runs.cpp: the run list and following a run). Not part of the panel's interface.

#include "ui/common/format.h"
#include "core/common/error.h"
#include "core/model/model_config.h"
#include "core/train/trainer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace maskbench::ui::training_detail {

constexpr int kReplotDelayMs = 100;
constexpr int kTailIntervalMs = 500;
// "Use N images": the training images the box offers when it is ticked for a new run.
constexpr int kDefaultLimitTrain = 1000;

// "1:05" or "2 h 03 min"; "–" when unknown (negative).
inline QString duration(double s) { return formatDuration(s); }

inline QString canonicalModelNameOr(const QString &name)
{
    try {
        return canonicalModelName(name);
    } catch (const Error &) {
        return name;
    }
}

inline QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline int totalEpochsOf(const QJsonObject &config)
{
    try {
        return TrainConfig::fromJson(config).totalEpochs();
    } catch (...) {
        return 0;
    }
}

} // namespace maskbench::ui::training_detail
