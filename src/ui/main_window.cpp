#include "ui/main_window.h"

#include "ui/common/icons.h"
#include "ui/common/placeholder_page.h"
#include "ui/common/face_models_dialog.h"
#include "ui/common/settings_dialog.h"
#include "ui/common/theme.h"
#include "ui/common/wheel_guard.h"
#include "core/common/settings.h"
#include "ui/dataset/dataset_panel.h"
#include "ui/evaluation/evaluation_panel.h"
#include "ui/masks/masks_panel.h"
#include "ui/training/run_evaluations.h"
#include "ui/training/training_panel.h"
#include "ui/welcome_page.h"
#include "ui/project/new_project_dialog.h"

#include "core/common/error.h"
#include "core/face/landmark_cache.h"
#include "core/mask/placement.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QPushButton>

namespace maskbench::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    installWheelGuard(QCoreApplication::instance()); // the wheel scrolls forms, never edits an unfocused field
    setWindowTitle(tr("MaskBench"));
    setWindowIcon(QIcon(QStringLiteral(":/maskbench/maskbench.svg")));

    m_sidebar = new QListWidget(this);
    m_sidebar->setViewMode(QListView::IconMode);
    m_sidebar->setFlow(QListView::TopToBottom);
    m_sidebar->setMovement(QListView::Static);
    m_sidebar->setIconSize(QSize(32, 32));
    m_sidebar->setFixedWidth(112);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_sidebar->setSpacing(6);
    // Focus would make the list pick its first row by itself and hide the welcome page; panels
    // are reached by click or Ctrl+1..4 instead.
    m_sidebar->setFocusPolicy(Qt::NoFocus);

    m_stack = new QStackedWidget(this);
    m_datasetPanel = new DatasetPanel(this);
    m_evaluationPanel = new EvaluationPanel(this);
    m_trainingPanel = new TrainingPanel(this);
    m_masksPanel = new MasksPanel(this);
    struct Page { QString name; QString icon; QWidget *widget; };
    const QList<Page> pages = {
        {tr("Dataset"), QStringLiteral("folder-pictures"), m_datasetPanel},
        {tr("Masks"), QStringLiteral("face-smile"), m_masksPanel},
        {tr("Training"), QStringLiteral("system-run"), m_trainingPanel},
        {tr("Evaluation"), QStringLiteral("x-office-spreadsheet"), m_evaluationPanel},
    };
    for (const Page &p : pages) {
        auto *item = new QListWidgetItem(themeIcon(p.icon), p.name, m_sidebar);
        item->setTextAlignment(Qt::AlignHCenter);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(p.name).arg(m_sidebar->count()));
        item->setSizeHint(QSize(96, 64));
        m_stack->addWidget(p.widget);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, [this](int row) {
        if (row >= 0)
            m_stack->setCurrentIndex(row);
    });
    m_welcome = new WelcomePage(this);
    m_stack->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::openFolderRequested, this, [this] { showPanel(0); m_datasetPanel->chooseFolder(); });
    connect(m_welcome, &WelcomePage::openCsvRequested, this, [this] { showPanel(0); m_datasetPanel->chooseCsv(); });
    connect(m_welcome, &WelcomePage::openRecentRequested, this, [this](const QString &source) {
        showPanel(0);
        m_datasetPanel->openSource(source);
    });
    connect(m_datasetPanel, &DatasetPanel::loaded, m_welcome, &WelcomePage::refreshRecent);
    connect(m_welcome, &WelcomePage::newProjectRequested, this, &MainWindow::newProject);
    connect(m_welcome, &WelcomePage::openProjectRequested, this, &MainWindow::chooseProject);
    connect(m_welcome, &WelcomePage::openRecentProjectRequested, this, [this](const QString &folder) { openProject(folder); });
    connect(m_datasetPanel, &DatasetPanel::loaded, this, &MainWindow::onDatasetLoaded);
    showWelcome();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    auto *dock = new QDockWidget(tr("Log"), this);
    dock->setObjectName(QStringLiteral("logDock"));
    dock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    m_jobLabel = new QLabel(tr("Ready"), this);
    m_jobProgress = new QProgressBar(this);
    m_jobProgress->setMaximumWidth(240);
    m_jobProgress->setVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setIcon(themeIcon(QStringLiteral("process-stop")));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the running job (Esc)"));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->setVisible(false);
    statusBar()->addWidget(m_jobLabel, 1);
    statusBar()->addPermanentWidget(m_jobProgress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &MainWindow::cancelJob);

    connect(m_datasetPanel, &DatasetPanel::busy, this, &MainWindow::onBusy);
    connect(m_datasetPanel, &DatasetPanel::idle, this, &MainWindow::onIdle);
    connect(m_datasetPanel, &DatasetPanel::logMessage, this, &MainWindow::appendLog);
    connect(m_evaluationPanel, &EvaluationPanel::busy, this, &MainWindow::onBusy);
    connect(m_evaluationPanel, &EvaluationPanel::idle, this, &MainWindow::onIdle);
    connect(m_evaluationPanel, &EvaluationPanel::logMessage, this, &MainWindow::appendLog);
    connect(m_trainingPanel, &TrainingPanel::busy, this, &MainWindow::onBusy);
    connect(m_trainingPanel, &TrainingPanel::idle, this, &MainWindow::onIdle);
    connect(m_trainingPanel, &TrainingPanel::logMessage, this, &MainWindow::appendLog);
    // An evaluation finished (or chosen) in the Training panel opens in the Evaluation panel.
    connect(m_trainingPanel->runEvaluations(), &RunEvaluationsBox::openEvaluation, this, &MainWindow::openPredictions);
    connect(m_masksPanel, &MasksPanel::busy, this, &MainWindow::onBusy);
    connect(m_masksPanel, &MasksPanel::idle, this, &MainWindow::onIdle);
    connect(m_masksPanel, &MasksPanel::logMessage, this, &MainWindow::appendLog);
    connect(m_datasetPanel, &DatasetPanel::imageSelected, m_masksPanel, &MasksPanel::setCurrentImage);
    // Previous / next in the Masks panel walk the Dataset panel's grid as it is filtered now; they
    // are enabled while the Masks panel shows the grid's current image.
    connect(m_masksPanel, &MasksPanel::stepRequested, this, [this](int delta) {
        if (m_masksPanel->currentImage() == m_datasetPanel->currentImage())
            m_datasetPanel->selectNeighbour(delta); // imageSelected shows it here
    });
    const auto updateNeighbours = [this] {
        const bool onGrid = !m_masksPanel->currentImage().isEmpty() && m_masksPanel->currentImage() == m_datasetPanel->currentImage();
        m_masksPanel->setNeighbours(onGrid && !m_datasetPanel->neighbourImage(-1).isEmpty(),
                                    onGrid && !m_datasetPanel->neighbourImage(1).isEmpty());
    };
    connect(m_masksPanel, &MasksPanel::imageOpened, this, updateNeighbours);
    connect(m_datasetPanel, &DatasetPanel::imageSelected, this, updateNeighbours);
    connect(m_datasetPanel, &DatasetPanel::filterChanged, this, updateNeighbours);
    connect(m_datasetPanel, &DatasetPanel::loaded, m_masksPanel, [this] {
        if (m_datasetPanel->dataset())
            m_masksPanel->setDatasetSource(m_datasetPanel->dataset()->source);
    });

    // The evaluation shown last without a project (a project's own follows when one opens).
    m_evaluationPanel->restoreLast(QString());

    createMenus();
    resize(1280, 820);
    // Docks take their size once the window is laid out: give the log a modest height then.
    // The log is a strip: on a 700 px screen the panels keep the height.
    QTimer::singleShot(0, this, [this, dock] { resizeDocks({dock}, {height() < 800 ? 90 : 140}, Qt::Vertical); });
    restoreGeometry(Settings::windowGeometry.get());
    restoreState(Settings::windowState.get());
}

MainWindow::~MainWindow() = default;

int MainWindow::panelCount() const { return m_stack->count(); }

void MainWindow::showPanel(int index)
{
    m_sidebar->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
}

void MainWindow::openPredictions(const QString &path)
{
    showPanel(3);
    m_evaluationPanel->openFile(path);
}

void MainWindow::showMasksImage(const QString &path)
{
    showPanel(1);
    m_masksPanel->openImage(path);
}

bool MainWindow::showTrainingRun(const QString &runDir)
{
    showPanel(2);
    return m_trainingPanel->showRun(runDir);
}

void MainWindow::cancelJob()
{
    // One status bar for both kinds of job: a run being trained is stopped (its last checkpoint
    // stays resumable), a dataset load, split or evaluation is cancelled.
    if (m_trainingPanel->isBusy())
        m_trainingPanel->stop();
    if (m_datasetPanel->isBusy())
        m_datasetPanel->cancel();
    m_evaluationPanel->cancel();
    m_trainingPanel->runEvaluations()->cancel();
    m_masksPanel->cancel();
}

void MainWindow::showWelcome()
{
    m_sidebar->setCurrentRow(-1);
    m_welcome->refreshRecent();
    m_stack->setCurrentWidget(m_welcome);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.save();
    applyTheme(Settings::theme.get());
    appendLog(tr("Settings saved"));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newProjectAction = file->addAction(themeIcon(QStringLiteral("document-new")), tr("&New project…"));
    newProjectAction->setShortcut(QKeySequence::New);
    newProjectAction->setToolTip(tr("Make a project folder for a dataset, its split, landmark cache, masked images and runs"));
    connect(newProjectAction, &QAction::triggered, this, &MainWindow::newProject);
    QAction *openProjectAction = file->addAction(themeIcon(QStringLiteral("document-open")), tr("&Open project…"));
    openProjectAction->setShortcut(QKeySequence::Open);
    openProjectAction->setToolTip(tr("Open a project folder (one that holds a project.json)"));
    connect(openProjectAction, &QAction::triggered, this, &MainWindow::chooseProject);
    m_recentMenu = file->addMenu(themeIcon(QStringLiteral("document-open-recent")), tr("Open &recent"));
    m_closeProject = file->addAction(themeIcon(QStringLiteral("window-close")), tr("&Close project"));
    m_closeProject->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_closeProject->setEnabled(false);
    connect(m_closeProject, &QAction::triggered, this, &MainWindow::closeProject);
    file->addSeparator();
    QAction *openFolder = file->addAction(themeIcon(QStringLiteral("folder-open")), tr("Open dataset &folder…"));
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    openFolder->setToolTip(tr("Open a folder per class, Adience or UTKFace in the Dataset panel"));
    connect(openFolder, &QAction::triggered, this, [this] { showPanel(0); m_datasetPanel->chooseFolder(); });
    QAction *openCsv = file->addAction(themeIcon(QStringLiteral("text-csv")), tr("Open &CSV manifest…"));
    openCsv->setToolTip(tr("Open a CSV manifest or a split in the Dataset panel"));
    openCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(openCsv, &QAction::triggered, this, [this] { showPanel(0); m_datasetPanel->chooseCsv(); });
    QAction *openPredictions = file->addAction(themeIcon(QStringLiteral("x-office-spreadsheet")), tr("Open &predictions…"));
    openPredictions->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    openPredictions->setToolTip(tr("Open a predictions.csv in the Evaluation panel"));
    connect(openPredictions, &QAction::triggered, this, [this] { showPanel(3); m_evaluationPanel->chooseFile(); });
    file->addSeparator();
    QAction *welcome = file->addAction(themeIcon(QStringLiteral("go-home")), tr("&Welcome page"));
    welcome->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(welcome, &QAction::triggered, this, &MainWindow::showWelcome);
    QAction *settings = file->addAction(themeIcon(QStringLiteral("preferences-system")), tr("&Settings…"));
    // QKeySequence::Preferences is empty on most Linux desktops.
    settings->setShortcuts({QKeySequence(QKeySequence::Preferences).isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                                                             : QKeySequence(QKeySequence::Preferences)});
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    file->addSeparator();
    QAction *quit = file->addAction(themeIcon(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QAction *a = view->addAction(m_sidebar->item(i)->icon(), m_sidebar->item(i)->text());
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { showPanel(i); });
    }
    // A closed Log dock comes back from here (issue 12).
    if (auto *logDock = findChild<QDockWidget *>(QStringLiteral("logDock"))) {
        view->addSeparator();
        QAction *showLog = logDock->toggleViewAction();
        showLog->setObjectName(QStringLiteral("showLogAction"));
        view->addAction(showLog);
    }

    QMenu *training = menuBar()->addMenu(tr("&Training"));
    QAction *startTraining = training->addAction(themeIcon(QStringLiteral("media-playback-start")), tr("&Start training"));
    startTraining->setShortcut(QKeySequence(Qt::Key_F5));
    connect(startTraining, &QAction::triggered, this, [this] {
        showPanel(2);
        if (!m_trainingPanel->isBusy())
            m_trainingPanel->start();
    });
    QAction *pauseTraining = training->addAction(themeIcon(QStringLiteral("media-playback-pause")), tr("&Pause or resume"));
    pauseTraining->setShortcut(QKeySequence(Qt::Key_F6));
    connect(pauseTraining, &QAction::triggered, this, [this] {
        if (!m_trainingPanel->isBusy())
            return;
        if (m_trainingPanel->isPaused())
            m_trainingPanel->unpause();
        else
            m_trainingPanel->pause();
    });
    QAction *stopTraining = training->addAction(themeIcon(QStringLiteral("media-playback-stop")), tr("S&top training"));
    stopTraining->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(stopTraining, &QAction::triggered, this, [this] {
        if (m_trainingPanel->isBusy())
            m_trainingPanel->stop();
    });
    auto updateTrainingActions = [this, startTraining, pauseTraining, stopTraining] {
        const bool busy = m_trainingPanel->isBusy();
        startTraining->setEnabled(!busy);
        pauseTraining->setEnabled(busy);
        stopTraining->setEnabled(busy);
    };
    connect(training, &QMenu::aboutToShow, this, updateTrainingActions);
    connect(m_trainingPanel, &TrainingPanel::busy, this, updateTrainingActions);
    connect(m_trainingPanel, &TrainingPanel::idle, this, updateTrainingActions);

    QMenu *tools = menuBar()->addMenu(tr("T&ools"));
    QAction *faceModels = tools->addAction(tr("Build &masked-face models…"));
    faceModels->setObjectName(QStringLiteral("buildFaceModelsAction"));
    connect(faceModels, &QAction::triggered, this, [this] {
        FaceModelsDialog dialog(this);
        connect(&dialog, &FaceModelsDialog::built, this,
                [this](const QString &folder) { appendLog(tr("Masked-face models built in %1").arg(folder)); });
        dialog.exec();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(themeIcon(QStringLiteral("help-about")), tr("&About MaskBench"));
    about->setShortcut(QKeySequence(Qt::Key_F1));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About MaskBench"),
                           tr("<b>MaskBench %1</b><p>Train and inspect image classifiers on masked faces: "
                              "datasets, mask overlays, training and evaluation.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    refreshRecentProjects();
}

void MainWindow::newProject()
{
    // Window-modal through open(), not exec(): a test (and a person) reaches the same dialog.
    if (m_newProjectDialog) {
        m_newProjectDialog->raise();
        m_newProjectDialog->activateWindow();
        return;
    }
    m_newProjectDialog = new NewProjectDialog(this);
    m_newProjectDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_newProjectDialog, &QDialog::accepted, this, [this] {
        const NewProjectDialog *d = m_newProjectDialog;
        createProject(d->folder(), d->name(), d->datasetSource(), d->datasetFormat(), d->labelColumn());
    });
    connect(m_newProjectDialog, &QObject::destroyed, this, [this] { m_newProjectDialog = nullptr; });
    m_newProjectDialog->open();
}

void MainWindow::chooseProject()
{
    const QString start = m_project ? QFileInfo(m_project->folder).absolutePath() : QString();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open project folder"), start);
    if (!folder.isEmpty())
        openProject(folder);
}

bool MainWindow::createProject(const QString &folder, const QString &name, const QString &datasetSource, const QString &format,
                               const QString &labelColumn)
{
    try {
        const Project p = Project::create(folder, name, datasetSource, format, labelColumn);
        appendLog(tr("Project %1 created in %2").arg(p.name, p.folder));
    } catch (const Error &e) {
        showProjectMessage(tr("Cannot create the project"), e.message());
        return false;
    }
    return openProject(folder);
}

bool MainWindow::openProject(const QString &folderOrFile)
{
    if (m_trainingPanel->isBusy()) {
        showProjectMessage(tr("Cannot open the project"), tr("A run is being trained: stop it before you switch projects."));
        return false;
    }
    if (m_masksPanel->isBusy()) {
        showProjectMessage(tr("Cannot open the project"),
                           tr("The batch augment job is running: cancel it (Esc) or let it finish before you switch projects."));
        return false;
    }
    Project p;
    try {
        p = Project::open(folderOrFile);
    } catch (const Error &e) {
        showProjectMessage(tr("Cannot open the project"), e.message());
        return false;
    }
    m_project = std::make_unique<Project>(p);
    rememberRecentProject(p.folder);
    applyProject();
    appendLog(tr("Project %1 opened (%2)").arg(p.name, p.filePath()));
    if (!p.problems.isEmpty()) {
        for (const QString &problem : p.problems)
            appendLog(problem);
        showProjectMessage(tr("Project opened with problems"),
                           tr("%1\n\nFix the path in project.json, or open the dataset again from the Dataset panel.")
                               .arg(p.problems.join(QLatin1Char('\n'))));
    } else {
        m_lastProjectMessage.clear();
    }
    return true;
}

void MainWindow::applyProject()
{
    const Project &p = *m_project;
    setWindowTitle(tr("%1 — MaskBench").arg(p.name));
    setActiveLandmarkCache(p.landmarkCache);
    // The project's landmark cache and placements from now on, in the preview and the batch job.
    m_masksPanel->setCachePaths(p.landmarkCache, PlacementStore::pathNextTo(p.landmarkCache));
    m_masksPanel->setOutputFolderBase(p.augmentedDir);
    m_datasetPanel->setProjectSplitManifest(p.defaultSplitManifest());
    m_trainingPanel->setRunsFolder(p.runsDir);
    m_evaluationPanel->restoreLast(p.folder);
    const bool hasSplit = !p.splitManifest.isEmpty() && QFileInfo::exists(p.splitManifest);
    m_trainingPanel->dataEdit()->setText(hasSplit ? p.splitManifest : QString());
    m_datasetPanel->setSourceOptions(p.datasetFormat, p.labelColumn);
    const QString source = hasSplit ? p.splitManifest : p.datasetSource;
    if (!source.isEmpty() && QFileInfo::exists(source)) {
        if (hasSplit) // a split manifest is a CSV with a "label" column, whatever the source was
            m_datasetPanel->setSourceOptions(QStringLiteral("csv"), QString());
        showPanel(0);
        m_datasetPanel->openSource(source);
    }
    m_closeProject->setEnabled(true);
    refreshRecentProjects();
}

void MainWindow::closeProject()
{
    if (!m_project)
        return;
    appendLog(tr("Project %1 closed").arg(m_project->name));
    m_project.reset();
    setActiveLandmarkCache(QString());
    m_masksPanel->setCachePaths(LandmarkCache::defaultPath(), PlacementStore::defaultPath());
    m_masksPanel->setOutputFolderBase(QString());
    m_datasetPanel->setProjectSplitManifest(QString());
    m_evaluationPanel->restoreLast(QString());
    Settings::lastProject.reset();
    setWindowTitle(tr("MaskBench"));
    const QString runs = Settings::runsFolder.get();
    m_trainingPanel->setRunsFolder(runs.isEmpty() ? QDir::current().filePath(QStringLiteral("runs")) : runs);
    m_closeProject->setEnabled(false);
    showWelcome();
}

void MainWindow::onDatasetLoaded()
{
    // A split made (or opened) while a project is open becomes the project's split manifest and
    // the Training panel's data.
    const auto dataset = m_datasetPanel->dataset();
    if (!m_project || !dataset || !dataset->hasSplits())
        return;
    const QString source = QFileInfo(dataset->source).absoluteFilePath();
    if (source == m_project->splitManifest)
        return;
    m_project->splitManifest = source;
    try {
        m_project->save();
        appendLog(tr("Project %1: split manifest is now %2").arg(m_project->name, source));
    } catch (const Error &e) {
        appendLog(e.message());
    }
    if (!m_trainingPanel->isBusy())
        m_trainingPanel->dataEdit()->setText(source);
}

void MainWindow::refreshRecentProjects()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = Settings::recentProjects.get();
    for (const QString &folder : recent) {
        QAction *a = m_recentMenu->addAction(folder);
        a->setEnabled(QFileInfo::exists(QDir(folder).filePath(Project::fileName())));
        connect(a, &QAction::triggered, this, [this, folder] { openProject(folder); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    if (m_welcome)
        m_welcome->refreshRecent();
}

void MainWindow::showProjectMessage(const QString &title, const QString &text)
{
    // Not modal-blocking: a project opened at start or from a test must not wait on a dialog.
    m_lastProjectMessage = text;
    appendLog(text);
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("projectMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::appendLog(const QString &line)
{
    m_log->appendPlainText(QStringLiteral("%1  %2").arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")), line));
}

void MainWindow::onBusy(const QString &stage, qint64 done, qint64 total, double eta)
{
    QString text = stage;
    if (total > 0)
        text += tr(" — %1 of %2").arg(done).arg(total);
    if (eta >= 0)
        text += tr(", about %1 s left").arg(qRound(eta));
    m_jobLabel->setText(text);
    m_jobProgress->setVisible(true);
    m_cancel->setVisible(true);
    if (total > 0) {
        m_jobProgress->setRange(0, 1000);
        m_jobProgress->setValue(int(1000.0 * double(done) / double(total)));
    } else {
        m_jobProgress->setRange(0, 0); // busy indicator
    }
}

void MainWindow::onIdle(const QString &message)
{
    m_jobLabel->setText(message);
    m_jobProgress->setVisible(false);
    m_cancel->setVisible(false);
    appendLog(message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_trainingPanel->isBusy()) {
        const auto answer = QMessageBox::question(this, tr("Stop training?"),
                                                  tr("A run is being trained. Stop it and quit? Its last checkpoint stays, "
                                                     "and Resume run in the Training panel continues it."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_trainingPanel->stop();
    }
    if (m_datasetPanel->isBusy())
        m_datasetPanel->cancel();
    if (m_evaluationPanel->isBusy())
        m_evaluationPanel->cancel();
    if (m_masksPanel->isBusy())
        m_masksPanel->cancel();
    Settings::windowGeometry.set(saveGeometry());
    Settings::windowState.set(saveState());
    event->accept();
}

} // namespace maskbench::ui
