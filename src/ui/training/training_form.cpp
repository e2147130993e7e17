#include "ui/training/training_panel.h"
#include "ui/training/training_panel_p.h"

#include "ui/training/run_evaluations.h"

#include "core/common/device.h"
#include "core/common/error.h"
#include "core/common/settings.h"
#include "core/dataset/subset.h"
#include "core/mask/mask_template.h"
#include "core/model/model_config.h"
#include "workers/train_worker.h"

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
#include <QScopedValueRollback>
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

using namespace training_detail;

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

    // "Use N images": seeded subsets of the manifest's train and val rows (the run's seed draws
    // them; config.json records limit_train and limit_val).
    m_limit = new QCheckBox(tr("Use"), box);
    m_limit->setObjectName(QStringLiteral("useNImages"));
    m_limitTrain = new QSpinBox(box);
    m_limitTrain->setObjectName(QStringLiteral("useNTrainingImages"));
    m_limitTrain->setRange(0, kMaxUseImages);
    m_limitTrain->setSpecialValueText(tr("all training"));
    m_limitTrain->setSuffix(tr(" training"));
    m_limitTrain->setValue(kDefaultLimitTrain);
    m_limitVal = new QSpinBox(box);
    m_limitVal->setObjectName(QStringLiteral("useNValidationImages"));
    m_limitVal->setRange(0, kMaxUseImages);
    m_limitVal->setSpecialValueText(tr("all validation"));
    m_limitVal->setSuffix(tr(" validation"));
    const QString limitTip = tr("Train on a random subset of N training images and validate on M validation images "
                                "instead of all of them; the run's seed draws them, so the same seed gives the same images. "
                                "The run's config.json records both numbers");
    for (QWidget *w : {static_cast<QWidget *>(m_limit), static_cast<QWidget *>(m_limitTrain), static_cast<QWidget *>(m_limitVal)})
        w->setToolTip(limitTip);
    const auto syncLimit = [this] {
        m_limitTrain->setEnabled(m_limit->isChecked());
        m_limitVal->setEnabled(m_limit->isChecked());
    };
    connect(m_limit, &QCheckBox::toggled, this, syncLimit);
    syncLimit();
    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_limit);
    limitRow->addWidget(m_limitTrain, 1);
    limitRow->addWidget(m_limitVal, 1);
    form->addRow(tr("Images:"), limitRow);

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

    m_evaluateAtEnd = new QCheckBox(tr("Evaluate the test split when training finishes"), box);
    m_evaluateAtEnd->setToolTip(tr("Then predict the data's test split with the best checkpoint: an evaluation of the run "
                                   "(confusion matrix, slices, errors, report) opened in the Evaluation panel"));
    m_evaluateAtEnd->setChecked(true);
    form->addRow(QString(), m_evaluateAtEnd);

    // Any change a person makes to a field the presets set turns the preset into "Custom" (the
    // form no longer is the preset); changes made by setConfig() itself do not.
    auto toCustom = [this] {
        if (!m_fillingForm)
            m_preset->setCurrentIndex(Custom);
    };
    for (QComboBox *c : {m_model, m_head, m_optimizer, m_device, m_mixedPrecision})
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, toCustom);
    for (QLineEdit *e : {m_lr, m_stages, m_weights})
        connect(e, &QLineEdit::textEdited, this, toCustom);
    for (QSpinBox *b : {m_inputSize, m_hidden, m_epochs, m_batch, m_seed})
        connect(b, qOverload<int>(&QSpinBox::valueChanged), this, toCustom);
    for (QDoubleSpinBox *b : {m_shift, m_maskProb, m_backboneLrScale})
        connect(b, qOverload<double>(&QDoubleSpinBox::valueChanged), this, toCustom);
    connect(m_flip, &QCheckBox::toggled, this, toCustom);

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
    // Start/Stop/Pause/Resume stay in view under the scrolling form (the panel pins m_controls).
    m_controls = new QWidget(this);
    auto *buttons = new QGridLayout(m_controls);
    buttons->setContentsMargins(6, 4, 6, 4);
    for (QPushButton *b : {m_start, m_stop, m_pause, m_resume})
        b->setParent(m_controls);
    buttons->addWidget(m_start, 0, 0);
    buttons->addWidget(m_stop, 0, 1);
    buttons->addWidget(m_pause, 1, 0);
    buttons->addWidget(m_resume, 1, 1);
    outer->addStretch(1);
    return box;
}

// --- form -------------------------------------------------------------------------------------

void TrainingPanel::applyPreset(int preset)
{
    if (preset <= Custom || preset > BestMaskedFace)
        return;
    // The numbers live in core (trainPresetConfig), shared with the CLI's defaults.
    TrainConfig keep;
    keep.data = m_data ? m_data->text() : QString();
    keep.labelColumn = m_labelColumn ? m_labelColumn->text() : QString();
    keep.device.clear(); // the Settings device
    TrainConfig c = trainPresetConfig(TrainPreset(preset - LeviQuick), keep);
    if (m_limit && m_limit->isChecked()) { // like the data, the subset is the person's choice, not the preset's
        c.limitTrain = m_limitTrain->value();
        c.limitVal = m_limitVal->value();
    }
    setConfig(c);
}

void TrainingPanel::setConfig(const TrainConfig &c)
{
    const QScopedValueRollback<bool> filling(m_fillingForm, true);
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
    const bool limited = c.limitTrain > 0 || c.limitVal > 0;
    m_limit->setChecked(limited);
    m_limitTrain->setValue(limited ? std::max(0, c.limitTrain) : kDefaultLimitTrain);
    m_limitVal->setValue(limited ? std::max(0, c.limitVal) : 0);
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
    if (m_limit->isChecked()) {
        c.limitTrain = m_limitTrain->value();
        c.limitVal = m_limitVal->value();
    }
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

} // namespace maskbench::ui
