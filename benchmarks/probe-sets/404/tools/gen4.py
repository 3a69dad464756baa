from lib import *

TEXT = """Bắc Giang: Gần 87% người trưởng thành dùng điện thoại thông minh

BGĐT - Theo Sở Thông tin và Truyền thông, đến hết tháng 6/2024, tỷ lệ người dân trưởng thành trên địa bàn tỉnh sử dụng điện thoại thông minh đạt 86,7%, tăng 4,2 điểm phần trăm so với cuối năm 2023; tỷ lệ hộ gia đình có đường Internet cáp quang đạt 81,5%.

Trong số 10 huyện, thị xã, thành phố, thành phố Bắc Giang có tỷ lệ người trưởng thành dùng điện thoại thông minh cao nhất với 95,3%, tiếp đến là thị xã Việt Yên (91,8%), huyện Lạng Giang (88,6%); huyện Sơn Động thấp nhất, đạt 64,9%.

Thực hiện Chương trình "Sóng và máy tính cho em", giai đoạn 2021-2024, các doanh nghiệp viễn thông đã hỗ trợ 3.460 thiết bị (máy tính bảng, điện thoại thông minh) cho học sinh có hoàn cảnh khó khăn, trị giá hơn 7,2 tỷ đồng. Riêng năm 2024, Viettel Bắc Giang tặng 1.200 điện thoại thông minh cho hộ nghèo, mỗi máy trị giá từ 1,5 đến 2 triệu đồng.

Toàn tỉnh hiện có 230 tổ công nghệ số cộng đồng với hơn 1.650 thành viên, thường xuyên hướng dẫn người dân cài đặt ứng dụng VNeID, thanh toán không dùng tiền mặt. Số tài khoản Mobile Money trên địa bàn đạt khoảng 215 nghìn tài khoản, chiếm gần 12% tổng số tài khoản Mobile Money của vùng trung du và miền núi phía Bắc.

Ông Nguyễn Văn Chín, Phó Giám đốc Sở Thông tin và Truyền thông cho biết, tỉnh phấn đấu đến hết năm 2025, tỷ lệ người trưởng thành dùng điện thoại thông minh đạt 95%, 100% thôn, bản được phủ sóng 4G. Để đạt mục tiêu, Sở đề nghị các nhà mạng tiếp tục triển khai gói cước ưu đãi cho người dân vùng sâu, vùng xa theo Nghị quyết số 111-NQ/TU của Tỉnh ủy.

Minh Hằng
12/8/2024
"""

J6 = P("đến hết tháng 6/2024", None, "2024-06-30")
J6i = P("đến hết tháng 6/2024", None, "2024-06-30", True)
G = P("giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến hết năm 2025", None, "2025-12-31")
SUB = "tỷ lệ người trưởng thành dùng điện thoại thông minh"

FIGS = [
    F("Gần 87%", "87", 87, "percent", "%", SUB, approx="nearly"),
    F("đạt 86,7%", "86,7", 86.7, "percent", "%", "tỷ lệ người dân trưởng thành sử dụng điện thoại thông minh",
      change=C("increase", 4.2, "điểm phần trăm", "cuối năm 2023"), period=J6),
    F("đạt 81,5%", "81,5", 81.5, "percent", "%", "tỷ lệ hộ gia đình có đường Internet cáp quang", period=J6),
    F("Trong số 10 huyện", "10", 10, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố", optional=True),
    F("cao nhất với 95,3%", "95,3", 95.3, "percent", "%", SUB, location="Bắc Giang", period=J6i),
    F("Việt Yên (91,8%)", "91,8", 91.8, "percent", "%", SUB, location="Việt Yên", period=J6i),
    F("Lạng Giang (88,6%)", "88,6", 88.6, "percent", "%", SUB, location="Lạng Giang", period=J6i),
    F("đạt 64,9%", "64,9", 64.9, "percent", "%", SUB, location="Sơn Động", period=J6i),
    F("hỗ trợ 3.460 thiết bị", "3.460", 3460, "count", "thiết bị",
      "thiết bị hỗ trợ cho học sinh có hoàn cảnh khó khăn", period=G),
    F("hơn 7,2 tỷ đồng", "7,2", 7200000000, "money", "đồng", "trị giá thiết bị hỗ trợ", approx="over", period=G),
    F("tặng 1.200 điện thoại", "1.200", 1200, "count", "điện thoại thông minh",
      "điện thoại thông minh tặng cho hộ nghèo", period=Y24),
    F("từ 1,5 đến 2 triệu đồng", "1,5", 1500000, "money", "đồng", "trị giá mỗi máy", value_max=2000000, period=Y24),
    F("có 230 tổ", "230", 230, "count", "tổ", "tổ công nghệ số cộng đồng"),
    F("hơn 1.650 thành viên", "1.650", 1650, "count", "thành viên", "thành viên tổ công nghệ số cộng đồng",
      approx="over"),
    F("khoảng 215 nghìn tài khoản", "215", 215000, "count", "tài khoản", "tài khoản Mobile Money",
      approx="about", percent=12),
    F("đạt 95%", "95", 95, "percent", "%", SUB, status="target", period=T25),
    F("95%, 100% thôn", "100", 100, "percent", "%", "thôn, bản được phủ sóng 4G", status="target", period=T25),
]

COMMENTS = [
    "Party newspaper (Báo Bắc Giang, 'BGĐT' tag): smartphone use, fibre households, device support, digital teams. Bare date '12/8/2024' at the end after the byline.",
    "Headline 'Gần 87%' is a figure of its own (nearly). '4,2 điểm phần trăm' is the change of 86,7% (baseline 'cuối năm 2023').",
    "'Trong số 10 huyện, thị xã, thành phố' is structure (optional); percents take no total. District list → locations (thành phố Bắc Giang = city, same name).",
    "'3.460 thiết bị (máy tính bảng, điện thoại thông minh)': the bracket names kinds, no numbers. Price range 'từ 1,5 đến 2 triệu đồng' → value_max.",
    "'chiếm gần 12%' → percent 12 of 215 nghìn tài khoản. 'đến hết năm 2025' targets end 2025-12-31. 'Viettel Bắc Giang' is a company name.",
    "Distractors: 'Nghị quyết số 111-NQ/TU', names 'Nguyễn Văn Chín' (number word), program name, 4G, the bare date, 'BGĐT'.",
    "Sentences without a period phrase ('hiện có', Mobile Money) carry no period.",
]

build("p404-4", TEXT, COMMENTS, FIGS, published="2024-08-12", location="Bắc Giang")
