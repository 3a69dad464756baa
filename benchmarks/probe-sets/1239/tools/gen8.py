"""p1239-8: provincial newspaper online (Báo Lai Châu, '(BLC) -'): walnut purchases, harvest area, a cooperative in Tam Đường."""
from lib import F, P, I, C, T, write

TEXT = """Báo Lai Châu điện tử
Kinh tế | Nông nghiệp | Xã hội

Gần 2.000 tấn hạt óc chó được thu mua

Cập nhật lúc 10:15, Thứ Năm, 10/10/2024

(BLC) - Từ đầu năm đến nay, các doanh nghiệp, hợp tác xã trên địa bàn tỉnh đã thu mua 1.960 tấn hạt óc chó tươi, tăng 15,6% so với cùng kỳ; giá trị ước đạt 88 tỷ đồng. Riêng quý III, lượng thu mua đạt 1.380 tấn, chiếm 70,4% tổng lượng thu mua.

Toàn tỉnh hiện có 2.780 ha óc chó, trong đó diện tích cho thu hoạch 1.050 ha, tập trung ở hai huyện Tam Đường và Phong Thổ với lần lượt 610 ha và 385 ha. Năng suất bình quân năm nay đạt 1,87 tấn/ha, cao hơn 0,3 tấn/ha so với năm 2023.

Tại xã Bản Giang, huyện Tam Đường, Hợp tác xã Óc chó Bản Giang có 35 thành viên, liên kết với 210 hộ trồng 168 ha. Vào mùa thu hoạch, hợp tác xã thuê khoảng 60 lao động thời vụ với mức thu nhập 4,5 triệu đồng/người/tháng. Bà Tẩn Thị Mẩy, Giám đốc hợp tác xã, cho biết: "Giá hạt tươi năm nay 45.000 đồng/kg, nhỉnh hơn năm trước 5.000 đồng/kg".

Quý IV, tỉnh dự kiến trồng mới 150 ha tại các xã Sì Lở Lầu, Mồ Sì San (huyện Phong Thổ). Phấn đấu năm 2025, sản lượng thu mua đạt ít nhất 2.300 tấn. Lễ hội óc chó Tam Đường lần thứ 3 sẽ được tổ chức vào tháng 12/2024 tại Quảng trường trung tâm huyện.

Hoàng Long
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
NOW = P("năm nay", "2024-01-01", "2024-12-31")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
TD = "Tam Đường"
HARV = "diện tích óc chó cho thu hoạch"

FIGS = [
    F("Gần 2.000 tấn", "2.000", 2000, "measure", "tấn", approx="nearly", subject="hạt óc chó được thu mua"),
    F("thu mua 1.960 tấn", "1.960", 1960, "measure", "tấn", change=C("increase", 15.6, "%", "cùng kỳ"),
      subject="hạt óc chó tươi doanh nghiệp, hợp tác xã thu mua", period=YTD),
    F("ước đạt 88 tỷ", "88", 88000000000, "money", "đồng", status="estimate",
      subject="giá trị hạt óc chó thu mua", period=YTD),
    F("đạt 1.380 tấn", "1.380", 1380, "measure", "tấn", percent=70.4, subject="lượng hạt óc chó thu mua",
      period=Q3),
    F("có 2.780 ha", "2.780", 2780, "measure", "ha", subject="diện tích óc chó toàn tỉnh"),
    F("thu hoạch 1.050 ha", "1.050", 1050, "measure", "ha", total=2780, subject=HARV),
    F("hai huyện", "hai", 2, "count", "huyện", optional=True, subject="huyện tập trung diện tích cho thu hoạch"),
    F("610 ha", "610", 610, "measure", "ha", subject=HARV, location=TD),
    F("385 ha", "385", 385, "measure", "ha", subject=HARV, location="Phong Thổ"),
    F("đạt 1,87 tấn/ha", "1,87", 1.87, "measure", "tấn/ha", change=C("increase", 0.3, "tấn/ha", "năm 2023"),
      subject="năng suất óc chó bình quân", period=NOW),
    F("có 35 thành viên", "35", 35, "count", "thành viên", subject="thành viên Hợp tác xã Óc chó Bản Giang",
      location=TD),
    F("210 hộ", "210", 210, "count", "hộ", subject="hộ liên kết với hợp tác xã", location=TD),
    F("trồng 168 ha", "168", 168, "measure", "ha", subject="diện tích óc chó các hộ liên kết trồng", location=TD),
    F("khoảng 60 lao động", "60", 60, "count", "lao động thời vụ", approx="about",
      subject="lao động thời vụ hợp tác xã thuê vào mùa thu hoạch", location=TD),
    F("4,5 triệu", "4,5", 4500000, "money", "đồng/người/tháng", subject="thu nhập lao động thời vụ", location=TD),
    F("nay 45.000 đồng/kg", "45.000", 45000, "money", "đồng/kg",
      change=C("increase", 5000, "đồng/kg", "năm trước"), subject="giá hạt óc chó tươi", period=NOW, location=TD),
    F("trồng mới 150 ha", "150", 150, "measure", "ha", status="forecast", subject="diện tích óc chó trồng mới",
      period=Q4, location="Phong Thổ"),
    F("ít nhất 2.300 tấn", "2.300", 2300, "measure", "tấn", approx="at_least", status="target",
      subject="sản lượng hạt óc chó thu mua", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Lai Châu): headline figure, 'Cập nhật lúc 10:15, Thứ Năm, 10/10/2024' (published), tag '(BLC) -'.",
    "The text says 'tỉnh'; the BLC tag, the headline site and districts Tam Đường / Phong Thổ imply Lai Châu (default location).",
    "'Từ đầu năm đến nay' → 2024-01-01 … published. 'giá trị ước đạt' → estimate (own clause after ';', same sentence: period scored).",
    "'Riêng quý III … chiếm 70,4% tổng lượng thu mua' → percent attribute; 'Riêng' is not a part-of cue: no total.",
    "1.050 ha after 'trong đó' → total 2.780. 'lần lượt 610 ha và 385 ha' → list items with their district as location; no total.",
    "'cao hơn 0,3 tấn/ha so với năm 2023' → change of 1,87 tấn/ha. 'nhỉnh hơn năm trước 5.000 đồng/kg' (slightly higher) → change increase.",
    "Cooperative in xã Bản Giang, huyện Tam Đường → location Tam Đường in all its sentences (incl. the director's quote).",
    "Distractors: 10:15, 'lần thứ 3' (ordinal), 'tháng 12/2024' (date), 'hai huyện' (optional count naming the places).",
    "'Quý IV' (no year) → 2024; 'dự kiến' → forecast; 'Phấn đấu năm 2025' → target.",
]

if __name__ == "__main__":
    write("p1239-8", TEXT, NOTES, FIGS, published="2024-10-10", location="Lai Châu")
