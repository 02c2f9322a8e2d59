#pragma once

#include "domain/plan.h"
#include "domain/progress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// Turning a plan document (Word .docx, text in any common Chinese encoding, pasted text) into
// a structured plan. ImportResult owns the extraction and the text it was read from, so the
// review screen can show each recognised node beside its source; nothing here touches a plan
// file: the caller writes the result as one transaction (a new file or one undo step).
namespace ap {

struct ImportNode
{
    enum class Kind { Section, Task };
    // How the node was found, for the review: a label (一、 1. 一是), a paragraph under a heading
    // with none, a lead phrase (坚持“一个目标”：…), a row of a task table.
    enum class Origin { Label, Paragraph, LeadPhrase, TableRow };
    // What the importer guessed, for the clerk to check first: an item without a label, a title
    // cut from the text that ran on after it, units parted at 、, an amount taken as a target with
    // no comparison word, a date from a bare year.
    enum Doubt { NoLabel = 1, TitleCut = 2, UnitsSplit = 4, BareAmount = 8, BareYearDate = 16 };
    Kind kind = Kind::Task;
    Origin origin = Origin::Label;
    unsigned doubts = 0;
    int level = 1;             // nesting depth, 1 = top
    QString label;             // as written, normalised: "一、", "(一)", "1.", "(1)", "一是", ""
    QString title;
    QString text;              // the item's whole text after its label
    QStringList lead;
    QStringList support;
    QDate deadline;
    QString cadence;           // "每季度" when the text states a rhythm
    QList<Target> targets;
    int sourceStart = 0;       // [sourceStart, sourceEnd) of the item in ImportResult::source
    int sourceEnd = 0;
    QList<QPair<int, int>> targetSpans;         // in source, one per target found in the text
    QList<QPair<int, int>> responsibilitySpans; // in source

    bool operator==(const ImportNode &o) const
    {
        return kind == o.kind && level == o.level && label == o.label && title == o.title && text == o.text
            && lead == o.lead && support == o.support && deadline == o.deadline && cadence == o.cadence
            && targets == o.targets;
    }
};

struct ImportResult
{
    QString source;            // the text that was parsed (docx paragraphs joined by newlines)
    QString format;            // "Word (.docx)", "UTF-8", "GB18030", …, for the review screen
    QString title;
    int year = 0;              // 0 when the document does not state it
    QList<ImportNode> nodes;   // document order

    int count(ImportNode::Kind kind) const;
    int targetCount() const;
};

struct PdfContent;
namespace TextTable {
struct Found;
}

class PlanImport
{
    Q_DECLARE_TR_FUNCTIONS(ap::PlanImport)
public:
    // Largest input read at all; a plan document is a few hundred KB at most.
    static constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;

    // Reads a .docx or a text file (UTF-8, GB18030/GBK, UTF-16, with or without BOM) and parses
    // it. Fails with a message a clerk can act on for empty, binary, oversized, damaged,
    // encrypted or old-format files. Never writes anything. A PDF's pages and LibreOffice's
    // conversion tell progress, which may stop them: the read then fails saying so.
    static bool readFile(const QString &path, ImportResult *out, QString *error, const Progress &progress = {});
    static bool readBytes(const QByteArray &bytes, const QString &fileName, ImportResult *out, QString *error,
                          const Progress &progress = {});

    // Parses plain text: one paragraph per line.
    static ImportResult parseText(const QString &text);

    // Re-derives a node's lead/support, deadline, cadence and targets from its text, as the
    // parser does; the review screen calls it after the clerk edits an item's text.
    static void recognise(ImportNode *node, int planYear);

    // Splits the work item at row in two where the sentence holding sourcePos begins: the
    // review screen's answer to text whose paragraphs ran together (line breaks lost), which no
    // rule can take apart. The second item is unnumbered, titled by its first clause; each
    // item's departments, deadline and targets are read again from its own words. False (and
    // nothing changed) when row is no work item or the sentence is its first.
    static bool splitTask(ImportResult *result, int row, int sourcePos);

    // The work item at row joined to the work item before it (two paragraphs that are one item):
    // one item over both ranges of the source, its departments, deadline and targets read again
    // there (a table's columns kept where the words name none). False, nothing changed, when either
    // is no work item or the second is higher in the outline.
    static bool mergeTasks(ImportResult *result, int row);

    // The extraction in the JSON form of ../shared/samples/SCHEMA.md.
    static QByteArray toJson(const ImportResult &result);

    // A plan built from the extraction. Section targets become a first task "总体目标" of their
    // section; tasks outside any section go into one section named after the document.
    static PlanData toPlan(const ImportResult &result);

private:
    static ImportResult pdfResult(const PdfContent &pdf);
    // The text as a task table set as text (found in it) and the plan's words around it; false
    // when the table gives no work item.
    static bool readWithTable(const QString &input, const TextTable::Found &table, ImportResult *out);
};

} // namespace ap
