// Tools > Build masked-face models, as a user drives it: a real dialog, a real dlib training on
// real faces (../shared/data) in the background job, the event loop running all the while, the
// result named in the dialog and used from then on (the setting), and Cancel leaving the models
// that were there untouched.

#include "ui/common/face_models_dialog.h"
#include "core/common/settings.h"
#include "core/face/face_detector.h"
#include "core/face/masked_face_models.h"
#include "test_support.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace maskbench;

class TestFaceModelsDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_csv;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(test::sharedDataProblem().isEmpty(), qPrintable(test::sharedDataProblem()));
        const QDir images(test::sharedDataDir() + QStringLiteral("/utkface-dev/images"));
        const QStringList names = images.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
        QByteArray csv = "path,label\n";
        for (int i = 0; i < 60; ++i)
            csv += images.filePath(names[(i * 173) % names.size()]).toUtf8() + ",x\n";
        m_csv = m_dir.filePath(QStringLiteral("faces.csv"));
        QVERIFY(test::writeText(m_csv, csv));
    }

    void buildsInTheBackgroundAndIsUsedAfterwards()
    {
        Settings::maskedFaceModels.set(QString());
        ui::FaceModelsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.status()->text().isEmpty());
        dialog.source()->setText(m_csv);
        const QString out = m_dir.filePath(QStringLiteral("models"));
        dialog.outFolder()->setText(out);

        // The event loop keeps turning while dlib trains: a 10 ms timer, and its worst gap.
        QElapsedTimer clock;
        qint64 last = 0, worst = 0, ticks = 0;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last);
            last = now;
            ++ticks;
        });
        clock.start();
        timer.start();
        QTest::mouseClick(dialog.buildButton(), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(!dialog.buildButton()->isEnabled());
        QVERIFY(dialog.cancelButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 600000);
        timer.stop();
        qInfo("build took %lld ms; UI timer ticked %lld times, worst gap %lld ms", clock.elapsed(), ticks, worst);
        QVERIFY2(dialog.status()->text().contains(QStringLiteral("Built from")), qPrintable(dialog.status()->text()));
        QVERIFY(ticks > clock.elapsed() / 100); // far from frozen (a 10 ms timer; CI machines are busy)
        QVERIFY(dialog.buildButton()->isEnabled());
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("model.json"))));
        QCOMPARE(Settings::maskedFaceModels.get(), out);
        // From now on "auto" finds masked faces with them.
        QCOMPARE(faceOptionsFor(QStringLiteral("auto")).method, FaceMethod::Masked);

        // Cancel: the stage in flight ends, nothing is written, the models in use stay.
        const QString before = readMaskedFaceModels(out).detectorPath;
        QTest::mouseClick(dialog.buildButton(), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 600000);
        QVERIFY2(dialog.status()->text().contains(QStringLiteral("Cancelled")), qPrintable(dialog.status()->text()));
        QCOMPARE(readMaskedFaceModels(out).detectorPath, before);
        Settings::maskedFaceModels.set(QString());
    }

    void refusesWithoutASource()
    {
        ui::FaceModelsDialog dialog;
        dialog.source()->clear();
        QTest::mouseClick(dialog.buildButton(), Qt::LeftButton);
        QVERIFY(!dialog.isRunning());
        QVERIFY(!dialog.status()->text().isEmpty());
    }
};

QTEST_MAIN(TestFaceModelsDialog)
#include "tst_face_models_dialog.moc"
