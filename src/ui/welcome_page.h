#pragma once
// The first page a new user sees: open a dataset, recent datasets, and the workflow in brief.

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

Q_SIGNALS:
    void openFolderRequested();
    void openCsvRequested();
    void openRecentRequested(const QString &source);

private:
    QListWidget *m_recent;
};

} // namespace maskbench::ui
