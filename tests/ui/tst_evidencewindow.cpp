// Evidence files (佐证材料) in the real window, by keys: a report typed with Ctrl+R carries a photo
// chosen with 添加佐证材料 (a file that is not evidence refused where it was added), the task's
// history names it, and 打开佐证材料 hands the desktop a read-only copy with the same bytes.
#include "dialogs/reportdialog.h"
#include "document/evidenceintake.h"
#include "document/planedits.h"
#include "flows/evidenceopener.h"
#include "models/reporthistorymodel.h"
#include "models/tasktablemodel.h"
#include "shell/mainwindow.h"
#include "widgets/evidencelist.h"

#include "../support/answers.h"
#include "../support/evidencefiles.h"
#include "../support/keyboard.h"
#include "../support/testutil.h"
#include "../support/windowsteps.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUrl>
#include <QTemporaryDir>

using namespace ap;
using testutil::Answers;

// What the desktop was asked to open.
class OpenedUrls : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

TEST_CASE("A clerk adds a photo to a report by keys, sees it in the history and opens it with the desktop's viewer")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = testutil::smallPlanFile(dir, QStringLiteral("2026.aplan"));
    const QByteArray photo = testutil::jpegBytes(40000);
    const QString photoPath = dir.filePath(QStringLiteral("签约现场.jpg"));
    const QString fakePath = dir.filePath(QStringLiteral("照片.jpg"));
    REQUIRE(testutil::writeAll(photoPath, photo));
    REQUIRE(testutil::writeAll(fakePath, QByteArrayLiteral("MZ\x90\x00 not a photo at all")));
    MainWindow w;
    w.resize(1366, 728);
    REQUIRE(testutil::showActive(&w));
    REQUIRE(w.openFile(path));
    QTableView *table = w.taskView();
    auto *tasks = qobject_cast<TaskTableModel *>(table->model());
    REQUIRE(tasks);
    QAbstractItemModel *sections = w.sectionView()->model();
    w.sectionView()->setCurrentIndex(sections->index(0, 0, sections->index(0, 0)));
    REQUIRE(tasks->rowCount() > 0);
    const Id task = tasks->taskId(0);
    table->setFocus();
    table->setCurrentIndex(tasks->index(0, TaskTableModel::TitleColumn));

    // Ctrl+R; in the form, Tab from 填报单位 to 添加佐证材料, Space, the photo chosen; then the
    // program file named .jpg, refused under the list; Enter saves.
    QString refusal;
    int listed = -1;
    {
        Answers answers;
        answers.then<ReportDialog>([&](ReportDialog *d) {
            EvidenceList *evidence = d->evidenceList();
            QWidget *department = d->departmentBox();
            department->setFocus();
            QTest::keyClick(department, Qt::Key_Tab);
            REQUIRE(QApplication::focusWidget() == evidence->addButton());
            for (const QString &file : {photoPath, fakePath}) {
                Answers files;
                files.then<QFileDialog>([&](QFileDialog *f) { testutil::chooseFile(f, file); });
                QTest::keyClick(evidence->addButton(), Qt::Key_Space);
                REQUIRE(files.allAnswered());
            }
            listed = evidence->list()->count();
            refusal = evidence->problem()->isVisible() ? evidence->problem()->text() : QString();
            // The form in front again, the focus where it was: Enter saves (添加 is no default button).
            d->activateWindow();
            REQUIRE(QTest::qWaitFor([d] { return d->isActiveWindow(); }));
            CHECK(QApplication::focusWidget() == evidence->addButton());
            QTest::keyClick(evidence->addButton(), Qt::Key_Return);
        });
        QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier);
        REQUIRE(answers.allAnswered());
        testutil::backTo(w);
    }
    CHECK(listed == 1);
    CHECK(refusal.contains(QStringLiteral("照片.jpg")));
    CHECK(refusal.contains(QStringLiteral("by its content")));
    const ProgressReport *saved = w.document()->reports().latest(task);
    REQUIRE(saved);
    REQUIRE(saved->evidence.size() == 1);
    CHECK(saved->evidence.first().name == QStringLiteral("签约现场.jpg"));
    CHECK(saved->evidence.first().size == photo.size());

    // The history names it; with the report chosen, 打开佐证材料 gives the desktop a copy.
    auto *history = w.findChild<QTableView *>(QStringLiteral("ReportHistoryView"));
    REQUIRE(history);
    REQUIRE(history->model()->rowCount() == 1);
    CHECK(history->model()->index(0, ReportHistoryModel::EvidenceColumn).data().toString() == QStringLiteral("签约现场.jpg"));
    auto *open = w.findChild<QPushButton *>(QStringLiteral("OpenEvidenceButton"));
    REQUIRE(open);
    CHECK_FALSE(open->isEnabled());
    history->setFocus();
    QTest::keyClick(history, Qt::Key_Home, Qt::ControlModifier);
    history->setCurrentIndex(history->model()->index(0, 0));
    REQUIRE(open->isEnabled());
    OpenedUrls opened;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &opened, "open");
    open->setFocus();
    QTest::keyClick(open, Qt::Key_Space);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    REQUIRE(opened.urls.size() == 1);
    const QString copy = opened.urls.first().toLocalFile();
    CHECK(QFileInfo(copy).fileName() == QStringLiteral("签约现场.jpg"));
    CHECK(testutil::readAll(copy) == photo);
    CHECK_FALSE(QFileInfo(copy).permissions() & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther));
    // Not in the plan's folder: nothing is left beside the clerk's files.
    CHECK_FALSE(copy.startsWith(dir.path()));
}

TEST_CASE("Evidence opened from two plans whose files have the same id and name gives the desktop each plan's own file")
{
    QTemporaryDir dir;
    OpenedUrls opened;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &opened, "open");
    QList<QByteArray> photos;
    for (int plan = 0; plan < 2; ++plan) {
        const QString path = testutil::smallPlanFile(dir, QStringLiteral("%1.aplan").arg(plan));
        QString error;
        auto doc = PlanDocument::open(path, PlanDocument::Mode::ReadWrite, &error);
        REQUIRE(doc);
        photos << testutil::jpegBytes(3000 + plan, char('a' + plan));
        EvidenceFile f;
        REQUIRE(EvidenceIntake::fromBytes(QStringLiteral("照片.jpg"), photos.last(), &f, &error));
        ProgressReport c;
        c.taskId = doc->plan().sectionTasks.value(doc->plan().sectionsInOrder().value(1)).value(0);
        c.period = QStringLiteral("2026Q2");
        c.reportDate = QDate(2026, 6, 1);
        c.evidence = {f};
        const Id id = edits::addReport(*doc, c);
        REQUIRE(id);
        const EvidenceFile kept = doc->reports().byId(id)->evidence.first();
        CHECK(kept.id == 1);   // each plan's first file
        REQUIRE(EvidenceOpener::open(*doc, kept, nullptr, &error));
    }
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    REQUIRE(opened.urls.size() == 2);
    CHECK(opened.urls.at(0) != opened.urls.at(1));
    CHECK(testutil::readAll(opened.urls.at(0).toLocalFile()) == photos.at(0));
    CHECK(testutil::readAll(opened.urls.at(1).toLocalFile()) == photos.at(1));
}

TEST_CASE("A file dropped on the report form's text is added as evidence, never typed into the text as its path")
{
    QTemporaryDir dir;
    const QString path = testutil::smallPlanFile(dir, QStringLiteral("plan.aplan"));
    QString error;
    auto doc = PlanDocument::open(path, PlanDocument::Mode::ReadWrite, &error);
    REQUIRE(doc);
    const QString photo = dir.filePath(QStringLiteral("现场.jpg"));
    REQUIRE(testutil::writeAll(photo, testutil::jpegBytes()));
    const Id task = doc->plan().sectionTasks.value(doc->plan().sectionsInOrder().value(1)).value(0);
    ReportDialog form(*doc, task, QStringLiteral("2026Q2"));
    form.show();
    auto *progress = form.findChildren<QPlainTextEdit *>().first();
    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(photo)});
    const QPoint at = progress->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(progress->viewport(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(progress->viewport(), &drop);
    CHECK(form.evidenceList()->files().size() == 1);
    CHECK(progress->toPlainText().isEmpty());
}

TEST_CASE("An evidence file is written under its own name, on one line, within a file name's length, with its kind's suffix")
{
    EvidenceFile f;
    f.kind = QStringLiteral("pdf");
    f.name = QStringLiteral("../../etc/通知.pdf");
    CHECK(EvidenceOpener::fileNameFor(f) == QStringLiteral("通知.pdf"));
    f.name = QStringLiteral("扫描件");
    CHECK(EvidenceOpener::fileNameFor(f) == QStringLiteral("扫描件.pdf"));
    f.name = QStringLiteral(".hidden.pdf");
    CHECK(EvidenceOpener::fileNameFor(f) == QStringLiteral("hidden.pdf"));
    f.name = QString(120, QChar(0x6587)) + QStringLiteral(".pdf");   // 120 × 文: 360 bytes
    const QString cut = EvidenceOpener::fileNameFor(f);
    CHECK(cut.toUtf8().size() <= 160);
    CHECK(cut.endsWith(QStringLiteral(".pdf")));
    // A "suffix" longer than a suffix is part of the name (it once made the cutting go round forever).
    f.name = QStringLiteral("1.") + QString(60, QChar(0x6587));
    const QString odd = EvidenceOpener::fileNameFor(f);
    CHECK(odd.toUtf8().size() <= 160);
    CHECK(odd.endsWith(QStringLiteral(".pdf")));
    f.kind = QStringLiteral("jpeg");
    f.name = QStringLiteral("现场.JPEG");
    CHECK(EvidenceOpener::fileNameFor(f) == QStringLiteral("现场.JPEG"));
}

#include "tst_evidencewindow.moc"
