"""p797-3: formal report (UBND tỉnh Thanh Hóa) — sea search and rescue 2023, flattened '|' table by locality."""
from lib import F, change, period, inherit, write

TEXT = """UBND TỈNH THANH HÓA
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 15 tháng 01 năm 2024

BÁO CÁO
Kết quả công tác tìm kiếm, cứu nạn trên biển năm 2023

I. TÌNH HÌNH CHUNG
Toàn tỉnh hiện có 6.712 tàu cá, trong đó 1.245 tàu có chiều dài từ 15 m trở lên. Năm 2023, trên vùng biển của tỉnh xảy ra 31 vụ tai nạn, sự cố tàu thuyền, giảm 8 vụ so với năm 2022; làm 5 người chết và mất tích.

II. KẾT QUẢ TÌM KIẾM, CỨU NẠN
1. Thực hiện Quyết định số 06/2014/QĐ-TTg, các lực lượng đã tổ chức tìm kiếm, cứu nạn 28 vụ, cứu được 176 người và 24 phương tiện; tỷ lệ người được cứu đạt 97,2%. Chi phí cho công tác tìm kiếm, cứu nạn khoảng 1,85 tỷ đồng.
2. Kết quả theo địa phương:
Đơn vị tính: vụ, người, phương tiện
Địa phương | Số vụ | Số người được cứu | Số phương tiện được cứu
Sầm Sơn | 9 | 52 | 7
Hậu Lộc | 7 | 48 | 6
Quảng Xương | 5 | 31 | 4
Nghi Sơn | 4 | 27 | 5
Hoằng Hóa | 3 | 18 | 2
Tổng cộng | 28 | 176 | 24

III. BẢO ĐẢM AN TOÀN HÀNG HẢI
Năm 2023, Cảng vụ Hàng hải Thanh Hóa đã phối hợp thả mới, điều chỉnh 18 phao báo hiệu trên luồng Nghi Sơn; luồng vào cảng Lễ Môn được nạo vét với khối lượng 215.000 m3, kinh phí 19,6 tỷ đồng. Số lượt tàu biển ra vào cảng Nghi Sơn đạt 4.385 lượt, tăng 11,4% so với năm 2022.

IV. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu giảm 10% số vụ tai nạn trên biển; tập huấn cho ít nhất 2.000 ngư dân; dự kiến đầu tư 3 tàu cứu nạn cỡ nhỏ với tổng kinh phí khoảng 12 tỷ đồng.

Nơi nhận: Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn; Lưu: VT.
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y23_TITLE = period("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = period("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

COLS = [("Số vụ", "vụ"), ("Số người được cứu", "người"), ("Số phương tiện được cứu", "phương tiện")]
ROWS = [("Sầm Sơn", ["9", "52", "7"]), ("Hậu Lộc", ["7", "48", "6"]), ("Quảng Xương", ["5", "31", "4"]),
        ("Nghi Sơn", ["4", "27", "5"]), ("Hoằng Hóa", ["3", "18", "2"]), ("Tổng cộng", ["28", "176", "24"])]


def table_figs():
    out = []
    for label, cells in ROWS:
        for i, cell in enumerate(cells):
            anchor = label + " | " + " | ".join(cells[: i + 1])
            loc = "Thanh Hóa" if label == "Tổng cộng" else label
            subj = COLS[i][0] if label != "Tổng cộng" else f"Tổng cộng {COLS[i][0].lower()}"
            out.append(F(anchor, cell, float(cell), "count", COLS[i][1], subj, Y23_TITLE, cell=True, location=loc))
    return out


FIGS = [
    F("hiện có 6.712 tàu cá", "6.712", 6712, "count", "tàu cá", "tàu cá toàn tỉnh"),
    F("trong đó 1.245 tàu", "1.245", 1245, "count", "tàu", "tàu cá có chiều dài từ 15 m trở lên", total=6712),
    F("từ 15 m trở lên. Năm", "15", 15, "measure", "m", "chiều dài tàu cá", approx="at_least", optional=True),
    F("xảy ra 31 vụ", "31", 31, "count", "vụ", "vụ tai nạn, sự cố tàu thuyền trên vùng biển của tỉnh", Y23,
      change=change("decrease", 8, "vụ", "năm 2022")),
    F("làm 5 người", "5", 5, "count", "người", "người chết và mất tích do tai nạn, sự cố tàu thuyền", Y23),
    F("cứu nạn 28 vụ", "28", 28, "count", "vụ", "vụ tìm kiếm, cứu nạn được tổ chức", Y23_TITLE),
    F("cứu được 176 người", "176", 176, "count", "người", "người được cứu", Y23_TITLE),
    F("176 người và 24 phương tiện", "24", 24, "count", "phương tiện", "phương tiện được cứu", Y23_TITLE),
    F("đạt 97,2%", "97,2", 97.2, "percent", "%", "tỷ lệ người được cứu", Y23_TITLE),
    F("khoảng 1,85 tỷ đồng", "1,85", 1.85e9, "money", "đồng", "chi phí cho công tác tìm kiếm, cứu nạn",
      Y23_TITLE, approx="about"),
] + table_figs() + [
    F("điều chỉnh 18 phao", "18", 18, "count", "phao", "phao báo hiệu thả mới, điều chỉnh trên luồng Nghi Sơn", Y23),
    F("khối lượng 215.000 m3", "215.000", 215000, "measure", "m3", "khối lượng nạo vét luồng vào cảng Lễ Môn", Y23),
    F("kinh phí 19,6 tỷ đồng", "19,6", 19.6e9, "money", "đồng", "kinh phí nạo vét luồng vào cảng Lễ Môn", Y23),
    F("đạt 4.385 lượt", "4.385", 4385, "count", "lượt", "lượt tàu biển ra vào cảng Nghi Sơn",
      period("Năm 2023", "2023-01-01", "2023-12-31", inherited=True),
      change=change("increase", 11.4, "%", "năm 2022")),
    F("giảm 10% số vụ", "10", 10, "percent", "%", "mức giảm số vụ tai nạn trên biển", Y24, status="target"),
    F("ít nhất 2.000 ngư dân", "2.000", 2000, "count", "ngư dân", "ngư dân được tập huấn", Y24,
      approx="at_least", status="target"),
    F("đầu tư 3 tàu", "3", 3, "count", "tàu", "tàu cứu nạn cỡ nhỏ đầu tư", Y24, status="forecast"),
    F("khoảng 12 tỷ đồng", "12", 12e9, "money", "đồng", "tổng kinh phí đầu tư tàu cứu nạn cỡ nhỏ", Y24,
      approx="about", status="forecast"),
]

NOTES = [
    "Báo cáo UBND tỉnh Thanh Hóa (Số: 27/BC-UBND, ngày 15/01/2024): tìm kiếm, cứu nạn trên biển năm 2023; flattened '|' table by locality.",
    "Table: every numeric cell is a figure; the row label is a place (location: Sầm Sơn, Hậu Lộc, Quảng Xương, Nghi Sơn, Hoằng Hóa),",
    "the column label is the subject, the unit comes from 'Đơn vị tính: vụ, người, phương tiện' in column order; the 'Tổng cộng' row is",
    "its own figure located at the province; cells get no totals. Table and section II take 'năm 2023' from the title (inherited).",
    "'trong đó 1.245 tàu' is part of 6.712 tàu cá; '15 m trở lên' is a category threshold (optional). Section IV heading gives 2024 (inherited);",
    "'Phấn đấu' governs the list of tasks (target); 'dự kiến đầu tư' gives forecast. 4.385 lượt: 'Năm 2023' opens the previous sentence.",
    "Distractors: Số: 27/BC-UBND, Quyết định số 06/2014/QĐ-TTg, the date line, section numbers I.–IV., 1., 2.",
]

if __name__ == "__main__":
    write(3, TEXT, "2024-01-15", "Thanh Hóa", NOTES, FIGS)
