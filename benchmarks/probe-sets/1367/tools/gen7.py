"""p1367-7: department site (Sở VHTTDL Đắk Lắk), no dateline: table-tennis and futsal clubs by locality, one cell per line."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ĐẮK LẮK
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Phát triển câu lạc bộ bóng bàn, futsal ở cơ sở

Năm 2024, toàn tỉnh có 684 câu lạc bộ bóng bàn và futsal cấp xã, phường, tăng 57 câu lạc bộ so với năm 2023; số hội viên khoảng 15.800 người. Đắk Lắk hiện xếp thứ 2 khu vực Tây Nguyên về số câu lạc bộ thể thao cơ sở.

Số câu lạc bộ bóng bàn, futsal tại một số địa phương
Đơn vị tính: câu lạc bộ
Địa phương
Năm 2023
Năm 2024
So với cùng kỳ (%)
TP Buôn Ma Thuột
148
163
110,1
Huyện Krông Pắc
62
68
109,7
Huyện Cư M'gar
55
61
110,9
Thị xã Buôn Hồ
37
40
108,1
Tổng số
302
332
109,9

Theo kế hoạch, năm 2025 mỗi xã, phường, thị trấn có ít nhất 1 câu lạc bộ bóng bàn hoặc futsal; 100% trường trung học cơ sở trên địa bàn TP Buôn Ma Thuột có đội futsal học sinh. Kinh phí hỗ trợ mua sắm dụng cụ cho các câu lạc bộ cơ sở năm 2024 là 1,2 tỷ đồng, bình quân 3,6 triệu đồng/câu lạc bộ.

Bài viết liên quan:
- Đắk Lắk: Khai mạc Giải futsal các dân tộc tỉnh lần thứ III
- Hướng dẫn thành lập câu lạc bộ thể thao cơ sở

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ĐẮK LẮK
Địa chỉ: 09 Nguyễn Tất Thành, TP Buôn Ma Thuột
Điện thoại: 0262.3852.471
Lượt truy cập: 1.204.377 | Đang trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
BMT = "Buôn Ma Thuột"
ROWS = [("TP Buôn Ma Thuột", BMT, ["148", "163", "110,1"]),
        ("Huyện Krông Pắc", "Krông Pắc", ["62", "68", "109,7"]),
        ("Huyện Cư M'gar", "Cư M'gar", ["55", "61", "110,9"]),
        ("Thị xã Buôn Hồ", "Buôn Hồ", ["37", "40", "108,1"]),
        ("Tổng số", None, ["302", "332", "109,9"])]

CELLS = []
for label, loc, (a, b, c) in ROWS:
    kw = {"location": loc} if loc else {}
    row = "" if loc else " tổng số"
    CELLS += [
        fig(f"{label}\n{a}\n", a, float(a), "count", "câu lạc bộ",
            subject=f"câu lạc bộ bóng bàn, futsal{row} năm 2023", period=C23, **kw),
        fig(f"\n{a}\n{b}\n", b, float(b), "count", "câu lạc bộ",
            subject=f"câu lạc bộ bóng bàn, futsal{row} năm 2024", period=Y24, **kw),
        fig(f"\n{b}\n{c}\n", c, float(c.replace(",", ".")), "percent", "%",
            subject=f"số câu lạc bộ bóng bàn, futsal{row} so với cùng kỳ", **kw),
    ]

FIGS = [
    fig("có 684 câu lạc bộ", "684", 684, "count", "câu lạc bộ",
        change=chg("increase", 57, "câu lạc bộ", "năm 2023"),
        subject="câu lạc bộ bóng bàn và futsal cấp xã, phường", period=Y24),
    fig("khoảng 15.800 người", "15.800", 15800, "count", "người", approx="about",
        subject="số hội viên", period=Y24),
    fig("xếp thứ 2", "2", 2, "rank", "hạng",
        subject="xếp hạng khu vực Tây Nguyên về số câu lạc bộ thể thao cơ sở"),
] + CELLS + [
    fig("ít nhất 1 câu lạc bộ", "1", 1, "count", "câu lạc bộ", approx="at_least", status="target",
        subject="câu lạc bộ bóng bàn hoặc futsal mỗi xã, phường, thị trấn", period=Y25),
    fig("100% trường", "100", 100, "percent", "%", status="target",
        subject="trường trung học cơ sở có đội futsal học sinh", period=Y25, location=BMT),
    fig("là 1,2 tỷ", "1,2", 1.2e9, "money", "đồng",
        subject="kinh phí hỗ trợ mua sắm dụng cụ cho các câu lạc bộ cơ sở", period=Y24b),
    fig("bình quân 3,6 triệu", "3,6", 3.6e6, "money", "đồng/câu lạc bộ",
        subject="kinh phí hỗ trợ bình quân", period=Y24b),
]

NOTES = [
    "Department site (Sở VHTTDL Đắk Lắk), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'. published = none.",
    "One-cell-per-line table with a place column, 'Đơn vị tính: câu lạc bộ': place rows → location; subject = caption indicator + column;",
    "period from 'Năm 2023'/'Năm 2024' headers (scored); 'So với cùng kỳ (%)' cells are percent figures (the header's '(%)' overrides the unit line), no period.",
    "'Tổng số' row sums the four listed localities → location Đắk Lắk (default); cells get no total.",
    "'tăng 57 câu lạc bộ so với năm 2023' is a change in câu lạc bộ. 'xếp thứ 2 khu vực Tây Nguyên' → rank of the province (location Đắk Lắk).",
    "'Theo kế hoạch, năm 2025 ...' governs both ';' clauses → target; '100% trường ... TP Buôn Ma Thuột' → location Buôn Ma Thuột.",
    "Distractors: 'lần thứ III', '09 Nguyễn Tất Thành', phone 0262.3852.471, 'Lượt truy cập: 1.204.377', 'Đang trực tuyến: 52'.",
]

if __name__ == "__main__":
    write("p1367-7", TEXT, NOTES, FIGS, location="Đắk Lắk")
