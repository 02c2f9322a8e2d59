#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QString>

// The import's scoring corpus: every document of a folder that has a gold file (NAME.gold.json
// beside NAME.txt, NAME-*.txt, NAME.docx, NAME-*.docx), in every input kind a clerk meets: the
// files as they are, a text with its line breaks lost (as copied from a sharing site), and, where
// LibreOffice is installed, each as a .docx (a text made into one), a PDF and an old .doc. Shared
// by the importscore tool and the corpus test, so that the table in docs/IMPORT_ACCURACY.md and
// the baseline the test holds come from the same inputs.
namespace ap::ImportCorpus {

struct Input
{
    QString document;   // the gold's base name
    QString kind;       // "txt", "docx", "line breaks lost", "→ docx", "→ pdf", "→ doc"
    QString path;
    QString goldPath;
    QString label() const;
};

// The inputs of dir; derived kinds are made in work (a folder that outlives the call). Without
// LibreOffice (or with office.isEmpty()) only the files and their joined texts.
QList<Input> inputs(const QString &dir, const QString &work, bool derived, const QString &soffice,
                    const QProcessEnvironment &office);

// A file's bytes; empty when it cannot be read.
QByteArray readAll(const QString &path);

// A text with every line break after its title gone.
QByteArray joinedText(const QByteArray &bytes);

} // namespace ap::ImportCorpus
