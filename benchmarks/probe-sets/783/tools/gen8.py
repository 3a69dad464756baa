"""p783-8: commune portal (xã Tân Thành Bình, huyện Mỏ Cày Bắc), organic-coconut cooperative, 9 months 2023."""
from lib import F, P, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN THÀNH BÌNH
Huyện Mỏ Cày Bắc - Tỉnh Bến Tre
Trang chủ / Kinh tế / Nông nghiệp

HTX dừa hữu cơ Tân Thành Bình: 9 tháng thu mua hơn 2,4 triệu trái dừa

21/11/2023 | 14:05 | Lượt xem: 512

Hợp tác xã Nông nghiệp Tân Thành Bình được thành lập năm 2019, đến nay có 146 thành viên với tổng diện tích dừa hữu cơ 212,5 ha, chiếm 41% diện tích dừa của xã.

9 tháng năm 2023, hợp tác xã thu mua 2.430.000 trái dừa khô của thành viên và bán cho Công ty Cổ phần Chế biến Dừa Lương Quới theo hợp đồng bao tiêu, doanh thu đạt 22,6 tỷ đồng, tăng 18% so với cùng kỳ. Giá thu mua dừa hữu cơ cao hơn giá thị trường từ 10.000 đến 15.000 đồng/chục.

Ông Phạm Văn Tám, Giám đốc HTX cho biết, thu nhập bình quân từ dừa hữu cơ đạt 95-110 triệu đồng/ha/năm, cao hơn khoảng 20% so với dừa thông thường. Ngoài trái dừa, thành viên còn bán vỏ dừa cho các cơ sở sơ chế chỉ xơ dừa với giá 600 đồng/trái.

Toàn xã hiện có 518 ha dừa, trong đó 430 ha đang cho trái, năng suất bình quân 13.500 trái/ha/năm. Trong năm 2023, UBND xã phối hợp Trung tâm Dịch vụ nông nghiệp huyện tổ chức 4 lớp tập huấn cho 160 lượt nông dân về quy trình trồng dừa hữu cơ.

Mục tiêu đến năm 2025, HTX phát triển lên 200 thành viên, diện tích dừa hữu cơ đạt 300 ha.

Trụ sở HTX: ấp 3, xã Tân Thành Bình, huyện Mỏ Cày Bắc. ĐT: 0275.3645.118
"""

NOW = P("đến nay", None, "2023-11-21")
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 2,4 triệu trái", "2,4", 2.4e6, "count", "trái", "dừa HTX dừa hữu cơ Tân Thành Bình thu mua",
      P("9 tháng", "2023-01-01", "2023-09-30"), approx="over"),
    F("có 146 thành viên", "146", 146, "count", "thành viên", "thành viên Hợp tác xã Nông nghiệp Tân Thành Bình", NOW),
    F("hữu cơ 212,5 ha", "212,5", 212.5, "measure", "ha", "tổng diện tích dừa hữu cơ của hợp tác xã", NOW,
      percent=41),
    F("mua 2.430.000 trái", "2.430.000", 2430000, "count", "trái", "dừa khô hợp tác xã thu mua của thành viên", M9),
    F("đạt 22,6 tỷ đồng", "22,6", 22.6e9, "money", "đồng", "doanh thu hợp tác xã", M9,
      change=CH("increase", 18, baseline="cùng kỳ")),
    F("từ 10.000 đến 15.000 đồng/chục", "10.000", 10000, "money", "đồng/chục",
      "giá thu mua dừa hữu cơ cao hơn giá thị trường", value_max=15000),
    F("đạt 95-110 triệu", "95", 95e6, "money", "đồng/ha/năm", "thu nhập bình quân từ dừa hữu cơ", value_max=110e6,
      change=CH("increase", 20, baseline="dừa thông thường", approx="about")),
    F("giá 600 đồng/trái", "600", 600, "money", "đồng/trái", "giá bán vỏ dừa"),
    F("có 518 ha dừa", "518", 518, "measure", "ha", "diện tích dừa toàn xã"),
    F("đó 430 ha", "430", 430, "measure", "ha", "diện tích dừa đang cho trái", total=518),
    F("bình quân 13.500 trái/ha/năm", "13.500", 13500, "measure", "trái/ha/năm", "năng suất dừa bình quân"),
    F("chức 4 lớp", "4", 4, "count", "lớp", "lớp tập huấn quy trình trồng dừa hữu cơ", Y23),
    F("cho 160 lượt nông dân", "160", 160, "count", "lượt nông dân", "lượt nông dân được tập huấn", Y23),
    F("lên 200 thành viên", "200", 200, "count", "thành viên", "thành viên HTX", T25, status="target"),
    F("đạt 300 ha", "300", 300, "measure", "ha", "diện tích dừa hữu cơ", T25, status="target"),
]

COMMENTS = [
    "Commune portal (xã Tân Thành Bình, huyện Mỏ Cày Bắc, Bến Tre): organic-coconut cooperative, 9 months 2023.",
    "Location is the district Mỏ Cày Bắc (finest level FIGURES.md names; the commune is inside it).",
    "Headline '9 tháng' takes the dateline's year. 'thành lập năm 2019, đến nay có' -> as-of the dateline (start null).",
    "'cao hơn giá thị trường từ 10.000 đến 15.000 đồng/chục' has no base amount: the premium is the figure, not a change.",
    "Distractors: Lượt xem: 512, founding year 2019, ấp 3, name Phạm Văn Tám, phone.",
]

if __name__ == "__main__":
    emit("p783-8", TEXT, COMMENTS, FIGS, published="2023-11-21", location="Mỏ Cày Bắc")
