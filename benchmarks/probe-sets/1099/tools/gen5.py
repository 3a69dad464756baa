"""p1099-5: provincial Party newspaper (Báo Thanh Hóa): a farmer's tomato greenhouse in Thọ Xuân + provincial figures."""
from lib import F, P, I, C, T, build

TEXT = """Làm giàu từ cà chua trong nhà màng ở Thọ Xuân

Từ một thửa ruộng trũng ở thôn 5, xã Xuân Lập (Thọ Xuân), anh Lê Văn Bảy đã mạnh dạn đầu tư 1,8 tỷ đồng xây dựng 5.000 m2 nhà màng trồng cà chua, dưa lưới theo quy trình VietGAP.

Mỗi năm, anh trồng 2 vụ cà chua và 1 vụ dưa lưới. Năng suất cà chua đạt khoảng 10 tấn/1.000 m2/vụ; năm 2024, gia đình thu hoạch hơn 95 tấn cà chua, bán với giá bình quân 20.000 đồng/kg, doanh thu khoảng 1,9 tỷ đồng. Trừ chi phí, anh lãi khoảng 700 triệu đồng. Trang trại tạo việc làm thường xuyên cho 8 lao động địa phương với mức lương 7 triệu đồng/người/tháng.

Theo Sở Nông nghiệp và PTNT, toàn tỉnh hiện có 215 ha sản xuất trong nhà màng, nhà lưới, tăng 38 ha so với năm 2023, tập trung ở các huyện Thọ Xuân (46 ha), Hoằng Hóa (32 ha), Yên Định (27 ha) và TP. Thanh Hóa (21 ha). Sản lượng rau, quả nhà màng năm 2024 đạt trên 12.000 tấn, giá trị bình quân khoảng 850 triệu đồng/ha.

Giai đoạn 2025-2030, tỉnh đặt mục tiêu mở rộng diện tích nhà màng, nhà lưới lên 500 ha. Tỉnh hỗ trợ 30% chi phí xây dựng nhà màng cho các dự án mới, nhưng không quá 300 triệu đồng/dự án. Dự kiến năm 2025, huyện Thọ Xuân phát triển thêm 10 ha nhà màng tại các xã ven Quốc lộ 47.

"Trồng cà chua trong nhà màng ít sâu bệnh, giảm được 70% lượng thuốc bảo vệ thực vật so với trồng ngoài đồng, sản phẩm bán được giá hơn", anh Bảy chia sẻ.

Lê Hợi
20/01/2025
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TX = "Thọ Xuân"
AREA = "diện tích sản xuất trong nhà màng, nhà lưới"
FIGS = [
    F("đầu tư 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "vốn đầu tư xây dựng nhà màng", location=TX),
    F("xây dựng 5.000 m2", "5.000", 5000, "measure", "m2", "diện tích nhà màng trồng cà chua, dưa lưới",
      location=TX),
    F("trồng 2 vụ", "2", 2, "count", "vụ", "vụ cà chua mỗi năm", location=TX, optional=True),
    F("và 1 vụ", "1", 1, "count", "vụ", "vụ dưa lưới mỗi năm", location=TX, optional=True),
    F("khoảng 10 tấn/1.000 m2/vụ", "10", 10, "measure", "tấn/1.000 m2/vụ", "năng suất cà chua",
      approx="about", location=TX),
    F("hơn 95 tấn", "95", 95, "measure", "tấn", "cà chua gia đình thu hoạch", approx="over", location=TX,
      period=Y24),
    F("bình quân 20.000 đồng/kg", "20.000", 20000, "money", "đồng/kg", "giá bán cà chua bình quân",
      location=TX, period=Y24),
    F("khoảng 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "doanh thu", approx="about", location=TX,
      period=Y24),
    F("khoảng 700 triệu đồng", "700", 700e6, "money", "đồng", "lãi", approx="about", location=TX,
      period=I(Y24)),
    F("cho 8 lao động", "8", 8, "count", "lao động", "lao động địa phương có việc làm thường xuyên",
      location=TX),
    F("lương 7 triệu đồng/người/tháng", "7", 7e6, "money", "đồng/người/tháng", "mức lương lao động",
      location=TX),
    F("có 215 ha", "215", 215, "measure", "ha", AREA, change=C("increase", 38, "ha", "năm 2023")),
    F("Thọ Xuân (46 ha)", "46", 46, "measure", "ha", AREA, location=TX),
    F("Hoằng Hóa (32 ha)", "32", 32, "measure", "ha", AREA, location="Hoằng Hóa"),
    F("Yên Định (27 ha)", "27", 27, "measure", "ha", AREA, location="Yên Định"),
    F("Thanh Hóa (21 ha)", "21", 21, "measure", "ha", AREA, location="TP. Thanh Hóa"),
    F("trên 12.000 tấn", "12.000", 12000, "measure", "tấn", "sản lượng rau, quả nhà màng", approx="over",
      period=Y24),
    F("khoảng 850 triệu đồng/ha", "850", 850e6, "money", "đồng/ha", "giá trị bình quân sản phẩm rau, quả nhà màng",
      approx="about", period=Y24),
    F("lên 500 ha", "500", 500, "measure", "ha", "diện tích nhà màng, nhà lưới", status="target",
      period=P("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")),
    F("hỗ trợ 30% chi phí", "30", 30, "percent", "%", "mức hỗ trợ chi phí xây dựng nhà màng"),
    F("không quá 300 triệu đồng/dự án", "300", 300e6, "money", "đồng/dự án", "mức hỗ trợ tối đa mỗi dự án",
      approx="at_most"),
    F("thêm 10 ha", "10", 10, "measure", "ha", "diện tích nhà màng phát triển thêm", status="forecast",
      location=TX, period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("giảm được 70% lượng", "70", 70, "percent", "%", "lượng thuốc bảo vệ thực vật giảm được", location=TX),
]

COMMENTS = [
    "Provincial Party newspaper (Báo Thanh Hóa): byline 'Lê Hợi' and bare date '20/01/2025' at the end = published.",
    "Distractors: 'thôn 5', 'Lê Văn Bảy'/'anh Bảy' (name with a number word), Quốc lộ 47, 'Giai đoạn 2025-2030' (a period), VietGAP.",
    "The farmer's figures are located in his district Thọ Xuân (named in the headline and lead); provincial figures are Thanh Hóa.",
    "'10 tấn/1.000 m2/vụ': the rate's denominator is part of the unit; 1.000 is not a figure. '2 vụ', '1 vụ' (crop calendar) are optional.",
    "The district list after 'tập trung ở' does not add up to 215 ha: no total. 'hiện có 215 ha' has no period.",
    "'giảm được 70% lượng thuốc … so với trồng ngoài đồng' has no base amount: a percent figure (no change object).",
]

if __name__ == "__main__":
    build("p1099-5", TEXT, FIGS, COMMENTS, published="2025-01-20", location="Thanh Hóa")
