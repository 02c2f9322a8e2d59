#include "pdfoutput.h"

#include "fs/atomicfile.h"
#include "fs/outputtarget.h"

#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>

namespace ap::printlayout {

bool writePdfFile(const QString &path, const QString &title, const std::function<bool(QPagedPaintDevice *)> &paint,
                  QString *error)
{
    const QFileInfo fi(path);
    const QString temp = fs::beginPart(path);
    auto fail = [&](const QString &why) {
        QFile::remove(temp);
        if (error)
            *error = why;
        return false;
    };
    {
        QFile probe(temp);
        if (!probe.open(QIODevice::WriteOnly))
            return fail(PdfOutput::tr("“%1” cannot be written: %2").arg(fi.fileName(), probe.errorString()));
    }
    bool completed = true;
    {
        QPdfWriter writer(temp);
        writer.setResolution(600);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("AnnualPlan"));
        completed = paint(&writer);
    }
    if (!completed)
        return fail(PdfOutput::tr("The export was cancelled."));
    QFile written(temp);
    if (!written.open(QIODevice::ReadOnly) || written.size() < 100)
        return fail(PdfOutput::tr("The PDF could not be written (is the disk full?)."));
    written.seek(written.size() - 64);
    if (!written.read(64).contains("%%EOF"))
        return fail(PdfOutput::tr("The PDF could not be written completely (is the disk full?)."));
    written.close();
    return fs::commitPart(temp, path, fs::OutputTarget::Kind::Document, error);
}

} // namespace ap::printlayout
