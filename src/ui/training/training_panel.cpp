#include "training_panel.h"

#include "training/run_evaluations.h"

#include "common/device.h"
#include "common/error.h"
#include "common/settings.h"
#include "mask/mask_template.h"
#include "model/model_config.h"
#include "train_worker.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace maskbench::ui {
namespace {

constexpr int kReplotDelayMs = 100;
constexpr int kTailIntervalMs = 500;

QString duration(double s)
{
    if (s < 0)
        return QStringLiteral("–");
    const int t = qRound(s);
    return t >= 3600 ? QStringLiteral("%1 h %2 min").arg(t / 3600).arg((t % 3600) / 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(t / 60).arg(t % 60, 2, 10, QLatin1Char('0'));
}

QString canonicalModelNameOr(const QString &name)
{
    try {
        return canonicalModelName(name);
    } catch (const Error &) {
        return name;
    }
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// A run another process is writing: incomplete, and its events grew in the last minute.
bool recentlyWritten(const QString &runDir)
{
    const QFileInfo events(QDir(runDir).filePath(QStringLiteral("events.jsonl")));
    return events.exists() && events.lastModified().secsTo(QDateTime::currentDateTime()) < 60;
}

// The engine logs "stopped ..." as its last line when the stop flag ended the run.
bool loggedStop(const QString &runDir)
{
    QFile f(QDir(runDir).filePath(QStringLiteral("train.log")));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    f.seek(std::max<qint64>(0, f.size() - 400));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    return !lines.isEmpty() && lines.last().contains(" stopped ");
}

int totalEpochsOf(const QJsonObject &config)
{
    try {
        return TrainConfig::fromJson(config).totalEpochs();
    } catch (...) {
        return 0;
    }
}

// Complete lines appended to path since *offset; advances *offset past them. Returns false when
// the file shrank (a resume truncated it): the caller starts over.
bool readNewLines(const QString &path, qint64 *offset, QList<QByteArray> *lines)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return true;
    if (f.size() < *offset)
        return false;
    f.seek(*offset);
    const QByteArray chunk = f.readAll();
    const int end = chunk.lastIndexOf('\n');
    if (end < 0)
        return true;
    *offset += end + 1;
    for (const QByteArray &line : chunk.left(end).split('\n'))
        if (!line.trimmed().isEmpty())
            lines->append(line.trimmed());
    return true;
}

} // namespace

// ---------------------------------------------------------------------------------------------

void RunCurves::clear()
{
    const QString dir = runDir;
    *this = RunCurves();
    runDir = dir;
}

void RunCurves::addBatch(int epoch, int batch, int batches, double l, double a, double alpha)
{
    // Exponential smoothing, carried across epochs: the first batches of an epoch alone would
    // otherwise draw spikes.
    if (emaValid) {
        emaLoss += alpha * (l - emaLoss);
        emaAccuracy += alpha * (a - emaAccuracy);
    } else {
        emaLoss = l;
        emaAccuracy = a;
        emaValid = true;
    }
    l = emaLoss;
    a = emaAccuracy;
    const double x = epoch - 1 + double(batch) / std::max(1, batches);
    // A resumed run repeats epochs after its checkpoint: drop what it replaces.
    while (!batchX.isEmpty() && batchX.last() >= x) {
        batchX.removeLast();
        batchLoss.removeLast();
        batchAccuracy.removeLast();
    }
    batchX.append(x);
    batchLoss.append(l);
    batchAccuracy.append(a);
}

void RunCurves::addEpoch(int epoch, double l, double a, double vl, double va)
{
    while (!epochX.isEmpty() && epochX.last() >= epoch) {
        epochX.removeLast();
        loss.removeLast();
        accuracy.removeLast();
        valLoss.removeLast();
        valAccuracy.removeLast();
    }
    epochX.append(epoch);
    loss.append(l);
    accuracy.append(a);
    valLoss.append(vl);
    valAccuracy.append(va);
    bestEpoch = 0;
    bestValAccuracy = -1;
    for (int i = 0; i < epochX.size(); ++i)
        if (valAccuracy[i] > bestValAccuracy) {
            bestValAccuracy = valAccuracy[i];
            bestEpoch = int(epochX[i]);
        }
}

bool readMetrics(const QString &runDir, RunCurves &curves, QString *error)
{
    const QString path = QDir(runDir).filePath(QStringLiteral("metrics.csv"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("TrainingPanel", "Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    curves.clear();
    curves.runDir = runDir;
    curves.totalEpochs = totalEpochsOf(readJson(QDir(runDir).filePath(QStringLiteral("config.json"))));
    const QList<QByteArray> header = f.readLine().trimmed().split(',');
    const int cEpoch = header.indexOf("epoch"), cLoss = header.indexOf("loss"), cAcc = header.indexOf("accuracy"),
              cValLoss = header.indexOf("val_loss"), cValAcc = header.indexOf("val_accuracy");
    if (cEpoch < 0 || cLoss < 0 || cAcc < 0 || cValLoss < 0 || cValAcc < 0) {
        if (error)
            *error = QCoreApplication::translate("TrainingPanel", "%1 is not a MaskBench metrics file (no epoch, loss, accuracy, val_loss, val_accuracy columns)").arg(path);
        return false;
    }
    while (!f.atEnd()) {
        const QList<QByteArray> row = f.readLine().trimmed().split(',');
        if (row.size() < header.size())
            continue; // a partial last line of a run being written
        curves.addEpoch(row[cEpoch].toInt(), row[cLoss].toDouble(), row[cAcc].toDouble(), row[cValLoss].toDouble(),
                        row[cValAcc].toDouble());
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

TrainingPanel::TrainingPanel(QWidget *parent) : QWidget(parent)
{
    m_job = new TrainJob(this);
    connect(m_job, &TrainJob::event, this, &TrainingPanel::onEvent);
    connect(m_job, &TrainJob::succeeded, this, &TrainingPanel::onSucceeded);
    connect(m_job, &TrainJob::failed, this, &TrainingPanel::onFailed);
    connect(m_job, &TrainJob::finished, this, &TrainingPanel::updateButtons);

    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(kReplotDelayMs);
    connect(&m_replotTimer, &QTimer::timeout, this, &TrainingPanel::replot);
    m_tailTimer.setInterval(kTailIntervalMs);
    connect(&m_tailTimer, &QTimer::timeout, this, &TrainingPanel::readRunFiles);

    auto *formScroll = new QScrollArea(this);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    QWidget *form = createForm();
    formScroll->setWidget(form);
    // The form scrolls vertically only: as wide as its rows need, so no field is cut off.
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int formWidth = form->minimumSizeHint().width() + formScroll->verticalScrollBar()->sizeHint().width() + 4;
    formScroll->setMinimumWidth(std::max(300, formWidth));

    auto *bottomTabs = new QTabWidget(this);
    bottomTabs->addTab(createRunsTab(), tr("Runs"));
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(10000);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    bottomTabs->addTab(m_log, tr("Run log"));

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(createCharts());
    right->addWidget(bottomTabs);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(formScroll);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({std::max(330, formWidth), 900});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    applyPreset(LeviQuick);
    m_preset->setCurrentIndex(LeviQuick);
    m_data->setText(Settings::lastTrainData.get());
    setRunsFolder(Settings::runsFolder.get().isEmpty() ? QDir::current().filePath(QStringLiteral("runs")) : Settings::runsFolder.get());
    updateButtons();
    replot();
}

TrainingPanel::~TrainingPanel()
{
    // m_job (a child) stops the run and joins its thread in its destructor; nothing here may
    // outlive it, so it goes first.
    delete m_job;
    m_job = nullptr;
}

QWidget *TrainingPanel::createForm()
{
    auto *box = new QWidget(this);
    auto *outer = new QVBoxLayout(box);

    m_preset = new QComboBox(box);
    m_preset->addItem(tr("Custom"));
    m_preset->addItem(tr("Levi-Hassner from scratch (quick)"));
    m_preset->addItem(tr("InceptionV3, frozen (study)"));
    m_preset->addItem(tr("InceptionV3, fine-tuned (study)"));
    m_preset->addItem(tr("ResNet50V2, frozen (study)"));
    m_preset->addItem(tr("ResNet50V2, fine-tuned (study)"));
    m_preset->addItem(tr("Best masked-face model (face-resnet)"));
    m_preset->setToolTip(tr("Fill the form with one of the study's configurations (RMSprop, learning rate 1e-4, batch 256; "
                            "slow on a CPU: lower the batch or the input size for a trial), a quick Levi-Hassner run, or the "
                            "best masked-face model: face-resnet on faces found on each masked image, frozen then fine-tuned "
                            "(the whole recipe with masks, split and threshold: maskbench-cli recipe masked-faces)"));
    connect(m_preset, qOverload<int>(&QComboBox::activated), this, &TrainingPanel::applyPreset);
    auto *presetRow = new QFormLayout;
    presetRow->addRow(tr("&Preset:"), m_preset);
    outer->addLayout(presetRow);

    m_formGroup = new QGroupBox(tr("Run configuration"), box);
    auto *form = new QFormLayout(m_formGroup);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_data = new QLineEdit(box);
    m_data->setPlaceholderText(tr("split manifest (path,label,split CSV)"));
    m_data->setToolTip(tr("The CSV that the Dataset panel's Split or `maskbench-cli dataset split` wrote; training uses its train and val rows"));
    auto *browseData = new QPushButton(tr("…"), box);
    browseData->setToolTip(tr("Choose the split manifest"));
    browseData->setMaximumWidth(32);
    connect(browseData, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Split manifest"), QFileInfo(m_data->text()).absolutePath(),
                                                       tr("CSV manifests (*.csv);;All files (*)"));
        if (!f.isEmpty())
            m_data->setText(f);
    });
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_data, 1);
    dataRow->addWidget(browseData);
    auto *dataLabel = new QLabel(tr("&Data:"), box);
    dataLabel->setBuddy(m_data);
    form->addRow(dataLabel, dataRow);

    m_labelColumn = new QLineEdit(box);
    m_labelColumn->setPlaceholderText(tr("label"));
    m_labelColumn->setToolTip(tr("Column of the manifest with the class (default: label)"));
    form->addRow(tr("&Label column:"), m_labelColumn);

    m_model = new QComboBox(box);
    m_model->addItem(tr("Levi-Hassner"), QStringLiteral("levi-hassner"));
    m_model->addItem(tr("ResNet50V2"), QStringLiteral("resnet50v2"));
    m_model->addItem(tr("InceptionV3"), QStringLiteral("inceptionv3"));
    m_model->addItem(tr("Face ResNet (dlib, face-api weights)"), QStringLiteral("face-resnet"));
    form->addRow(tr("&Model:"), m_model);

    m_inputSize = new QSpinBox(box);
    m_inputSize->setRange(0, 2048);
    m_inputSize->setSpecialValueText(tr("model default"));
    m_inputSize->setSuffix(tr(" px"));
    m_inputSize->setToolTip(tr("Square input size; default 227 (Levi-Hassner), 224 (ResNet50V2), 299 (InceptionV3). "
                               "Minimum 35, 32 and 75"));
    form->addRow(tr("&Input size:"), m_inputSize);

    m_head = new QComboBox(box);
    for (const char *h : {"default", "flatten", "gap", "levi", "keras-top"})
        m_head->addItem(QString::fromLatin1(h));
    m_head->setToolTip(tr("flatten: the study's Flatten, Dense 1024, Dropout 0.5; gap: global average pooling first; "
                          "levi: Levi & Hassner's two 512-unit layers; default: levi for Levi-Hassner, flatten otherwise"));
    form->addRow(tr("&Head:"), m_head);

    m_hidden = new QSpinBox(box);
    m_hidden->setRange(0, 8192);
    m_hidden->setSpecialValueText(tr("head default"));
    m_hidden->setToolTip(tr("Units of the head's dense layer(s); default 1024 (study) or 512 (Levi-Hassner)"));
    form->addRow(tr("Hidden &units:"), m_hidden);

    m_weights = new QLineEdit(box);
    m_weights->setPlaceholderText(tr("none: start from random weights"));
    m_weights->setToolTip(tr("imagenet: Keras Applications' ImageNet weights for ResNet50V2 or InceptionV3, downloaded "
                             "into the cache when a run first needs them (progress in the run's log; Stop cancels, the next "
                             "start resumes). Or a weights file: a Keras .h5 or a .pt from tools/export_weights.py. "
                             "Checked strictly against the model before training."));
    auto *browseWeights = new QPushButton(tr("…"), box);
    browseWeights->setMaximumWidth(32);
    browseWeights->setToolTip(tr("Choose a pretrained weights file"));
    connect(browseWeights, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Pretrained weights"), QFileInfo(m_weights->text()).absolutePath(),
                                                       tr("Weights files (*.h5 *.pt *.pth);;All files (*)"));
        if (!f.isEmpty())
            m_weights->setText(f);
    });
    auto *imagenet = new QPushButton(tr("ImageNet (Keras)"), box);
    imagenet->setObjectName(QStringLiteral("imagenetWeights"));
    imagenet->setToolTip(tr("Start from Keras' ImageNet weights (ResNet50V2, InceptionV3): downloaded once, then used from the cache"));
    connect(imagenet, &QPushButton::clicked, this, [this] { m_weights->setText(QStringLiteral("imagenet")); });
    auto *weightsRow = new QHBoxLayout;
    weightsRow->addWidget(m_weights, 1);
    weightsRow->addWidget(browseWeights);
    weightsRow->addWidget(imagenet);
    auto *weightsLabel = new QLabel(tr("Pretrained &weights:"), box);
    weightsLabel->setBuddy(m_weights);
    form->addRow(weightsLabel, weightsRow);

    m_stages = new QLineEdit(box);
    m_stages->setToolTip(tr("Schedule POLICY:EPOCHS,… with policies frozen, finetune, full, from:STAGE; "
                            "e.g. frozen:10,finetune:10. Each stage starts a fresh optimizer"));
    connect(m_stages, &QLineEdit::textEdited, this, &TrainingPanel::syncEpochsFromStages);
    form->addRow(tr("&Schedule:"), m_stages);

    m_epochs = new QSpinBox(box);
    m_epochs->setRange(1, 100000);
    m_epochs->setToolTip(tr("Total epochs; changing it changes the last stage of the schedule"));
    connect(m_epochs, qOverload<int>(&QSpinBox::valueChanged), this, &TrainingPanel::syncStagesFromEpochs);
    form->addRow(tr("&Epochs:"), m_epochs);

    m_optimizer = new QComboBox(box);
    m_optimizer->addItems({QStringLiteral("rmsprop"), QStringLiteral("adam"), QStringLiteral("sgd")});
    m_optimizer->setToolTip(tr("rmsprop with Keras' defaults (the study), adam, or sgd with momentum 0.9"));
    form->addRow(tr("&Optimizer:"), m_optimizer);

    m_lr = new QLineEdit(box);
    m_lr->setToolTip(tr("Learning rate, e.g. 1e-4"));
    // The unfrozen backbone layers learn at lr x this scale (the head at lr); "auto" is the model's
    // default (0.01 for face-resnet, whose pretrained weights a full-size step wrecks; 1 otherwise).
    m_backboneLrScale = new QDoubleSpinBox(box);
    m_backboneLrScale->setObjectName(QStringLiteral("backboneLrScale"));
    m_backboneLrScale->setRange(-0.001, 10.0);
    m_backboneLrScale->setDecimals(3);
    m_backboneLrScale->setSingleStep(0.01);
    m_backboneLrScale->setSpecialValueText(tr("auto"));
    m_backboneLrScale->setPrefix(tr("backbone x "));
    m_backboneLrScale->setToolTip(tr("Fine-tuned backbone layers learn at the learning rate times this scale; auto: "
                                     "0.01 for face-resnet, 1 for the other models"));
    auto *lrRow = new QHBoxLayout;
    lrRow->addWidget(m_lr, 1);
    lrRow->addWidget(m_backboneLrScale);
    auto *lrLabel = new QLabel(tr("Learning &rate:"), box);
    lrLabel->setBuddy(m_lr);
    form->addRow(lrLabel, lrRow);

    m_batch = new QSpinBox(box);
    m_batch->setRange(1, 4096);
    m_batch->setToolTip(tr("Images per batch (the study: 256; on a CPU a smaller batch shows progress sooner)"));
    form->addRow(tr("&Batch:"), m_batch);

    m_shift = new QDoubleSpinBox(box);
    m_shift->setRange(0, 0.5);
    m_shift->setSingleStep(0.05);
    m_shift->setDecimals(2);
    m_shift->setToolTip(tr("Random width and height shift, as a fraction of the size (Keras' width/height_shift_range; the study: 0.1)"));
    form->addRow(tr("S&hifts:"), m_shift);
    m_flip = new QCheckBox(tr("Random horizontal &flips"), box);
    form->addRow(QString(), m_flip);

    m_maskProb = new QDoubleSpinBox(box);
    m_maskProb->setObjectName(QStringLiteral("maskProbability"));
    m_maskProb->setRange(0, 1);
    m_maskProb->setSingleStep(0.1);
    m_maskProb->setDecimals(2);
    m_maskProb->setToolTip(tr("Probability that a training image gets a mask on the fly, from cached landmarks "
                              "(faces are detected and cached on first use; images without a face stay unmasked "
                              "and are counted in the log). 0: no masking"));
    form->addRow(tr("&Mask probability:"), m_maskProb);
    auto *maskTypesRow = new QWidget(box);
    maskTypesRow->setObjectName(QStringLiteral("maskTypes"));
    auto *maskTypesLayout = new QHBoxLayout(maskTypesRow);
    maskTypesLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString &name : maskTypeNames()) {
        auto *check = new QCheckBox(name, maskTypesRow);
        check->setObjectName(QStringLiteral("maskType_") + name);
        check->setProperty("maskType", name);
        check->setChecked(true);
        check->setToolTip(tr("Use %1 masks for on-the-fly masking").arg(name));
        maskTypesLayout->addWidget(check);
        m_maskTypes.append(check);
    }
    maskTypesLayout->addStretch(1);
    form->addRow(tr("Mask types:"), maskTypesRow);
    const auto syncMaskTypes = [this] {
        for (QCheckBox *check : std::as_const(m_maskTypes))
            check->setEnabled(m_maskProb->value() > 0);
    };
    connect(m_maskProb, &QDoubleSpinBox::valueChanged, this, syncMaskTypes);
    syncMaskTypes();

    // The devices that exist; the first entry follows Settings (what the CLI uses too).
    m_device = new QComboBox(box);
    const DeviceInfo devices = deviceInfo();
    m_device->addItem(tr("As in Settings (%1)").arg(requestedDevice()), QString());
    m_device->addItem(tr("auto (GPU when there is one)"), QStringLiteral("auto"));
    for (const QString &d : devices.devices)
        m_device->addItem(d, d);
    m_device->setToolTip(devices.whyNoCuda.isEmpty()
                             ? tr("Where the network trains; evaluation uses the Settings device")
                             : tr("Where the network trains. No GPU: %1").arg(devices.whyNoCuda));
    form->addRow(tr("&Device:"), m_device);
    m_mixedPrecision = new QComboBox(box);
    m_mixedPrecision->addItem(tr("off (float32)"), QStringLiteral("off"));
    m_mixedPrecision->addItem(tr("fp16 (autocast, loss scaling)"), QStringLiteral("fp16"));
    m_mixedPrecision->addItem(tr("bf16 (autocast)"), QStringLiteral("bf16"));
    m_mixedPrecision->setEnabled(devices.cudaDevices > 0);
    m_mixedPrecision->setToolTip(devices.cudaDevices > 0
                                     ? tr("Mixed precision on a CUDA device: faster steps, less memory; weights stay float32")
                                     : tr("Mixed precision needs a CUDA device. %1").arg(devices.whyNoCuda));
    form->addRow(tr("Mixed precision:"), m_mixedPrecision);

    m_seed = new QSpinBox(box);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setToolTip(tr("Seed for weights, data order, augmentation and dropout"));
    form->addRow(tr("S&eed:"), m_seed);

    m_threads = new QSpinBox(box);
    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("one per core"));
    form->addRow(tr("&Threads:"), m_threads);

    m_outDir = new QLineEdit(box);
    m_outDir->setPlaceholderText(tr("automatic, in the runs folder"));
    m_outDir->setToolTip(tr("Folder the run writes (config.json, metrics.csv, events.jsonl, checkpoints); it must not hold a run yet"));
    auto *browseOut = new QPushButton(tr("…"), box);
    browseOut->setMaximumWidth(32);
    browseOut->setToolTip(tr("Choose the run folder"));
    connect(browseOut, &QPushButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Run folder"), runsFolder());
        if (!d.isEmpty())
            m_outDir->setText(d);
    });
    auto *outRow = new QHBoxLayout;
    outRow->addWidget(m_outDir, 1);
    outRow->addWidget(browseOut);
    auto *outLabel = new QLabel(tr("Run &folder:"), box);
    outLabel->setBuddy(m_outDir);
    form->addRow(outLabel, outRow);

    auto toCustom = [this] { m_preset->setCurrentIndex(Custom); };
    connect(m_model, qOverload<int>(&QComboBox::activated), this, toCustom);
    connect(m_optimizer, qOverload<int>(&QComboBox::activated), this, toCustom);
    connect(m_lr, &QLineEdit::textEdited, this, toCustom);
    connect(m_stages, &QLineEdit::textEdited, this, toCustom);

    outer->addWidget(m_formGroup);

    m_start = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Start"), box);
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_start->setToolTip(tr("Start a new run with this configuration (Ctrl+Enter)"));
    m_pause = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-pause")), tr("&Pause"), box);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pause->setToolTip(tr("Pause after the current batch (Ctrl+P)"));
    m_resume = new QPushButton(QIcon::fromTheme(QStringLiteral("media-seek-forward")), tr("Res&ume"), box);
    m_resume->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_resume->setToolTip(tr("Continue the paused run (Ctrl+Shift+P)"));
    m_stop = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("S&top"), box);
    m_stop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_stop->setToolTip(tr("Stop after the current batch; the checkpoint of the last finished epoch stays, "
                          "and Resume run in the run list continues from it (Ctrl+.)"));
    connect(m_start, &QPushButton::clicked, this, &TrainingPanel::start);
    connect(m_pause, &QPushButton::clicked, this, &TrainingPanel::pause);
    connect(m_resume, &QPushButton::clicked, this, &TrainingPanel::unpause);
    connect(m_stop, &QPushButton::clicked, this, &TrainingPanel::stop);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_start, 0, 0);
    buttons->addWidget(m_stop, 0, 1);
    buttons->addWidget(m_pause, 1, 0);
    buttons->addWidget(m_resume, 1, 1);
    outer->addLayout(buttons);
    outer->addStretch(1);
    return box;
}

void TrainingPanel::setupPlot(QCustomPlot *plot, const QString &title, const QString &yLabel)
{
    plot->setMinimumHeight(180);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, QFont(font().family(), 10, QFont::Bold)));
    plot->xAxis->setLabel(tr("epoch"));
    plot->yAxis->setLabel(yLabel);
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot->xAxis->setTicker(ticker);
    const QColor trainColor(31, 119, 180), valColor(255, 127, 14);
    struct G { QString name; QPen pen; bool scatter; };
    QPen batchPen(QColor(31, 119, 180, 110), 1.2);
    QPen overlayTrain(trainColor.darker(130), 1.5, Qt::DashLine), overlayVal(valColor.darker(130), 1.5, Qt::DashLine);
    const QList<G> graphs = {
        {tr("train, per batch (smoothed)"), batchPen, false},
        {tr("train"), QPen(trainColor, 2), true},
        {tr("validation"), QPen(valColor, 2), true},
        {tr("overlay train"), overlayTrain, true},
        {tr("overlay validation"), overlayVal, true},
    };
    for (const G &g : graphs) {
        QCPGraph *graph = plot->addGraph();
        graph->setName(g.name);
        graph->setPen(g.pen);
        if (g.scatter)
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, g.pen.color(), Qt::white, 6));
    }
    plot->legend->setVisible(true);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.8);
    plot->legend->setIconSize(20, 10);
    plot->legend->setRowSpacing(-2);
    plot->legend->setFont(legendFont);
    plot->legend->setBrush(QColor(255, 255, 255, 200));
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->axisRect()->setRangeZoom(Qt::Horizontal);
    plot->axisRect()->setRangeDrag(Qt::Horizontal);
}

QWidget *TrainingPanel::createCharts()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);

    m_runTitle = new QLabel(tr("No run yet: fill the form and press Start, or open a run below"), box);
    m_runTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_runTitle->font();
    titleFont.setBold(true);
    m_runTitle->setFont(titleFont);
    layout->addWidget(m_runTitle);

    auto *progress = new QGridLayout;
    m_epochBar = new QProgressBar(box);
    m_epochBar->setFormat(tr("epoch %v of %m"));
    m_epochBar->setToolTip(tr("Epochs finished"));
    m_batchBar = new QProgressBar(box);
    m_batchBar->setFormat(tr("batch %v of %m"));
    m_batchBar->setToolTip(tr("Batches of the current epoch"));
    m_rate = new QLabel(box);
    m_rate->setMinimumWidth(260);
    progress->addWidget(new QLabel(tr("Epochs:"), box), 0, 0);
    progress->addWidget(m_epochBar, 0, 1);
    progress->addWidget(new QLabel(tr("Batches:"), box), 1, 0);
    progress->addWidget(m_batchBar, 1, 1);
    progress->addWidget(m_rate, 0, 2, 2, 1);
    progress->setColumnStretch(1, 1);
    layout->addLayout(progress);

    auto *charts = new QSplitter(Qt::Horizontal, box);
    m_accPlot = new QCustomPlot(charts);
    m_lossPlot = new QCustomPlot(charts);
    setupPlot(m_accPlot, tr("Accuracy"), tr("accuracy"));
    setupPlot(m_lossPlot, tr("Loss"), tr("loss"));
    m_accPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    // Loss falls from the top left: its bottom left stays free; accuracy rises: bottom right.
    m_lossPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
    int i = 0;
    for (QCustomPlot *plot : {m_accPlot, m_lossPlot}) {
        auto *line = new QCPItemStraightLine(plot);
        line->setPen(QPen(QColor(44, 160, 44), 1.5, Qt::DotLine));
        line->point1->setType(QCPItemPosition::ptPlotCoords);
        line->point2->setType(QCPItemPosition::ptPlotCoords);
        line->setVisible(false);
        auto *text = new QCPItemText(plot);
        text->position->setTypeX(QCPItemPosition::ptPlotCoords);
        text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        text->setColor(QColor(44, 140, 44));
        text->setPadding(QMargins(4, 2, 4, 2));
        text->setVisible(false);
        m_bestLine[i] = line;
        m_bestText[i] = text;
        ++i;
    }
    charts->addWidget(m_accPlot);
    charts->addWidget(m_lossPlot);
    layout->addWidget(charts, 1);
    return box;
}

QWidget *TrainingPanel::createRunsTab()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);

    m_runsFolder = new QLineEdit(box);
    m_runsFolder->setToolTip(tr("Folder whose subfolders are runs (each with config.json and metrics.csv)"));
    connect(m_runsFolder, &QLineEdit::editingFinished, this, [this] { setRunsFolder(m_runsFolder->text()); });
    auto *browse = new QPushButton(tr("Choose…"), box);
    browse->setToolTip(tr("Choose the folder that holds the runs"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Runs folder"), runsFolder());
        if (!d.isEmpty())
            setRunsFolder(d);
    });
    auto *refresh = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh"), box);
    refresh->setToolTip(tr("List the runs again"));
    connect(refresh, &QPushButton::clicked, this, &TrainingPanel::refreshRuns);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Runs folder:"), box));
    top->addWidget(m_runsFolder, 1);
    top->addWidget(browse);
    top->addWidget(refresh);
    layout->addLayout(top);

    m_runList = new QTreeWidget(box);
    m_runList->setRootIsDecorated(false);
    m_runList->setHeaderLabels({tr("Run"), tr("Model"), tr("Epochs"), tr("Best val. accuracy"), tr("State"), tr("Modified")});
    m_runList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_runList->setSortingEnabled(false);
    connect(m_runList, &QTreeWidget::itemDoubleClicked, this, [this] { openRun(selectedRun()); });
    connect(m_runList, &QTreeWidget::itemSelectionChanged, this, &TrainingPanel::updateButtons);
    layout->addWidget(m_runList, 2);

    m_openRun = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open"), box);
    m_openRun->setToolTip(tr("Show the selected run's configuration and curves (double-click)"));
    connect(m_openRun, &QPushButton::clicked, this, [this] { openRun(selectedRun()); });
    m_resumeRun = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Resume run"), box);
    m_resumeRun->setToolTip(tr("Continue the selected stopped run from its last checkpoint"));
    connect(m_resumeRun, &QPushButton::clicked, this, [this] { resumeRun(selectedRun()); });
    m_overlayRun = new QPushButton(tr("Overlay"), box);
    m_overlayRun->setToolTip(tr("Draw the selected run's epoch curves, dashed, over the current ones"));
    connect(m_overlayRun, &QPushButton::clicked, this, [this] { overlayRun(selectedRun()); });
    auto *clear = new QPushButton(tr("Clear overlay"), box);
    connect(clear, &QPushButton::clicked, this, &TrainingPanel::clearOverlay);
    m_attachRun = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Follow live"), box);
    m_attachRun->setCheckable(true);
    m_attachRun->setToolTip(tr("Follow the selected run while another process (maskbench-cli train) writes it"));
    connect(m_attachRun, &QPushButton::clicked, this, [this](bool on) {
        if (on && !attachRun(selectedRun()))
            m_attachRun->setChecked(false);
        else if (!on)
            detach();
    });
    auto *row = new QHBoxLayout;
    for (QPushButton *b : {m_openRun, m_resumeRun, m_overlayRun, clear, m_attachRun})
        row->addWidget(b);
    row->addStretch(1);
    layout->addLayout(row);

    // The selected run's evaluations (or the run shown, when none is selected).
    m_evaluations = new RunEvaluationsBox(box);
    connect(m_runList, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (!selectedRun().isEmpty())
            m_evaluations->setRun(selectedRun());
    });
    connect(m_evaluations, &RunEvaluationsBox::busy, this, &TrainingPanel::busy);
    connect(m_evaluations, &RunEvaluationsBox::idle, this, &TrainingPanel::idle);
    connect(m_evaluations, &RunEvaluationsBox::logMessage, this, &TrainingPanel::logMessage);
    layout->addWidget(m_evaluations, 1);
    return box;
}

// --- form -------------------------------------------------------------------------------------

void TrainingPanel::applyPreset(int preset)
{
    if (preset == Custom)
        return;
    TrainConfig c;
    c.data = m_data ? m_data->text() : QString();
    c.labelColumn = m_labelColumn ? m_labelColumn->text() : QString();
    c.outDir.clear();
    c.horizontalFlip = false;
    c.widthShift = c.heightShift = 0.1;
    c.seed = 42;
    c.device.clear(); // the Settings device
    switch (preset) {
    case LeviQuick:
        c.model.name = QStringLiteral("levi-hassner");
        c.model.inputSize = 64;
        c.model.hiddenUnits = 128;
        c.stages = {{QStringLiteral("full"), 10}};
        c.optimizer = QStringLiteral("adam");
        c.learningRate = 1e-3;
        c.batchSize = 32;
        c.horizontalFlip = true;
        break;
    case InceptionFrozen:
    case InceptionFineTuned:
    case ResNetFrozen:
    case ResNetFineTuned: {
        const bool inception = preset == InceptionFrozen || preset == InceptionFineTuned;
        c.model.name = inception ? QStringLiteral("inceptionv3") : QStringLiteral("resnet50v2");
        c.model.inputSize = 0;
        c.model.head = QStringLiteral("flatten");
        if (preset == InceptionFrozen || preset == ResNetFrozen)
            c.stages = {{QStringLiteral("frozen"), 10}};
        else
            c.stages = {{QStringLiteral("frozen"), 10}, {QStringLiteral("finetune"), 10}};
        c.optimizer = QStringLiteral("rmsprop");
        c.learningRate = 1e-4;
        c.batchSize = 256;
        c.weights = QStringLiteral("imagenet"); // as the study: Keras' ImageNet weights
        break;
    }
    case BestMaskedFace: {
        TrainConfig m = maskedFaceTrainConfig();
        m.data = c.data;
        m.labelColumn = c.labelColumn;
        m.seed = c.seed;
        m.device = c.device;
        c = m;
        break;
    }
    default:
        return;
    }
    setConfig(c);
}

void TrainingPanel::setConfig(const TrainConfig &c)
{
    if (!c.data.isEmpty())
        m_data->setText(c.data);
    m_labelColumn->setText(c.labelColumn);
    const int model = m_model->findData(canonicalModelNameOr(c.model.name));
    m_model->setCurrentIndex(std::max(0, model));
    m_inputSize->setValue(c.model.inputSize);
    const int head = m_head->findText(c.model.head);
    m_head->setCurrentIndex(std::max(0, head));
    m_hidden->setValue(c.model.hiddenUnits);
    m_stages->setText(stagesToString(c.stages));
    syncEpochsFromStages();
    m_optimizer->setCurrentText(c.optimizer);
    m_lr->setText(QString::number(c.learningRate, 'g', 6));
    m_backboneLrScale->setValue(c.backboneLrScale < 0 ? m_backboneLrScale->minimum() : c.backboneLrScale);
    m_batch->setValue(c.batchSize);
    m_shift->setValue(std::max(c.widthShift, c.heightShift));
    m_flip->setChecked(c.horizontalFlip);
    m_maskProb->setValue(c.maskProbability);
    const QStringList maskTypes = c.maskTypes.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QCheckBox *check : std::as_const(m_maskTypes))
        check->setChecked(maskTypes.isEmpty() || maskTypes.contains(check->property("maskType").toString()));
    int deviceIndex = m_device->findData(c.device);
    if (deviceIndex < 0) { // a run's config naming a device this machine lacks: keep it visible
        m_device->addItem(c.device, c.device);
        deviceIndex = m_device->count() - 1;
    }
    m_device->setCurrentIndex(deviceIndex);
    m_mixedPrecision->setCurrentIndex(std::max(0, m_mixedPrecision->findData(c.mixedPrecision.isEmpty() ? QStringLiteral("off")
                                                                                                       : c.mixedPrecision)));
    m_seed->setValue(int(std::min<quint64>(c.seed, quint64(std::numeric_limits<int>::max()))));
    m_threads->setValue(c.threads);
    m_outDir->setText(c.outDir);
    m_weights->setText(c.weights);
}

TrainConfig TrainingPanel::configFromForm() const
{
    TrainConfig c;
    c.data = m_data->text().trimmed();
    if (c.data.isEmpty())
        throw Error(tr("Choose the split manifest to train on (the CSV that the Dataset panel's Split wrote)"));
    if (!QFileInfo(c.data).isFile())
        throw Error(tr("The manifest %1 does not exist or is not a file. Choose the CSV that the Dataset panel's Split "
                       "or `maskbench-cli dataset split` wrote").arg(c.data));
    c.labelColumn = m_labelColumn->text().trimmed();
    c.model.name = m_model->currentData().toString();
    c.model.inputSize = m_inputSize->value();
    c.model.head = m_head->currentText();
    c.model.hiddenUnits = m_hidden->value();
    resolved(c.model); // throws with the allowed range for a bad input size
    c.stages = parseStages(m_stages->text());
    c.optimizer = m_optimizer->currentText();
    bool ok = false;
    c.learningRate = m_lr->text().trimmed().toDouble(&ok);
    if (!ok || !(c.learningRate > 0))
        throw Error(tr("The learning rate \"%1\" is not a positive number (write e.g. 1e-4)").arg(m_lr->text()));
    c.backboneLrScale = m_backboneLrScale->value() < 0 ? -1.0 : m_backboneLrScale->value();
    c.batchSize = m_batch->value();
    c.widthShift = c.heightShift = m_shift->value();
    c.horizontalFlip = m_flip->isChecked();
    c.maskProbability = m_maskProb->value();
    QStringList maskTypes;
    for (QCheckBox *check : m_maskTypes)
        if (check->isChecked())
            maskTypes.append(check->property("maskType").toString());
    if (c.maskProbability > 0 && maskTypes.isEmpty())
        throw Error(tr("On-the-fly masking needs at least one mask type; tick one or set the mask probability to 0"));
    if (maskTypes.size() < m_maskTypes.size())
        c.maskTypes = maskTypes.join(QLatin1Char(','));
    // Face backbones: frozen epochs without augmentation train the head on descriptors computed
    // once (the same numbers, seconds instead of minutes per epoch; a 128-D vector per image).
    c.cacheFeatures = usesFaceChips(canonicalModelNameOr(c.model.name)) && c.widthShift == 0 && c.heightShift == 0
                      && !c.horizontalFlip && c.maskProbability == 0;
    c.device = m_device->currentData().toString();
    c.mixedPrecision = m_mixedPrecision->currentData().toString();
    c.seed = quint64(m_seed->value());
    c.threads = m_threads->value();
    c.weights = m_weights->text().trimmed();
    if (c.weights.compare(QLatin1String("imagenet"), Qt::CaseInsensitive) == 0) {
        const QString m = canonicalModelNameOr(c.model.name);
        if (m != QLatin1String("resnet50v2") && m != QLatin1String("inceptionv3"))
            throw Error(tr("ImageNet weights from Keras exist for ResNet50V2 and InceptionV3, not %1: choose one of them, "
                           "or clear the weights field").arg(m));
        c.weights = QStringLiteral("imagenet");
    } else if (!c.weights.isEmpty() && !QFileInfo(c.weights).isFile()) {
        throw Error(tr("The pretrained weights file %1 does not exist. Choose a Keras .h5 or a file that "
                       "tools/export_weights.py wrote, type imagenet, or clear the field to start from random weights")
                        .arg(c.weights));
    }
    c.outDir = m_outDir->text().trimmed();
    if (c.outDir.isEmpty())
        c.outDir = QDir(runsFolder()).filePath(QStringLiteral("%1-%2").arg(c.model.name,
                                               QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (QFileInfo::exists(QDir(c.outDir).filePath(QStringLiteral("config.json"))))
        throw Error(tr("%1 already holds a run: choose another run folder, or select the run in the run list and "
                       "press Resume run").arg(c.outDir));
    return c;
}

void TrainingPanel::syncEpochsFromStages()
{
    try {
        int total = 0;
        for (const StageSpec &s : parseStages(m_stages->text()))
            total += s.epochs;
        const QSignalBlocker block(m_epochs);
        m_epochs->setValue(total);
    } catch (const Error &) {
        // Half-typed schedule: the epoch count follows once it parses.
    }
}

void TrainingPanel::syncStagesFromEpochs(int epochs)
{
    std::vector<StageSpec> stages;
    try {
        stages = parseStages(m_stages->text());
    } catch (const Error &) {
        stages = {{QStringLiteral("full"), epochs}};
    }
    int before = 0;
    for (size_t i = 0; i + 1 < stages.size(); ++i)
        before += stages[i].epochs;
    if (epochs <= before)
        stages = {{stages.back().policy, epochs}};
    else
        stages.back().epochs = epochs - before;
    m_stages->setText(stagesToString(stages));
}

// --- running ----------------------------------------------------------------------------------

bool TrainingPanel::isBusy() const { return m_job && m_job->isRunning(); }

bool TrainingPanel::isPaused() const { return m_job && m_job->isPaused(); }

void TrainingPanel::showError(const QString &message)
{
    m_lastError = message;
    appendRunLog(tr("error: %1").arg(message));
    Q_EMIT failed(message);
    // Non-blocking (open, not exec) so a live run and the event loop keep going behind it.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Training"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("trainingError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void TrainingPanel::start()
{
    if (isBusy())
        return;
    TrainConfig c;
    try {
        c = configFromForm();
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    detach();
    Settings::lastTrainData.set(c.data);
    m_lastError.clear();
    m_curves.clear();
    m_curves.runDir = QDir(c.outDir).absolutePath();
    m_curves.totalEpochs = c.totalEpochs();
    m_log->clear();
    m_runTitle->setText(tr("Training %1").arg(QDir::toNativeSeparators(m_curves.runDir)));
    resetProgress(c.totalEpochs());
    appendRunLog(tr("starting %1 on %2 into %3").arg(c.model.name, c.data, m_curves.runDir));
    m_job->start(c);
    Q_EMIT busy(tr("Training: starting"), 0, 0, -1);
    updateButtons();
    scheduleReplot();
}

void TrainingPanel::resumeRun(const QString &runDir)
{
    if (isBusy() || runDir.isEmpty())
        return;
    if (!openRun(runDir))
        return;
    const int total = m_curves.totalEpochs;
    if (total > 0 && m_curves.epochs() >= total) {
        showError(tr("%1 has finished all %2 epochs; there is nothing to resume").arg(runDir).arg(total));
        return;
    }
    m_lastError.clear();
    m_runTitle->setText(tr("Resuming %1").arg(QDir::toNativeSeparators(m_curves.runDir)));
    appendRunLog(tr("resuming %1").arg(runDir));
    m_job->resume(runDir);
    Q_EMIT busy(tr("Training: resuming"), 0, 0, -1);
    updateButtons();
}

void TrainingPanel::pause()
{
    if (!isBusy())
        return;
    m_job->pause();
    appendRunLog(tr("pausing after the current batch"));
    updateButtons();
}

void TrainingPanel::unpause()
{
    if (!isBusy())
        return;
    m_job->unpause();
    appendRunLog(tr("resumed"));
    updateButtons();
}

void TrainingPanel::stop()
{
    if (!isBusy())
        return;
    m_job->stop();
    appendRunLog(tr("stopping after the current batch"));
    Q_EMIT busy(tr("Training: stopping"), 0, 0, -1);
    updateButtons();
}

void TrainingPanel::resetProgress(int totalEpochs)
{
    m_epochBar->setRange(0, std::max(1, totalEpochs));
    m_epochBar->setValue(0);
    m_batchBar->setRange(0, 1);
    m_batchBar->setValue(0);
    m_rate->clear();
}

void TrainingPanel::onEvent(const TrainEvent &e)
{
    switch (e.kind) {
    case TrainEvent::Batch: {
        m_curves.totalEpochs = e.totalEpochs;
        m_curves.addBatch(e.epoch, e.batch, e.batches, e.loss, e.accuracy, 0.3); // running epoch means: light smoothing
        m_epochBar->setRange(0, std::max(1, e.totalEpochs));
        m_epochBar->setValue(e.epoch - 1);
        m_batchBar->setRange(0, std::max(1, e.batches));
        m_batchBar->setValue(e.batch);
        m_rate->setText(tr("%1 images/s\nETA %2 · stage %3").arg(e.imagesPerSecond, 0, 'f', 1).arg(duration(e.etaSeconds), e.stage));
        const qint64 total = qint64(e.totalEpochs) * e.batches;
        Q_EMIT busy(isPaused() ? tr("Training paused: epoch %1/%2").arg(e.epoch).arg(e.totalEpochs)
                               : tr("Training epoch %1/%2").arg(e.epoch).arg(e.totalEpochs),
                    qint64(e.epoch - 1) * e.batches + e.batch, total, e.etaSeconds);
        scheduleReplot();
        return;
    }
    case TrainEvent::Epoch:
        m_curves.totalEpochs = e.totalEpochs;
        m_curves.addEpoch(e.epoch, e.loss, e.accuracy, e.valLoss, e.valAccuracy);
        m_epochBar->setValue(e.epoch);
        m_batchBar->setValue(m_batchBar->maximum());
        m_rate->setText(tr("%1 images/s\nETA %2 · stage %3").arg(e.imagesPerSecond, 0, 'f', 1).arg(duration(e.etaSeconds), e.stage));
        appendRunLog(tr("epoch %1/%2 [%3]  loss %4  acc %5  val_loss %6  val_acc %7  %8 s%9")
                         .arg(e.epoch).arg(e.totalEpochs).arg(e.stage)
                         .arg(e.loss, 0, 'f', 4).arg(e.accuracy, 0, 'f', 4).arg(e.valLoss, 0, 'f', 4).arg(e.valAccuracy, 0, 'f', 4)
                         .arg(e.seconds, 0, 'f', 1)
                         .arg(m_curves.bestEpoch == e.epoch ? tr("  (best so far)") : QString()));
        if (e.epoch == 1)
            refreshRuns(); // the run folder exists now
        scheduleReplot();
        return;
    case TrainEvent::StageStart:
        appendRunLog(tr("stage %1 from epoch %2: %3 trainable, %4 frozen parameters")
                         .arg(e.stage).arg(e.epoch).arg(e.trainable).arg(e.frozen));
        return;
    case TrainEvent::Log:
        appendRunLog(e.message);
        if (e.level != TrainEvent::Info) // warnings and notices also reach the Log dock
            Q_EMIT logMessage(e.message);
        return;
    }
}

void TrainingPanel::onSucceeded(const TrainResult &r)
{
    // No sentinel values: stopped before the first epoch ended, there is no accuracy yet, and
    // Resume run restarts the run from epoch 1 (it has no checkpoint).
    const QString message = r.stopped && r.bestEpoch <= 0
        ? tr("Training stopped before its first epoch ended; Resume run starts it again from epoch 1")
        : r.stopped
        ? tr("Training stopped after %1 epoch(s); best val. accuracy %2 (epoch %3). Resume run continues it")
              .arg(r.epochsDone).arg(r.bestValAccuracy, 0, 'f', 4).arg(r.bestEpoch)
        : tr("Training finished: %1 epoch(s), best val. accuracy %2 (epoch %3), %4 s")
              .arg(r.epochsDone).arg(r.bestValAccuracy, 0, 'f', 4).arg(r.bestEpoch).arg(r.seconds, 0, 'f', 1);
    appendRunLog(message);
    m_runTitle->setText(tr("%1 — %2").arg(QDir::toNativeSeparators(r.runDir), r.stopped ? tr("stopped") : tr("finished")));
    refreshRuns();
    updateButtons();
    Q_EMIT idle(message);
    Q_EMIT runFinished(r.runDir, r.stopped);
}

void TrainingPanel::onFailed(const QString &message)
{
    m_runTitle->setText(tr("%1 — failed").arg(QDir::toNativeSeparators(m_curves.runDir)));
    refreshRuns();
    updateButtons();
    Q_EMIT idle(tr("Training failed"));
    showError(message);
}

void TrainingPanel::updateButtons()
{
    const bool running = isBusy();
    const bool paused = isPaused();
    m_start->setEnabled(!running);
    m_pause->setEnabled(running && !paused);
    m_resume->setEnabled(running && paused);
    m_stop->setEnabled(running);
    m_formGroup->setEnabled(!running);
    m_preset->setEnabled(!running);
    const bool selected = !selectedRun().isEmpty();
    m_openRun->setEnabled(selected && !running);
    m_resumeRun->setEnabled(selected && !running);
    m_overlayRun->setEnabled(selected);
    m_attachRun->setEnabled((selected || isAttached()) && !running);
    if (running && paused)
        Q_EMIT busy(tr("Training paused"), m_epochBar->value(), m_epochBar->maximum(), -1);
}

void TrainingPanel::appendRunLog(const QString &line)
{
    m_log->appendPlainText(QStringLiteral("%1  %2").arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")), line));
}

// --- charts -----------------------------------------------------------------------------------

void TrainingPanel::scheduleReplot()
{
    if (!m_replotTimer.isActive())
        m_replotTimer.start();
}

void TrainingPanel::replot()
{
    const RunCurves &c = m_curves;
    const RunCurves &o = m_overlay;
    const QString overlayName = QFileInfo(o.runDir).fileName();
    int maxEpoch = std::max({c.totalEpochs, c.epochs(), o.epochs(), 1});
    if (!c.batchX.isEmpty())
        maxEpoch = std::max(maxEpoch, int(std::ceil(c.batchX.last())));
    double lossMax = 0;
    auto grow = [&lossMax](const QVector<double> &v) {
        for (double x : v)
            if (std::isfinite(x))
                lossMax = std::max(lossMax, x);
    };
    double accMin = 1.0;
    double lossMin = std::numeric_limits<double>::infinity();
    for (const QVector<double> *v : {&c.batchLoss, &c.loss, &c.valLoss, &o.loss, &o.valLoss})
        for (double x : *v)
            if (std::isfinite(x))
                lossMin = std::min(lossMin, x);
    if (!std::isfinite(lossMin))
        lossMin = 0;
    for (const QVector<double> *v : {&c.batchAccuracy, &c.accuracy, &c.valAccuracy, &o.accuracy, &o.valAccuracy})
        for (double x : *v)
            if (std::isfinite(x))
                accMin = std::min(accMin, x);
    grow(c.batchLoss);
    grow(c.loss);
    grow(c.valLoss);
    grow(o.loss);
    grow(o.valLoss);

    int i = 0;
    for (QCustomPlot *plot : {m_accPlot, m_lossPlot}) {
        const bool acc = plot == m_accPlot;
        plot->graph(TrainBatch)->setData(c.batchX, acc ? c.batchAccuracy : c.batchLoss, true);
        plot->graph(TrainEpoch)->setData(c.epochX, acc ? c.accuracy : c.loss, true);
        plot->graph(ValEpoch)->setData(c.epochX, acc ? c.valAccuracy : c.valLoss, true);
        plot->graph(OverlayTrain)->setData(o.epochX, acc ? o.accuracy : o.loss, true);
        plot->graph(OverlayVal)->setData(o.epochX, acc ? o.valAccuracy : o.valLoss, true);
        const bool overlay = o.epochs() > 0;
        plot->graph(OverlayTrain)->setVisible(overlay);
        plot->graph(OverlayVal)->setVisible(overlay);
        plot->graph(OverlayTrain)->setName(tr("train, %1").arg(overlayName));
        plot->graph(OverlayVal)->setName(tr("validation, %1").arg(overlayName));
        if (overlay) {
            plot->graph(OverlayTrain)->addToLegend();
            plot->graph(OverlayVal)->addToLegend();
        } else {
            plot->graph(OverlayTrain)->removeFromLegend();
            plot->graph(OverlayVal)->removeFromLegend();
        }

        // The x range always spans the whole schedule, so the best epoch's marker stays in view.
        plot->xAxis->setRange(0, maxEpoch + 0.25);
        if (acc)
            plot->yAxis->setRange(std::max(0.0, std::floor((accMin - 0.05) * 10) / 10), 1.04);
        else
            plot->yAxis->setRange(std::max(0.0, lossMin - 0.15 * (lossMax - lossMin)), lossMax > 0 ? lossMax * 1.04 : 1.0);

        const bool best = c.bestEpoch > 0;
        m_bestLine[i]->setVisible(best);
        m_bestText[i]->setVisible(best && acc);
        if (best) {
            m_bestLine[i]->point1->setCoords(c.bestEpoch, 0);
            m_bestLine[i]->point2->setCoords(c.bestEpoch, 1);
            m_bestText[i]->position->setCoords(c.bestEpoch, 0.02);
            m_bestText[i]->setText(tr("best: epoch %1\nval. acc. %2").arg(c.bestEpoch).arg(c.bestValAccuracy, 0, 'f', 3));
            // Keep the label inside the plot when the best epoch is the last one.
            m_bestText[i]->setPositionAlignment(c.bestEpoch > maxEpoch * 0.6 ? (Qt::AlignRight | Qt::AlignTop)
                                                                              : (Qt::AlignLeft | Qt::AlignTop));
        }
        plot->replot(QCustomPlot::rpQueuedReplot);
        ++i;
    }
}

// --- run list ---------------------------------------------------------------------------------

QString TrainingPanel::runsFolder() const { return m_runsFolder->text(); }

void TrainingPanel::setRunsFolder(const QString &folder)
{
    const QString abs = QDir(folder).absolutePath();
    m_runsFolder->setText(abs);
    Settings::runsFolder.set(abs);
    refreshRuns();
}

QStringList TrainingPanel::runs() const
{
    QStringList out;
    for (int i = 0; i < m_runList->topLevelItemCount(); ++i)
        out.append(m_runList->topLevelItem(i)->data(0, Qt::UserRole).toString());
    return out;
}

QString TrainingPanel::selectedRun() const
{
    const QList<QTreeWidgetItem *> items = m_runList->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, Qt::UserRole).toString();
}

void TrainingPanel::refreshRuns()
{
    const QString selected = selectedRun();
    m_runList->clear();
    QDir dir(runsFolder());
    const QFileInfoList entries = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time);
    for (const QFileInfo &fi : entries) {
        const QString path = fi.absoluteFilePath();
        const QJsonObject config = readJson(QDir(path).filePath(QStringLiteral("config.json")));
        if (config.isEmpty())
            continue;
        RunCurves curves;
        readMetrics(path, curves);
        const int total = totalEpochsOf(config);
        const QFileInfo metrics(QDir(path).filePath(QStringLiteral("metrics.csv")));
        QString state;
        if (isBusy() && QDir(path) == QDir(m_curves.runDir))
            state = tr("running");
        else if (total > 0 && curves.epochs() >= total)
            state = tr("finished");
        else if (isAttached() && QDir(path) == QDir(m_attachDir))
            state = tr("following");
        else if (loggedStop(path))
            state = tr("stopped");
        else if (recentlyWritten(path))
            state = tr("being written");
        else
            state = tr("interrupted"); // killed, crashed or failed: Resume run continues from the last checkpoint
        auto *item = new QTreeWidgetItem(m_runList);
        item->setText(0, fi.fileName());
        item->setData(0, Qt::UserRole, path);
        item->setToolTip(0, QDir::toNativeSeparators(path));
        item->setText(1, config.value(QStringLiteral("model")).toObject().value(QStringLiteral("name")).toString());
        item->setText(2, tr("%1 / %2").arg(curves.epochs()).arg(total));
        item->setText(3, curves.bestEpoch > 0 ? tr("%1 (epoch %2)").arg(curves.bestValAccuracy, 0, 'f', 4).arg(curves.bestEpoch) : QStringLiteral("–"));
        item->setText(4, state);
        item->setText(5, metrics.lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (path == selected)
            item->setSelected(true);
    }
    for (int c = 1; c < m_runList->columnCount(); ++c)
        m_runList->resizeColumnToContents(c);
    updateButtons();
}

bool TrainingPanel::showRun(const QString &runDir)
{
    RunCurves curves;
    readMetrics(runDir, curves);
    const bool incomplete = curves.totalEpochs == 0 || curves.epochs() < curves.totalEpochs;
    if (incomplete && !loggedStop(runDir) && recentlyWritten(runDir) && !isBusy())
        return attachRun(runDir);
    return openRun(runDir);
}

bool TrainingPanel::openRun(const QString &runDir)
{
    if (m_evaluations && !runDir.isEmpty())
        m_evaluations->setRun(runDir);
    if (runDir.isEmpty())
        return false;
    if (isBusy()) {
        showError(tr("A run is going: stop it before opening another (Overlay draws another run beside it)"));
        return false;
    }
    detach();
    RunCurves curves;
    QString error;
    if (!readMetrics(runDir, curves, &error)) {
        showError(error);
        return false;
    }
    const QJsonObject config = readJson(QDir(runDir).filePath(QStringLiteral("config.json")));
    if (!config.isEmpty()) {
        try {
            TrainConfig c = TrainConfig::fromJson(config);
            c.outDir.clear(); // a new start from this form makes a new run
            setConfig(c);
            m_preset->setCurrentIndex(Custom);
        } catch (const Error &e) {
            appendRunLog(tr("warning: %1").arg(e.message()));
        }
    }
    m_curves = curves;
    m_curves.runDir = QDir(runDir).absolutePath();
    resetTail(m_curves.runDir);
    resetProgress(m_curves.totalEpochs);
    readRunFiles(); // batch curves from events.jsonl, where the run wrote one; sets the progress bars
    m_log->clear();
    QFile log(QDir(runDir).filePath(QStringLiteral("train.log")));
    if (log.open(QIODevice::ReadOnly))
        m_log->setPlainText(QString::fromUtf8(log.readAll()));
    m_runTitle->setText(tr("%1 — %2 of %3 epochs").arg(QDir::toNativeSeparators(m_curves.runDir)).arg(m_curves.epochs()).arg(m_curves.totalEpochs));
    Q_EMIT idle(m_curves.bestEpoch > 0
                    ? tr("Opened run %1: %2 of %3 epochs, best val. accuracy %4 (epoch %5)")
                          .arg(QDir::toNativeSeparators(m_curves.runDir)).arg(m_curves.epochs()).arg(m_curves.totalEpochs)
                          .arg(m_curves.bestValAccuracy, 0, 'f', 4).arg(m_curves.bestEpoch)
                    : tr("Opened run %1: no finished epoch yet").arg(QDir::toNativeSeparators(m_curves.runDir)));
    scheduleReplot();
    return true;
}

bool TrainingPanel::overlayRun(const QString &runDir)
{
    RunCurves curves;
    QString error;
    if (!readMetrics(runDir, curves, &error)) {
        showError(error);
        return false;
    }
    m_overlay = curves;
    scheduleReplot();
    return true;
}

void TrainingPanel::clearOverlay()
{
    m_overlay = RunCurves();
    scheduleReplot();
}

bool TrainingPanel::attachRun(const QString &runDir)
{
    if (runDir.isEmpty() || isBusy())
        return false;
    if (!QFileInfo::exists(QDir(runDir).filePath(QStringLiteral("config.json")))) {
        showError(tr("%1 holds no run yet (no config.json)").arg(runDir));
        return false;
    }
    detach();
    m_curves = RunCurves();
    m_curves.runDir = QDir(runDir).absolutePath();
    m_curves.totalEpochs = totalEpochsOf(readJson(QDir(runDir).filePath(QStringLiteral("config.json"))));
    m_attachDir = m_curves.runDir;
    const QJsonObject config = readJson(QDir(runDir).filePath(QStringLiteral("config.json")));
    m_attachBatchSize = 0;
    try {
        TrainConfig c = TrainConfig::fromJson(config);
        m_attachBatchSize = c.batchSize;
        c.outDir.clear();
        setConfig(c);
        m_preset->setCurrentIndex(Custom);
    } catch (const Error &e) {
        appendRunLog(tr("warning: %1").arg(e.message()));
    }
    resetTail(m_attachDir);
    resetProgress(m_curves.totalEpochs);
    m_log->clear();
    m_runTitle->setText(tr("Following %1 (written by another process)").arg(QDir::toNativeSeparators(m_attachDir)));
    Q_EMIT idle(tr("Following run %1 as another process writes it").arg(QDir::toNativeSeparators(m_attachDir)));
    readRunFiles();
    m_tailTimer.start();
    m_attachRun->setChecked(true);
    updateButtons();
    return true;
}

void TrainingPanel::detach()
{
    m_tailTimer.stop();
    m_attachDir.clear();
    if (m_attachRun)
        m_attachRun->setChecked(false);
}

void TrainingPanel::resetTail(const QString &runDir)
{
    Q_UNUSED(runDir);
    m_metricsOffset = m_eventsOffset = 0;
    m_metricsColumns.clear();
}

void TrainingPanel::readRunFiles()
{
    const QString dir = m_curves.runDir;
    if (dir.isEmpty())
        return;
    QList<QByteArray> metricLines, eventLines;
    const bool metricsOk = readNewLines(QDir(dir).filePath(QStringLiteral("metrics.csv")), &m_metricsOffset, &metricLines);
    const bool eventsOk = readNewLines(QDir(dir).filePath(QStringLiteral("events.jsonl")), &m_eventsOffset, &eventLines);
    if (!metricsOk || !eventsOk) {
        // A resume truncated the files: read them again from the start.
        const int total = m_curves.totalEpochs;
        m_curves.clear();
        m_curves.totalEpochs = total;
        resetTail(dir);
        readRunFiles();
        return;
    }
    for (const QByteArray &line : metricLines) {
        const QList<QByteArray> cells = line.split(',');
        if (m_metricsColumns.isEmpty()) {
            for (const QByteArray &h : cells)
                m_metricsColumns.append(QString::fromUtf8(h));
            continue;
        }
        if (cells.size() < m_metricsColumns.size())
            continue;
        auto cell = [&](const char *name) { return cells.value(m_metricsColumns.indexOf(QLatin1String(name))).toDouble(); };
        m_curves.addEpoch(int(cell("epoch")), cell("loss"), cell("accuracy"), cell("val_loss"), cell("val_accuracy"));
    }
    TrainEvent last;
    bool anyBatch = false;
    for (const QByteArray &line : eventLines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("type")).toString() != QLatin1String("batch"))
            continue;
        const int epoch = o.value(QStringLiteral("epoch")).toInt();
        const int batch = o.value(QStringLiteral("batch")).toInt();
        last.epoch = epoch;
        last.batch = batch;
        last.batches = o.value(QStringLiteral("batches")).toInt();
        last.imagesPerSecond = o.value(QStringLiteral("images_per_second")).toDouble();
        last.stage = o.value(QStringLiteral("stage")).toString();
        // events.jsonl holds each batch's own values: smoothed harder than the live running means.
        m_curves.addBatch(epoch, batch, last.batches, o.value(QStringLiteral("loss")).toDouble(),
                          o.value(QStringLiteral("accuracy")).toDouble(), 0.1);
        anyBatch = true;
    }
    if (!isBusy()) {
        m_epochBar->setRange(0, std::max(1, m_curves.totalEpochs));
        m_epochBar->setValue(m_curves.epochs());
        if (anyBatch) {
            m_batchBar->setRange(0, std::max(1, last.batches));
            m_batchBar->setValue(last.batch);
            // Training time only (validation not counted): what the batches still to come take.
            const qint64 left = qint64(std::max(0, m_curves.totalEpochs - last.epoch)) * last.batches + (last.batches - last.batch);
            const double eta = isAttached() && last.imagesPerSecond > 0 && m_attachBatchSize > 0
                ? double(left) * m_attachBatchSize / last.imagesPerSecond : -1;
            m_rate->setText(isAttached() ? tr("%1 images/s\nETA %2 · stage %3").arg(last.imagesPerSecond, 0, 'f', 1).arg(duration(eta), last.stage)
                                         : tr("%1 images/s\nstage %2").arg(last.imagesPerSecond, 0, 'f', 1).arg(last.stage));
        }
        if (isAttached() && (!metricLines.isEmpty() || anyBatch)) {
            QFile log(QDir(dir).filePath(QStringLiteral("train.log")));
            if (log.open(QIODevice::ReadOnly))
                m_log->setPlainText(QString::fromUtf8(log.readAll()));
        }
    }
    if (!metricLines.isEmpty() || anyBatch)
        scheduleReplot();
}

} // namespace maskbench::ui
