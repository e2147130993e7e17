// Training panel: the "Pretrained weights" field reaches the TrainConfig (and back from a run's
// config), and a missing file is refused before a run starts, with the file named.

#include "core/common/error.h"
#include "test_support.h"
#include "ui/training/training_panel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

        // "ImageNet (Keras)": the keyword the trainer resolves to Keras' file, for the two models that have one.
        auto *imagenet = panel.findChild<QPushButton *>(QStringLiteral("imagenetWeights"));
        QVERIFY(imagenet);
        QTest::mouseClick(imagenet, Qt::LeftButton);
        QCOMPARE(edit->text(), QStringLiteral("imagenet"));
        TrainConfig onLevi = c;
        onLevi.weights = QStringLiteral("imagenet");
        onLevi.model.name = QStringLiteral("levi-hassner");
        panel.setConfig(onLevi);
        try {
            panel.configFromForm();
            QFAIL("ImageNet weights were accepted for levi-hassner");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("levi-hassner")), qPrintable(e.message()));
        }
        onLevi.model.name = QStringLiteral("resnet50v2");
        panel.setConfig(onLevi);
        QCOMPARE(panel.configFromForm().weights, QStringLiteral("imagenet"));

        // A run's config (as the run list opens it) fills the field back.
        c.weights = QStringLiteral("/elsewhere/w.pt");
        panel.setConfig(c);
        QCOMPARE(edit->text(), QStringLiteral("/elsewhere/w.pt"));
        QCOMPARE(TrainConfig::fromJson(c.toJson()).weights, c.weights);
    }
};

QTEST_MAIN(TestTrainingWeights)
#include "tst_training_weights.moc"
