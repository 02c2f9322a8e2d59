#pragma once

#include "printeddocument.h"

#include <QList>

// The paragraphs of a run of portrait pages (a notice, a plan) as both outputs set them: the
// blank lines GB/T 9704 puts between the parts, and what keeps with what on a page. The painter
// (DocumentPainter) paginates by it and the Word writer (docxbody) writes it as w:keepNext and
// w:keepLines, so that the print and the Word file break their pages alike. Private to
// core/print.
namespace ap::printlayout {

struct FlowParagraph
{
    PrintedParagraph::Role role = PrintedParagraph::Role::Body;
    QString text;
    int leadIn = 0;              // an attachment's "附件：1." (see PrintedParagraph)
    bool blank = false;          // an empty line of the body font
    int attachment = -1;         // the 附件说明's paragraphs, from 0
    bool keepWithNext = false;   // on one page with the next paragraph's first lines
    bool keepTogether = false;   // never split across pages
    bool redRuleUnder = false;   // the 版头's red line goes under it (GB/T 9704 7.2.7)
};

// The rules, in one place:
// - a heading (标题, 一、 (一) 1.), the 版头's parts, an annex's "附件1" and the issuing
//   organisation keep with what follows them; so does every blank line, so that no page ends or
//   starts with one;
// - the 附件说明 stays together, one piece with the organisation and date after it, and the
//   last lines of the text before them go over with them: no page of the 附件说明, signature or
//   date alone (GB/T 9704 7.3.5.5);
// - everything else splits where widow and orphan control allow (two lines at least either
//   side, see pagination.h).
// Blank lines: two between the 发文机关标志 and the 发文字号, two under the red line, one under
// the title and an attachment's label, one over the 附件说明, two over the organisation.
QList<FlowParagraph> flowOf(const QList<PrintedParagraph> &paragraphs);

// Whether a paragraph of this role keeps with the next as a rule (the Word file's styles say so;
// flowOf() says where a paragraph differs).
bool keepsWithNext(PrintedParagraph::Role role);

} // namespace ap::printlayout
