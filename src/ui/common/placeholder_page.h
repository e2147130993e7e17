#pragma once
// A page for a panel whose engine is not in this build yet: says so plainly, with what it will do.

#include <QWidget>

namespace maskbench::ui {

class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace maskbench::ui
