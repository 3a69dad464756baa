from lib import F, P, C, T, emit

TEXT = """BÁO PHÚ THỌ
Kinh tế > Nông nghiệp
08/07/2024 09:15

Người trồng chè được mùa, được giá

Baophutho.vn - 6 tháng đầu năm, sản lượng chè búp tươi toàn tỉnh ước đạt 98.600 tấn, bằng 52,4% kế hoạch năm, tăng 3,1% so với cùng kỳ. Giá chè búp tươi dao động từ 9.000 đến 13.000 đồng/kg, cao hơn năm trước khoảng 1.500 đồng/kg.

Hiện toàn tỉnh có 15.820 ha chè, trong đó chè kinh doanh 14.900 ha. Năng suất chè bình quân ước đạt 112 tạ/ha. Các huyện Thanh Sơn, Yên Lập, Hạ Hòa, Đoan Hùng tiếp tục là vùng chè trọng điểm với diện tích lần lượt là 3.350 ha, 2.180 ha, 1.960 ha và 1.720 ha.

Tại huyện Thanh Sơn, từ đầu năm đến nay, người dân đã trồng mới, trồng thay thế gần 120 ha chè bằng các giống LDP1, PH8, Kim Tuyên; sản lượng chè búp tươi đạt khoảng 21.000 tấn. Ông Hà Văn Toán ở xã Địch Quả (SĐT 0912.468.357) cho biết gia đình ông có 1,2 ha chè, mỗi lứa thu hái 2,5-3 tấn búp, trừ chi phí lãi trên 70 triệu đồng mỗi năm.

Toàn tỉnh hiện có 6 doanh nghiệp và 112 cơ sở chế biến chè với tổng công suất trên 1.000 tấn búp tươi/ngày; tuy nhiên chỉ khoảng 30% cơ sở có thiết bị chế biến hiện đại. Theo kế hoạch, đến năm 2025 tỉnh phấn đấu tỷ lệ diện tích chè chất lượng cao đạt 40% và năng suất bình quân đạt 120 tạ/ha.

Thanh Nga
"""

H6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inh=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-07-08")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("ước đạt 98.600 tấn", "98.600", 98600, "measure", "tấn", "sản lượng chè búp tươi", H6,
      percent=52.4, change=C("increase", 3.1, "%", "cùng kỳ"), status="estimate"),
    F("từ 9.000 đến", "9.000", 9000, "money", "đồng/kg", "giá chè búp tươi", H6i, value_max=13000,
      change=C("increase", 1500, "đồng/kg", "năm trước", approx="about")),
    F("có 15.820 ha", "15.820", 15820, "measure", "ha", "diện tích chè"),
    F("kinh doanh 14.900 ha", "14.900", 14900, "measure", "ha", "diện tích chè kinh doanh", total=15820),
    F("ước đạt 112 tạ/ha", "112", 112, "measure", "tạ/ha", "năng suất chè bình quân", status="estimate"),
    F("là 3.350 ha", "3.350", 3350, "measure", "ha", "diện tích chè", location="Thanh Sơn"),
    F("3.350 ha, 2.180 ha", "2.180", 2180, "measure", "ha", "diện tích chè", location="Yên Lập"),
    F("2.180 ha, 1.960 ha", "1.960", 1960, "measure", "ha", "diện tích chè", location="Hạ Hòa"),
    F("và 1.720 ha", "1.720", 1720, "measure", "ha", "diện tích chè", location="Đoan Hùng"),
    F("gần 120 ha", "120", 120, "measure", "ha", "diện tích chè trồng mới, trồng thay thế", YTD,
      approx="nearly", location="Thanh Sơn"),
    F("khoảng 21.000 tấn", "21.000", 21000, "measure", "tấn", "sản lượng chè búp tươi", YTD,
      approx="about", location="Thanh Sơn"),
    F("có 1,2 ha chè", "1,2", 1.2, "measure", "ha", "diện tích chè của gia đình ông Hà Văn Toán",
      location="Thanh Sơn"),
    F("thu hái 2,5-3 tấn", "2,5", 2.5, "measure", "tấn", "sản lượng búp thu hái mỗi lứa", value_max=3,
      location="Thanh Sơn"),
    F("trên 70 triệu đồng", "70", 70e6, "money", "đồng", "lãi trừ chi phí mỗi năm", approx="over",
      location="Thanh Sơn"),
    F("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", "doanh nghiệp chế biến chè"),
    F("112 cơ sở", "112", 112, "count", "cơ sở", "cơ sở chế biến chè"),
    F("trên 1.000 tấn", "1.000", 1000, "measure", "tấn/ngày", "tổng công suất chế biến chè",
      approx="over"),
    F("khoảng 30% cơ sở", "30", 30, "percent", "%", "cơ sở có thiết bị chế biến hiện đại", approx="about"),
    F("đạt 40%", "40", 40, "percent", "%", "tỷ lệ diện tích chè chất lượng cao", Y25, status="target"),
    F("đạt 120 tạ/ha", "120", 120, "measure", "tạ/ha", "năng suất chè bình quân", Y25, status="target"),
]

emit("p382-2", TEXT, [
    "Party newspaper (Báo Phú Thọ), bare 'dd/mm/yyyy hh:mm' dateline, byline at the end. '6 tháng đầu năm' takes 2024 from the dateline.",
    "Location: the paper's own tag (Baophutho.vn) implies Phú Thọ. 'lần lượt' list of districts. A farmer's figures in Thanh Sơn.",
    "'bằng 52,4% kế hoạch năm' is the share attribute (as h14 'đạt 70% so kế hoạch'). 'từ đầu năm đến nay' ends at the dateline.",
    "Variety names LDP1, PH8 and the phone number are distractors. 'mỗi lứa', 'mỗi năm' are not periods.",
    "revised after first run: unit of '1.000 tấn búp tươi/ngày' is 'tấn/ngày' (material goes to the subject, as 'tấn' for 'tấn lương thực' in h19).",
], FIGS, published="2024-07-08", location="Phú Thọ")
