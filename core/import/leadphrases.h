#pragma once

#include "outlinetext.h"
#include "planimport.h"

// A plan without numbers: paragraphs that each open with a lead phrase ("坚持“一个目标”：…",
// "抓好预防接种工作。…", a bold phrase in Word) are its work items.
namespace ap::planoutline {

// Where a paragraph's lead phrase ends (its colon or full stop), -1 when it opens otherwise.
int leadPhraseEnd(const QString &folded, const Span &p);
// Appends the work items of such a plan's paragraphs (lines) to result; none when fewer than
// two paragraphs open so.
void writeLeadPhraseItems(ImportResult &result, const QString &source, const QString &folded, const QList<Span> &lines);

} // namespace ap::planoutline
