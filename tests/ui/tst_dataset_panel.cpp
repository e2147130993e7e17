// The Dataset panel driven as a user would: filters narrow the thumbnail grid, thumbnails decode
// on the worker pool, selecting an image shows its details, Split writes a manifest that reloads
// with a clean audit.

#include "ui/dataset/dataset_panel.h"
#include "ui/dataset/split_dialog.h"
#include "ui/dataset/thumbnail_model.h"
#include "test_support.h"
#include "workers/thumbnail_loader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace maskbench;

class TestDatasetPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (int i = 0; i < 30; ++i)
            QVERIFY(test::writeImage(m_dir.filePath(QStringLiteral("data/%1/img_%2.jpg").arg(i % 3 ? "male" : "female").arg(i)), 64, 48, i));
        QVERIFY(test::writeText(m_dir.filePath(QStringLiteral("data/male/broken.jpg")), "broken"));
    }

    void filtersThumbnailsDetailsAndSplit()
    {
        ui::DatasetPanel panel;
        panel.resize(1100, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy loaded(&panel, &ui::DatasetPanel::loaded);
        panel.openSource(m_dir.filePath(QStringLiteral("data")));
        QVERIFY(loaded.wait(20000));

        QListView *grid = panel.grid();
        QCOMPARE(grid->model()->rowCount(), 31);
        // Thumbnails arrive from the worker pool for what is on screen.
        ThumbnailLoader *loader = panel.thumbnails()->loader();
        const QString first = panel.dataset()->items[0].path;
        QTRY_VERIFY_WITH_TIMEOUT(!loader->thumbnail(first).isNull(), 10000);
        QCOMPARE(loader->thumbnail(first).width(), 64); // smaller than the 112-pixel cell: kept as is
    }

    void filterByClassAndSearch()
    {
        ui::DatasetPanel panel;
        panel.show();
        QSignalSpy loaded(&panel, &ui::DatasetPanel::loaded);
        panel.openSource(m_dir.filePath(QStringLiteral("data")));
        QVERIFY(loaded.wait(20000));
        QComboBox *classes = panel.classFilter();
        classes->setCurrentIndex(classes->findData(QStringLiteral("female")));
        QCOMPARE(panel.grid()->model()->rowCount(), 10);
        QTest::keyClicks(panel.searchField(), QStringLiteral("img_2"));
        // female images are i % 3 == 0: img_21, img_24, img_27 match "img_2"
        QCOMPARE(panel.grid()->model()->rowCount(), 3);
        panel.searchField()->clear();
        classes->setCurrentIndex(0);
        QCOMPARE(panel.grid()->model()->rowCount(), 31);

        // Selecting the broken file shows why it is unusable.
        const auto ds = panel.dataset();
        int broken = -1;
        for (int i = 0; i < int(ds->items.size()); ++i)
            if (ds->items[size_t(i)].path.endsWith(QStringLiteral("broken.jpg")))
                broken = i;
        QVERIFY(broken >= 0);
        const QModelIndex idx = panel.grid()->model()->index(panel.thumbnails()->rowOfItem(broken), 0);
        panel.grid()->setCurrentIndex(idx);
        QVERIFY2(panel.details()->text().contains(QStringLiteral("not a JPEG")), qPrintable(panel.details()->text()));
    }

    void splitWritesManifestAndAuditsIt()
    {
        ui::DatasetPanel panel;
        panel.show();
        QSignalSpy loaded(&panel, &ui::DatasetPanel::loaded);
        panel.openSource(m_dir.filePath(QStringLiteral("data")));
        QVERIFY(loaded.wait(20000));
        const QString manifest = m_dir.filePath(QStringLiteral("out/split.csv"));
        SplitOptions o;
        o.train = 0.6;
        o.val = 0.2;
        o.test = 0.2;
        panel.split(o, manifest);
        QVERIFY(loaded.wait(20000));
        QVERIFY(QFile::exists(manifest));
        const auto ds = panel.dataset();
        QCOMPARE(ds->items.size(), size_t(30)); // the broken file is left out
        QVERIFY(ds->hasSplits());
        QCOMPARE(panel.classTable()->columnCount(), 5); // class, train, val, test, all
    }

    // "Use N images" in the Split dialog, clicked as a person would: the manifest holds N rows,
    // stratified by class, and its settings record (MANIFEST.json) the N and the seed.
    void splitDialogUsesNImages()
    {
        ui::DatasetPanel panel;
        panel.show();
        QSignalSpy loaded(&panel, &ui::DatasetPanel::loaded);
        panel.openSource(m_dir.filePath(QStringLiteral("data")));
        QVERIFY(loaded.wait(20000));
        loaded.clear();
        QString manifest;
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ui::SplitDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            QVERIFY(!dialog->limitBox()->isChecked());
            QVERIFY(!dialog->limitSpin()->isEnabled());
            QTest::mouseClick(dialog->limitBox(), Qt::LeftButton);
            QVERIFY(dialog->limitSpin()->isEnabled());
            dialog->limitSpin()->selectAll();
            QTest::keyClicks(dialog->limitSpin(), QStringLiteral("12"));
            QCOMPARE(dialog->options().limit, qint64(12));
            manifest = dialog->manifestPath();
            for (QPushButton *b : dialog->findChildren<QPushButton *>())
                if (b->text() == QLatin1String("Split"))
                    QTest::mouseClick(b, Qt::LeftButton);
        });
        panel.openSplitDialog();
        QVERIFY(seen);
        QVERIFY(loaded.wait(20000));
        const auto ds = panel.dataset();
        QCOMPARE(ds->items.size(), size_t(12)); // of the 30 usable images
        QCOMPARE(ds->classCounts().value(QStringLiteral("female")), qint64(4)); // 10 of 30: a third
        QVERIFY(ds->hasSplits());
        const QJsonObject record = test::readJson(splitRecordPath(manifest));
        QCOMPARE(record.value(QStringLiteral("limit")).toInt(), 12);
        QCOMPARE(record.value(QStringLiteral("seed")).toString(), QStringLiteral("42"));
        QCOMPARE(record.value(QStringLiteral("rows")).toInt(), 12);
    }
};

QTEST_MAIN(TestDatasetPanel)
#include "tst_dataset_panel.moc"
