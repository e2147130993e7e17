#include "main_window.h"

#include "common/placeholder_page.h"
#include "common/settings_dialog.h"
#include "common/theme.h"
#include "common/settings.h"
#include "dataset/dataset_panel.h"
#include "evaluation/evaluation_panel.h"
#include "masks/masks_panel.h"
#include "training/training_panel.h"
#include "welcome_page.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace maskbench::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
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
        auto *item = new QListWidgetItem(QIcon::fromTheme(p.icon, QIcon(QStringLiteral(":/maskbench/maskbench.svg"))), p.name, m_sidebar);
        item->setTextAlignment(Qt::AlignHCenter);
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
    m_cancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
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
    connect(m_masksPanel, &MasksPanel::busy, this, &MainWindow::onBusy);
    connect(m_masksPanel, &MasksPanel::idle, this, &MainWindow::onIdle);
    connect(m_masksPanel, &MasksPanel::logMessage, this, &MainWindow::appendLog);
    connect(m_datasetPanel, &DatasetPanel::imageSelected, m_masksPanel, &MasksPanel::setCurrentImage);
    connect(m_datasetPanel, &DatasetPanel::loaded, m_masksPanel, [this] {
        if (m_datasetPanel->dataset())
            m_masksPanel->setDatasetSource(m_datasetPanel->dataset()->source);
    });

    createMenus();
    resize(1280, 820);
    // Docks take their size once the window is laid out: give the log a modest height then.
    QTimer::singleShot(0, this, [this, dock] { resizeDocks({dock}, {140}, Qt::Vertical); });
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
    QAction *openFolder = file->addAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Open dataset &folder…"));
    openFolder->setShortcut(QKeySequence::Open);
    connect(openFolder, &QAction::triggered, this, [this] { showPanel(0); m_datasetPanel->chooseFolder(); });
    QAction *openCsv = file->addAction(QIcon::fromTheme(QStringLiteral("text-csv")), tr("Open &CSV manifest…"));
    openCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(openCsv, &QAction::triggered, this, [this] { showPanel(0); m_datasetPanel->chooseCsv(); });
    QAction *openPredictions = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open &predictions…"));
    openPredictions->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    openPredictions->setToolTip(tr("Open a predictions.csv in the Evaluation panel"));
    connect(openPredictions, &QAction::triggered, this, [this] { showPanel(3); m_evaluationPanel->chooseFile(); });
    file->addSeparator();
    QAction *welcome = file->addAction(QIcon::fromTheme(QStringLiteral("go-home")), tr("&Welcome page"));
    connect(welcome, &QAction::triggered, this, &MainWindow::showWelcome);
    QAction *settings = file->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Settings…"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QAction *a = view->addAction(m_sidebar->item(i)->text());
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { showPanel(i); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About MaskBench"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About MaskBench"),
                           tr("<b>MaskBench %1</b><p>Train and inspect image classifiers on masked faces: "
                              "datasets, mask overlays, training and evaluation.</p>")
                               .arg(QApplication::applicationVersion()));
    });
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
