#pragma once
// Settings: landmark model, face finding method, device, threads, cache folder, language, theme. Loads from and saves
// to the typed settings layer (core/common/settings.h); nothing is written until OK.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace maskbench::ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void save() const;

    QLineEdit *landmarkModel() const { return m_model; }
    QComboBox *theme() const { return m_theme; }
    QComboBox *faceMethod() const { return m_faceMethod; }
    QSpinBox *threads() const { return m_threads; }
    QCheckBox *reopenProject() const { return m_reopenProject; }

private:
    void checkModel();

    QLineEdit *m_model;
    QLabel *m_modelStatus;
    QComboBox *m_faceMethod;
    QComboBox *m_device;
    QSpinBox *m_threads;
    QLineEdit *m_cache;
    QLineEdit *m_mirror;
    QLineEdit *m_proxy;
    QComboBox *m_language;
    QComboBox *m_theme;
    QCheckBox *m_reopenProject;
};

} // namespace maskbench::ui
