#pragma once
// The workbench window: a sidebar with the four panels (Dataset, Masks, Training, Evaluation), a
// log dock for per-item warnings, and a status bar with the running job, its progress, ETA and a
// cancel button. Window geometry and state persist through the settings layer.
// A project (core's Project: a folder with project.json) ties the panels together: opening one
// sets the Dataset panel's source, the Training panel's runs folder and data, and the landmark
// cache; File > New / Open / Open recent / Close project, and the last project reopens at start.
// The Evaluation panel reopens the evaluation it showed last with the project (or with none)
// open, at start and whenever a project opens or closes.

#include "core/project/project.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace maskbench::ui {

class DatasetPanel;
class EvaluationPanel;
class MasksPanel;
class NewProjectDialog;
class TrainingPanel;
class WelcomePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DatasetPanel *datasetPanel() const { return m_datasetPanel; }
    EvaluationPanel *evaluationPanel() const { return m_evaluationPanel; }
    MasksPanel *masksPanel() const { return m_masksPanel; }
    // Shows the Masks panel on this image.
    void showMasksImage(const QString &path);
    // Shows the Evaluation panel and opens a predictions.csv in it.
    void openPredictions(const QString &path);
    TrainingPanel *trainingPanel() const { return m_trainingPanel; }
    // Shows the Training panel with the run in runDir (its config and curves); follows it live
    // when another process is still writing it.
    bool showTrainingRun(const QString &runDir);
    QPlainTextEdit *log() const { return m_log; }
    int panelCount() const;
    void showPanel(int index);
    void showWelcome();
    WelcomePage *welcomePage() const { return m_welcome; }
    void openSettings();

    // Projects. openProject shows a message naming project.json and returns false when it cannot
    // be opened; missing inputs (dataset, split) are reported but the project opens.
    bool openProject(const QString &folderOrFile);
    bool createProject(const QString &folder, const QString &name, const QString &datasetSource, const QString &format,
                       const QString &labelColumn = QString());
    void closeProject();
    const Project *project() const { return m_project.get(); }
    QString lastProjectMessage() const { return m_lastProjectMessage; }
    void newProject();     // the New project dialog (non-modal under tests: see newProjectDialog())
    NewProjectDialog *newProjectDialog() const { return m_newProjectDialog; }
    void chooseProject();  // a folder dialog, then openProject
    QMenu *recentProjectsMenu() const { return m_recentMenu; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void appendLog(const QString &line);
    void onBusy(const QString &stage, qint64 done, qint64 total, double eta);
    void onIdle(const QString &message);
    void cancelJob();
    void applyProject();
    void refreshRecentProjects();
    void showProjectMessage(const QString &title, const QString &text);
    void onDatasetLoaded();

    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    DatasetPanel *m_datasetPanel = nullptr;
    EvaluationPanel *m_evaluationPanel = nullptr;
    TrainingPanel *m_trainingPanel = nullptr;
    MasksPanel *m_masksPanel = nullptr;
    WelcomePage *m_welcome = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_jobLabel = nullptr;
    QProgressBar *m_jobProgress = nullptr;
    QToolButton *m_cancel = nullptr;
    std::unique_ptr<Project> m_project;
    QString m_lastProjectMessage;
    QMenu *m_recentMenu = nullptr;
    QAction *m_closeProject = nullptr;
    NewProjectDialog *m_newProjectDialog = nullptr;
};

} // namespace maskbench::ui
