#include "zipreader.h"

#include <zip.h>

#include <limits>

namespace ap {

ZipReader::~ZipReader()
{
    close();
}

void ZipReader::close()
{
    if (m_zip)
        zip_discard(m_zip);
    m_zip = nullptr;
}

bool ZipReader::open(const QByteArray &data, QString *error)
{
    auto fail = [error](const QString &m) {
        if (error)
            *error = m;
        return false;
    };
    close();
    m_data = data;
    m_entries.clear();
    m_order.clear();
    const QString damaged = tr("The file is not a valid ZIP package (Word and Excel files are ZIP packages); it may be damaged or cut short.");
    if (data.size() < 22)
        return fail(damaged);
    zip_error_t why;
    zip_error_init(&why);
    // The source reads the bytes in place; m_data keeps them alive while the archive is open.
    zip_source_t *source = zip_source_buffer_create(m_data.constData(), zip_uint64_t(m_data.size()), 0, &why);
    if (!source) {
        zip_error_fini(&why);
        return fail(damaged);
    }
    // Not ZIP_CHECKCONS: packages that office suites open carry small inconsistencies between
    // their directories; a member's damage shows when it is read (its size and CRC).
    m_zip = zip_open_from_source(source, ZIP_RDONLY, &why);
    if (!m_zip) {
        zip_source_free(source);
        zip_error_fini(&why);
        return fail(damaged);
    }
    zip_error_fini(&why);
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_zip, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
            return fail(damaged);
        Entry e;
        e.index = i;
        e.size = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
        e.compressedSize = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
        e.encrypted = (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE;
        e.method = (st.valid & ZIP_STAT_COMP_METHOD) ? quint16(st.comp_method) : 0;
        const QString name = QString::fromUtf8(st.name);
        if (!m_entries.contains(name))
            m_order.append(name);
        m_entries.insert(name, e);
    }
    return true;
}

bool ZipReader::read(const QString &name, QByteArray *out, QString *error, qint64 maxBytes) const
{
    auto fail = [error](const QString &m) {
        if (error)
            *error = m;
        return false;
    };
    const auto it = m_entries.constFind(name);
    if (it == m_entries.cend() || !m_zip)
        return fail(tr("The package has no part “%1”.").arg(name));
    const Entry &e = *it;
    const QString damaged = tr("The part “%1” of the package is damaged.").arg(name);
    if (e.encrypted)
        return fail(tr("The document is password-protected. Remove the password in Word or WPS, save it, and import it again."));
    if (qint64(e.size) > maxBytes || e.size > quint64(std::numeric_limits<int>::max()))
        return fail(tr("The part “%1” would unpack to %2 MB, more than the %3 MB a plan document can have; the file "
                       "looks like a zip bomb, or is no plan document, and was not opened.")
                        .arg(name)
                        .arg(double(e.size) / (1024 * 1024), 0, 'f', 1)
                        .arg(double(maxBytes) / (1024 * 1024), 0, 'f', 0));
    if (e.size > 1024 * 1024 && e.compressedSize > 0 && e.size / e.compressedSize > 200)
        return fail(tr("The part “%1” is packed %2 times smaller than it unpacks, far more than any document is; the "
                       "file looks like a zip bomb and was not opened.")
                        .arg(name)
                        .arg(e.size / e.compressedSize));
    if (e.method != ZIP_CM_STORE && e.method != ZIP_CM_DEFLATE)
        return fail(tr("The part “%1” uses a compression method (%2) that is not supported.").arg(name).arg(e.method));
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(e.index), 0);
    if (!file)
        return fail(damaged);
    // The stated size is the whole truth: output that ends early or runs past it is damage, and
    // libzip checks the CRC when the member has been read to its end.
    QByteArray result(qsizetype(e.size), Qt::Uninitialized);
    zip_int64_t got = 0;
    while (got < zip_int64_t(e.size)) {
        const zip_int64_t n = zip_fread(file, result.data() + got, zip_uint64_t(zip_int64_t(e.size) - got));
        if (n <= 0)
            break;
        got += n;
    }
    char extra;
    const bool exact = got == zip_int64_t(e.size) && zip_fread(file, &extra, 1) == 0;
    const bool closed = zip_fclose(file) == 0;
    if (!exact || !closed)
        return fail(damaged);
    *out = result;
    return true;
}

} // namespace ap
