"""p903-4: Ministry of Culture (Bộ VHTTDL) site, national gong figures, 20 years after UNESCO inscription."""
from lib import F, P, I, CH, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Di sản văn hóa

20 năm bảo tồn Không gian văn hóa Cồng chiêng Tây Nguyên

Ngày đăng: 20/11/2025 | Lượt xem: 1.204

(BVHTTDL) - Ngày 25/11/2005, Không gian văn hóa Cồng chiêng Tây Nguyên được UNESCO công nhận là Kiệt tác truyền khẩu và phi vật thể của nhân loại. Không gian văn hóa này trải rộng trên 5 tỉnh Tây Nguyên, chủ thể là cộng đồng 11 dân tộc thiểu số.

Theo số liệu của Cục Di sản văn hóa, tính đến tháng 10/2025, cả nước có khoảng 18.600 bộ cồng chiêng đang được cộng đồng lưu giữ, tăng 7,5% so với năm 2020. Các tỉnh lưu giữ nhiều nhất lần lượt là Gia Lai (5.710 bộ), Kon Tum (2.890 bộ), Thanh Hóa (2.050 bộ) và Đắk Lắk (1.950 bộ). Toàn quốc có 3.460 đội chiêng, trong đó 412 đội chiêng thanh thiếu niên; khoảng 2.100 nghệ nhân am hiểu và thực hành cồng chiêng, trong số này 135 người đã được phong tặng danh hiệu Nghệ nhân Nhân dân, Nghệ nhân Ưu tú.

Giai đoạn 2021-2025, thực hiện Dự án 6 thuộc Chương trình mục tiêu quốc gia theo Quyết định số 1719/QĐ-TTg, các địa phương đã mở 438 lớp truyền dạy, gấp 2,5 lần giai đoạn 2016-2020, với hơn 12.000 lượt học viên; tổng kinh phí ước đạt 96,4 tỷ đồng.

Tuy vậy, số nghệ nhân biết chỉnh chiêng chỉ còn khoảng 60 người, phần lớn trên 70 tuổi; nhiều bộ chiêng cổ bị bán ra ngoài cộng đồng với giá 40-60 triệu đồng/bộ.

Dự kiến, Liên hoan Cồng chiêng Tây Nguyên năm 2025 diễn ra tại TP. Buôn Ma Thuột (Đắk Lắk) từ ngày 22 đến 25/11 với khoảng 800 nghệ nhân của 20 đoàn. Mục tiêu đến năm 2030, 100% thôn, buôn, làng có cộng đồng sử dụng cồng chiêng có đội chiêng hoạt động thường xuyên và ít nhất 70% trường học vùng đồng bào dân tộc thiểu số có câu lạc bộ cồng chiêng.

Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội
"""

AS_OF = P("tính đến tháng 10/2025", None, "2025-10-31")
G2125 = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
FEST = P("từ ngày 22 đến 25/11", "2025-11-22", "2025-11-25")
T2030 = P("đến năm 2030", None, "2030-12-31")
STOCK = "bộ cồng chiêng đang được cộng đồng lưu giữ"

FIGS = [
    F("20 năm bảo tồn", "20", 20, "measure", "năm", "thời gian bảo tồn Không gian văn hóa Cồng chiêng Tây Nguyên",
      optional=True),
    F("trên 5 tỉnh", "5", 5, "count", "tỉnh", "tỉnh Tây Nguyên có Không gian văn hóa Cồng chiêng"),
    F("cộng đồng 11 dân tộc", "11", 11, "count", "dân tộc", "dân tộc thiểu số chủ thể của Không gian văn hóa"),
    F("khoảng 18.600 bộ", "18.600", 18600, "count", "bộ cồng chiêng", STOCK, approx="about",
      change=CH("increase", 7.5, "%", "năm 2020"), period=AS_OF),
    F("Gia Lai (5.710 bộ)", "5.710", 5710, "count", "bộ", STOCK, location="Gia Lai", period=I(AS_OF)),
    F("Kon Tum (2.890 bộ)", "2.890", 2890, "count", "bộ", STOCK, location="Kon Tum", period=I(AS_OF)),
    F("Thanh Hóa (2.050 bộ)", "2.050", 2050, "count", "bộ", STOCK, location="Thanh Hóa", period=I(AS_OF)),
    F("Đắk Lắk (1.950 bộ)", "1.950", 1950, "count", "bộ", STOCK, location="Đắk Lắk", period=I(AS_OF)),
    F("có 3.460 đội chiêng", "3.460", 3460, "count", "đội chiêng", "đội chiêng toàn quốc", period=I(AS_OF)),
    F("412 đội chiêng", "412", 412, "count", "đội chiêng", "đội chiêng thanh thiếu niên", total=3460,
      period=I(AS_OF)),
    F("khoảng 2.100 nghệ nhân", "2.100", 2100, "count", "nghệ nhân", "nghệ nhân am hiểu và thực hành cồng chiêng",
      approx="about", period=I(AS_OF)),
    F("135 người", "135", 135, "count", "người",
      "nghệ nhân được phong tặng danh hiệu Nghệ nhân Nhân dân, Nghệ nhân Ưu tú", total=2100, period=I(AS_OF)),
    F("mở 438 lớp", "438", 438, "count", "lớp", "lớp truyền dạy",
      change=CH("increase", 2.5, "lần", "giai đoạn 2016-2020"), period=G2125),
    F("hơn 12.000 lượt học viên", "12.000", 12000, "count", "lượt học viên", "lượt học viên lớp truyền dạy",
      approx="over", period=G2125),
    F("ước đạt 96,4 tỷ đồng", "96,4", 96.4e9, "money", "đồng", "tổng kinh phí truyền dạy", status="estimate",
      period=G2125),
    F("khoảng 60 người", "60", 60, "count", "người", "nghệ nhân biết chỉnh chiêng", approx="about"),
    F("trên 70 tuổi", "70", 70, "measure", "tuổi", "tuổi nghệ nhân chỉnh chiêng", approx="over", optional=True),
    F("giá 40-60 triệu đồng/bộ", "40", 40e6, "money", "đồng/bộ", "giá bộ chiêng cổ bị bán ra ngoài cộng đồng",
      value_max=60e6),
    F("khoảng 800 nghệ nhân", "800", 800, "count", "nghệ nhân", "nghệ nhân tham gia Liên hoan Cồng chiêng Tây Nguyên",
      approx="about", status="forecast", period=FEST, location="Buôn Ma Thuột"),
    F("của 20 đoàn", "20", 20, "count", "đoàn", "đoàn tham gia Liên hoan Cồng chiêng Tây Nguyên", status="forecast",
      period=FEST, location="Buôn Ma Thuột"),
    F("2030, 100% thôn", "100", 100, "percent", "%",
      "thôn, buôn, làng có cộng đồng sử dụng cồng chiêng có đội chiêng hoạt động thường xuyên", status="target",
      period=T2030),
    F("ít nhất 70% trường học", "70", 70, "percent", "%",
      "trường học vùng đồng bào dân tộc thiểu số có câu lạc bộ cồng chiêng", approx="at_least", status="target",
      period=T2030),
]

NOTES = [
    "Bộ VHTTDL site, 'Ngày đăng: 20/11/2025 | Lượt xem: 1.204'. National figures: location Việt Nam.",
    "Not figures: 'Ngày 25/11/2005', 'Dự án 6', 'Quyết định số 1719/QĐ-TTg', 'giai đoạn 2016-2020' (baseline),",
    "'51 Ngô Quyền', the counter. The headline '20 năm' (an anniversary span) and the threshold 'trên 70 tuổi' are optional.",
    "The ranked province list does not add up to 18.600: no total; provinces are locations, the indicator is the subject.",
    "'gấp 2,5 lần giai đoạn 2016-2020' after 438 lớp is its change (unit lần).",
    "'trong số này 135 người' is part of the ~2.100 artisans (total 2100).",
    "The festival figures are placed in Buôn Ma Thuột (the city where it is held) with the festival dates as period; 'Dự kiến' -> forecast.",
    "revised after the first run: festival location Đắk Lắk -> Buôn Ma Thuột (the set's convention: the most specific named province/city/district).",
]

write(4, TEXT, FIGS, published="2025-11-20", location="Việt Nam", notes=NOTES)
