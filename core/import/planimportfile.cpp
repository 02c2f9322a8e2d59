#include "planimport.h"

#include "fs/inputfile.h"

#include "annextable.h"
#include "docxreader.h"
#include "importrules.h"
#include "officeconversion.h"
#include "pdfreader.h"
#include "planoutline.h"
#include "textdecode.h"
#include "texttable.h"

#include <QFile>
#include <QFileInfo>

// Reading a plan document from disk: choose the reader from the content (never trust the
// extension alone), then hand the text to the parser.
namespace ap {

bool PlanImport::readFile(const QString &path, ImportResult *out, QString *error, const Progress &progress)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (error)
            *error = tr("The file “%1” does not exist.").arg(path);
        return false;
    }
    if (info.isDir()) {
        if (error)
            *error = tr("“%1” is a folder, not a document.").arg(path);
        return false;
    }
    if (info.size() > kMaxFileBytes) {
        if (error)
            *error = tr("“%1” is %2 MB, too large for a plan document (at most %3 MB).")
                         .arg(info.fileName())
                         .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                         .arg(kMaxFileBytes / (1024 * 1024));
        return false;
    }
    QByteArray bytes;
    if (!fs::readInput(path, kMaxFileBytes, &bytes, error))
        return false;
    // An older Word, WPS or RTF document goes through LibreOffice first, from a copy.
    if (OfficeConversion::needed(bytes, info.fileName())) {
        QByteArray docx;
        if (!OfficeConversion::toDocx(bytes, info.fileName(), &docx, error, OfficeConversion::kTimeoutMs, progress))
            return false;
        ImportResult r;
        if (!readBytes(docx, info.fileName(), &r, error))
            return false;
        r.format = tr("%1 document, converted by LibreOffice").arg(info.suffix().toUpper());
        *out = std::move(r);
        return true;
    }
    return readBytes(bytes, info.fileName(), out, error, progress);
}

namespace {

// A Word document's paragraphs as the text the outline reads: Word's numbering in front, lines
// broken by hand joined as a page's are, a bold phrase opening a paragraph closed as a lead phrase.
QString wordText(const QList<DocxParagraph> &paragraphs)
{
    QStringList lines;
    for (DocxParagraph p : paragraphs) {
        // "加强组织领导各单位要…" with its first words in bold: a lead phrase, closed as the text
        // would close it, so that the outline reads it as one.
        if (p.numberLabel.isEmpty() && p.boldLead >= 2 && p.boldLead <= 20 && p.boldLead + 8 <= p.text.size()) {
            const QString lead = p.text.left(p.boldLead).trimmed();
            static const QString closing = QStringLiteral("。：:；;，,、.");
            if (!lead.isEmpty() && !closing.contains(lead.back()) && !closing.contains(p.text.at(p.boldLead))
                && !importrules::matchLabel(importrules::fold(lead), 0))
                p.text.insert(p.boldLead, QStringLiteral("："));
        }
        // Lines broken by hand (Shift+Enter, or text pasted from a web page into WPS, where
        // every line of the plan may be one) are joined as a page's lines are: a label or a
        // finished sentence starts a paragraph, anything else runs on.
        const QStringList joined = p.text.contains(QLatin1Char('\n'))
            ? PdfReader::joinLines(p.text.split(QLatin1Char('\n'))).split(QLatin1Char('\n'))
            : QStringList{p.text};
        for (int i = 0; i < joined.size(); ++i)
            lines.append(i == 0 ? p.numberLabel + joined.at(i) : joined.at(i));
    }
    return lines.join(QLatin1Char('\n'));
}

// How much of a plan a reading found: work items, and items that name their units and goals.
int foundOf(const ImportResult &x)
{
    int n = 0;
    for (const ImportNode &node : x.nodes)
        if (node.kind == ImportNode::Kind::Task)
            n += 2 + (node.lead.isEmpty() && node.support.isEmpty() ? 0 : 1) + (node.targets.isEmpty() ? 0 : 1);
    return n;
}

} // namespace

// A PDF's plan: its text, completed from its task table rebuilt from where the words stand, or a
// table set as text read from the lines as the pages break them, whichever finds more of the plan.
ImportResult PlanImport::pdfResult(const PdfContent &pdf)
{
    ImportResult r = parseText(pdf.text);
    const bool hadTasks = r.count(ImportNode::Kind::Task) > 0;
    const int fromTable = pdf.table.isEmpty() ? 0 : AnnexTable::apply(&r, pdf.table.title, pdf.table.rows);
    // (the table is looked for once; where it gives no item the lines are read as a plan's)
    if (const auto table = TextTable::find(pdf.lines)) {
        ImportResult asTable;
        if (!readWithTable(pdf.lines, *table, &asTable))
            asTable = planoutline::read(pdf.lines);
        if (foundOf(asTable) > foundOf(r)) {
            asTable.format = tr("PDF document, its task table read from the text");
            return asTable;
        }
    }
    // The review says where the tasks or what they gained came from.
    if (fromTable > 0 && !hadTasks)
        r.format = tr("PDF document, its task table (%n rows) read as the plan", nullptr, fromTable);
    else if (fromTable > 0)
        r.format = tr("PDF document; %n tasks completed from its task table", nullptr, fromTable);
    else
        r.format = tr("PDF document");
    return r;
}

bool PlanImport::readBytes(const QByteArray &bytes, const QString &fileName, ImportResult *out, QString *error,
                           const Progress &progress)
{
    QString reason;
    const bool zip = bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
    const bool ole = bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (zip || ole || suffix == QLatin1String("docx") || suffix == QLatin1String("doc")) {
        if (!zip && !ole && suffix == QLatin1String("docx")) {
            if (error)
                *error = tr("“%1” is named .docx but is not a Word document; it may be damaged.").arg(fileName);
            return false;
        }
        QList<DocxParagraph> paragraphs;
        if (!DocxReader::read(bytes, &paragraphs, &reason)) {
            if (error)
                *error = tr("Cannot import “%1”: %2").arg(fileName, reason);
            return false;
        }
        ImportResult r = parseText(wordText(paragraphs));
        if (r.nodes.isEmpty() && r.title.isEmpty()) {
            if (error)
                *error = tr("“%1” contains no text to import.").arg(fileName);
            return false;
        }
        r.format = tr("Word document (.docx)");
        *out = std::move(r);
        return true;
    }
    if (bytes.startsWith("%PDF-") || suffix == QLatin1String("pdf")) {
        PdfContent pdf;
        if (!bytes.startsWith("%PDF-") || !PdfReader::read(bytes, &pdf, &reason, progress)) {
            if (error)
                *error = tr("Cannot import “%1”: %2")
                             .arg(fileName, reason.isEmpty() ? tr("it is named .pdf but is not a PDF") : reason);
            return false;
        }
        *out = pdfResult(pdf);
        return true;
    }
    QString text, encoding;
    if (!TextDecode::decode(bytes, &text, &encoding, &reason)) {
        if (error)
            *error = tr("Cannot import “%1”: %2").arg(fileName, reason);
        return false;
    }
    ImportResult r = parseText(text);
    r.format = tr("Text (%1)").arg(encoding);
    *out = std::move(r);
    return true;
}

} // namespace ap
