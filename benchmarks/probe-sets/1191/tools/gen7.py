"""p1191-7: department site (Sở Công Thương Thanh Hóa), no dateline, one-cell-per-line table (tỷ đồng)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH THANH HÓA
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Hỏi đáp | Liên hệ

Làng nghề dệt giữ đà tăng trưởng

Thanh Hóa hiện có 16 làng nghề dệt được công nhận, trong đó 7 làng dệt màn ở các huyện Hoằng Hóa, Quảng Xương, 6 làng dệt kim và 3 làng dệt thổ cẩm ở miền núi. Các làng nghề thu hút khoảng 6.800 lao động; mỗi hộ dệt màn có từ 2 đến 4 máy dệt.

Giá trị sản xuất các làng nghề dệt theo nhóm sản phẩm
Đơn vị tính: tỷ đồng
Nhóm sản phẩm
Năm 2023
Ước thực hiện 6 tháng năm 2024
Kế hoạch năm 2024
Dệt màn
412
228
460
Dệt kim
365
197
400
Dệt thổ cẩm
48
26
55
Tổng số
825
451
915

6 tháng đầu năm 2024, giá trị sản xuất các làng nghề dệt ước đạt 451 tỷ đồng, bằng 49,3% kế hoạch năm, tăng 7,6% so với cùng kỳ. Làng dệt màn Hoằng Đạt (huyện Hoằng Hóa) có 280 hộ với khoảng 900 máy dệt; năm 2023, thu nhập bình quân của thợ dệt tại làng đạt 5,5 triệu đồng/người/tháng.

Trong 6 tháng, Sở đã phối hợp với các huyện mở 12 lớp đào tạo nghề dệt kim cho 360 học viên; hỗ trợ 25 cơ sở đổi mới máy móc với tổng kinh phí 1,6 tỷ đồng từ nguồn khuyến công.

Văn bản mới:
- Kế hoạch số 95/KH-SCT về phát triển làng nghề năm 2024

SỞ CÔNG THƯƠNG TỈNH THANH HÓA
Địa chỉ: Số 37 Đại lộ Lê Lợi, TP Thanh Hóa | ĐT: 0237.3852.461
Số người truy cập: 2.046.118 | Đang online: 37
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H1 = per("Ước thực hiện 6 tháng năm 2024", "2024-01-01", "2024-06-30")
P24 = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
H1b = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1c = per("Trong 6 tháng", "2023-01-01", "2023-06-30")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
HD = "Hoằng Hóa"

COLS = {"Năm 2023": (Y23, "actual"), "Ước thực hiện 6 tháng năm 2024": (H1, "estimate"),
        "Kế hoạch năm 2024": (P24, "target")}


def cell(anchor, number, value, row, col):
    p, st = COLS[col]
    kw = {} if st == "actual" else {"status": st}
    return fig(anchor, number, value * 1e9, "money", "đồng",
               subject=f"giá trị sản xuất {row.lower()} {col.lower()}", period=p, **kw)


FIGS = [
    fig("có 16 làng nghề", "16", 16, "count", "làng nghề", subject="làng nghề dệt được công nhận"),
    fig("7 làng dệt màn", "7", 7, "count", "làng", total=16, subject="làng dệt màn"),
    fig("6 làng dệt kim", "6", 6, "count", "làng", total=16, subject="làng dệt kim"),
    fig("3 làng dệt thổ cẩm", "3", 3, "count", "làng", total=16, subject="làng dệt thổ cẩm"),
    fig("khoảng 6.800 lao động", "6.800", 6800, "count", "lao động", approx="about",
        subject="lao động các làng nghề dệt"),
    fig("từ 2 đến 4 máy", "2", 2, "measure", "máy dệt/hộ", value_max=4,
        subject="máy dệt của mỗi hộ dệt màn"),
    cell("Dệt màn\n412", "412", 412, "Dệt màn", "Năm 2023"),
    cell("412\n228", "228", 228, "Dệt màn", "Ước thực hiện 6 tháng năm 2024"),
    cell("228\n460", "460", 460, "Dệt màn", "Kế hoạch năm 2024"),
    cell("Dệt kim\n365", "365", 365, "Dệt kim", "Năm 2023"),
    cell("365\n197", "197", 197, "Dệt kim", "Ước thực hiện 6 tháng năm 2024"),
    cell("197\n400", "400", 400, "Dệt kim", "Kế hoạch năm 2024"),
    cell("Dệt thổ cẩm\n48", "48", 48, "Dệt thổ cẩm", "Năm 2023"),
    cell("48\n26", "26", 26, "Dệt thổ cẩm", "Ước thực hiện 6 tháng năm 2024"),
    cell("26\n55", "55", 55, "Dệt thổ cẩm", "Kế hoạch năm 2024"),
    cell("Tổng số\n825", "825", 825, "Tổng số", "Năm 2023"),
    cell("825\n451", "451", 451, "Tổng số", "Ước thực hiện 6 tháng năm 2024"),
    cell("451\n915", "915", 915, "Tổng số", "Kế hoạch năm 2024"),
    fig("ước đạt 451 tỷ", "451", 451e9, "money", "đồng", status="estimate", percent=49.3,
        change=chg("increase", 7.6, "%", "cùng kỳ"),
        subject="giá trị sản xuất các làng nghề dệt", period=H1b),
    fig("có 280 hộ", "280", 280, "count", "hộ", subject="hộ tại làng dệt màn Hoằng Đạt", location=HD),
    fig("khoảng 900 máy", "900", 900, "count", "máy dệt", approx="about",
        subject="máy dệt tại làng dệt màn Hoằng Đạt", location=HD),
    fig("đạt 5,5 triệu", "5,5", 5.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của thợ dệt tại làng Hoằng Đạt", period=Y23b, location=HD),
    fig("mở 12 lớp", "12", 12, "count", "lớp", subject="lớp đào tạo nghề dệt kim", period=H1c),
    fig("cho 360 học viên", "360", 360, "count", "học viên", subject="học viên đào tạo nghề dệt kim", period=H1c),
    fig("hỗ trợ 25 cơ sở", "25", 25, "count", "cơ sở", subject="cơ sở được hỗ trợ đổi mới máy móc", period=H1c),
    fig("kinh phí 1,6 tỷ", "1,6", 1.6e9, "money", "đồng",
        subject="kinh phí khuyến công hỗ trợ cơ sở đổi mới máy móc", period=H1c),
]

NOTES = [
    "Department site (Sở Công Thương Thanh Hóa) with no dateline: no published. Menu, 'Văn bản mới', footer address/phone, counters.",
    "One-cell-per-line table, 'Đơn vị tính: tỷ đồng' (×10^9): period and status from the column header ('Ước thực hiện' → estimate,",
    "'Kế hoạch' → target); subject = caption indicator + row label + column label. Cells get no totals; 'Tổng số' row is its own figures.",
    "7 / 6 / 3 làng are parts of 16 (trong đó). 'mỗi hộ dệt màn có từ 2 đến 4 máy dệt': a per-household rate, measure máy dệt/hộ.",
    "Year-less 'Trong 6 tháng' takes the year of the nearest earlier period (FIGURES.md §3), which is 'năm 2023' of the Hoằng Đạt sentence:",
    "2023-01-01..2023-06-30 (revised after the first run; first gold had 2024, the reader's sense). Hoằng Đạt village: location Hoằng Hóa.",
    "Distractors: 'Kế hoạch số 95/KH-SCT', 'Số 37 Đại lộ Lê Lợi', phone 0237.3852.461, 'Số người truy cập: 2.046.118', 'Đang online: 37'.",
]

if __name__ == "__main__":
    write("p1191-7", TEXT, NOTES, FIGS, published=None, location="Thanh Hóa")
