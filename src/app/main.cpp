// maskbench: the workbench GUI.

#include "common/settings.h"
#include "dataset/dataset_panel.h"
#include "evaluation/evaluation_panel.h"
#include "common/theme.h"
#include "common/translations.h"
#include "main_window.h"
#include "training/training_panel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MaskBench"));
    QApplication::setApplicationName(QStringLiteral("MaskBench"));
    QApplication::setApplicationDisplayName(QStringLiteral("MaskBench"));
    QApplication::setApplicationVersion(QStringLiteral(MASKBENCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("maskbench"));
    maskbench::ui::installTranslations(maskbench::Settings::language.get());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Workbench for classifiers on masked faces"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption open(QStringLiteral("open"), QApplication::translate("main", "Open this dataset at start."), QStringLiteral("source"));
    QCommandLineOption evaluate(QStringLiteral("evaluate"), QApplication::translate("main", "Open this predictions.csv in the Evaluation panel at start."),
                                QStringLiteral("file"));
    QCommandLineOption evaluationTab(QStringLiteral("evaluation-tab"),
                                     QApplication::translate("main", "Show this tab of the Evaluation panel: 0 images, 1 curves, 2 slices."),
                                     QStringLiteral("index"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Save a picture of the window to FILE once the dataset or predictions have loaded (1 s after opening a training run, otherwise after 2 s), then quit."),
                                  QStringLiteral("file"));
    QCommandLineOption trainingRun(QStringLiteral("training-run"),
                                   QApplication::translate("main", "Open the Training panel on this run folder at start."),
                                   QStringLiteral("folder"));
    QCommandLineOption quitAfter(QStringLiteral("quit-after"), QApplication::translate("main", "Quit after MS milliseconds."), QStringLiteral("ms"));
    QCommandLineOption project(QStringLiteral("project"), QApplication::translate("main", "Open this project folder at start."),
                               QStringLiteral("folder"));
    QCommandLineOption noProject(QStringLiteral("no-project"), QApplication::translate("main", "Do not reopen the last project."));
    parser.addOptions({project, noProject});
    parser.addOptions({open, evaluate, evaluationTab, screenshot, trainingRun, quitAfter});
    parser.process(app);

    maskbench::ui::applyTheme(maskbench::Settings::theme.get());
    maskbench::ui::MainWindow window;
    window.show();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto shoot = [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        };
        if (parser.isSet(evaluate)) {
            // Thumbnails arrive from the worker pool after the panel has loaded: give them time.
            QObject::connect(window.evaluationPanel(), &maskbench::ui::EvaluationPanel::loaded, &window, [shoot] { QTimer::singleShot(1500, shoot); });
            QObject::connect(window.evaluationPanel(), &maskbench::ui::EvaluationPanel::failed, &window, [shoot] { QTimer::singleShot(300, shoot); });
        } else if (parser.isSet(trainingRun)) {
            QTimer::singleShot(1000, &window, shoot); // after the run has loaded and the charts replotted
        } else if (parser.isSet(open)) {
            QObject::connect(window.datasetPanel(), &maskbench::ui::DatasetPanel::loaded, &window, [shoot] { QTimer::singleShot(300, shoot); });
            QObject::connect(window.datasetPanel(), &maskbench::ui::DatasetPanel::failed, &window, [shoot] { QTimer::singleShot(300, shoot); });
        } else {
            QTimer::singleShot(2000, &window, shoot);
        }
    }
    // A project opens first, so that --open, --evaluate or --training-run shown after it win.
    if (parser.isSet(project))
        window.openProject(parser.value(project));
    else if (!parser.isSet(noProject) && !parser.isSet(open) && maskbench::Settings::reopenLastProject.get()
             && !maskbench::Settings::lastProject.get().isEmpty())
        window.openProject(maskbench::Settings::lastProject.get());
    if (parser.isSet(open))
        QTimer::singleShot(0, &window, [&window, &parser, &open] {
            window.showPanel(0);
            window.datasetPanel()->openSource(parser.value(open));
        });
    if (parser.isSet(evaluate))
        QTimer::singleShot(0, &window, [&window, &parser, &evaluate] { window.openPredictions(parser.value(evaluate)); });
    if (parser.isSet(evaluationTab))
        window.evaluationPanel()->tabs()->setCurrentIndex(parser.value(evaluationTab).toInt());
    if (parser.isSet(trainingRun))
        QTimer::singleShot(0, &window, [&window, &parser, &trainingRun] { window.showTrainingRun(parser.value(trainingRun)); });
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &window, &QWidget::close);
    return app.exec();
}
