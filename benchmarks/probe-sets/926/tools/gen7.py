"""p926-7: department site (Chi cục Trồng trọt và BVTV Phú Yên), no dateline — 2024 results, one-cell-per-line table."""
from lib import emit, fig, period, change, year

TEXT = """
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH PHÚ YÊN
CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản

Kết quả sản xuất nha đam năm 2024, kế hoạch năm 2025

Năm 2024, diện tích nha đam toàn tỉnh đạt 164 ha, tăng 22 ha so với năm 2023; sản lượng đạt 16.730 tấn lá, tăng 18,6%. Có 48 ha được cấp giấy chứng nhận VietGAP, chiếm 29,3% diện tích.

Diện tích, sản lượng nha đam phân theo địa phương:
Địa phương
Diện tích 2023 (ha)
Diện tích 2024 (ha)
Sản lượng 2024 (tấn)
Kế hoạch diện tích 2025 (ha)
Tuy An
68
79
8.120
90
Sông Cầu
45
52
5.340
60
Đông Hòa
29
33
3.270
40
Toàn tỉnh
142
164
16.730
190

Giá thu mua lá nha đam bình quân năm 2024 đạt 2.900 đồng/kg; giá trị sản xuất ước đạt 48,5 tỷ đồng. Bệnh thối nhũn gây hại 12,5 ha, giảm 40% so với năm 2023 nhờ áp dụng quy trình quản lý dịch hại tổng hợp (IPM).

Tại huyện Tuy An hiện có 1 cơ sở sơ chế nha đam, công suất 20 tấn lá/ngày. Khoảng 65% sản lượng nha đam của tỉnh được tiêu thụ qua hợp đồng bao tiêu với các doanh nghiệp chế biến tại Ninh Thuận và Khánh Hòa.

Năm 2025, Chi cục phấn đấu đưa diện tích nha đam lên 190 ha, trong đó 80 ha đạt VietGAP; tổ chức 6 lớp tập huấn cho khoảng 240 lượt nông dân.

Địa chỉ: 106 Trần Hưng Đạo, phường 4, TP Tuy Hòa, tỉnh Phú Yên
Điện thoại: 0257.3823.562 - Email: ccttbvtv@phuyen.gov.vn
Tổng lượt truy cập: 845.213 | Đang online: 17
"""

NOTES = [
    "Chi cục Trồng trọt và BVTV Phú Yên (invented): nha đam năm 2024, kế hoạch 2025; no dateline (published null).",
    "One-cell-per-line table: header cells carry unit and year; row place -> location (Sông Cầu is a thị xã); 'Toàn tỉnh' -> Phú Yên.",
    "'Kế hoạch diện tích 2025' column -> status target. Table cells get no totals; periods from the column headers (scored).",
    "Footer address, phone, 'Tổng lượt truy cập: 845.213', 'Đang online: 17', 'phường 4' are not figures.",
    "'tăng 18,6%' without a baseline: change with no baseline. 48 ha and 12,5 ha take 'năm 2024' from the sentence before (inherited).",
    "'Tại huyện Tuy An hiện có 1 cơ sở sơ chế' localises its two figures to Tuy An; the buyers' provinces (Ninh Thuận, Khánh Hòa) do not localise 65%.",
    "'trong đó 80 ha' is part of the 190 ha (both targets of 2025).",
    "revised after the first score: 20 unit 'tấn lá/ngày' -> 'tấn/ngày' (consistency with the other 'tấn lá' figures).",
]

Y24 = year(2024, "Năm 2024")
Y24_I = year(2024, "Năm 2024", inherited=True)
Y25 = year(2025, "Năm 2025")


def table_row(label, loc, nums, subject_prefix=""):
    a23, a24, o24, k25 = nums
    spec = [(a23, "ha", "diện tích nha đam năm 2023", "2023", None),
            (a24, "ha", "diện tích nha đam năm 2024", "2024", None),
            (o24, "tấn", "sản lượng nha đam năm 2024", "2024", None),
            (k25, "ha", "kế hoạch diện tích nha đam năm 2025", "2025", "target")]
    out = []
    prev = label
    for num, unit, subj, y, status in spec:
        anchor = f"{prev}\n{num}"
        value = float(num.replace(".", ""))
        kw = {"status": status} if status else {}
        if loc:
            kw["location"] = loc
        out.append(fig(anchor, num, value, "measure", unit, subject_prefix + subj,
                       year(int(y), f"{y}"), **kw))
        prev = num
    return out


FIGS = [
    fig("đạt 164 ha", "164", 164, "measure", "ha", "diện tích nha đam toàn tỉnh", Y24,
        change=change("increase", 22, "ha", "năm 2023")),
    fig("đạt 16.730 tấn", "16.730", 16730, "measure", "tấn", "sản lượng lá nha đam", Y24,
        change=change("increase", 18.6, "%")),
    fig("Có 48 ha", "48", 48, "measure", "ha", "diện tích nha đam được cấp giấy chứng nhận VietGAP", Y24_I, percent=29.3),
]
FIGS += table_row("Tuy An", "Tuy An", ["68", "79", "8.120", "90"])
FIGS += table_row("Sông Cầu", "Sông Cầu", ["45", "52", "5.340", "60"])
FIGS += table_row("Đông Hòa", "Đông Hòa", ["29", "33", "3.270", "40"])
FIGS += table_row("Toàn tỉnh", None, ["142", "164", "16.730", "190"], "tổng ")
FIGS += [
    fig("đạt 2.900 đồng/kg", "2.900", 2900, "money", "đồng/kg", "giá thu mua lá nha đam bình quân", year(2024)),
    fig("ước đạt 48,5 tỷ đồng", "48,5", 48.5e9, "money", "đồng", "giá trị sản xuất nha đam", year(2024), status="estimate"),
    fig("gây hại 12,5 ha", "12,5", 12.5, "measure", "ha", "diện tích nha đam bị bệnh thối nhũn gây hại",
        year(2024, "năm 2024", inherited=True), change=change("decrease", 40, "%", "năm 2023")),
    fig("có 1 cơ sở", "1", 1, "count", "cơ sở sơ chế", "cơ sở sơ chế nha đam", location="Tuy An"),
    fig("công suất 20 tấn lá/ngày", "20", 20, "measure", "tấn/ngày", "công suất cơ sở sơ chế nha đam", location="Tuy An"),
    fig("Khoảng 65% sản lượng", "65", 65, "percent", "%", "sản lượng nha đam tiêu thụ qua hợp đồng bao tiêu", approx="about"),
    fig("lên 190 ha", "190", 190, "measure", "ha", "diện tích nha đam", Y25, status="target"),
    fig("trong đó 80 ha", "80", 80, "measure", "ha", "diện tích nha đam đạt VietGAP", Y25, status="target", total=190),
    fig("tổ chức 6 lớp", "6", 6, "count", "lớp", "lớp tập huấn", Y25, status="target"),
    fig("khoảng 240 lượt nông dân", "240", 240, "count", "lượt nông dân", "lượt nông dân được tập huấn", Y25,
        status="target", approx="about"),
]

if __name__ == "__main__":
    emit("p926-7", TEXT, NOTES, FIGS, published=None, location="Phú Yên")
