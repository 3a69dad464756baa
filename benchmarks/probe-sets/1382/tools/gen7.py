"""p1382-7: department site (Sở GTVT Hải Phòng), no dateline: Cát Bi airport cargo, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ GIAO THÔNG VẬN TẢI THÀNH PHỐ HẢI PHÒNG
Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Liên hệ

Hàng hóa qua Cảng hàng không quốc tế Cát Bi tăng trưởng ổn định

Cảng hàng không quốc tế Cát Bi hiện có nhà ga hàng hóa diện tích 2.800 m2, công suất khoảng 30.000 tấn/năm. Năm 2024, sản lượng hàng hóa thông qua cảng ước đạt 21.650 tấn, tăng 12,4% so với năm 2023, bằng 72% công suất thiết kế.

Sản lượng hàng hóa qua Cảng hàng không quốc tế Cát Bi
Đơn vị tính: tấn
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
So với cùng kỳ (%)
Tổng số
19.260
21.650
24.000
112,4
Trong đó: Hàng quốc tế
2.310
3.120
4.500
135,1
Hàng nội địa
16.950
18.530
19.500
109,3

Hiện có 5 hãng hàng không khai thác 14 đường bay từ Cát Bi, trong đó 3 đường bay quốc tế đi Seoul, Bangkok và Quảng Châu. Mỗi tuần cảng đón khoảng 250 chuyến bay.

Để đáp ứng nhu cầu, thành phố đã phê duyệt chủ trương đầu tư nhà ga hàng hóa mới với tổng mức đầu tư 810 tỷ đồng, công suất 250.000 tấn/năm. Dự án dự kiến khởi công trong năm 2025, hoàn thành sau 24 tháng.

Liên kết website | Sơ đồ cổng thông tin
SỞ GIAO THÔNG VẬN TẢI HẢI PHÒNG
Địa chỉ: Số 1 Lý Tự Trọng, quận Hồng Bàng, TP Hải Phòng
Điện thoại: 0225.3842.119
Lượt truy cập: 1.204.775
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (C23, None), "ước thực hiện 2024": (E24, "estimate"),
        "kế hoạch 2025": (K25, "target"), "so với cùng kỳ": (None, None)}


def cell(anchor, number, row, col, total):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    if p:
        kw["period"] = p
    if col == "so với cùng kỳ":
        return fig(anchor, number, float(number.replace(",", ".")), "percent", "%",
                   subject=f"{row} {col}", **kw)
    if total:
        kw["total"] = total
    return fig(anchor, number, float(number.replace(".", "")), "measure", "tấn",
               subject=f"sản lượng hàng hóa {row} {col}", **kw)


ROWS = [("Tổng số", "tổng số", ["19.260", "21.650", "24.000", "112,4"]),
        ("Trong đó: Hàng quốc tế", "hàng quốc tế", ["2.310", "3.120", "4.500", "135,1"]),
        ("Hàng nội địa", "hàng nội địa", ["16.950", "18.530", "19.500", "109,3"])]
TOTALS = [19260, 21650, 24000, None]
CELLS = []
for label, row, nums in ROWS:
    prev = label
    for i, (col, n) in enumerate(zip(COLS, nums)):
        tot = TOTALS[i] if label != "Tổng số" else None
        CELLS.append(cell(f"{prev}\n{n}", n, row, col, tot))
        prev = n

FIGS = [
    fig("diện tích 2.800 m2", "2.800", 2800, "measure", "m2", subject="diện tích nhà ga hàng hóa"),
    fig("khoảng 30.000 tấn", "30.000", 30000, "measure", "tấn/năm", approx="about",
        subject="công suất nhà ga hàng hóa"),
    fig("ước đạt 21.650 tấn", "21.650", 21650, "measure", "tấn", status="estimate", percent=72,
        change=chg("increase", 12.4, "%", "năm 2023"), subject="sản lượng hàng hóa thông qua cảng",
        period=Y24),
] + CELLS + [
    fig("có 5 hãng", "5", 5, "count", "hãng hàng không", subject="hãng hàng không khai thác"),
    fig("khai thác 14 đường", "14", 14, "count", "đường bay", subject="đường bay từ Cát Bi"),
    fig("3 đường bay quốc tế", "3", 3, "count", "đường bay", total=14, subject="đường bay quốc tế"),
    fig("khoảng 250 chuyến", "250", 250, "measure", "chuyến bay/tuần", approx="about",
        subject="chuyến bay cảng đón"),
    fig("tư 810 tỷ", "810", 810e9, "money", "đồng", subject="tổng mức đầu tư nhà ga hàng hóa mới"),
    fig("suất 250.000 tấn", "250.000", 250000, "measure", "tấn/năm", subject="công suất nhà ga hàng hóa mới"),
    fig("sau 24 tháng", "24", 24, "measure", "tháng", status="forecast",
        subject="thời gian thi công dự án", optional=True),
]

NOTES = [
    "Department site (Sở GTVT Hải Phòng), no dateline: menu, related links, address footer, phone, 'Lượt truy cập'. Location Hải Phòng.",
    "'ước đạt 21.650 tấn, tăng 12,4% ..., bằng 72% công suất thiết kế' → estimate, change + percent attribute.",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; columns Năm 2023 / Ước thực hiện 2024 (estimate) / Kế hoạch 2025 (target) /",
    "So với cùng kỳ (%) (percent cells, no year in the header: no period, actual). The 'Trong đó:' sub-rows Hàng quốc tế and",
    "Hàng nội địa add up to 'Tổng số' in every tấn column → total = the Tổng số cell of the same column (parts-of-a-whole rule).",
    "'14 đường bay ..., trong đó 3 đường bay quốc tế' → total 14. 'hoàn thành sau 24 tháng' is a project duration: optional.",
    "Distractors: column-header years, 'năm 2025' (start date), Seoul/Bangkok/Quảng Châu, Số 1 Lý Tự Trọng, phone, Lượt truy cập.",
]

if __name__ == "__main__":
    write("p1382-7", TEXT, NOTES, FIGS, location="Hải Phòng")
