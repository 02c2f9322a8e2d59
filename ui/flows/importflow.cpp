#include "importflow.h"

#include "document/planedits.h"
#include "import/importkind.h"
#include "import/planimport.h"
#include "import/tableimport.h"
#include "dialogs/importdialog.h"
#include "flows/backgroundwork.h"
#include "flows/plansession.h"
#include "dialogs/tableimportdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace ap {

ImportFlow::ImportFlow(QMainWindow *window, PlanSession *session)
    : QObject(window)
    , m_window(window)
    , m_session(session)
{
    m_actions.add(this, tr("&Import a Plan Document…"), "ImportAction", ActionRule::Always, &ImportFlow::importDialog)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_actions.add(this, tr("Import Plan Text from the C&lipboard"), "ImportClipboardAction", ActionRule::Always,
                  [this]() { importText(QApplication::clipboard()->text(), tr("the clipboard")); });
    m_actions.add(this, tr("Reopen the Import Revie&w"), "ReopenReviewAction", ActionRule::ReviewKept, &ImportFlow::runReview);
}

ImportFlow::~ImportFlow()
{
    dropReview();
}

void ImportFlow::dropReview()
{
    ImportReviewDialog *review = m_review;
    m_review = nullptr;
    delete review;
}

void ImportFlow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(m_window, title, message);
}

void ImportFlow::importDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import a Plan Document"), m_session->workingFolder(),
        tr("Plan documents and task tables (*.docx *.doc *.wps *.rtf *.pdf *.txt *.xlsx *.csv *.tsv);;"
           "Word and WPS documents (*.docx *.doc *.wps *.rtf);;PDF documents (*.pdf);;Text files (*.txt);;"
           "Task tables (*.xlsx *.csv *.tsv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void ImportFlow::importFile(const QString &path)
{
    switch (importKindOf(path)) {
    case ImportKind::Table:
        importTable(path);
        return;
    case ImportKind::Document:
        importDocument(path);
        return;
    }
}

void ImportFlow::importDocument(const QString &path)
{
    struct Read
    {
        bool ok = false;
        ImportResult result;
        QString error;
    };
    const QString name = QFileInfo(path).fileName();
    // A 300-page PDF takes most of a second, a .doc LibreOffice's start: on a thread of its own,
    // a PDF's pages filling the bar. Cancel returns at once and stops the reading where it can (a
    // PDF at its next page, LibreOffice at once), so it does not go on behind the window.
    const std::optional<Read> done = BackgroundWork::run<Read>(
        m_window, tr("Reading “%1”…").arg(name), [path](WorkProgress &progress) {
            Read r;
            r.ok = PlanImport::readFile(path, &r.result, &r.error,
                                        [&progress](qint64 done, qint64 total) { return progress.report(done, total); });
            return r;
        });
    if (!done) {
        m_window->statusBar()->showMessage(tr("The import of %1 was cancelled.").arg(name), 5000);
        return;
    }
    if (!done->ok) {
        showError(tr("Cannot Import"), done->error);
        return;
    }
    const ImportResult &read = done->result;
    if (read.nodes.isEmpty()) {
        showError(tr("Cannot Import"),
                  tr("No numbered headings or work items were found in “%1”. A plan document numbers its parts "
                     "一、 (一) 1. or lists its work as 一是…二是….")
                      .arg(name));
        return;
    }
    reviewImport(read, name, path);
}

void ImportFlow::importText(const QString &text, const QString &origin)
{
    ImportResult read = PlanImport::parseText(text);
    read.format = tr("pasted text");
    if (read.nodes.isEmpty()) {
        showError(tr("Cannot Import"),
                  tr("No numbered headings or work items were found in %1. A plan document numbers its parts "
                     "一、 (一) 1. or lists its work as 一是…二是….")
                      .arg(origin));
        return;
    }
    reviewImport(read, origin, QString());
}

void ImportFlow::reviewImport(const ImportResult &read, const QString &name, const QString &path)
{
    PlanDocument *doc = m_session->document();
    dropReview();
    m_review = new ImportReviewDialog(read, name, doc && !doc->isReadOnly(), m_window);
    m_reviewName = name;
    m_reviewPath = path;
    runReview();
}

void ImportFlow::runReview()
{
    while (m_review) {
        if (m_review->exec() != QDialog::Accepted) {
            // Closed unfinished: kept, corrections and all, for the session.
            m_window->statusBar()->showMessage(
                tr("The import review of %1 is kept until you quit: File ▸ Reopen the Import Review.").arg(m_reviewName),
                10000);
            emit keptReviewChanged();
            return;
        }
        if (writeReview()) {
            dropReview();
            emit keptReviewChanged();
            return;
        }
        // Nothing written (the "save as" cancelled): back to the review as the clerk left it.
    }
}

bool ImportFlow::writeReview()
{
    const ImportResult reviewed = m_review->result();
    const PlanData data = PlanImport::toPlan(reviewed);
    PlanDocument *doc = m_session->document();
    if (m_review->outcome() == ImportReviewDialog::Outcome::AddToOpenPlan && doc && !doc->isReadOnly()) {
        if (!edits::insertContent(*doc, data, tr("Import %1").arg(m_reviewName)))
            return false;   // not written: the document has said why
        m_window->statusBar()->showMessage(tr("Added %1 sections and %2 tasks from %3; Undo takes them out again.")
                                               .arg(reviewed.count(ImportNode::Kind::Section))
                                               .arg(reviewed.count(ImportNode::Kind::Task))
                                               .arg(m_reviewName),
                                           8000);
        return true;
    }
    const QString folder = m_reviewPath.isEmpty() ? m_session->workingFolder() : QFileInfo(m_reviewPath).absolutePath();
    const QString target = m_session->askNewPlanPath(tr("Save the New Plan As"), folder, PlanSession::planName(data.info));
    if (target.isEmpty() || !m_session->createAndOpen(target, data))
        return false;
    m_window->statusBar()->showMessage(tr("The plan was created from %1; the document itself is unchanged.").arg(m_reviewName),
                                       8000);
    return true;
}

void ImportFlow::importTable(const QString &path)
{
    QList<QStringList> rows;
    QString error;
    if (!TableImport::read(path, &rows, &error)) {
        showError(tr("Cannot Import"), error);
        return;
    }
    PlanDocument *doc = m_session->document();
    const QString name = QFileInfo(path).fileName();
    TableImportDialog dialog(rows, name, doc && !doc->isReadOnly(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TableMapping mapping = dialog.mapping();
    if (dialog.outcome() == TableImportDialog::Outcome::AddToOpenPlan && doc) {
        QString message;
        TableImport::apply(doc, rows, mapping, &message);
        m_window->statusBar()->showMessage(message, 8000);
        return;
    }
    const int year = doc ? doc->plan().info.year : QDate::currentDate().year() + 1;
    const PlanData data = TableImport::toPlan(rows, mapping, year, QFileInfo(path).completeBaseName());
    const QString target = m_session->askNewPlanPath(tr("Save the New Plan As"), QFileInfo(path).absolutePath(),
                                                     QFileInfo(path).completeBaseName());
    if (target.isEmpty())
        return;
    if (m_session->createAndOpen(target, data))
        m_window->statusBar()->showMessage(tr("The plan was created from %1; check its year in Plan Properties.").arg(name),
                                           8000);
}

} // namespace ap
