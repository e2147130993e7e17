#include "ui/common/settings_dialog.h"

#include "core/common/device.h"
#include "core/common/settings.h"
#include "core/net/keras_weights.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>

namespace maskbench::ui {

namespace {
QWidget *withBrowse(QWidget *parent, QLineEdit *edit, const std::function<QString()> &choose)
{
    auto *w = new QWidget(parent);
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    auto *b = new QPushButton(QObject::tr("Browse…"), w);
    l->addWidget(edit, 1);
    l->addWidget(b);
    QObject::connect(b, &QPushButton::clicked, w, [edit, choose] {
        const QString v = choose();
        if (!v.isEmpty())
            edit->setText(v);
    });
    return w;
}
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    m_model = new QLineEdit(Settings::landmarkModel.get(), this);
    m_model->setToolTip(tr("dlib's 68-point shape predictor (.dat); Debian's libdlib-data installs it"));
    m_modelStatus = new QLabel(this);
    m_modelStatus->setWordWrap(true);
    m_faceMethod = new QComboBox(this);
    m_faceMethod->addItem(tr("Automatic: masked-face models when built, else dlib's stock detector"), QStringLiteral("auto"));
    m_faceMethod->addItem(tr("Masked-face models (Tools > Build masked-face models)"), QStringLiteral("masked"));
    m_faceMethod->addItem(tr("dlib's stock detector (misses most masked faces)"), QStringLiteral("hog"));
    m_faceMethod->addItem(tr("Inputs are aligned face crops: no detection"), QStringLiteral("crop"));
    m_faceMethod->setCurrentIndex(std::max(0, m_faceMethod->findData(Settings::faceMethod.get())));
    m_faceMethod->setToolTip(tr("How evaluation and prediction find a face and its landmarks on each image (face-resnet runs)"));
    m_device = new QComboBox(this);
    const DeviceInfo devices = deviceInfo();
    m_device->addItems(QStringList{QStringLiteral("auto")} + devices.devices);
    if (m_device->findText(Settings::device.get()) < 0)
        m_device->addItem(Settings::device.get()); // set on a machine with more GPUs: kept, not lost
    m_device->setCurrentText(Settings::device.get());
    m_device->setToolTip(devices.whyNoCuda.isEmpty()
                             ? tr("Training, evaluation and prediction run here unless a form or the command line says otherwise; "
                                  "auto uses the first CUDA device")
                             : tr("Training, evaluation and prediction run here unless a form or the command line says otherwise. "
                                  "No GPU: %1").arg(devices.whyNoCuda));
    m_threads = new QSpinBox(this);
    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("one per core (%1)").arg(QThread::idealThreadCount()));
    m_threads->setValue(Settings::threads.get());
    m_cache = new QLineEdit(Settings::cacheDir.get(), this);
    m_cache->setPlaceholderText(cacheDirectory());
    m_mirror = new QLineEdit(Settings::weightsMirror.get(), this);
    m_mirror->setPlaceholderText(tr("official: %1").arg(kerasApplicationsBaseUrl()));
    m_mirror->setToolTip(tr("A base URL holding the same files as Keras Applications (resnet/…, inception_v3/…), "
                            "for machines that cannot reach storage.googleapis.com"));
    m_proxy = new QLineEdit(Settings::networkProxy.get(), this);
    m_proxy->setPlaceholderText(tr("the system's proxy"));
    m_proxy->setToolTip(tr("none for a direct connection, or http://host:port, socks5://host:port"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings::language.get())));
    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Settings::theme.get())));
    m_reopenProject = new QCheckBox(tr("Reopen the last project at start"), this);
    m_reopenProject->setChecked(Settings::reopenLastProject.get());

    auto *form = new QFormLayout;
    form->addRow(tr("Landmark model:"), withBrowse(this, m_model, [this] {
        return QFileDialog::getOpenFileName(this, tr("dlib 68-point landmark model"), m_model->text(), tr("dlib models (*.dat)"));
    }));
    form->addRow(QString(), m_modelStatus);
    form->addRow(tr("Face finding:"), m_faceMethod);
    form->addRow(tr("Device:"), m_device);
    form->addRow(tr("Threads:"), m_threads);
    form->addRow(tr("Cache folder:"), withBrowse(this, m_cache, [this] {
        return QFileDialog::getExistingDirectory(this, tr("Cache folder"), m_cache->text());
    }));
    form->addRow(tr("Weights mirror:"), m_mirror);
    form->addRow(tr("Proxy:"), m_proxy);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Projects:"), m_reopenProject);
    auto *note = new QLabel(tr("A new language takes effect at the next start."), this);
    note->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        m_model->setText(Settings::landmarkModel.defaultValue());
        m_device->setCurrentText(Settings::device.defaultValue());
        m_faceMethod->setCurrentIndex(std::max(0, m_faceMethod->findData(Settings::faceMethod.defaultValue())));
        m_threads->setValue(Settings::threads.defaultValue());
        m_cache->clear();
        m_mirror->clear();
        m_proxy->clear();
        m_language->setCurrentIndex(0);
        m_theme->setCurrentIndex(0);
        m_reopenProject->setChecked(Settings::reopenLastProject.defaultValue());
    });
    connect(m_model, &QLineEdit::textChanged, this, &SettingsDialog::checkModel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    checkModel();
    resize(640, sizeHint().height());
}

void SettingsDialog::checkModel()
{
    const QFileInfo fi(m_model->text());
    if (fi.isFile() && fi.size() > 0)
        m_modelStatus->setText(tr("Found (%1 MB).").arg(fi.size() / (1024.0 * 1024.0), 0, 'f', 1));
    else
        m_modelStatus->setText(tr("<span style='color:#c0392b'>Not found. Install Debian's libdlib-data "
                                  "(/usr/share/dlib/shape_predictor_68_face_landmarks.dat) or choose the .dat file.</span>"));
}

void SettingsDialog::save() const
{
    Settings::landmarkModel.set(m_model->text().trimmed());
    Settings::device.set(m_device->currentText().trimmed());
    Settings::faceMethod.set(m_faceMethod->currentData().toString());
    Settings::threads.set(m_threads->value());
    Settings::cacheDir.set(m_cache->text().trimmed());
    Settings::weightsMirror.set(m_mirror->text().trimmed());
    Settings::networkProxy.set(m_proxy->text().trimmed());
    Settings::language.set(m_language->currentData().toString());
    Settings::theme.set(m_theme->currentData().toString());
    Settings::reopenLastProject.set(m_reopenProject->isChecked());
}

} // namespace maskbench::ui
