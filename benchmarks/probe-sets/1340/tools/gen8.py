"""p1340-8: news agency (TTXVN): Tiền Giang upgrades the Gò Công sea dyke in Gò Công Đông."""
from lib import fig, per, chg, write

TEXT = """TIN TỨC TTXVN
Xã hội | Môi trường

Tiền Giang nâng cấp đê biển Gò Công trước mùa triều cường

22/11/2024 15:32

Tiền Giang, 22/11 (TTXVN) - UBND tỉnh Tiền Giang vừa khởi công dự án nâng cấp, mở rộng tuyến đê biển Gò Công đoạn từ K10 đến K19+200 thuộc huyện Gò Công Đông, với tổng mức đầu tư gần 300 tỷ đồng từ ngân sách trung ương và ngân sách tỉnh.

Theo chủ đầu tư, dự án nâng cao trình đỉnh đê từ +3,5 m lên +4,5 m, mở rộng mặt đê lên 6 m với hai làn xe kết hợp giao thông; gia cố 9,2 km mái đê phía biển bằng cấu kiện bê tông đúc sẵn TSC-178. Đơn vị thi công đã huy động ba chục phương tiện cơ giới; dự kiến công trình hoàn thành vào cuối năm 2026.

Ông Nguyễn Văn Mười, Chủ tịch UBND huyện Gò Công Đông, cho biết tuyến đê bảo vệ trực tiếp khoảng 12.000 ha đất sản xuất và hơn 45.000 dân của 7 xã ven biển. Những năm gần đây, bãi bồi trước đê bị xói lở với tốc độ từ 10 đến 15 m mỗi năm; riêng năm 2023, huyện phải chi 3,6 tỷ đồng xử lý khẩn cấp 4 điểm sạt lở.

Toàn tỉnh Tiền Giang có 32 km bờ biển. 9 tháng năm 2024, tỉnh trồng được 18 ha rừng phòng hộ ven biển, đạt 60% kế hoạch năm; vốn giải ngân cho các công trình đê, kè cả năm ước đạt 85 tỷ đồng, tăng 12% so với năm 2023. Mục tiêu đến năm 2030, tỉnh có ít nhất 95% chiều dài đê biển được bê tông hóa.

(TTXVN)
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
NINE = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
GCD = "Gò Công Đông"

FIGS = [
    fig("gần 300 tỷ", "300", 300e9, "money", "đồng", approx="nearly",
        subject="tổng mức đầu tư dự án nâng cấp, mở rộng tuyến đê biển Gò Công", location=GCD),
    fig("từ +3,5 m", "3,5", 3.5, "measure", "m", subject="cao trình đỉnh đê", location=GCD),
    fig("lên +4,5 m", "4,5", 4.5, "measure", "m", subject="cao trình đỉnh đê", location=GCD),
    fig("lên 6 m", "6", 6, "measure", "m", subject="chiều rộng mặt đê", location=GCD),
    fig("hai làn xe", "hai", 2, "count", "làn xe", subject="làn xe kết hợp giao thông", location=GCD),
    fig("gia cố 9,2 km", "9,2", 9.2, "measure", "km", subject="mái đê phía biển gia cố", location=GCD),
    fig("ba chục phương tiện", "ba chục", 30, "count", "phương tiện",
        subject="phương tiện cơ giới huy động", location=GCD),
    fig("khoảng 12.000 ha", "12.000", 12000, "measure", "ha", approx="about",
        subject="đất sản xuất được tuyến đê bảo vệ trực tiếp", location=GCD),
    fig("hơn 45.000 dân", "45.000", 45000, "count", "dân", approx="over",
        subject="dân được tuyến đê bảo vệ trực tiếp", location=GCD),
    fig("của 7 xã", "7", 7, "count", "xã", subject="xã ven biển", location=GCD),
    fig("từ 10 đến 15 m", "10", 10, "measure", "m/năm", value_max=15,
        subject="tốc độ xói lở bãi bồi trước đê", location=GCD),
    fig("chi 3,6 tỷ", "3,6", 3.6e9, "money", "đồng", subject="kinh phí xử lý khẩn cấp điểm sạt lở",
        period=Y23, location=GCD),
    fig("khẩn cấp 4 điểm", "4", 4, "count", "điểm", subject="điểm sạt lở xử lý khẩn cấp",
        period=Y23, location=GCD),
    fig("có 32 km", "32", 32, "measure", "km", subject="bờ biển"),
    fig("được 18 ha", "18", 18, "measure", "ha", percent=60,
        subject="rừng phòng hộ ven biển trồng được", period=NINE),
    fig("ước đạt 85 tỷ", "85", 85e9, "money", "đồng", status="estimate",
        change=chg("increase", 12, "%", "năm 2023"),
        subject="vốn giải ngân cho các công trình đê, kè", period=YEAR),
    fig("ít nhất 95%", "95", 95, "percent", "%", approx="at_least", status="target",
        subject="chiều dài đê biển được bê tông hóa", period=TO30),
]

NOTES = [
    "News agency (TTXVN): menu, '22/11/2024 15:32', dateline 'Tiền Giang, 22/11 (TTXVN) -', closing '(TTXVN)'.",
    "Distractors: chainages 'K10', 'K19+200', product code 'TSC-178', 'cuối năm 2026', 15:32, '22/11'.",
    "The project and its dyke lie in huyện Gò Công Đông: location Gò Công Đông for paragraphs 1-3; province paragraph → Tiền Giang.",
    "'từ +3,5 m lên +4,5 m' → two figures (old and new crest level), no range. 'hai làn', 'ba chục' are number words (2, 30).",
    "'tốc độ từ 10 đến 15 m mỗi năm' → rate, unit m/năm, range. 'riêng năm 2023' gives the period of 3,6 tỷ and 4 điểm.",
    "'đạt 60% kế hoạch năm' → percent attribute. 'cả năm ước đạt 85 tỷ đồng, tăng 12% so với năm 2023' → estimate, change;",
    "'cả năm' takes 2024 from '9 tháng năm 2024' before it. 'Mục tiêu đến năm 2030 ... ít nhất 95%' → target, at_least.",
]

if __name__ == "__main__":
    write("p1340-8", TEXT, NOTES, FIGS, published="2024-11-22", location="Tiền Giang")
