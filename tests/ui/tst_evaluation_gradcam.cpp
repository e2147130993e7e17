// The Evaluation panel's Grad-CAM toggle, driven as a user would: a tiny Levi-Hassner run is
// trained here on generated images, evaluated by core into predictions.csv + evaluation.json (as
// `maskbench-cli evaluate` writes them); ticking "Grad-CAM" with an image selected replaces its
// preview with the overlay computed by the worker; without evaluation.json the preview says what
// is missing instead of failing.

#include "core/eval/inference.h"
#include "core/eval/predictions.h"
#include "ui/evaluation/evaluation_panel.h"
#include "ui/evaluation/gallery_model.h"
#include "core/io/csv.h"
#include "test_support.h"
#include "core/train/trainer.h"

#include <QCheckBox>
#include <QImage>
#include <QPixmap>
#include <QSlider>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace maskbench;

class TestEvaluationGradCam : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_withRun, m_withoutRun;

    void openAndWait(ui::EvaluationPanel &panel, const QString &path)
    {
        QSignalSpy loaded(&panel, &ui::EvaluationPanel::loaded);
        panel.openFile(path);
        QVERIFY(loaded.wait(20000));
    }

    // Selects the first image of the first non-empty matrix cell.
    void selectAnImage(ui::EvaluationPanel &panel)
    {
        for (int a = 0; a < 2 && panel.galleryModel()->rowCount() == 0; ++a)
            for (int p = 0; p < 2 && panel.galleryModel()->rowCount() == 0; ++p)
                panel.selectCell(a, p);
        QVERIFY(panel.galleryModel()->rowCount() > 0);
        panel.gallery()->setCurrentIndex(panel.galleryModel()->index(0));
        QVERIFY(panel.details()->text().contains(QStringLiteral(".png")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QByteArray csv = "path,label,split\n";
        for (int i = 0; i < 24; ++i) {
            const QString image = m_dir.filePath(QStringLiteral("images/%1.png").arg(i, 2, 10, QLatin1Char('0')));
            QVERIFY(test::writeImage(image, 96, 48, i)); // 2:1, so a stretched overlay shows
            csv += csvLine({image, i % 2 ? QStringLiteral("b") : QStringLiteral("a"), i < 16 ? QStringLiteral("train") : QStringLiteral("val")}).toUtf8();
        }
        const QString data = m_dir.filePath(QStringLiteral("data.csv"));
        QVERIFY(test::writeText(data, csv));
        TrainConfig c;
        c.data = data;
        c.model.name = QStringLiteral("levi-hassner");
        c.model.inputSize = 64;
        c.stages = {{QStringLiteral("full"), 1}};
        c.batchSize = 8;
        c.threads = 2;
        c.outDir = m_dir.filePath(QStringLiteral("run"));
        runTraining(c);

        InferenceOptions o;
        o.runDir = c.outDir;
        o.data = data;
        o.split = QStringLiteral("all");
        const InferenceResult r = runInference(o);
        QCOMPARE(int(r.table.rows.size()), 24);
        for (const char *folder : {"eval", "loose"})
            QVERIFY(QDir().mkpath(m_dir.filePath(QLatin1String(folder))));
        m_withRun = m_dir.filePath(QStringLiteral("eval/predictions.csv"));
        m_withoutRun = m_dir.filePath(QStringLiteral("loose/predictions.csv"));
        writePredictions(r.table, m_withRun);
        writePredictions(r.table, m_withoutRun);
        const QJsonObject ev{{QStringLiteral("run"), c.outDir}, {QStringLiteral("checkpoint"), QStringLiteral("best")}};
        QVERIFY(test::writeText(m_dir.filePath(QStringLiteral("eval/evaluation.json")), QJsonDocument(ev).toJson()));
    }

    void toggleOverlaysTheSelectedImage()
    {
        ui::EvaluationPanel panel;
        panel.resize(1200, 760);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        openAndWait(panel, m_withRun);
        selectAnImage(panel);
        QVERIFY(!panel.gradCamToggle()->isChecked());
        QTest::mouseClick(panel.gradCamToggle(), Qt::LeftButton, {}, QPoint(8, panel.gradCamToggle()->height() / 2));
        QVERIFY(panel.gradCamToggle()->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(panel.preview()->toolTip().contains(QStringLiteral("Grad-CAM of class")), 60000);
        QVERIFY(panel.preview()->toolTip().contains(QStringLiteral("conv3")));
        QVERIFY(!panel.preview()->pixmap().isNull());
        // At the image's aspect ratio (96 x 48), not the model's square input or the label's box.
        const QPixmap shown = panel.preview()->pixmap();
        QVERIFY2(std::abs(double(shown.width()) / shown.height() - 2.0) < 0.06,
                 qPrintable(QStringLiteral("%1 x %2").arg(shown.width()).arg(shown.height())));
        QVERIFY(shown.width() > 96); // fitted to the pane, larger than the file
        QVERIFY(panel.gradCamLegend()->isVisible());
        QVERIFY(panel.gradCamOpacity()->isVisible());
        // Opacity 0: the picture itself; 100: the heat map alone; in between the pixels change.
        const QString selected = panel.preview()->toolTip();
        panel.gradCamOpacity()->setValue(0);
        const QImage none = panel.gradCamComposite();
        QCOMPARE(none.size(), QSize(96, 48));
        bool isAFixture = false;
        for (const QFileInfo &f : QDir(m_dir.filePath(QStringLiteral("images"))).entryInfoList({QStringLiteral("*.png")}))
            isAFixture = isAFixture || QImage(f.filePath()).convertToFormat(QImage::Format_RGB32) == none;
        QVERIFY(isAFixture);
        const QImage low = panel.preview()->pixmap().toImage();
        QTest::keyClick(panel.gradCamOpacity(), Qt::Key_End); // 100 %, by the keyboard
        QCOMPARE(panel.gradCamOpacity()->value(), 100);
        const QImage full = panel.gradCamComposite();
        const QImage high = panel.preview()->pixmap().toImage();
        QCOMPARE(low.size(), high.size());
        int changed = 0;
        for (int y = 0; y < full.height(); ++y)
            for (int x = 0; x < full.width(); ++x)
                changed += none.pixel(x, y) != full.pixel(x, y);
        QVERIFY2(changed > full.width() * full.height() / 2, qPrintable(QString::number(changed)));
        QVERIFY(low != high);
        QCOMPARE(panel.preview()->toolTip(), selected);
        // Another image while ticked: its own overlay arrives.
        if (panel.galleryModel()->rowCount() > 1) {
            panel.preview()->setToolTip(QString());
            panel.gallery()->setCurrentIndex(panel.galleryModel()->index(1));
            QTRY_VERIFY_WITH_TIMEOUT(panel.preview()->toolTip().contains(QStringLiteral("Grad-CAM of class")), 60000);
        }
        // Unticked: the plain preview again, no Grad-CAM tooltip.
        QTest::mouseClick(panel.gradCamToggle(), Qt::LeftButton, {}, QPoint(8, panel.gradCamToggle()->height() / 2));
        QVERIFY(!panel.gradCamToggle()->isChecked());
        QVERIFY(panel.preview()->toolTip().isEmpty());
    }

    // Issue 12: each thumbnail carries its predicted class in a corner badge, green when right and
    // red when wrong (the real thumbnails of the gallery's cells, once the loader has made them).
    void thumbnailsCarryAClassBadge()
    {
        ui::EvaluationPanel panel;
        panel.resize(900, 700);
        panel.show();
        openAndWait(panel, m_withRun);
        int checked = 0;
        for (int a = 0; a < 2; ++a)
            for (int p = 0; p < 2; ++p) {
                panel.selectCell(a, p);
                if (panel.galleryModel()->rowCount() == 0)
                    continue;
                const QModelIndex first = panel.galleryModel()->index(0);
                auto badge = [&] {
                    const QImage img = panel.galleryModel()->data(first, Qt::DecorationRole).value<QPixmap>().toImage();
                    return img.isNull() ? QColor() : img.pixelColor(4, 4);
                };
                // The grey "loading" placeholder first, then the thumbnail with its badge.
                if (a == p)
                    QTRY_VERIFY_WITH_TIMEOUT(badge().green() > badge().red() + 40, 20000);
                else
                    QTRY_VERIFY_WITH_TIMEOUT(badge().red() > badge().green() + 40, 20000);
                const QString predicted = panel.galleryModel()->table()->classes.value(p);
                QVERIFY(!predicted.isEmpty());
                ++checked;
            }
        QVERIFY(checked >= 1);
    }

    void withoutTheRunThePreviewSaysWhy()
    {
        ui::EvaluationPanel panel;
        panel.resize(1200, 760);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        openAndWait(panel, m_withoutRun);
        selectAnImage(panel);
        panel.gradCamToggle()->setChecked(true);
        QVERIFY(panel.preview()->text().contains(QStringLiteral("evaluation.json")));
    }
};

QTEST_MAIN(TestEvaluationGradCam)
#include "tst_evaluation_gradcam.moc"
