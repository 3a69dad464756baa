"""p713-7: Sở LĐ-TB&XH Hải Phòng department site, no dateline, one-cell-per-line table by district (units in headers)."""
from lib import fig, per, inh, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THÀNH PHỐ HẢI PHÒNG
Thanh tra Sở > Kết quả thanh tra

Kết quả thanh tra chuyên đề về thời giờ làm việc, làm thêm giờ năm 2023

Năm 2023, Thanh tra Sở thực hiện thanh tra chuyên đề về thời giờ làm việc, thời giờ nghỉ ngơi tại 96 doanh nghiệp trên địa bàn 4 quận, huyện có nhiều khu công nghiệp, với tổng số 68.215 lao động. Kết quả theo địa bàn như sau:

Quận, huyện
Số DN được thanh tra (doanh nghiệp)
Số DN vi phạm (doanh nghiệp)
Tiền phạt (triệu đồng)
Hải An
28
9
312,5
Thủy Nguyên
31
12
486
An Dương
22
7
265
Kiến Thụy
15
4
118,5
Tổng cộng
96
32
1.182

Các vi phạm phổ biến gồm: không thỏa thuận với người lao động khi tổ chức làm thêm giờ (21 doanh nghiệp), không bảo đảm thời gian nghỉ giữa giờ (14 doanh nghiệp), trả tiền lương làm thêm giờ thấp hơn mức quy định (11 doanh nghiệp).

Số giờ làm thêm bình quân của người lao động là 29,6 giờ/tháng; 6 doanh nghiệp tổ chức làm thêm quá 300 giờ/năm, có trường hợp lên tới 412 giờ/năm. Thanh tra Sở đã kiến nghị truy trả 1,37 tỷ đồng tiền lương làm thêm giờ cho 1.845 lao động.

Năm 2024, Thanh tra Sở phấn đấu mở rộng thanh tra chuyên đề đến 100% quận, huyện có khu công nghiệp.

Địa chỉ: Số 1 Lý Tự Trọng, phường Minh Khai, quận Hồng Bàng
Điện thoại: 0225.3842.315
Tổng số lượt truy cập: 2.145.036
"""

Y = per("Năm 2023", "2023-01-01", "2023-12-31")
T = inh(Y)
CK, CV, CM = "Số DN được thanh tra", "Số DN vi phạm", "Tiền phạt"


def row(place, anchors, vals):
    (a1, n1, v1), (a2, n2, v2), (a3, n3, v3) = zip(anchors, [x[0] for x in vals], [x[1] for x in vals])
    loc = None if place is None else place
    kw = {"location": loc} if loc else {}
    suffix = "" if place else " tổng cộng"
    return [
        fig(a1, n1, v1, "count", "doanh nghiệp", CK + suffix, T, **kw),
        fig(a2, n2, v2, "count", "doanh nghiệp", CV + suffix, T, **kw),
        fig(a3, n3, v3, "money", "đồng", CM + suffix, T, **kw),
    ]


F = [
    fig("tại 96 doanh nghiệp", "96", 96, "count", "doanh nghiệp",
        "doanh nghiệp được thanh tra chuyên đề về thời giờ làm việc, thời giờ nghỉ ngơi", Y),
    fig("địa bàn 4 quận, huyện", "4", 4, "count", "quận, huyện",
        "quận, huyện có nhiều khu công nghiệp được thanh tra chuyên đề", Y),
    fig("tổng số 68.215 lao động", "68.215", 68215, "count", "lao động",
        "lao động tại các doanh nghiệp được thanh tra", Y),
]
F += row("Hải An", ["Hải An\n28", "28\n9\n", "9\n312,5"], [("28", 28), ("9", 9), ("312,5", 312.5e6)])
F += row("Thủy Nguyên", ["Thủy Nguyên\n31", "31\n12\n", "12\n486"], [("31", 31), ("12", 12), ("486", 486e6)])
F += row("An Dương", ["An Dương\n22", "22\n7\n", "7\n265"], [("22", 22), ("7", 7), ("265", 265e6)])
F += row("Kiến Thụy", ["Kiến Thụy\n15", "15\n4\n", "4\n118,5"], [("15", 15), ("4", 4), ("118,5", 118.5e6)])
F += row(None, ["Tổng cộng\n96", "96\n32", "32\n1.182"], [("96", 96), ("32", 32), ("1.182", 1182e6)])
F += [
    fig("giờ (21 doanh nghiệp)", "21", 21, "count", "doanh nghiệp",
        "doanh nghiệp vi phạm không thỏa thuận với người lao động khi tổ chức làm thêm giờ", T),
    fig("(14 doanh nghiệp)", "14", 14, "count", "doanh nghiệp",
        "doanh nghiệp vi phạm không bảo đảm thời gian nghỉ giữa giờ", T),
    fig("(11 doanh nghiệp)", "11", 11, "count", "doanh nghiệp",
        "doanh nghiệp vi phạm trả tiền lương làm thêm giờ thấp hơn mức quy định", T),
    fig("là 29,6 giờ/tháng", "29,6", 29.6, "measure", "giờ/tháng",
        "số giờ làm thêm bình quân của người lao động", T),
    fig("; 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
        "doanh nghiệp tổ chức làm thêm quá 300 giờ/năm", T),
    fig("quá 300 giờ/năm", "300", 300, "measure", "giờ/năm", approx="over", optional=True),
    fig("lên tới 412 giờ/năm", "412", 412, "measure", "giờ/năm",
        "số giờ làm thêm cao nhất", T),
    fig("truy trả 1,37 tỷ đồng", "1,37", 1.37e9, "money", "đồng",
        "tiền lương làm thêm giờ kiến nghị truy trả", T),
    fig("cho 1.845 lao động", "1.845", 1845, "count", "lao động",
        "lao động được truy trả tiền lương làm thêm giờ", T),
    fig("đến 100% quận, huyện", "100", 100, "percent", "%",
        "quận, huyện có khu công nghiệp được thanh tra chuyên đề", per("Năm 2024", "2024-01-01", "2024-12-31"),
        status="target"),
]

write("p713-7", TEXT, [
    "Department site (Thanh tra Sở LĐ-TB&XH Hải Phòng), no dateline, footer address/phone/visit counter: overtime inspection 2023.",
    "Table with one cell per line; units in the column headers ('(doanh nghiệp)', '(triệu đồng)' -> money ×10^6 đồng).",
    "District rows take the district as location, subject = column label; the 'Tổng cộng' row is the city's (subject + 'tổng cộng').",
    "Table cells take 'Năm 2023' as inherited period (no period in the column headers). No totals between cells.",
    "Distractors: 'Số 1 Lý Tự Trọng', phone 0225.3842.315, 'Tổng số lượt truy cập: 2.145.036'; threshold 300 giờ/năm optional.",
    "Violation types in brackets after 'gồm:' are not parts of 32 DN (one DN may commit several; they add to 46): no total.",
    "No published date (none stated).",
], F, location="Hải Phòng")
