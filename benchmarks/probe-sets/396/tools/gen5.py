from lib import *

A = """BÁO QUẢNG NINH
Kinh tế

Phục hồi rừng ngập mặn, mở hướng tín chỉ carbon xanh lam
THU HÀ 07:30, 21/10/2024

Quảng Ninh hiện có hơn 19.300 ha rừng ngập mặn, phân bố chủ yếu ở các địa phương Tiên Yên, Đầm Hà, Hải Hà, Móng Cái và Quảng Yên. Thực hiện Nghị quyết số 19-NQ/TU của Tỉnh ủy, những năm gần đây việc trồng và phục hồi rừng ngập mặn được tỉnh đặc biệt quan tâm.

Riêng quý III/2024, toàn tỉnh trồng được 126,5 ha rừng ngập mặn, nâng tổng diện tích trồng mới 9 tháng lên 318 ha, bằng 79,5% kế hoạch năm (400 ha). Trong đó, huyện Tiên Yên trồng 112 ha, huyện Đầm Hà 74,3 ha, huyện Hải Hà 58 ha, thành phố Móng Cái 41,2 ha, thị xã Quảng Yên 32,5 ha. Các loài cây chủ yếu là đước, trang, bần chua với mật độ từ 10.000 đến 20.000 cây/ha; tỷ lệ cây sống sau 6 tháng đạt trên 85%.

Tỉnh đang phối hợp với Cơ quan Hợp tác quốc tế Nhật Bản (JICA) nghiên cứu thí điểm tín chỉ carbon xanh lam tại Khu bảo tồn thiên nhiên Đồng Rui (huyện Tiên Yên). Theo ước tính, 1.560 ha rừng ngập mặn ở đây lưu giữ khoảng 0,35 triệu tấn carbon, tương đương 1,28 triệu tấn CO2. Nếu thị trường chấp nhận mức giá 10-15 USD/tấn, dự kiến mỗi năm khu bảo tồn có thể thu từ 1,5 đến 2,2 tỷ đồng.

Năm 2024, Quỹ Bảo vệ và Phát triển rừng tỉnh dự kiến chi trả khoảng 4,2 tỷ đồng tiền dịch vụ môi trường rừng cho các chủ rừng ngập mặn, tăng 12% so với năm 2023. Ông Phạm Văn Thành, Giám đốc Quỹ, cho biết mức chi trả hiện chỉ bằng khoảng một phần ba so với rừng đầu nguồn nên chưa đủ hấp dẫn người dân tham gia.

Đường dây nóng tiếp nhận phản ánh về phá rừng: 0203.3835.366.
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
N9 = P("9 tháng", "2024-01-01", "2024-09-30")
N9i = P("9 tháng", "2024-01-01", "2024-09-30", inh=True)
S = "diện tích trồng mới rừng ngập mặn"
figs = [
    F("hơn 19.300 ha", "19.300", 19300, "measure", "ha", "rừng ngập mặn", approx="over"),
    F("trồng được 126,5 ha", "126,5", 126.5, "measure", "ha", "rừng ngập mặn trồng được", period=Q3),
    F("lên 318 ha", "318", 318, "measure", "ha", "tổng diện tích trồng mới", percent=79.5, target=T(400, "ha", False),
      period=N9),
    F("Tiên Yên trồng 112 ha", "112", 112, "measure", "ha", S, total=318, period=N9i, location="Tiên Yên"),
    F("Đầm Hà 74,3 ha", "74,3", 74.3, "measure", "ha", S, total=318, period=N9i, location="Đầm Hà"),
    F("Hải Hà 58 ha", "58", 58, "measure", "ha", S, total=318, period=N9i, location="Hải Hà"),
    F("Móng Cái 41,2 ha", "41,2", 41.2, "measure", "ha", S, total=318, period=N9i, location="Móng Cái"),
    F("Quảng Yên 32,5 ha", "32,5", 32.5, "measure", "ha", S, total=318, period=N9i, location="Quảng Yên"),
    F("từ 10.000 đến 20.000 cây/ha", "10.000", 10000, "measure", "cây/ha", "mật độ trồng", value_max=20000),
    F("sau 6 tháng đạt", "6", 6, "measure", "tháng", optional=True),
    F("đạt trên 85%", "85", 85, "percent", "%", "tỷ lệ cây sống sau 6 tháng", approx="over"),
    F("1.560 ha rừng", "1.560", 1560, "measure", "ha", "rừng ngập mặn Khu bảo tồn thiên nhiên Đồng Rui", status="estimate",
      location="Tiên Yên"),
    F("khoảng 0,35 triệu tấn carbon", "0,35", 350000, "measure", "tấn carbon", "lượng carbon rừng ngập mặn lưu giữ",
      approx="about", status="estimate", location="Tiên Yên"),
    F("tương đương 1,28 triệu tấn CO2", "1,28", 1280000, "measure", "tấn CO2", "lượng carbon quy đổi CO2",
      status="estimate", location="Tiên Yên", optional=True),
    F("mức giá 10-15 USD/tấn", "10", 10, "money", "USD/tấn", "mức giá tín chỉ carbon", value_max=15, optional=True),
    F("từ 1,5 đến 2,2 tỷ đồng", "1,5", 1500000000, "money", "đồng", "nguồn thu mỗi năm của khu bảo tồn", value_max=2200000000,
      status="forecast", location="Tiên Yên"),
    F("khoảng 4,2 tỷ đồng", "4,2", 4200000000, "money", "đồng", "tiền dịch vụ môi trường rừng chi trả cho các chủ rừng ngập mặn",
      approx="about", status="forecast", change=C("increase", 12, "%", "năm 2023"),
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng một phần ba", "một phần ba", 0.3333333333, "multiple", "lần", optional=True),
]
comments = [
    "Party newspaper (Báo Quảng Ninh): mangrove restoration Q3 and 9 months 2024, district breakdown, JICA blue-carbon pilot at Đồng Rui, PFES payment.",
    "Dateline in the byline form 'THU HÀ 07:30, 21/10/2024'. Default location Quảng Ninh; the Đồng Rui figures describe huyện Tiên Yên (named in the bracket).",
    "'9 tháng' takes 2024 from 'quý III/2024'; 'bằng 79,5% kế hoạch năm (400 ha)' = percent 79,5 and target 400 (not met). 'Trong đó' parts total 318 ha.",
    "'Theo ước tính' makes the carbon stock figures estimates; 'tương đương 1,28 triệu tấn CO2' restates the stock in CO2: optional. The price in a",
    "conditional clause ('Nếu … 10-15 USD/tấn') is optional; 'dự kiến … từ 1,5 đến 2,2 tỷ đồng' is a forecast range. 'sau 6 tháng' (age of the trees) optional;",
    "'một phần ba' (a fraction, no figure kind fits) optional. Distractors: Nghị quyết số 19-NQ/TU, hotline 0203.3835.366, person's name.",
]
write("p396-5", A, figs, comments, published="2024-10-21", location="Quảng Ninh")
