// bench_eval_stall: the UI thread's worst stall (a 10 ms precise timer) in the workbench's
// Evaluation panel on a large evaluation: a predictions.csv of N real UTKFace images (default
// 3,000) loaded into the main window, the gallery filled and scrolled through every matrix cell
// and all errors, the threshold moved, then the HTML report exported. Not a test: it prints one
// figure per phase (worst gap, split into the UI thread's own work and its wait for a core; gaps
// over 100 ms; the longest UI work between two ticks; wall time) and the load average, for a
// person to read; the target is under 100 ms on a quiet machine.
//
//   bench_eval_stall [--images N] [--seed S] [--keep DIR]
//
// Run it on a display (xvfb-run -a build/bench/bench_eval_stall) or with QT_QPA_PLATFORM=offscreen.
// The predictions are made up (seeded scores that agree with the label about 85% of the time),
// the images and their attributes (age, race from the file name; a mask type drawn per image) are
// real files, so thumbnails, slices and the report's image strips do real work.

#include "core/eval/predictions.h"
#include "ui/evaluation/evaluation_panel.h"
#include "ui/evaluation/gallery_model.h"
#include "ui/main_window.h"
#include "workers/thumbnail_loader.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <fcntl.h>
#include <unistd.h>
#include <functional>
#include <random>

#ifndef MASKBENCH_DATA_DEFAULT
#define MASKBENCH_DATA_DEFAULT "../shared/data"
#endif

using namespace maskbench;

namespace {

// The calling thread's CPU time and its time spent runnable but waiting for a core, in ms
// (/proc/thread-self/schedstat: run time, run-queue wait, time slices). Read on the UI thread.
struct ThreadTimes
{
    double cpu = 0, waiting = 0;
};

ThreadTimes threadTimes()
{
    static const int fd = ::open("/proc/thread-self/schedstat", O_RDONLY);
    char buffer[128] = {};
    ThreadTimes t;
    if (fd >= 0 && ::pread(fd, buffer, sizeof buffer - 1, 0) > 0) {
        unsigned long long run = 0, wait = 0;
        if (std::sscanf(buffer, "%llu %llu", &run, &wait) == 2) {
            t.cpu = double(run) / 1e6;
            t.waiting = double(wait) / 1e6;
            return t;
        }
    }
    timespec c{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c);
    t.cpu = double(c.tv_sec) * 1e3 + double(c.tv_nsec) / 1e6;
    return t;
}

// The worst gap between ticks of a 10 ms precise timer on the UI thread, per phase, split into
// the UI thread's own work (its CPU time between the two ticks) and its wait for a core (runnable,
// not running: other processes' load). On a loaded machine a gap is mostly waiting; the work is
// what the workbench does on its UI thread, which no load makes larger.
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            const ThreadTimes now = threadTimes();
            const double busy = now.cpu - m_last.cpu, waited = now.waiting - m_last.waiting;
            m_last = now;
            if (gap > m_worst) {
                m_worst = gap;
                m_worstBusy = busy;
                m_worstWaited = waited;
            }
            m_busiest = std::max(m_busiest, busy);
            m_over100 += gap > 100 ? 1 : 0;
        });
    }
    void begin()
    {
        m_worst = 0;
        m_worstBusy = m_worstWaited = m_busiest = 0;
        m_over100 = 0;
        m_wall.start();
        m_clock.start();
        m_last = threadTimes();
        m_timer.start();
    }
    void end(const char *phase)
    {
        m_timer.stop();
        std::printf("  %-46s worst gap %4lld ms (UI work %3.0f ms, waiting for a core %3.0f ms), %2d gaps > 100 ms; "
                    "longest UI work between ticks %3.0f ms; %6.2f s\n",
                    phase, m_worst, m_worstBusy, m_worstWaited, m_over100, m_busiest, m_wall.elapsed() / 1000.0);
        std::fflush(stdout);
        m_results.append(m_worst);
        m_work.append(m_busiest);
    }
    qint64 worstOfAll() const { return m_results.isEmpty() ? 0 : *std::max_element(m_results.begin(), m_results.end()); }
    double busiestOfAll() const { return m_work.isEmpty() ? 0 : *std::max_element(m_work.begin(), m_work.end()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock, m_wall;
    qint64 m_worst = 0;
    double m_worstBusy = 0, m_worstWaited = 0, m_busiest = 0;
    ThreadTimes m_last;
    int m_over100 = 0;
    QList<qint64> m_results;
    QList<double> m_work;
};

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

// Waits in the event loop (the heartbeat keeps ticking) until done() or the timeout.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    return true;
}

void pause(int ms)
{
    waitUntil([] { return false; }, ms);
}

// predictions.csv over the first n UTKFace images of a seeded shuffle.
QString writePredictions(const QString &data, const QString &csv, int n, quint64 seed)
{
    const QDir images(data + QStringLiteral("/utkface-dev/images"));
    QStringList names = images.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        return QStringLiteral("no images in %1").arg(images.path());
    std::mt19937_64 rng(seed);
    for (qsizetype i = names.size() - 1; i > 0; --i)
        names.swapItemsAt(i, qsizetype(rng() % quint64(i + 1)));
    names = names.mid(0, std::min<qsizetype>(n, names.size()));
    static const char *races[] = {"white", "black", "asian", "indian", "other"};
    static const char *masks[] = {"surgical", "cloth", "n95", "kn95", "patterned"};
    std::uniform_real_distribution<double> u(0.0, 1.0);
    QFile f(csv);
    if (!f.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(csv);
    f.write("path,label,predicted,prob_female,prob_male,mask_type,age,race\n");
    for (const QString &name : names) {
        const QStringList parts = name.split(QLatin1Char('_'));
        if (parts.size() < 4)
            continue;
        const bool male = parts[1] == QLatin1String("0");
        const int race = std::clamp(parts[2].toInt(), 0, 4);
        // A score that agrees with the label about 85% of the time, spread over (0, 1).
        const double agree = u(rng) < 0.85 ? 1.0 : -1.0;
        const double pMale = std::clamp(0.5 + agree * (male ? 1 : -1) * (0.02 + 0.47 * u(rng)), 0.001, 0.999);
        const QString label = male ? QStringLiteral("male") : QStringLiteral("female");
        const QString predicted = pMale >= 0.5 ? QStringLiteral("male") : QStringLiteral("female");
        f.write(QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                    .arg(images.filePath(name), label, predicted)
                    .arg(1.0 - pMale, 0, 'g', 17)
                    .arg(pMale, 0, 'g', 17)
                    .arg(QLatin1String(masks[rng() % 5]), parts[0], QLatin1String(races[race]))
                    .toUtf8());
    }
    return QString();
}

// Scrolls the gallery from top to bottom a page at a time, as a person paging through it, and
// waits until every thumbnail it showed has arrived.
void scrollGallery(QListView *gallery, ui::GalleryModel *model)
{
    QScrollBar *bar = gallery->verticalScrollBar();
    bar->setValue(0);
    pause(100);
    qint64 slowest = 0;
    while (bar->value() < bar->maximum()) {
        QElapsedTimer step;
        step.start();
        bar->setValue(std::min(bar->maximum(), bar->value() + bar->pageStep()));
        QCoreApplication::processEvents();
        slowest = std::max(slowest, step.elapsed());
        pause(60);
    }
    if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
        std::printf("    slowest page step (scroll + its events): %lld ms\n", slowest);
    // The visible page's thumbnails have arrived (or failed).
    const auto visibleLoaded = [&] {
        const QRect r = gallery->viewport()->rect();
        const QModelIndex first = gallery->indexAt(QPoint(8, 8));
        for (int row = first.isValid() ? first.row() : 0; row < model->rowCount(); ++row) {
            const QRect cell = gallery->visualRect(model->index(row));
            if (cell.top() > r.bottom())
                break; // below the page: the rest are too
            if (!cell.intersects(r))
                continue;
            const QString path = model->table()->rows[size_t(model->tableRow(row))].path;
            if (model->loader()->thumbnail(path).isNull() && !model->loader()->hasFailed(path))
                return false;
        }
        return true;
    };
    waitUntil(visibleLoaded, 20000);
}

} // namespace

int main(int argc, char **argv)
{
    int images = 3000;
    quint64 seed = 1;
    QString keep;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--images" && i + 1 < argc)
            images = QByteArray(argv[++i]).toInt();
        else if (a == "--seed" && i + 1 < argc)
            seed = QByteArray(argv[++i]).toULongLong();
        else if (a == "--keep" && i + 1 < argc)
            keep = QString::fromLocal8Bit(argv[++i]);
        else {
            std::fprintf(stderr, "usage: bench_eval_stall [--images N] [--seed S] [--keep DIR]\n");
            return 2;
        }
    }
    QTemporaryDir tmp;
    const QString work = keep.isEmpty() ? tmp.path() : QDir(keep).absolutePath();
    QDir().mkpath(work);
    // Settings and caches of its own, not the user's: every thumbnail is decoded from its JPEG, as
    // on a first look at an evaluation.
    qputenv("XDG_CONFIG_HOME", QDir(work).filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", QDir(work).filePath(QStringLiteral("cache")).toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MaskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("MaskBench"));
    const QString data = qEnvironmentVariableIsEmpty("MASKBENCH_DATA") ? QStringLiteral(MASKBENCH_DATA_DEFAULT)
                                                                       : qEnvironmentVariable("MASKBENCH_DATA");
    const QString csv = QDir(work).filePath(QStringLiteral("predictions.csv"));
    if (const QString problem = writePredictions(data, csv, images, seed); !problem.isEmpty()) {
        std::fprintf(stderr, "bench_eval_stall: %s (set MASKBENCH_DATA)\n", qPrintable(problem));
        return 1;
    }

    ui::MainWindow w;
    w.resize(1280, 820);
    w.show();
    ui::EvaluationPanel *panel = w.evaluationPanel();
    w.showPanel(3);
    pause(500);
    std::printf("bench_eval_stall: %d real images, Qt platform %s, load average before: %s\n", images,
                qPrintable(QGuiApplication::platformName()), qPrintable(loadAverage()));

    Heartbeat heart;
    QSignalSpy loaded(panel, &ui::EvaluationPanel::loaded);
    heart.begin();
    panel->openFile(csv);
    if (!waitUntil([&] { return !loaded.isEmpty(); }, 120000)) {
        std::fprintf(stderr, "bench_eval_stall: the predictions did not load\n");
        return 1;
    }
    heart.end("load predictions.csv (read, evaluate, show)");
    const EvaluationView *view = panel->view();
    std::printf("  (%zu rows, accuracy %.3f)\n", view->table->rows.size(), view->report.accuracy);

    heart.begin();
    scrollGallery(panel->gallery(), panel->galleryModel()); // all errors, the default
    heart.end("gallery: all errors, scrolled to the end");

    heart.begin();
    for (int a = 0; a < 2; ++a)
        for (int p = 0; p < 2; ++p) {
            QElapsedTimer call;
            call.start();
            panel->selectCell(a, p);
            std::printf("    selectCell(%d, %d): %lld ms in the call, %d images\n", a, p, call.elapsed(),
                        panel->galleryModel()->rowCount());
            scrollGallery(panel->gallery(), panel->galleryModel());
        }
    heart.end("gallery: each matrix cell, scrolled to the end");

    heart.begin();
    QSlider *slider = panel->thresholdSlider();
    for (int v : {slider->minimum() + (slider->maximum() - slider->minimum()) / 4, (slider->minimum() + slider->maximum()) / 2,
                  slider->maximum() - (slider->maximum() - slider->minimum()) / 4}) {
        slider->setValue(v);
        pause(400);
    }
    heart.end("threshold moved three times");

    QSignalSpy written(panel, &ui::EvaluationPanel::reportWritten);
    heart.begin();
    if (!panel->exportReport(QDir(work).filePath(QStringLiteral("report")), true)
        || !waitUntil([&] { return !written.isEmpty(); }, 600000)) {
        std::fprintf(stderr, "bench_eval_stall: the report was not written\n");
        return 1;
    }
    heart.end("export the HTML report");
    std::printf("  (%s, %.1f MB)\n", qPrintable(written.first().at(0).toString()),
                QFileInfo(written.first().at(0).toString()).size() / 1e6);
    std::printf("worst UI-thread stall over all phases: %lld ms (longest UI-thread work between ticks %.0f ms); "
                "load average after: %s\n",
                heart.worstOfAll(), heart.busiestOfAll(), qPrintable(loadAverage()));
    w.close();
    return 0;
}
