"""p1009-1: province portal (Tây Ninh), bánh tráng Trảng Bàng, 9 months 2024."""
from lib import F, P, INH, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Cập nhật: 14/10/2024 09:15 | Lượt xem: 2.316

Bánh tráng Trảng Bàng 9 tháng tiêu thụ hơn 4.800 tấn

Theo báo cáo của Sở Công Thương tỉnh Tây Ninh, 9 tháng đầu năm 2024, các cơ sở sản xuất bánh tráng trên địa bàn thị xã Trảng Bàng tiêu thụ ước đạt 4.830 tấn sản phẩm, tăng 12,4% so với cùng kỳ, đạt 76,7% kế hoạch năm. Trong đó, bánh tráng phơi sương khoảng 2.950 tấn, bánh tráng muối ớt, bánh tráng nướng 1.880 tấn.

Hiện toàn thị xã có 412 hộ làm bánh tráng, tập trung ở các phường Gia Bình, Gia Lộc, An Tịnh (lần lượt 138, 121 và 97 hộ) và xã Phước Bình (56 hộ). Nghề bánh tráng giải quyết việc làm thường xuyên cho gần 2.600 lao động, thu nhập bình quân 6,5-7,2 triệu đồng/người/tháng. Mỗi hộ sản xuất trung bình 80-120 kg bánh/ngày; giá bán tại lò từ 55.000 đến 70.000 đồng/kg, cao hơn khoảng 8% so với cuối năm 2023.

Về môi trường, mỗi ngày làng nghề phát sinh khoảng 350 m3 nước thải từ khâu ngâm, xay bột; mới có 64/412 hộ đầu tư bể lắng, hầm biogas, chiếm 15,5%. Từ đầu năm đến nay, thị xã đã dành 1,8 tỷ đồng từ nguồn kinh phí khuyến công để xây dựng tuyến cống thu gom nước thải dài 1.200 m dọc Quốc lộ 22.

Theo Kế hoạch số 2145/KH-UBND ngày 15/3/2024 của UBND thị xã, năm 2024 phấn đấu sản lượng bánh tráng tiêu thụ đạt 6.300 tấn, có thêm 3 sản phẩm đạt chuẩn OCOP 4 sao; đến năm 2025 nâng tỷ lệ hộ có công trình xử lý nước thải lên 40%. Dự kiến quý IV/2024, nhu cầu bánh tráng tăng khoảng 20% so với quý III do vào mùa cưới và Tết.
"""

P9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
FIGS = [
    F("tiêu thụ hơn 4.800 tấn", "4.800", 4800, "measure", "tấn", "bánh tráng Trảng Bàng tiêu thụ",
      approx="over", period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("ước đạt 4.830 tấn", "4.830", 4830, "measure", "tấn", "sản lượng bánh tráng tiêu thụ",
      percent=76.7, change=C("increase", 12.4, "%", "cùng kỳ"), status="estimate", period=P9),
    F("phơi sương khoảng 2.950 tấn", "2.950", 2950, "measure", "tấn", "bánh tráng phơi sương",
      approx="about", total=4830, status="estimate", period=INH(P9)),
    F("bánh tráng nướng 1.880 tấn", "1.880", 1880, "measure", "tấn", "bánh tráng muối ớt, bánh tráng nướng",
      total=4830, status="estimate", period=INH(P9)),
    F("có 412 hộ", "412", 412, "count", "hộ", "hộ làm bánh tráng"),
    F("lần lượt 138", "138", 138, "count", "hộ", "hộ làm bánh tráng", total=412),
    F("121 và 97", "121", 121, "count", "hộ", "hộ làm bánh tráng", total=412),
    F("và 97 hộ", "97", 97, "count", "hộ", "hộ làm bánh tráng", total=412),
    F("(56 hộ)", "56", 56, "count", "hộ", "hộ làm bánh tráng", total=412),
    F("gần 2.600 lao động", "2.600", 2600, "count", "lao động", "lao động có việc làm thường xuyên", approx="nearly"),
    F("6,5-7,2 triệu", "6,5", 6500000, "money", "đồng/người/tháng", "thu nhập bình quân", value_max=7200000),
    F("80-120 kg", "80", 80, "measure", "kg/ngày", "bánh mỗi hộ sản xuất trung bình", value_max=120),
    F("từ 55.000 đến 70.000", "55.000", 55000, "money", "đồng/kg", "giá bán tại lò", value_max=70000,
      change=C("increase", 8, "%", "cuối năm 2023", approx="about")),
    F("khoảng 350 m3", "350", 350, "measure", "m3/ngày", "nước thải phát sinh", approx="about"),
    F("64/412 hộ", "64", 64, "count", "hộ", "hộ đầu tư bể lắng, hầm biogas", total=412, percent=15.5),
    F("dành 1,8 tỷ đồng", "1,8", 1800000000, "money", "đồng",
      "kinh phí khuyến công xây dựng tuyến cống thu gom nước thải",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")),
    F("dài 1.200 m", "1.200", 1200, "measure", "m", "chiều dài tuyến cống thu gom nước thải",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")),
    F("đạt 6.300 tấn", "6.300", 6300, "measure", "tấn", "sản lượng bánh tráng tiêu thụ", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("thêm 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm đạt chuẩn OCOP 4 sao", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("OCOP 4 sao", "4", 4, "count", "sao", optional=True),
    F("lên 40%", "40", 40, "percent", "%", "tỷ lệ hộ có công trình xử lý nước thải", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("tăng khoảng 20%", "20", 20, "percent", "%", "nhu cầu bánh tráng", approx="about", status="forecast",
      period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
]

NOTES = [
    "Tây Ninh province portal: bánh tráng Trảng Bàng (thị xã Trảng Bàng), 9 tháng 2024.",
    "Location: every figure is the thị xã's (default Trảng Bàng); phường/xã items of the household list are not",
    "provinces, cities or districts, so they stay Trảng Bàng and the list's indicator is their subject.",
    "Headline 9 tháng (no year) takes 2024 from the dateline. Hiện / no period phrase -> no period.",
    "Distractors: Cập nhật 14/10/2024 09:15, Lượt xem 2.316, Quốc lộ 22, Kế hoạch số 2145/KH-UBND ngày 15/3/2024.",
    "'OCOP 4 sao' is a rating class: optional.",
]

if __name__ == "__main__":
    write("p1009-1", TEXT, FIGS, published="2024-10-14", location="Trảng Bàng", notes=NOTES)
