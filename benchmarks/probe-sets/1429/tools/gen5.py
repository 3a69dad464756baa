"""p1429-5: provincial Party newspaper (Báo Thừa Thiên Huế): a solar-glass plant in Phong Điền and its quartz sand."""
from lib import F, P, I, C, T, write

TEXT = """BÁO THỪA THIÊN HUẾ
Kinh tế | Doanh nghiệp

Mỗi ngày tiêu thụ 1.100 tấn cát thạch anh

Cập nhật lúc 07:45, 18/04/2024

Sau hơn một năm đi vào hoạt động, nhà máy kính năng lượng mặt trời tại Khu công nghiệp Phong Điền đã trở thành khách hàng lớn nhất của các mỏ cát trắng khu vực Bắc Trung Bộ.

(BTTH) - Theo ông Trần Quang Vinh, Phó Tổng giám đốc Công ty TNHH Kính Quang Năng Phong Điền, nhà máy có 2 lò nấu thủy tinh với tổng công suất 1.800 tấn/ngày, mỗi ngày tiêu thụ khoảng 1.100 tấn cát thạch anh. Công ty hiện ký hợp đồng mua cát với 6 doanh nghiệp khai thác tại Quảng Trị và Quảng Bình, giá mua từ 520.000 đến 600.000 đồng/tấn giao tại nhà máy. Chi phí cát chiếm khoảng 18% giá thành sản phẩm.

Năm 2023, nhà máy sản xuất 31,5 triệu m2 kính, doanh thu 3.260 tỷ đồng; xuất khẩu 85% sản lượng sang Ấn Độ, Thổ Nhĩ Kỳ và châu Âu. Quý I/2024, doanh thu đạt 920 tỷ đồng, tăng 24% so với cùng kỳ. Nhà máy sử dụng 1.250 lao động, trong đó hơn 900 người là lao động địa phương, thu nhập bình quân 10,8 triệu đồng/người/tháng.

"Năm 2026, chúng tôi dự kiến đầu tư lò nấu thứ ba với vốn khoảng 150 triệu USD, nâng tổng công suất lên 2.700 tấn/ngày", ông Vinh cho biết.

Theo Sở Công Thương, năm 2023 chỉ số sản xuất ngành sản xuất sản phẩm từ khoáng phi kim loại của tỉnh tăng 38,5%, đóng góp khoảng 2,4 điểm phần trăm vào mức tăng chung; giá trị xuất khẩu kính đạt 118 triệu USD, đứng thứ 2 trong các mặt hàng xuất khẩu chủ lực của tỉnh.

HOÀNG MINH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y26 = P("Năm 2026", "2026-01-01", "2026-12-31")
PD = "Phong Điền"

FIGS = [
    F("tiêu thụ 1.100 tấn", "1.100", 1100, "measure", "tấn/ngày",
      subject="cát thạch anh tiêu thụ mỗi ngày", location=PD),
    F("có 2 lò", "2", 2, "count", "lò nấu", subject="lò nấu thủy tinh của nhà máy", location=PD),
    F("công suất 1.800 tấn/ngày", "1.800", 1800, "measure", "tấn/ngày",
      subject="tổng công suất lò nấu thủy tinh", location=PD),
    F("khoảng 1.100 tấn", "1.100", 1100, "measure", "tấn/ngày", approx="about",
      subject="cát thạch anh nhà máy tiêu thụ mỗi ngày", location=PD),
    F("với 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
      subject="doanh nghiệp khai thác ký hợp đồng bán cát cho công ty", location=PD),
    F("từ 520.000 đến 600.000", "520.000", 520000, "money", "đồng/tấn", value_max=600000,
      subject="giá mua cát giao tại nhà máy", location=PD),
    F("khoảng 18%", "18", 18, "percent", "%", approx="about",
      subject="tỷ trọng chi phí cát trong giá thành sản phẩm", location=PD),
    F("xuất 31,5 triệu", "31,5", 31.5e6, "measure", "m2", subject="kính nhà máy sản xuất",
      period=Y23, location=PD),
    F("thu 3.260 tỷ", "3.260", 3260e9, "money", "đồng", subject="doanh thu của nhà máy",
      period=Y23, location=PD),
    F("xuất khẩu 85%", "85", 85, "percent", "%", subject="tỷ lệ sản lượng kính xuất khẩu",
      period=Y23, location=PD),
    F("đạt 920 tỷ", "920", 920e9, "money", "đồng", change=C("increase", 24, "%", "cùng kỳ"),
      subject="doanh thu của nhà máy", period=Q1, location=PD),
    F("sử dụng 1.250 lao động", "1.250", 1250, "count", "lao động",
      subject="lao động nhà máy sử dụng", location=PD),
    F("hơn 900 người", "900", 900, "count", "người", approx="over", total=1250,
      subject="lao động địa phương", location=PD),
    F("bình quân 10,8 triệu", "10,8", 10.8e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động nhà máy", location=PD),
    F("khoảng 150 triệu USD", "150", 150e6, "money", "USD", approx="about", status="forecast",
      subject="vốn đầu tư lò nấu thứ ba", period=Y26, location=PD),
    F("lên 2.700 tấn/ngày", "2.700", 2700, "measure", "tấn/ngày", status="forecast",
      subject="tổng công suất lò nấu", period=Y26, location=PD),
    F("tăng 38,5%", "38,5", 38.5, "percent", "%",
      subject="chỉ số sản xuất ngành sản xuất sản phẩm từ khoáng phi kim loại", period=Y23b),
    F("khoảng 2,4 điểm", "2,4", 2.4, "measure", "điểm phần trăm", approx="about",
      subject="mức đóng góp của ngành sản xuất sản phẩm từ khoáng phi kim loại vào mức tăng chung",
      period=Y23b),
    F("đạt 118 triệu", "118", 118e6, "money", "USD", subject="giá trị xuất khẩu kính", period=Y23b),
    F("đứng thứ 2", "2", 2, "rank", "hạng",
      subject="giá trị xuất khẩu kính trong các mặt hàng xuất khẩu chủ lực", period=Y23b),
]

NOTES = [
    "Provincial Party newspaper (Báo Thừa Thiên Huế): section menu, 'Cập nhật lúc 07:45, 18/04/2024', sapo, tag '(BTTH) -', byline.",
    "Distractors: 07:45, 'Sau hơn một năm' (a duration that locates in time), 'm2', 'lò nấu thứ ba' (an ordinal naming a furnace).",
    "The plant in Khu công nghiệp Phong Điền: location Phong Điền for its figures; the Sở Công Thương paragraph is the province's.",
    "'mỗi ngày tiêu thụ (khoảng) 1.100 tấn' (headline and body) are rates: unit tấn/ngày.",
    "'xuất khẩu 85% sản lượng' and 'Chi phí cát chiếm khoảng 18% giá thành' are percent figures of their own (no amount before them).",
    "'trong đó hơn 900 người' takes total 1.250. Quote 'Năm 2026, chúng tôi dự kiến ...' → forecast, period 2026 for both figures.",
    "'khoảng 2,4 điểm phần trăm' is a measure in điểm phần trăm; 'đứng thứ 2' ranks export value among the province's export goods.",
]

if __name__ == "__main__":
    write("p1429-5", TEXT, NOTES, FIGS, published="2024-04-18", location="Thừa Thiên Huế")
