#pragma once

#include <QString>

// The language of printed documents (公文, 进展通报, 年度考核): Chinese whatever the window's
// language, for they are Chinese official documents. Their texts are translated from the
// program's zh_CN catalogue, which the program names once at start-up; without one (a test that
// names none) the source text stands.
namespace ap::doclang {

// Loads the catalogue (a .qm file); false when it cannot be read (the source texts then stand).
bool setCatalogue(const QString &qmPath);
bool hasCatalogue();

// The document's wording of source (marked for lupdate with QT_TRANSLATE_NOOP in context).
QString text(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1);

} // namespace ap::doclang
