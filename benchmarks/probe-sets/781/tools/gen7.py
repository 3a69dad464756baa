"""p781-7: department site (Chi cục Thủy sản, Sở NN&PTNT Bình Thuận), no dateline; one-cell-per-line table."""
from lib import F, P, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÌNH THUẬN
CHI CỤC THỦY SẢN

Kết quả bảo tồn rùa biển năm 2023 và kế hoạch năm 2024

Năm 2023, trên địa bàn tỉnh ghi nhận 214 ổ trứng rùa biển, tăng 37 ổ so với năm 2022; ấp nở và thả về biển 16.480 rùa con, tỷ lệ nở bình quân đạt 79,5%. Các bãi đẻ tập trung tại huyện Tuy Phong và huyện đảo Phú Quý. Riêng Khu bảo tồn biển Hòn Cau (huyện Tuy Phong) có diện tích khoảng 12.500 ha, nơi có số ổ trứng nhiều nhất tỉnh.

Bảng 1. Số ổ trứng rùa biển ghi nhận theo địa phương
Đơn vị tính: ổ
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
Tuy Phong
121
148
150
Phú Quý
44
51
55
Hàm Thuận Nam
12
15
15
Toàn tỉnh
177
214
220

Năm 2023, Chi cục đã phối hợp tổ chức 28 buổi tuyên truyền tại các làng chài với hơn 1.900 lượt ngư dân tham dự; hỗ trợ 65 ngư dân tham gia canh giữ bãi đẻ với tổng kinh phí 390 triệu đồng. Ngư dân phát hiện, báo tin ổ trứng rùa biển được thưởng 500.000 đồng/ổ. Cũng trong năm 2023, lực lượng chức năng đã cứu hộ 17 cá thể rùa biển mắc lưới, trong đó thả về biển 14 cá thể, 3 cá thể chết do bị thương nặng.

Năm 2024, Chi cục phấn đấu tỷ lệ nở bình quân đạt từ 80% trở lên; 100% tàu cá hoạt động vùng lộng được tuyên truyền về bảo vệ rùa biển.

Chi cục Thủy sản Bình Thuận - Số 24 Trần Hưng Đạo, phường Phú Trinh, TP Phan Thiết
Điện thoại: 0252.3821.435
Tổng lượt truy cập: 1.204.337
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("Năm 2022", "2022-01-01", "2022-12-31", "năm 2022", None),
        ("Năm 2023", "2023-01-01", "2023-12-31", "năm 2023", None),
        ("Kế hoạch 2024", "2024-01-01", "2024-12-31", "kế hoạch 2024", "target")]

FIGS = [
    F("ghi nhận 214 ổ", "214", 214, "count", "ổ trứng", "ổ trứng rùa biển ghi nhận", Y23,
      change=CH("increase", 37, "ổ", "năm 2022")),
    F("biển 16.480 rùa", "16.480", 16480, "count", "rùa con", "rùa con ấp nở và thả về biển", Y23),
    F("đạt 79,5%", "79,5", 79.5, "percent", "%", "tỷ lệ nở bình quân", Y23),
]

TABLE = [
    ("Tuy Phong", [("Tuy Phong\n121", "121", 121), ("121\n148", "148", 148), ("148\n150", "150", 150)]),
    ("Phú Quý", [("Phú Quý\n44", "44", 44), ("44\n51", "51", 51), ("51\n55", "55", 55)]),
    ("Hàm Thuận Nam", [("Hàm Thuận Nam\n12", "12", 12), ("12\n15", "15", 15), ("15\nToàn", "15", 15)]),
    ("Bình Thuận", [("Toàn tỉnh\n177", "177", 177), ("177\n214", "214", 214), ("214\n220", "220", 220)]),
]
for place, cells in TABLE:
    for (anchor, num, value), (head, s, e, ctext, status) in zip(cells, COLS):
        subj = "Số ổ trứng rùa biển ghi nhận " + ("toàn tỉnh " if place == "Bình Thuận" else "") + ctext
        kw = {"status": status} if status else {}
        FIGS.append(F(anchor, num, value, "count", "ổ", subj, P(head, s, e), location=place, **kw))

FIGS += [
    F("chức 28 buổi", "28", 28, "count", "buổi tuyên truyền", "buổi tuyên truyền tại các làng chài", Y23),
    F("hơn 1.900 lượt", "1.900", 1900, "count", "lượt ngư dân", "lượt ngư dân tham dự tuyên truyền", Y23,
      approx="over"),
    F("trợ 65 ngư dân", "65", 65, "count", "ngư dân", "ngư dân tham gia canh giữ bãi đẻ được hỗ trợ", Y23),
    F("phí 390 triệu", "390", 390_000_000, "money", "đồng", "tổng kinh phí hỗ trợ ngư dân canh giữ bãi đẻ", Y23),
    F("khoảng 12.500 ha", "12.500", 12500, "measure", "ha", "diện tích Khu bảo tồn biển Hòn Cau", approx="about",
      location="Tuy Phong"),
    F("thưởng 500.000 đồng", "500.000", 500000, "money", "đồng/ổ", "mức thưởng ngư dân phát hiện, báo tin ổ trứng"),
    F("cứu hộ 17 cá thể", "17", 17, "count", "cá thể", "cá thể rùa biển mắc lưới được cứu hộ",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("biển 14 cá thể", "14", 14, "count", "cá thể", "cá thể rùa biển thả về biển",
      P("năm 2023", "2023-01-01", "2023-12-31"), total=17),
    F("3 cá thể chết", "3", 3, "count", "cá thể", "cá thể rùa biển chết do bị thương nặng",
      P("năm 2023", "2023-01-01", "2023-12-31"), total=17),
    F("từ 80% trở lên", "80", 80, "percent", "%", "tỷ lệ nở bình quân", Y24, approx="at_least", status="target"),
    F("; 100% tàu", "100", 100, "percent", "%", "tàu cá hoạt động vùng lộng được tuyên truyền về bảo vệ rùa biển", Y24,
      status="target"),
]

COMMENTS = [
    "Chi cục Thủy sản (Sở NN&PTNT Bình Thuận) site, no dateline: results 2023 and plan 2024; one-cell-per-line table 'Bảng 1' with",
    "'Đơn vị tính: ổ' and columns Năm 2022 | Năm 2023 | Kế hoạch 2024. The header names the province: location 'Bình Thuận'.",
    "Table cells: row labels are districts (Tuy Phong, Phú Quý, Hàm Thuận Nam) → location; 'Toàn tỉnh' → Bình Thuận; subject = indicator +",
    "column; the 'Kế hoạch 2024' column is status target; periods from the column headers (scored). Rows add up to 'Toàn tỉnh' (177, 214,",
    "220) but the table has no cue, so no total. The 214 of the lead and the 214 cell are two figures. 'tăng 37 ổ so với năm 2022' is a change.",
    "'Khu bảo tồn biển Hòn Cau (huyện Tuy Phong)': its area is located in Tuy Phong. 14 + 3 after 'trong đó' are parts of the 17 rescued.",
    "'Phấn đấu' governs both '; ' clauses (target). 'Bảng 1', the address 'Số 24 Trần Hưng Đạo', the phone, 'Tổng lượt truy cập' are not figures.",
]

if __name__ == "__main__":
    emit("p781-7", TEXT, COMMENTS, FIGS, location="Bình Thuận")
