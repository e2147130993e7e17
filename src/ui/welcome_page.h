#pragma once
// The first page a new user sees: open a dataset or a project, recent projects and datasets, and
// the workflow in brief.

#include <QWidget>

class QListWidget;

namespace maskbench::ui {

class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void refreshRecent();
    QListWidget *recentList() const { return m_recent; }
    QListWidget *recentProjectList() const { return m_recentProjects; }

Q_SIGNALS:
    void openFolderRequested();
    void openCsvRequested();
    void openRecentRequested(const QString &source);
    void newProjectRequested();
    void openProjectRequested();
    void openRecentProjectRequested(const QString &folder);

private:
    QListWidget *m_recent;
    QListWidget *m_recentProjects;
};

} // namespace maskbench::ui
