#pragma once

#include "shell/actionrules.h"

#include <QObject>

class QMainWindow;

namespace ap {

class PlanSession;
struct ImportResult;

// Plans read from elsewhere: a plan document (.docx, .txt) or pasted text through the review
// screen, a task table (.xlsx, .csv, .tsv) through the column mapping. The result becomes a new
// plan (through the session) or is added to the open plan as one undo step.
class ImportFlow : public QObject
{
    Q_OBJECT
public:
    ImportFlow(QMainWindow *window, PlanSession *session);

    // Reads a file, whichever kind it is (core's importKindOf decides).
    void importFile(const QString &path);
    // A task table (.xlsx, .csv, .tsv) through the column-mapping dialog.
    void importTable(const QString &path);
    // Text copied from a web page, an e-mail or a WPS document, read like a .txt file.
    void importText(const QString &text, const QString &origin);

    const ActionSet &actions() const { return m_actions; }
    QAction *action(const char *objectName) const { return m_actions.find(objectName); }

private:
    void importDialog();
    void importDocument(const QString &path);
    void reviewImport(const ImportResult &read, const QString &name, const QString &path);
    void showError(const QString &title, const QString &message);

    QMainWindow *m_window;
    PlanSession *m_session;
    ActionSet m_actions;
};

} // namespace ap
