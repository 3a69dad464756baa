"""p1214-8: provincial newspaper online (Báo Bình Thuận, BTO): fish meal output falls in 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Sản xuất bột cá: Nguyên liệu khan hiếm, nhiều cơ sở hoạt động cầm chừng

Cập nhật lúc 16:25, Thứ Sáu, 11/10/2024

(BTO) - 9 tháng năm 2024, các cơ sở chế biến bột cá trên địa bàn tỉnh sản xuất được khoảng 31.400 tấn, giảm 9,2% so với cùng kỳ; trong đó các cơ sở ở huyện Tuy Phong, thị xã La Gi và TP Phan Thiết có sản lượng lần lượt 12.800 tấn, 9.650 tấn và 5.300 tấn. Riêng quý III, sản lượng chỉ đạt 8.900 tấn.

Nguyên nhân chủ yếu do sản lượng cá cơm, cá nục khai thác giảm, giá cá tạp làm nguyên liệu tăng lên 8.000-9.500 đồng/kg, cao hơn khoảng 1.500 đồng/kg so với đầu năm. Trong 23 cơ sở chế biến bột cá của tỉnh, hiện chỉ có 15 cơ sở hoạt động thường xuyên, số còn lại sản xuất cầm chừng.

Tại xã Phước Thể (Tuy Phong), cơ sở bột cá của ông Trần Văn Lực trước đây mỗi ngày thu mua 30-35 tấn cá, nay chỉ còn 15-20 tấn. Ông Lực cho biết, bột cá loại đạm 55% hiện bán ra 26.500 đồng/kg, tăng 3.000 đồng/kg so với đầu năm, nhưng lãi không đáng kể vì chi phí củi, điện đều tăng. Cơ sở đã cho nghỉ bớt 6 trong số 14 công nhân.

Theo Sở Công Thương, dự kiến cả năm 2024 sản lượng bột cá của tỉnh đạt khoảng 42.000 tấn, bằng 84% so với năm 2023. Tỉnh đang hỗ trợ các cơ sở chuyển đổi sang lò sấy gián tiếp bằng hơi nước với mức hỗ trợ tối đa 300 triệu đồng/cơ sở; phấn đấu đến năm 2026 có ít nhất 10 cơ sở hoàn thành chuyển đổi.

KIM ANH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
TO26 = P("đến năm 2026", None, "2026-12-31")
FM = "sản lượng bột cá"
TP = "Tuy Phong"
LUC = "cơ sở bột cá của ông Trần Văn Lực"

FIGS = [
    F("khoảng 31.400 tấn", "31.400", 31400, "measure", "tấn", approx="about",
      change=C("decrease", 9.2, "%", "cùng kỳ"), subject="bột cá các cơ sở chế biến sản xuất được", period=M9),
    F("lần lượt 12.800 tấn", "12.800", 12800, "measure", "tấn", total=31400, subject=FM, period=M9, location=TP),
    F("tấn, 9.650 tấn", "9.650", 9650, "measure", "tấn", total=31400, subject=FM, period=M9, location="La Gi"),
    F("và 5.300 tấn", "5.300", 5300, "measure", "tấn", total=31400, subject=FM, period=M9, location="Phan Thiết"),
    F("đạt 8.900 tấn", "8.900", 8900, "measure", "tấn", subject=FM, period=Q3),
    F("lên 8.000-9.500", "8.000", 8000, "money", "đồng/kg", value_max=9500,
      change=C("increase", 1500, "đồng/kg", "đầu năm", approx="about"),
      subject="giá cá tạp làm nguyên liệu", period=I(M9)),
    F("Trong 23 cơ sở", "23", 23, "count", "cơ sở", optional=True, subject="cơ sở chế biến bột cá của tỉnh"),
    F("chỉ có 15 cơ sở", "15", 15, "count", "cơ sở", total=23,
      subject="cơ sở chế biến bột cá hoạt động thường xuyên"),
    F("thu mua 30-35 tấn", "30", 30, "measure", "tấn/ngày", value_max=35,
      subject=f"cá {LUC} thu mua mỗi ngày trước đây", location=TP),
    F("còn 15-20 tấn", "15", 15, "measure", "tấn/ngày", value_max=20,
      subject=f"cá {LUC} thu mua mỗi ngày hiện nay", location=TP),
    F("đạm 55%", "55", 55, "percent", "%", optional=True, subject="độ đạm của bột cá", location=TP),
    F("ra 26.500 đồng", "26.500", 26500, "money", "đồng/kg",
      change=C("increase", 3000, "đồng/kg", "đầu năm"), subject="giá bán bột cá loại đạm 55%", location=TP),
    F("bớt 6 trong số", "6", 6, "count", "công nhân", total=14, subject="công nhân cơ sở cho nghỉ bớt", location=TP),
    F("số 14 công nhân", "14", 14, "count", "công nhân", optional=True, subject="công nhân của cơ sở", location=TP),
    F("khoảng 42.000 tấn", "42.000", 42000, "measure", "tấn", approx="about", percent=84, status="forecast",
      subject=FM, period=Y24),
    F("tối đa 300 triệu", "300", 300000000, "money", "đồng/cơ sở", approx="at_most",
      subject="mức hỗ trợ chuyển đổi sang lò sấy gián tiếp bằng hơi nước"),
    F("ít nhất 10 cơ sở", "10", 10, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở hoàn thành chuyển đổi sang lò sấy gián tiếp", period=TO26),
]

NOTES = [
    "Provincial newspaper online (Báo Bình Thuận): 'Cập nhật lúc 16:25, Thứ Sáu, 11/10/2024', tag '(BTO) -', byline at the end.",
    "The text says only 'tỉnh'; the BTO tag and its districts (Tuy Phong, La Gi, Phan Thiết) imply Bình Thuận.",
    "'trong đó ... lần lượt 12.800, 9.650 và 5.300 tấn' → list items are parts of the 31.400 tấn (total), each with its district.",
    "'Riêng quý III' → 2024-07-01..09-30, no total. 'Trong 23 cơ sở ..., chỉ có 15' and '6 trong số 14 công nhân' → totals 23 and 14;",
    "the wholes themselves are attributes, marked optional. 'đạm 55%' is a product grade (optional).",
    "'dự kiến cả năm 2024 ... khoảng 42.000 tấn, bằng 84% so với năm 2023' → forecast with percent 84. 'phấn đấu đến năm 2026' → target.",
    "revised after the first run: subjects of 6 / 14 công nhân follow the sentence ('Cơ sở'), without the owner's name from an earlier sentence.",
    "The support ceiling 'tối đa 300 triệu đồng/cơ sở' is a standing rule: actual, no period. Distractors: 16:25, 'xã Phước Thể'.",
]

if __name__ == "__main__":
    write("p1214-8", TEXT, NOTES, FIGS, published="2024-10-11", location="Bình Thuận")
