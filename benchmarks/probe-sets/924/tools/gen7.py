"""p924-7: department site (Sở LĐTB&XH Lâm Đồng), no dateline, one-cell-per-line table, footer + counter."""
from lib import F, period, carried, change, target, write_set

TABLE_ROWS = [("Xe lăn", [512, 586, 650]), ("Xe lắc", [143, 168, 180]), ("Máy trợ thính", [318, 389, 420]),
              ("Chân tay giả", [84, 102, 120]), ("Tổng cộng", ["1.057", "1.245", "1.370"])]
table = "\n".join(f"{label}\n" + "\n".join(str(c) for c in cells) for label, cells in TABLE_ROWS)

TEXT = """
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả trợ giúp phương tiện cho người khuyết tật năm 2024

Thực hiện Kế hoạch số 3025/KH-UBND của UBND tỉnh về trợ giúp người khuyết tật, năm 2024 các cơ quan, đơn vị trên địa bàn tỉnh Lâm Đồng đã trao tặng 1.245 phương tiện, dụng cụ trợ giúp, tăng 17,8% so với năm 2023. Tổng kinh phí 6,2 tỷ đồng, trong đó ngân sách nhà nước 2,45 tỷ đồng, chiếm 39,5%; bình quân mỗi phương tiện trị giá khoảng 4,98 triệu đồng.

Số lượng phương tiện, dụng cụ trợ giúp đã trao tặng
Đơn vị tính: chiếc
Loại phương tiện
Năm 2023
Năm 2024
Kế hoạch 2025
""" + table + """

Các huyện có số người được hỗ trợ nhiều nhất là Lâm Hà (176 người), Di Linh (158 người) và Đức Trọng (149 người). Riêng huyện Đam Rông mới đáp ứng khoảng 60% nhu cầu.

Năm 2025, Sở phấn đấu trao tặng 1.370 phương tiện, dụng cụ trợ giúp; dự kiến tổng kinh phí khoảng 7 tỷ đồng.

Sở Lao động - Thương binh và Xã hội tỉnh Lâm Đồng
Địa chỉ: Số 16 Trần Phú, Phường 3, TP Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.150 - Fax: 0263.3829.071
Lượt truy cập: 1.284.503 | Đang trực tuyến: 27
"""

Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2023", period("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("năm 2024", period("Năm 2024", "2024-01-01", "2024-12-31"), None),
        ("kế hoạch 2025", period("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]

FIGS = [
    F("trao tặng 1.245 phương tiện", "1.245", 1245, "count", "phương tiện, dụng cụ trợ giúp",
      "phương tiện, dụng cụ trợ giúp trao tặng người khuyết tật", Y24,
      change=change("increase", 17.8, "%", "năm 2023")),
    F("Tổng kinh phí 6,2 tỷ đồng", "6,2", 6.2e9, "money", "đồng", "tổng kinh phí trao tặng", carried(Y24)),
    F("nước 2,45 tỷ đồng", "2,45", 2.45e9, "money", "đồng", "ngân sách nhà nước", carried(Y24), total=6.2e9,
      percent=39.5),
    F("khoảng 4,98 triệu đồng", "4,98", 4.98e6, "money", "đồng", "trị giá bình quân mỗi phương tiện", carried(Y24),
      approx="about"),
]
for label, cells in TABLE_ROWS:
    prev = label
    for (colname, per, status), cell in zip(COLS, cells):
        num = str(cell)
        value = int(num.replace(".", ""))
        anchor = f"{prev}\n{num}" if prev == label else f"\n{prev}\n{num}"
        subj = f"{label} {colname}"  # row label + column label (FIGURES.md, Tables); revised for the Tổng cộng row
        extra = {"status": status} if status else {}
        FIGS.append(F(anchor, num, value, "count", "chiếc", subj, per, **extra))
        prev = num
FIGS += [
    F("Lâm Hà (176 người)", "176", 176, "count", "người", "người được hỗ trợ phương tiện, dụng cụ trợ giúp",
      carried(Y24), location="Lâm Hà"),
    F("Di Linh (158 người)", "158", 158, "count", "người", "người được hỗ trợ phương tiện, dụng cụ trợ giúp",
      carried(Y24), location="Di Linh"),
    F("Đức Trọng (149 người)", "149", 149, "count", "người", "người được hỗ trợ phương tiện, dụng cụ trợ giúp",
      carried(Y24), location="Đức Trọng"),
    F("khoảng 60% nhu cầu", "60", 60, "percent", "%", "tỷ lệ đáp ứng nhu cầu phương tiện trợ giúp", approx="about",
      location="Đam Rông"),
    F("trao tặng 1.370 phương tiện", "1.370", 1370, "count", "phương tiện, dụng cụ trợ giúp",
      "phương tiện, dụng cụ trợ giúp trao tặng", period("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("khoảng 7 tỷ đồng", "7", 7e9, "money", "đồng", "tổng kinh phí trao tặng",
      period("Năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Sở LĐTB&XH Lâm Đồng (department site): no dateline (no published); footer address, phone, fax, 'Lượt truy cập: 1.284.503', 'Đang trực tuyến: 27'.",
    "One-cell-per-line table (Đơn vị tính: chiếc; columns Năm 2023 / Năm 2024 / Kế hoạch 2025; rows by device + Tổng cộng): every cell is a",
    "figure, period from the column header (scored), 'Kế hoạch 2025' = target; cells get no totals. 'Kế hoạch số 3025/KH-UBND' is a document number.",
    "'bình quân mỗi phương tiện trị giá khoảng 4,98 triệu đồng' is money (đồng). Huyện Đam Rông's 60% is located in Đam Rông.",
    "revised: the 'Tổng cộng' row cells now take row label + column label as subject ('Tổng cộng năm 2023'), as the other cells and",
    "FIGURES.md's table rule do; the first gold had paraphrased the row label as 'tổng số phương tiện, dụng cụ trợ giúp ...'.",
]

write_set("p924-7", TEXT, FIGS, NOTES, published=None, location="Lâm Đồng")
