#pragma once

#include "shell/actionrules.h"

#include <QObject>
#include <QPointer>

class QMainWindow;

namespace ap {

class ImportReviewDialog;
class PlanSession;
struct ImportResult;

// Plans read from elsewhere: a plan document (.docx, .txt) or pasted text through the review
// screen, a task table (.xlsx, .csv, .tsv) through the column mapping. The result becomes a new
// plan (through the session) or is added to the open plan as one undo step. A review is never
// lost: a cancelled "save as" goes back to it, and one closed unfinished is kept for the session
// (File ▸ Reopen the Import Review) until another import replaces it.
class ImportFlow : public QObject
{
    Q_OBJECT
public:
    ImportFlow(QMainWindow *window, PlanSession *session);
    ~ImportFlow() override;

    // Reads a file, whichever kind it is (core's importKindOf decides).
    void importFile(const QString &path);
    // A task table (.xlsx, .csv, .tsv) through the column-mapping dialog.
    void importTable(const QString &path);
    // Text copied from a web page, an e-mail or a WPS document, read like a .txt file.
    void importText(const QString &text, const QString &origin);

    // A review closed unfinished this session, to reopen.
    bool hasKeptReview() const { return !m_review.isNull(); }
    ImportReviewDialog *keptReview() const { return m_review; }

    const ActionSet &actions() const { return m_actions; }
    QAction *action(const char *objectName) const { return m_actions.find(objectName); }

signals:
    void keptReviewChanged();

private:
    void importDialog();
    void importDocument(const QString &path);
    void reviewImport(const ImportResult &read, const QString &name, const QString &path);
    // Shows the review until what it holds is written or the clerk closes it (then it is kept).
    void runReview();
    // Writes what the review holds, as the clerk chose; false when nothing was written (the
    // "save as" was cancelled, or the write refused and said why).
    bool writeReview();
    // Lets the review go: no longer kept from the moment its deletion begins (the focus moves
    // while it is torn down, and the window asks whether one is kept).
    void dropReview();
    void showError(const QString &title, const QString &message);

    QMainWindow *m_window;
    PlanSession *m_session;
    QPointer<ImportReviewDialog> m_review;   // a child of the window, deleted when done or replaced
    QString m_reviewName;
    QString m_reviewPath;
    ActionSet m_actions;
};

} // namespace ap
