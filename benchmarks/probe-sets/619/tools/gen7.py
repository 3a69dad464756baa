import sys
from lib import F, P, I, CH, TG, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÌNH ĐỊNH
CHI CỤC THỦY SẢN
Trang chủ | Giới thiệu | Tin tức | Văn bản

Kết quả phát triển nuôi lồng trên biển năm 2023

Năm 2023, toàn tỉnh có 3.248 lồng nuôi trên biển, tăng 12,4% so với năm 2022; sản lượng nuôi biển đạt 1.326 tấn, giá trị sản xuất khoảng 215 tỷ đồng. Số lồng nuôi tôm hùm chiếm 71,5%, còn lại là lồng nuôi cá mú, cá chim vây vàng.

Bảng: Số lồng nuôi trên biển phân theo địa phương
Đơn vị tính: lồng
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
TP. Quy Nhơn
1.890
2.105
2.300
Phù Cát
412
468
520
Phù Mỹ
308
355
400
Hoài Nhơn
280
320
380
Toàn tỉnh
2.890
3.248
3.600

Giá tôm hùm bông tại lồng bình quân năm 2023 khoảng 1,1 triệu đồng/kg; cá chim vây vàng 95.000 đồng/kg. Đến ngày 31/12/2023, tỉnh đã giao khu vực biển cho 27 tổ chức, cá nhân với diện tích 86,5 ha; 9 hồ sơ đang được thẩm định. Đợt mưa lũ tháng 11/2023 làm hư hỏng 146 lồng, thiệt hại khoảng 9,8 tỷ đồng.

Năm 2024, Chi cục phấn đấu sản lượng nuôi biển đạt 1.450 tấn, tăng 9,4% so với năm 2023; tổ chức tập huấn phòng chống bệnh sữa tôm hùm cho khoảng 300 lượt hộ nuôi tại Khu kinh tế Nhơn Hội và xã Nhơn Hải.

Địa chỉ: 77 Lê Duẩn, TP. Quy Nhơn | Điện thoại: 0256.3822.419
Tổng lượt truy cập: 1.204.587
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
ASOF = P("Đến ngày 31/12/2023", None, "2023-12-31")
T11 = P("tháng 11/2023", "2023-11-01", "2023-11-30")

FIGS = [
    F("có 3.248 lồng", "3.248", 3248, "count", "lồng", "lồng nuôi trên biển", Y23,
      change=CH("increase", 12.4, baseline="năm 2022")),
    F("đạt 1.326 tấn", "1.326", 1326, "measure", "tấn", "sản lượng nuôi biển", Y23),
    F("khoảng 215 tỷ", "215", 215000000000, "money", "đồng", "giá trị sản xuất nuôi biển", Y23, approx="about"),
    F("chiếm 71,5%", "71,5", 71.5, "percent", "%", "tỷ trọng số lồng nuôi tôm hùm", I(Y23)),
]
ROWS = [
    ("Quy Nhơn\n", "Quy Nhơn", ["1.890", "2.105", "2.300"], "\nPhù Cát"),
    ("Phù Cát\n", "Phù Cát", ["412", "468", "520"], "\nPhù Mỹ"),
    ("Phù Mỹ\n", "Phù Mỹ", ["308", "355", "400"], "\nHoài Nhơn"),
    ("Hoài Nhơn\n", "Hoài Nhơn", ["280", "320", "380"], "\nToàn tỉnh"),
    ("Toàn tỉnh\n", "Bình Định", ["2.890", "3.248", "3.600"], "\n\nGiá"),
]
COLS = [("năm 2022", Y22, "actual"), ("năm 2023", Y23, "actual"), ("kế hoạch năm 2024", K24, "target")]
for label, loc, cells, after in ROWS:
    for i, (num, (cname, per, st)) in enumerate(zip(cells, COLS)):
        if i == 0:
            anchor = label + num
        elif i == 1:
            anchor = cells[0] + "\n" + num
        else:
            anchor = cells[1] + "\n" + num + after
        kw = {"status": st} if st != "actual" else {}
        FIGS.append(F(anchor, num, int(num.replace(".", "")), "count", "lồng", f"Số lồng nuôi trên biển {cname}", per,
                      location=loc, **kw))
FIGS += [
    F("khoảng 1,1 triệu", "1,1", 1100000, "money", "đồng/kg", "giá tôm hùm bông tại lồng bình quân",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("vàng 95.000 đồng/kg", "95.000", 95000, "money", "đồng/kg", "giá cá chim vây vàng",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("cho 27 tổ chức", "27", 27, "count", "tổ chức, cá nhân", "tổ chức, cá nhân được giao khu vực biển", ASOF),
    F("diện tích 86,5 ha", "86,5", 86.5, "measure", "ha", "diện tích khu vực biển đã giao", ASOF),
    F("9 hồ sơ", "9", 9, "count", "hồ sơ", "hồ sơ giao khu vực biển đang được thẩm định", ASOF),
    F("hỏng 146 lồng", "146", 146, "count", "lồng", "lồng bị hư hỏng do mưa lũ", T11),
    F("khoảng 9,8 tỷ", "9,8", 9800000000, "money", "đồng", "thiệt hại do mưa lũ", T11, approx="about"),
    F("đạt 1.450 tấn", "1.450", 1450, "measure", "tấn", "sản lượng nuôi biển", P("Năm 2024", "2024-01-01", "2024-12-31"),
      change=CH("increase", 9.4, baseline="năm 2023"), status="target"),
    F("khoảng 300 lượt", "300", 300, "count", "lượt hộ", "lượt hộ nuôi được tập huấn phòng chống bệnh sữa tôm hùm",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Chi cục Thủy sản Bình Định (department site, no dateline): marine cages 2023, one-cell-per-line table by district with",
    "'Đơn vị tính: lồng' and columns Năm 2022 | Năm 2023 | Kế hoạch 2024 (periods from the headers, scored; plan column -> target).",
    "Row labels are places -> location; 'Toàn tỉnh' -> Bình Định (named in the letterhead). Table cells get no total.",
    "'chiếm 71,5%' has no lobster-cage count: a percent figure of its own.",
    "Distractors: address 77 Lê Duẩn, phone, 'Tổng lượt truy cập: 1.204.587', the menu.",
]

if __name__ == "__main__":
    sys.exit(1 if emit("p619-7", TEXT, COMMENTS, FIGS, location="Bình Định") else 0)
