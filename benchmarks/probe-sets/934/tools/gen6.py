"""p934-6: national newspaper (VnExpress style), TP HCM temporary residence registration, 2024."""
from lib import F, P, I, C, T, build

TEXT = """Thời sự › Dân sinh
Thứ ba, 14/1/2025, 06:30 (GMT+7)

TP HCM có hơn 2,8 triệu người đăng ký tạm trú

Năm 2024, Công an TP HCM tiếp nhận gần 1,1 triệu hồ sơ đăng ký tạm trú, tăng khoảng 9% so với năm trước; hơn 80% được nộp trực tuyến qua Cổng dịch vụ công và ứng dụng VNeID.

Theo Phòng Cảnh sát quản lý hành chính về trật tự xã hội (PC06), tính đến cuối năm 2024, thành phố có hơn 2,8 triệu người đang đăng ký tạm trú, chiếm khoảng 30% dân số thực tế. Trong đó, TP Thủ Đức có 412.000 người, huyện Bình Chánh 385.600 người, quận Bình Tân 341.200 người.

Anh Nguyễn Văn Tư, 34 tuổi, quê Quảng Ngãi, thuê trọ tại hẻm 48 đường số 7, phường Bình Hưng Hòa A, cho biết đăng ký tạm trú qua VNeID chỉ mất khoảng 15 phút, thay vì phải chờ 2-3 ngày như trước. Mỗi tháng anh trả tiền thuê phòng 2,5 triệu đồng.

Theo Luật Cư trú, từ ngày 1/1/2023, sổ hộ khẩu, sổ tạm trú giấy hết giá trị sử dụng. Năm 2024, thành phố đã thu hồi, hủy 1.264.000 sổ hộ khẩu và 318.500 sổ tạm trú. Lệ phí đăng ký tạm trú trực tuyến hiện là 7.000 đồng/lần, giảm 50% so với nộp trực tiếp.

Đại diện PC06 cho biết năm 2025 số hồ sơ đăng ký tạm trú dự kiến tăng thêm khoảng 5-7%, tập trung ở các quận, huyện có nhiều khu công nghiệp như Bình Tân, Bình Chánh, Củ Chi. Thành phố cũng đặt mục tiêu 95% hồ sơ cư trú được giải quyết trực tuyến toàn trình.

Hà An
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
EOY = P("tính đến cuối năm 2024", None, "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
HCM = "TP Hồ Chí Minh"

FIGS = [
    F("có hơn 2,8 triệu người đăng ký", "2,8", 2800000, "count", "người", approx="over",
      subject="người đăng ký tạm trú"),
    F("gần 1,1 triệu hồ sơ", "1,1", 1100000, "count", "hồ sơ", approx="nearly",
      change=C("increase", 9, approx="about", baseline="năm trước"),
      subject="hồ sơ đăng ký tạm trú tiếp nhận", period=Y24),
    # a share of a part that has no count of its own: a percent figure, not the percent of 1,1 triệu
    F("hơn 80% được nộp", "80", 80, "percent", "%", approx="over",
      subject="hồ sơ đăng ký tạm trú nộp trực tuyến", period=Y24),
    F("có hơn 2,8 triệu người đang", "2,8", 2800000, "count", "người", approx="over", percent=30,
      subject="người đang đăng ký tạm trú", period=EOY),
    F("Thủ Đức có 412.000 người", "412.000", 412000, "count", "người", total=2800000,
      subject="người đang đăng ký tạm trú", period=I(EOY), location="Thủ Đức"),
    F("Bình Chánh 385.600 người", "385.600", 385600, "count", "người", total=2800000,
      subject="người đang đăng ký tạm trú", period=I(EOY), location="Bình Chánh"),
    F("Bình Tân 341.200 người", "341.200", 341200, "count", "người", total=2800000,
      subject="người đang đăng ký tạm trú", period=I(EOY), location="Bình Tân"),
    F("Tư, 34 tuổi", "34", 34, "measure", "tuổi", optional=True,
      subject="tuổi của anh Nguyễn Văn Tư"),
    F("khoảng 15 phút", "15", 15, "measure", "phút", approx="about",
      subject="thời gian đăng ký tạm trú qua VNeID"),
    F("chờ 2-3 ngày", "2", 2, "measure", "ngày", value_max=3,
      subject="thời gian chờ đăng ký tạm trú trước đây"),
    F("thuê phòng 2,5 triệu đồng", "2,5", 2500000, "money", "đồng/tháng",
      subject="tiền thuê phòng trọ mỗi tháng"),
    F("hủy 1.264.000 sổ", "1.264.000", 1264000, "count", "sổ hộ khẩu",
      subject="sổ hộ khẩu thu hồi, hủy", period=Y24),
    F("và 318.500 sổ", "318.500", 318500, "count", "sổ tạm trú",
      subject="sổ tạm trú thu hồi, hủy", period=Y24),
    F("là 7.000 đồng/lần", "7.000", 7000, "money", "đồng/lần",
      change=C("decrease", 50, baseline="nộp trực tiếp"), subject="lệ phí đăng ký tạm trú trực tuyến"),
    F("khoảng 5-7%", "5", 5, "percent", "%", value_max=7, approx="about", status="forecast",
      subject="mức tăng số hồ sơ đăng ký tạm trú", period=Y25),
    F("mục tiêu 95% hồ sơ", "95", 95, "percent", "%", status="target",
      subject="hồ sơ cư trú được giải quyết trực tuyến toàn trình", period=I(Y25)),
]

COMMENTS = [
    "National newspaper (VnExpress style) on TP HCM: dateline 'Thứ ba, 14/1/2025, 06:30 (GMT+7)', byline 'Hà An' at the end.",
    "Location 'TP Hồ Chí Minh' (the text writes 'TP HCM'); the three districts after 'Trong đó' are parts of the 2,8 triệu (total) and their location.",
    "Not figures: '06:30 (GMT+7)', 'hẻm 48 đường số 7', 'phường Bình Hưng Hòa A', 'từ ngày 1/1/2023', 'Luật Cư trú',",
    "'Quảng Ngãi' (home province of a migrant: not the place of any figure).",
    "The interviewee's age '34 tuổi' is optional. 'Mỗi tháng … 2,5 triệu đồng' is money per month (đồng/tháng); 'giảm 50% so với nộp trực tiếp' is the fee's change.",
    "'tăng khoảng 9% so với năm trước' is the change of 1,1 triệu; 'hơn 80% được nộp trực tuyến' is a percent of its own.",
    "'tăng thêm khoảng 5-7%' (no base amount, dự kiến): forecast percent range. The 95% target inherits 'năm 2025' from the sentence before.",
]

build("p934-6", TEXT, FIGS, COMMENTS, published="2025-01-14", location="TP Hồ Chí Minh")
