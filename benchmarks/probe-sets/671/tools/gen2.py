"""p671-2: Mỏ Cày Bắc district portal — fresh coconut prices per dozen, income per ha, processing, 2024 plan."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỎ CÀY BẮC
Tin tức > Nông nghiệp - Nông thôn
Thứ Ba, 14/05/2024 - 09:20

Giá dừa tăng mạnh, nông dân Mỏ Cày Bắc phấn khởi

Những ngày gần đây, giá dừa khô tại các xã trên địa bàn huyện được thương lái thu mua ở mức từ 110.000 đến 120.000 đồng/chục (12 trái), tăng khoảng 40.000 đồng/chục so với cùng kỳ năm 2023. Dừa xiêm xanh (dừa uống nước) có giá 85.000 đồng/chục, cao nhất trong 3 năm qua.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, toàn huyện hiện có 10.940 ha dừa, trong đó 2.150 ha dừa xiêm. Sản lượng dừa 4 tháng đầu năm 2024 ước đạt 31,2 triệu trái, tăng 5,4% so với cùng kỳ. Với giá hiện nay, mỗi hecta dừa khô cho doanh thu khoảng 120 triệu đồng/ha/năm, lợi nhuận từ 70 đến 80 triệu đồng; một số vườn áp dụng quy trình hữu cơ có lợi nhuận trên 100 triệu đồng/ha/năm.

Ông Nguyễn Văn Tám, ngụ ấp 5, xã Thanh Tân, có 1,2 ha dừa cho biết mỗi tháng gia đình thu hoạch khoảng 160 chục dừa, thu về hơn 18 triệu đồng. "Giá như vầy thì bà con trồng dừa sống khỏe", ông Tám nói.

Hiện toàn huyện có 7 cơ sở sơ chế, thu mua dừa và 2 doanh nghiệp chế biến cơm dừa sấy, thạch dừa, thu hút gần 1.300 lao động địa phương. Theo kế hoạch, năm 2024 huyện phấn đấu chuyển đổi thêm 300 ha dừa sang canh tác hữu cơ, nâng tỷ lệ diện tích dừa hữu cơ toàn huyện lên 35%.

Ngọc Hân (Phòng NN&PTNT)
"""

M4 = P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("(12 trái)", "12", 12, "count", "trái", "số trái trong một chục dừa", optional=True),
    F("từ 110.000 đến 120.000", "110.000", 110000, "money", "đồng/chục", "giá dừa khô thương lái thu mua",
      value_max=120000, change=CH("increase", 40000, "đồng/chục", "cùng kỳ năm 2023", approx="about")),
    F("giá 85.000 đồng/chục", "85.000", 85000, "money", "đồng/chục", "giá dừa xiêm xanh (dừa uống nước)"),
    F("có 10.940 ha dừa", "10.940", 10940, "measure", "ha", "diện tích dừa"),
    F("2.150 ha dừa xiêm", "2.150", 2150, "measure", "ha", "diện tích dừa xiêm", total=10940),
    F("ước đạt 31,2 triệu trái", "31,2", 31200000, "count", "trái", "Sản lượng dừa", M4,
      change=CH("increase", 5.4, "%", "cùng kỳ"), status="estimate"),
    F("khoảng 120 triệu đồng/ha/năm", "120", 120000000, "money", "đồng/ha/năm", "doanh thu mỗi hecta dừa khô",
      approx="about"),
    F("từ 70 đến 80 triệu đồng", "70", 70000000, "money", "đồng", "lợi nhuận mỗi hecta dừa khô", value_max=80000000),
    F("trên 100 triệu đồng/ha/năm", "100", 100000000, "money", "đồng/ha/năm",
      "lợi nhuận vườn dừa áp dụng quy trình hữu cơ", approx="over"),
    F("có 1,2 ha dừa", "1,2", 1.2, "measure", "ha", "diện tích dừa của ông Nguyễn Văn Tám"),
    F("khoảng 160 chục dừa", "160", 160, "count", "chục", "dừa gia đình thu hoạch mỗi tháng", approx="about"),
    F("hơn 18 triệu đồng", "18", 18000000, "money", "đồng", "tiền thu về mỗi tháng từ dừa", approx="over"),
    F("có 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở sơ chế, thu mua dừa"),
    F("2 doanh nghiệp chế biến", "2", 2, "count", "doanh nghiệp", "doanh nghiệp chế biến cơm dừa sấy, thạch dừa"),
    F("gần 1.300 lao động", "1.300", 1300, "count", "lao động", "lao động địa phương thu hút", approx="nearly"),
    F("thêm 300 ha", "300", 300, "measure", "ha", "diện tích dừa chuyển đổi sang canh tác hữu cơ", Y24,
      status="target"),
    F("lên 35%", "35", 35, "percent", "%", "tỷ lệ diện tích dừa hữu cơ toàn huyện", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Mỏ Cày Bắc (Bến Tre; invented): giá dừa khô, dừa xiêm theo chục, thu nhập, sơ chế/chế biến, kế hoạch 2024.",
    "Dateline 'Thứ Ba, 14/05/2024 - 09:20'; byline at the end. 'ấp 5', 'ông Nguyễn Văn Tám' (name = number word), 'trong 3 năm qua' are not figures.",
    "'(12 trái)' defines a chục: optional. 'tăng khoảng 40.000 đồng/chục so với cùng kỳ' is the change of the price range.",
    "'Những ngày gần đây', 'hiện có', 'Hiện' give no period. 2.150 ha after 'trong đó': total 10.940. Location: the district for all figures.",
    "'Theo kế hoạch, năm 2024 huyện phấn đấu …' → status target, period năm 2024.",
]

if __name__ == "__main__":
    emit("p671-2", TEXT, COMMENTS, FIGS, published="2024-05-14", location="Mỏ Cày Bắc")
