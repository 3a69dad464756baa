"""p687-7: Department site (Chi cục Thủy sản Kiên Giang), no dateline — sea cages by locality, one cell per line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KIÊN GIANG
CHI CỤC THỦY SẢN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy

Phát triển nuôi cá biển bằng lồng bè tại các huyện đảo

Những năm gần đây, nghề nuôi cá biển bằng lồng bè tại vùng biển đảo Kiên Giang phát triển nhanh. Năm 2023, toàn tỉnh có 4.286 lồng nuôi, tăng 18,5% so với năm 2022; sản lượng cá biển nuôi lồng đạt 6.420 tấn, giá trị sản xuất đạt 1.150 tỷ đồng. Toàn tỉnh hiện có 9 doanh nghiệp, hợp tác xã tham gia nuôi biển, tạo việc làm cho khoảng 1.800 lao động.

Số lồng nuôi biển phân theo địa phương
Đơn vị tính: lồng
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2025
Phú Quốc
1.540
1.812
2.500
Kiên Hải
1.205
1.436
2.000
Kiên Lương
618
731
1.000
Hà Tiên
254
307
500
Tổng cộng
3.617
4.286
6.000

Năng suất bình quân đạt 1,5 tấn/lồng/năm; riêng mô hình lồng tròn HDPE của các doanh nghiệp cho năng suất từ 12 đến 15 tấn/lồng. Đối tượng nuôi chủ yếu là cá mú, cá chim vây vàng, cá bớp, trong đó cá mú chiếm khoảng 45% sản lượng.

Để đạt kế hoạch năm 2025, tỉnh hỗ trợ 50% chi phí mua lồng HDPE, tối đa 300 triệu đồng/hộ; đồng thời quy hoạch thêm 1.250 ha mặt nước nuôi biển tại các huyện đảo.

Chi cục Thủy sản Kiên Giang - Số 12 Lê Lợi, phường Vĩnh Thanh Vân, TP. Rạch Giá - ĐT: 0297.3862.145
Tổng lượt truy cập: 215.904
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLS = [
    ("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
    ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
    ("kế hoạch 2025", P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
]


def row(label, place, anchors):
    out = []
    for (col, per, st), (anchor, number) in zip(COLS, anchors):
        v = float(number.replace(".", ""))
        subj = f"Số lồng nuôi biển {col}" if place != "Kiên Giang" else f"Số lồng nuôi biển tổng cộng {col}"
        out.append(F(anchor, number, v, "count", "lồng", subj, per, status=st, location=place))
    return out


FIGS = [
    F("có 4.286 lồng", "4.286", 4286, "count", "lồng", "lồng nuôi cá biển", Y23,
      change=CH("increase", 18.5, baseline="năm 2022")),
    F("đạt 6.420 tấn", "6.420", 6420, "measure", "tấn", "sản lượng cá biển nuôi lồng", Y23),
    F("đạt 1.150 tỷ đồng", "1.150", 1150000000000, "money", "đồng", "giá trị sản xuất", Y23),
    F("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp, hợp tác xã", "doanh nghiệp, hợp tác xã tham gia nuôi biển"),
    F("khoảng 1.800 lao động", "1.800", 1800, "count", "lao động", "lao động có việc làm từ nuôi biển", approx="about"),
    *row("Phú Quốc", "Phú Quốc", [("Quốc\n1.540", "1.540"), ("\n1.812\n", "1.812"), ("\n2.500\n", "2.500")]),
    *row("Kiên Hải", "Kiên Hải", [("\n1.205\n", "1.205"), ("\n1.436\n", "1.436"), ("\n2.000\n", "2.000")]),
    *row("Kiên Lương", "Kiên Lương", [("\n618\n", "618"), ("\n731\n", "731"), ("\n1.000\n", "1.000")]),
    *row("Hà Tiên", "Hà Tiên", [("\n254\n", "254"), ("\n307\n", "307"), ("\n500\n", "500")]),
    *row("Tổng cộng", "Kiên Giang", [("\n3.617\n", "3.617"), ("\n4.286\n", "4.286"), ("\n6.000\n", "6.000")]),
    F("đạt 1,5 tấn/lồng/năm", "1,5", 1.5, "measure", "tấn/lồng/năm", "năng suất bình quân"),
    F("từ 12 đến 15 tấn/lồng", "12", 12, "measure", "tấn/lồng", "năng suất mô hình lồng tròn HDPE của các doanh nghiệp",
      value_max=15),
    F("khoảng 45%", "45", 45, "percent", "%", "tỷ lệ cá mú trong sản lượng", approx="about"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "hỗ trợ chi phí mua lồng HDPE"),
    F("tối đa 300 triệu", "300", 300000000, "money", "đồng/hộ", "mức hỗ trợ tối đa", approx="at_most"),
    F("thêm 1.250 ha", "1.250", 1250, "measure", "ha", "diện tích mặt nước nuôi biển quy hoạch thêm"),
]

COMMENTS = [
    "Probe 687-7. Department site (Sở NN&PTNT / Chi cục Thủy sản Kiên Giang) with no dateline: published absent.",
    "Table with one cell per line, 'Đơn vị tính: lồng', columns Năm 2022 | Năm 2023 | Kế hoạch 2025. Every numeric cell is",
    "a figure: subject = indicator + column, row label (a district or city) → location, the 'Tổng cộng' row → Kiên Giang;",
    "periods from the column headers (scored, as shared h23); 'Kế hoạch 2025' → target. No totals in the table (rows and the",
    "total row are not linked by a cue). Lead '4.286 lồng … tăng 18,5% so với năm 2022' → change. 'trong đó cá mú chiếm",
    "khoảng 45% sản lượng' → percent figure (no count of its own). 'Để đạt kế hoạch năm 2025, tỉnh hỗ trợ 50% …' is a",
    "support policy in force: actual (choice; the plan is the purpose, not the figure's status). Distractors: Số 12 Lê Lợi,",
    "phone 0297.3862.145, 'Tổng lượt truy cập: 215.904', menu line.",
]

if __name__ == "__main__":
    emit("p687-7", TEXT, COMMENTS, FIGS, location="Kiên Giang")
