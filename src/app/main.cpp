// maskbench: the workbench GUI.

#include "core/common/settings.h"
#include "ui/dataset/dataset_panel.h"
#include "ui/evaluation/evaluation_panel.h"
#include "ui/common/theme.h"
#include "core/common/translations.h"
#include "ui/main_window.h"
#include "ui/masks/masks_panel.h"
#include "core/report/report.h"
#include "core/common/error.h"
#include "ui/training/training_panel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace {

// --render-report needs no display (core writes the report; no widget is drawn), but the
// QApplication below still wants a platform: offscreen when none is set. Chosen before
// QApplication exists, so the option works on a machine without X.
void preferOffscreenForReports(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--render-report") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
}

int renderReportAndExit(const QString &dir, const maskbench::ReportOptions &options, bool quiet)
{
    try {
        const maskbench::ReportResult r = maskbench::writeReport(dir, options);
        for (const QString &note : r.notes)
            std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "maskbench: note: %1").arg(note)));
        if (!quiet)
            std::printf("%s\n", qPrintable(r.html));
        return 0;
    } catch (const maskbench::Error &e) {
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "maskbench: cannot render the report: %1").arg(e.message())));
    } catch (const std::exception &e) {
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "maskbench: cannot render the report for %1: %2").arg(dir, QString::fromLocal8Bit(e.what()))));
    }
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    preferOffscreenForReports(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MaskBench"));
    QApplication::setApplicationName(QStringLiteral("MaskBench"));
    QApplication::setApplicationDisplayName(QStringLiteral("MaskBench"));
    QApplication::setApplicationVersion(QStringLiteral(MASKBENCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("maskbench"));
    maskbench::installTranslations(maskbench::Settings::language.get());

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
    QCommandLineOption windowSize(QStringLiteral("window-size"),
                                  QApplication::translate("main", "Open the window at this size, e.g. 1024x700 (screenshots of a small screen)."),
                                  QStringLiteral("WxH"));
    parser.addOptions({open, evaluate, evaluationTab, screenshot, trainingRun, quitAfter, windowSize});
    QCommandLineOption masksImage(QStringLiteral("masks-image"),
                                  QApplication::translate("main", "Open the Masks panel on this image at start (with --screenshot: once it is rendered)."),
                                  QStringLiteral("file"));
    parser.addOption(masksImage);
    QCommandLineOption renderReport(QStringLiteral("render-report"),
                                    QApplication::translate("main", "Write DIR/report.html (one self-contained page with its charts) for the evaluation in DIR (its predictions.csv, evaluation.json, the run's metrics.csv) without showing a window, then exit (0 on success)."),
                                    QStringLiteral("dir"));
    QCommandLineOption quiet(QStringLiteral("quiet"), QApplication::translate("main", "With --render-report: print nothing but problems."));
    QCommandLineOption reportRun(QStringLiteral("report-run"),
                                 QApplication::translate("main", "With --render-report: take the training curves from this run folder instead of the one evaluation.json names."),
                                 QStringLiteral("folder"));
    QCommandLineOption reportCompare(QStringLiteral("report-compare"),
                                     QApplication::translate("main", "With --render-report: add this evaluation folder (or predictions.csv) to the comparison table; repeatable."),
                                     QStringLiteral("dir"));
    parser.addOptions({renderReport, quiet, reportRun, reportCompare});
    parser.process(app);
    if (parser.isSet(renderReport)) {
        maskbench::ReportOptions options;
        options.runDir = parser.value(reportRun);
        options.compareWith = parser.values(reportCompare);
        return renderReportAndExit(parser.value(renderReport), options, parser.isSet(quiet));
    }

    maskbench::ui::applyTheme(maskbench::Settings::theme.get());
    maskbench::ui::MainWindow window;
    if (parser.isSet(windowSize)) {
        const QStringList wh = parser.value(windowSize).split(QLatin1Char('x'));
        const int w = wh.value(0).toInt(), h = wh.value(1).toInt();
        if (wh.size() != 2 || w <= 0 || h <= 0) {
            std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "--window-size %1: write WIDTHxHEIGHT, e.g. 1024x700")
                                                      .arg(parser.value(windowSize))));
            return 2;
        }
        window.resize(w, h);
    }
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
        } else if (parser.isSet(masksImage)) {
            // The first result may still be followed by the template thumbnails: a short grace.
            QObject::connect(window.masksPanel(), &maskbench::ui::MasksPanel::rendered, &window, [shoot] { QTimer::singleShot(500, shoot); });
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
    if (parser.isSet(masksImage))
        QTimer::singleShot(0, &window, [&window, &parser, &masksImage] { window.showMasksImage(parser.value(masksImage)); });
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &window, &QWidget::close);
    return app.exec();
}
