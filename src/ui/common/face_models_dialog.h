#pragma once
// Tools > Build masked-face models: trains dlib's HOG face detector and 68-point landmark model on
// masked copies of a dataset's faces (face/masked_face_models.h) in a background job, with the
// stage, an ETA and Cancel; says what is built now. Evaluation and prediction use the models from
// then on (face method "auto" in Settings).

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace maskbench {
class FaceModelsJob;
struct MaskedFaceTrainingResult;
struct Progress;
}

namespace maskbench::ui {

class FaceModelsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FaceModelsDialog(QWidget *parent = nullptr);
    ~FaceModelsDialog() override;

    QLineEdit *source() const { return m_source; }
    QSpinBox *images() const { return m_images; }
    QLineEdit *outFolder() const { return m_out; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *buildButton() const { return m_build; }
    QLabel *status() const { return m_status; }
    bool isRunning() const;

Q_SIGNALS:
    void built(const QString &folder);

private:
    void start();
    void showCurrent();
    void onProgress(const maskbench::Progress &p);
    void onFinished(std::shared_ptr<const maskbench::MaskedFaceTrainingResult> result);
    void setRunning(bool running);
    void reject() override;

    FaceModelsJob *m_job;
    QLineEdit *m_source;
    QLineEdit *m_out;
    QSpinBox *m_images;
    QLabel *m_current;
    QLabel *m_stage;
    QProgressBar *m_bar;
    QLabel *m_status;
    QPushButton *m_build;
    QPushButton *m_cancel;
    qint64 m_startedMs = 0;
};

} // namespace maskbench::ui
