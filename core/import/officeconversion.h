#pragma once

#include "domain/progress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Documents AnnualPlan does not read itself (Word 97–2003 .doc, WPS .wps, .rtf) turned into .docx
// by LibreOffice headless, when it is installed: in a private temporary folder with a profile of
// its own, from a copy of the file (the source is never opened by it), within a time limit. It
// owns nothing beyond the call; the temporary folder goes with it.
namespace ap {

class OfficeConversion
{
    Q_DECLARE_TR_FUNCTIONS(ap::OfficeConversion)
public:
    // Whether bytes named fileName are such a document: an OLE compound file (.doc, .wps), RTF,
    // or named .doc/.wps/.rtf.
    static bool needed(const QByteArray &bytes, const QString &fileName);

    // LibreOffice's program: $ANNUALPLAN_SOFFICE when set (a test's stand-in), else soffice or
    // libreoffice on the PATH; empty when there is none.
    static QString program();

    // The document as .docx bytes. Fails with a message saying why (LibreOffice missing and the
    // package to install, a damaged file, the time limit, a stop) and then nothing is returned.
    // progress is asked every tenth of a second while LibreOffice runs (no total: (0, 0)); a stop
    // ends LibreOffice at once.
    static bool toDocx(const QByteArray &bytes, const QString &fileName, QByteArray *docx, QString *error,
                       int timeoutMs = kTimeoutMs, const Progress &progress = {});
    // How long LibreOffice may take to convert a document.
    static constexpr int kTimeoutMs = 90000;
};

} // namespace ap
