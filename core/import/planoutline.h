#pragma once

#include "planimport.h"

#include <QString>

// A plan's text read as its outline (PlanImport::parseText): the text made plain, its paragraphs,
// the labelled items (一、 (一) 1. (1) 一是 …) with their levels and bodies, then the import's
// sections and work items with the goals, deadlines and departments each one states.
namespace ap::planoutline {

// titled: the text opens with the document's title (false for the text after a table).
ImportResult read(const QString &input, bool titled = true);

// What splitting and re-reading a work item share with the outline: where a sentence ends, an
// item's title from its text, and the goals, deadlines and departments of a range of the text.
bool isSentenceEndChar(QChar c);
QString itemTitle(const QString &source, const QString &folded, int start, int end, bool firstClauseOnly);
void recogniseRange(ImportNode *node, const QString &folded, int start, int end, int year);
void recogniseResponsibility(ImportNode *node, const QString &folded, int start, int end);
void recogniseGoals(ImportNode *node, const QString &folded, int start, int end, int year);

} // namespace ap::planoutline
