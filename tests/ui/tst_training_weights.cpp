// Training panel: the "Pretrained weights" field reaches the TrainConfig (and back from a run's
// config), and a missing file is refused before a run starts, with the file named.

#include "common/error.h"
#include "test_support.h"
#include "training/training_panel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace maskbench;
using ui::TrainingPanel;

class TestTrainingWeights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weightsField()
    {
        QTemporaryDir tmp;
        const QString manifest = tmp.filePath(QStringLiteral("split.csv"));
        const QString weights = tmp.filePath(QStringLiteral("imagenet.pt"));
        QVERIFY(test::writeText(manifest, "path,label,split\n"));
        QVERIFY(test::writeText(weights, "PK"));

        TrainingPanel panel;
        panel.show();
        QLineEdit *edit = panel.weightsEdit();
        QVERIFY(edit);
        // The form labels the field and makes it reachable by its mnemonic.
        bool labelled = false;
        for (QLabel *l : panel.findChildren<QLabel *>())
            labelled |= l->buddy() == edit && l->text().contains(QStringLiteral("weights"));
        QVERIFY(labelled);

        panel.dataEdit()->setText(manifest);
        panel.runFolderEdit()->setText(tmp.filePath(QStringLiteral("run")));
        QVERIFY(panel.configFromForm().weights.isEmpty());

        const QString missing = tmp.filePath(QStringLiteral("missing.pt"));
        QTest::keyClicks(edit, missing);
        try {
            panel.configFromForm();
            QFAIL("a missing weights file was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(missing), qPrintable(e.message()));
        }

        edit->clear();
        QTest::keyClicks(edit, weights);
        TrainConfig c = panel.configFromForm();
        QCOMPARE(c.weights, weights);

        // A run's config (as the run list opens it) fills the field back.
        c.weights = QStringLiteral("/elsewhere/w.pt");
        panel.setConfig(c);
        QCOMPARE(edit->text(), QStringLiteral("/elsewhere/w.pt"));
        QCOMPARE(TrainConfig::fromJson(c.toJson()).weights, c.weights);
    }
};

QTEST_MAIN(TestTrainingWeights)
#include "tst_training_weights.moc"
