#pragma once

#include "import/importscore.h"

#include <QHash>
#include <QString>

// The corpus's scores as the repository keeps them (tests/data/import/corpus-baseline.tsv): one
// line per document and input kind, structure F1, department accuracy ("n/a" when the gold names
// none) and target F1. The corpus test fails when a score falls below its line; the lines are
// rewritten on purpose, with the change that moved them (importscore --kinds --baseline).
namespace ap::ImportCorpusBaseline {

struct Scores
{
    double structure = 0;
    double departments = -1;   // -1: n/a
    double targets = 0;
};

QString header();
QString line(const QString &document, const QString &kind, const ImportScore &s);
Scores scoresOf(const ImportScore &s);
// Keyed by "document\tkind".
QHash<QString, Scores> parse(const QString &text);

} // namespace ap::ImportCorpusBaseline
