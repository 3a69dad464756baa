"""p766-7: Sở LĐ-TB&XH Cần Thơ department site, no dateline — dạy nghề cho người khiếm thị, one-cell-per-line table."""
from lib import F, P, INH, CH, emit

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả dạy nghề cho người khiếm thị năm 2023

Năm 2023, thành phố Cần Thơ đã hỗ trợ dạy nghề cho 214 người khiếm thị, tăng 9,2% so với năm 2022, đạt 107% kế hoạch; trong đó nghề xoa bóp, bấm huyệt 156 người, tin học văn phòng 31 người, đan lát và làm hương 27 người. Kết quả tại một số quận, huyện như sau:

Số người khiếm thị được dạy nghề
Đơn vị tính: người

Quận, huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Ninh Kiều
48
55
60
Bình Thủy
22
27
30
Cái Răng
19
24
25
Thốt Nốt
15
13
20

Số người khiếm thị có việc làm sau học nghề năm 2023 là 171 người, chiếm 79,9% số người được đào tạo. Mức hỗ trợ chi phí học nghề tối đa 6 triệu đồng/người/khóa, tiền ăn 30.000 đồng/ngày thực học.

Ngoài dạy nghề, năm 2023 Hội Người mù thành phố đã mở 4 lớp học chữ nổi cho 46 hội viên và cấp 320 cuốn sách chữ nổi; tổng kinh phí thực hiện 1.245,8 triệu đồng, trong đó vận động xã hội hóa 468,5 triệu đồng.

Năm 2024, Sở phấn đấu dạy nghề cho 230 người khiếm thị, tỷ lệ có việc làm sau đào tạo đạt từ 80% trở lên.

Địa chỉ: Số 49 Đại lộ Hòa Bình, phường Tân An, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3821.562 - Fax: 0292.3821.563
Tổng số lượt truy cập: 2.604.318
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y23c = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [
    ("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
    ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
    ("kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target"),
]
ROWS = [("Ninh Kiều", ["48", "55", "60"]), ("Bình Thủy", ["22", "27", "30"]),
        ("Cái Răng", ["19", "24", "25"]), ("Thốt Nốt", ["15", "13", "20"])]

FIGS = [
    F("cho 214 người khiếm thị", "214", 214, "count", "người khiếm thị", "người khiếm thị được hỗ trợ dạy nghề", Y23,
      percent=107, change=CH("increase", 9.2, "%", "năm 2022")),
    F("bấm huyệt 156 người", "156", 156, "count", "người", "người học nghề xoa bóp, bấm huyệt", Y23, total=214),
    F("văn phòng 31 người", "31", 31, "count", "người", "người học tin học văn phòng", Y23, total=214),
    F("hương 27 người", "27", 27, "count", "người", "người học đan lát và làm hương", Y23, total=214),
]
for place, cells in ROWS:
    seq = [place] + cells
    for i, num in enumerate(cells):
        col, per, status = COLS[i]
        anchor = seq[i] + "\n" + num + "\n"
        kw = {"location": place}
        if status:
            kw["status"] = status
        FIGS.append(F(anchor, num, int(num), "count", "người", f"số người khiếm thị được dạy nghề {col}", per, **kw))

FIGS += [
    F("là 171 người", "171", 171, "count", "người", "người khiếm thị có việc làm sau học nghề", Y23b, percent=79.9),
    F("tối đa 6 triệu đồng/người/khóa", "6", 6000000, "money", "đồng/người/khóa", "mức hỗ trợ chi phí học nghề",
      approx="at_most"),
    F("tiền ăn 30.000 đồng/ngày", "30.000", 30000, "money", "đồng/ngày", "tiền ăn hỗ trợ học nghề"),
    F("mở 4 lớp học chữ nổi", "4", 4, "count", "lớp", "lớp học chữ nổi", Y23c),
    F("cho 46 hội viên", "46", 46, "count", "hội viên", "hội viên học chữ nổi", Y23c),
    F("cấp 320 cuốn", "320", 320, "count", "cuốn sách chữ nổi", "sách chữ nổi được cấp", Y23c),
    F("hiện 1.245,8 triệu đồng", "1.245,8", 1245800000, "money", "đồng", "tổng kinh phí thực hiện", Y23c),
    F("hóa 468,5 triệu đồng", "468,5", 468500000, "money", "đồng", "kinh phí vận động xã hội hóa", Y23c, total=1245800000),
    F("cho 230 người khiếm thị", "230", 230, "count", "người khiếm thị", "người khiếm thị được dạy nghề", Y24, status="target"),
    F("từ 80% trở lên", "80", 80, "percent", "%", "tỷ lệ có việc làm sau đào tạo", Y24, approx="at_least", status="target"),
]

COMMENTS = [
    "Department site (invented): Sở LĐ-TB&XH Cần Thơ, no dateline (published absent); footer address, phone/fax, visit counter.",
    "One-cell-per-line table 'Số người khiếm thị được dạy nghề', 'Đơn vị tính: người', columns Năm 2022 / Năm 2023 / Kế hoạch 2024;",
    "district rows → location; period from the column header (scored, as shared h23); 'Kế hoạch 2024' cells are targets.",
    "Distractors: 'Số 49 Đại lộ Hòa Bình', 'phường Tân An', phone/fax numbers, 'Tổng số lượt truy cập: 2.604.318'.",
    "Parts 156 + 31 + 27 = 214 after 'trong đó'. 'chiếm 79,9% số người được đào tạo' is the share of 171 (no whole restated, no total).",
]

if __name__ == "__main__":
    emit("p766-7", TEXT, COMMENTS, FIGS, location="Cần Thơ")
