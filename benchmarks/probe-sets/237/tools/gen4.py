from lib import *

A = """Kinh doanh › Vĩ mô
Thứ tư, 5/3/2025, 14:20 (GMT+7)

Điện gió ngoài khơi chờ cơ chế để đạt mục tiêu 6.000 MW

Theo Quy hoạch điện VIII (Quyết định 500/QĐ-TTg), đến năm 2030 công suất điện gió ngoài khơi đạt khoảng 6.000 MW và tăng lên 70.000-91.500 MW đến năm 2050. Tuy nhiên, đến nay chưa dự án nào được giao chủ trương đầu tư.

Theo Bộ Công Thương, hiện có 38 hồ sơ xin khảo sát biển của nhà đầu tư trong và ngoài nước, tổng công suất đăng ký trên 160.000 MW, tập trung ở vùng biển Bình Thuận, Bà Rịa - Vũng Tàu, Quảng Ninh và Hải Phòng. Trong đó, vùng biển Bình Thuận có 11 hồ sơ, Quảng Ninh 7 hồ sơ.

Theo ước tính của Ngân hàng Thế giới (WB), để đạt mục tiêu đến năm 2030, Việt Nam cần huy động khoảng 14-15 tỷ USD cho điện gió ngoài khơi; mỗi 1 GW điện gió ngoài khơi tạo ra khoảng 7.000 việc làm trong giai đoạn xây dựng.

Trong khi đó, tính đến hết năm 2024, tổng công suất điện gió và điện mặt trời của cả nước đạt 25.100 MW, chiếm 31,5% tổng công suất đặt toàn hệ thống; trong đó điện gió trên bờ và gần bờ 6.522 MW, điện mặt trời 18.578 MW.

Theo Hiệp hội Năng lượng Việt Nam (VEA), giá thành điện gió ngoài khơi hiện khoảng 3.000-3.200 đồng/kWh, cao gấp khoảng 1,5 lần giá bán lẻ điện bình quân (2.103,11 đồng/kWh). "Luật Điện lực số 61/2024/QH15 đã có chương riêng về điện gió ngoài khơi, nhưng cần sớm có nghị định hướng dẫn để nhà đầu tư yên tâm", ông Nguyễn Văn Thành, chuyên gia của VEA, nói.

Bộ Công Thương cho biết sẽ trình Chính phủ cơ chế thí điểm, dự kiến lựa chọn nhà đầu tư cho 2-3 dự án đầu tiên với quy mô mỗi dự án khoảng 500 MW trong năm 2025.

Phương Dung

Chia sẻ | 12 bình luận
"""

t30 = P("đến năm 2030", None, "2030-12-31")
t50 = P("đến năm 2050", None, "2050-12-31")
t30b = P("đến năm 2030", None, "2030-12-31")
e24 = P("tính đến hết năm 2024", None, "2024-12-31")
y25 = P("trong năm 2025", "2025-01-01", "2025-12-31")

figs = [
    F("mục tiêu 6.000 MW", "6.000", 6000, "measure", "MW", "điện gió ngoài khơi", I(t30), status="target"),
    F("khoảng 6.000 MW", "6.000", 6000, "measure", "MW", "công suất điện gió ngoài khơi", t30, approx="about", status="target"),
    F("70.000-91.500 MW", "70.000", 70000, "measure", "MW", "công suất điện gió ngoài khơi", t50, value_max=91500, status="target"),
    F("có 38 hồ sơ", "38", 38, "count", "hồ sơ", "hồ sơ xin khảo sát biển của nhà đầu tư trong và ngoài nước"),
    F("trên 160.000 MW", "160.000", 160000, "measure", "MW", "tổng công suất đăng ký", approx="over"),
    F("có 11 hồ sơ", "11", 11, "count", "hồ sơ", "hồ sơ xin khảo sát biển", total=38, location="Bình Thuận"),
    F("Quảng Ninh 7 hồ sơ", "7", 7, "count", "hồ sơ", "hồ sơ xin khảo sát biển", total=38, location="Quảng Ninh"),
    F("khoảng 14-15 tỷ USD", "14", 14e9, "money", "USD", "vốn cần huy động cho điện gió ngoài khơi", t30b, value_max=15e9,
      approx="about", status="estimate"),
    F("khoảng 7.000 việc làm", "7.000", 7000, "measure", "việc làm/1 GW", "việc làm trong giai đoạn xây dựng", approx="about",
      status="estimate"),
    F("đạt 25.100 MW", "25.100", 25100, "measure", "MW", "tổng công suất điện gió và điện mặt trời của cả nước", e24, percent=31.5),
    F("gần bờ 6.522 MW", "6.522", 6522, "measure", "MW", "điện gió trên bờ và gần bờ", e24, total=25100),
    F("mặt trời 18.578 MW", "18.578", 18578, "measure", "MW", "điện mặt trời", e24, total=25100),
    F("khoảng 3.000-3.200 đồng/kWh", "3.000", 3000, "money", "đồng/kWh", "giá thành điện gió ngoài khơi", value_max=3200,
      approx="about", change=CH("increase", 1.5, "lần", "giá bán lẻ điện bình quân", approx="about")),
    F("(2.103,11 đồng/kWh)", "2.103,11", 2103.11, "money", "đồng/kWh", "giá bán lẻ điện bình quân"),
    F("cho 2-3 dự án", "2", 2, "count", "dự án", "dự án điện gió ngoài khơi đầu tiên lựa chọn nhà đầu tư", y25, value_max=3,
      status="forecast"),
    F("khoảng 500 MW", "500", 500, "measure", "MW", "quy mô mỗi dự án", y25, approx="about", status="forecast"),
]

build("p237-4", A, figs, [
    "National press (VnExpress style): offshore wind under PDP VIII, survey applications, WB estimate, wind+solar capacity end 2024, cost.",
    "Dateline 'Thứ tư, 5/3/2025, 14:20 (GMT+7)'. Distractors: 'Quyết định 500/QĐ-TTg', 'Luật Điện lực số 61/2024/QH15', 'mỗi 1 GW'",
    "(rate denominator: 7.000 việc làm is a rate, unit 'việc làm/1 GW'), '12 bình luận', '(GMT+7)', byline.",
    "Headline 'mục tiêu 6.000 MW' is a target figure; its period is in the body (inherited). Provinces in the list after the national",
    "count 38 do not make it provincial; 'Trong đó, … Bình Thuận có 11 hồ sơ, Quảng Ninh 7 hồ sơ' are parts (total 38) with their place.",
    "'cao gấp khoảng 1,5 lần giá bán lẻ …' is the change of the cost range; the bracketed retail price is a figure of its own.",
    "'Theo ước tính' governs the clause after ';' too (estimate). 'dự kiến … 2-3 dự án … khoảng 500 MW' are forecasts.",
], published="2025-03-05", location="Việt Nam")
