#pragma once

#include "shell/actionrules.h"

#include <QObject>

class QMainWindow;
class QPrinter;

namespace ap {

class PlanSession;

// The plan on paper and in other programs: print preview, print, print settings, and the exports
// (PDF, OpenDocument text, Excel workbook, CSV). It reads the plan only.
class PrintFlow : public QObject
{
    Q_OBJECT
public:
    PrintFlow(QMainWindow *window, PlanSession *session);

    // A plan of more tasks than this is previewed from its first pages (its first
    // kPreviewFirstItems work items) while the whole is laid out on a thread of its own: about a
    // tenth of a second of layout is worth no progress bar.
    static constexpr int kPreviewAtOnce = 100;
    static constexpr int kPreviewFirstItems = 30;

    const ActionSet &actions() const { return m_actions; }
    QAction *action(const char *objectName) const { return m_actions.find(objectName); }

signals:
    // The plan went out as a 公文 (printed, or written as PDF or Word): what it is issued as, when
    // it has a 成文日期, may be kept as a version (VersionFlow::offerIssuedVersion).
    void planIssued();

private:
    void printPreview();
    void print();
    void printSettings();
    void exportPdf();
    void exportDocx();
    void exportTable(bool xlsx);
    void setUpPrinter(QPrinter *printer) const;
    // The export's file, named after the plan's with nameSuffix; empty when cancelled or refused.
    QString askExportPath(const QString &title, const QString &nameSuffix, const QString &extension,
                          const QString &filter);
    // Said, and planIssued() when the plan itself went out.
    void reportExport(bool ok, const QString &path, const QString &error, bool planItself = false);

    QMainWindow *m_window;
    PlanSession *m_session;
    ActionSet m_actions;
};

} // namespace ap
