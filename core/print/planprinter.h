#pragma once

#include "document/plandocument.h"
#include "domain/targettext.h"
#include "printeddocument.h"
#include "printfonts.h"

#include <QCoreApplication>
#include <QFont>
#include <QPagedPaintDevice>

#include <functional>

// The print engine: lays the plan out as a Chinese official document (GB/T 9704-2012: A4,
// text block 156 × 225 mm at 37 mm from the top and 28 mm from the left, 22 lines of 28
// characters in 3号 仿宋, page numbers "— N —" under the block, odd pages right, even left)
// followed by its annexes in landscape: 重点任务分解表 and 责任清单. It paints on any paged
// device (a PDF writer, a printer, the print preview) in the device's own pixels.
namespace ap {

// What to print and how; kept in the user's settings (QSettings) between sessions.
struct PrintOptions
{
    enum Part { Plan = 1, Annex = 2, Responsibilities = 4, All = Plan | Annex | Responsibilities };
    enum AnnexColumn { Number, TaskTitle, Targets, Deadline, Lead, Support, AnnexColumnCount };
    int parts = All;
    QList<int> annexColumns = {Number, TaskTitle, Targets, Deadline, Lead, Support};
    PrintFonts fonts = PrintFonts::defaults();
    // Baselines that are only last year's targets: printed as such ("2026年目标为85%"), or left out.
    BaselineWording lastYearTargets = BaselineWording::SayTarget;

    static QString annexColumnName(int column);
    static PrintOptions fromSettings();
    void save() const;
};

class PlanPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ap::PlanPrinter)
public:
    // Keeps a copy of the document's plan (its containers shared, not copied): a printer may be
    // used on another thread while the document changes.
    PlanPrinter(const PlanDocument &doc, const PrintOptions &options);

    // The plan's words by role: the body (title, headings, work items, signature and date) and
    // the annex tables the options ask for. The PDF and the .docx are both made from it.
    PrintedDocument content() const;
    // The same words up to the workItems-th work item (PrintedDocument::opening), made without
    // the rest: what a long plan's preview shows first.
    PrintedDocument opening(int workItems) const;

    // Paints every page; the device must be set to A4 with no margins (full page). Returns the
    // page count. progress(done, total) is called per task laid out and may return false to stop.
    int paint(QPagedPaintDevice *device, const std::function<bool(int, int)> &progress = {}) const;

    // Writes the same document as Word (.docx) to path, complete or absent.
    bool writeDocx(const QString &path, QString *error, const std::function<bool(int, int)> &progress = {}) const;

    // Writes a PDF to path through a temporary file renamed into place: complete or absent.
    bool writePdf(const QString &path, QString *error, const std::function<bool(int, int)> &progress = {}) const;

    // The running text of one work item as the plan prints it: label, title, description,
    // targets in words and the responsibility clause "（责任单位：A牵头，B、C配合）".
    static QString taskText(const PlanDocument &doc, Id taskId,
                            BaselineWording wording = BaselineWording::SayTarget);
    // The same for a task read already, under the label its row gives it.
    static QString taskText(const PlanData &plan, const Task &task, const QString &label,
                            BaselineWording wording = BaselineWording::SayTarget);
    static QString responsibilityClause(const PlanDocument &doc, const Task &task);
    static QString responsibilityClause(const PlanData &plan, const Task &task);

    // The notice a plan is issued in, down to its text (the 附件说明, signature and date follow),
    // and its 版记.
    static QList<PrintedParagraph> noticeParagraphs(const PlanInfo &info);
    static PrintedRecord record(const IssueNotice &notice);
    // 2026年1月21日: the year in full, month and day without a leading zero (GB/T 9704 7.3.5.4).
    static QString yearMonthDay(const QDate &d);

private:
    // The task of that id, read in place (an empty one where the plan lacks it).
    const Task &taskAt(Id taskId) const;
    // content() and opening(): every work item, or the first workItems (-1: all).
    PrintedDocument build(int workItems) const;
    // *cut is set when the body stops at its workItems-th work item.
    QList<PrintedParagraph> bodyParagraphs(const QList<Id> &sections, int workItems, bool *cut) const;
    // An annex table; its title and columns only, without rows.
    PrintedTable taskTable(const QList<Id> &sections, bool rows) const;
    PrintedTable responsibilityTable(const QList<Id> &sections, bool rows) const;
    // The annexes' labels, the 附件说明, signature and date (under a complete body), and a
    // notice's 版头 and 版记.
    void finish(PrintedDocument *out, bool byNotice, bool bodyComplete) const;

    PlanData m_plan;
    PrintOptions m_options;
};

} // namespace ap
