#pragma once

#include <QString>

namespace ap {

// How a file is imported: a task table goes through the column mapping, a plan document
// through the outline reader. Decided by the file's name, for the window and the command line
// alike.
enum class ImportKind { Document, Table };

ImportKind importKindOf(const QString &path);

// True for the files the importer reads and a plan file never is: .docx .doc .wps .rtf .pdf .txt
// .xlsx .csv .tsv (opened as a plan, such a file is offered for import instead).
bool isImportable(const QString &path);

} // namespace ap
