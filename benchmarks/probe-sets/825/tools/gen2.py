"""p825-2: commune portal (xã Định Yên, huyện Lấp Vò, Đồng Tháp), sedge-mat village, 6 months 2023."""
from lib import F, P, I, CH, TG, build

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐỊNH YÊN - HUYỆN LẤP VÒ
Trang chủ / Tin tức / Kinh tế
Làng chiếu Định Yên sáu tháng đầu năm tiêu thụ gần 1,1 triệu chiếc
Ngày đăng: 06/07/2023 | Người đăng: Văn phòng UBND xã

Sáu tháng đầu năm 2023, làng nghề dệt chiếu Định Yên sản xuất được khoảng 1,15 triệu chiếc chiếu các loại, tiêu thụ gần 1,1 triệu chiếc, tăng 8% so với cùng kỳ.

Tính đến ngày 30/6/2023, toàn xã có 1.320 hộ làm nghề dệt chiếu, chiếm gần 40% tổng số hộ, với khoảng 2.600 khung dệt; trong đó 415 khung dệt máy, tăng 62 khung so với cuối năm 2022. Nghề dệt chiếu tạo việc làm thường xuyên cho hơn 3.200 lao động, chủ yếu là phụ nữ và người cao tuổi.

Giá chiếu trắng loại rộng 1,6 m hiện từ 120.000 đến 150.000 đồng/chiếc; chiếu in hoa, chiếu dệt máy có giá 180.000-260.000 đồng/chiếc. Thu nhập của thợ dệt tay bình quân 180.000 đồng/ngày, thợ dệt máy khoảng 250.000 đồng/ngày.

Nguyên liệu lác chủ yếu được mua từ Long An, Kiên Giang và Cà Mau; mỗi tháng làng nghề tiêu thụ khoảng 450 tấn lác khô. Chợ chiếu Định Yên họp từ 3 giờ đến 7 giờ sáng, mỗi phiên có 150-200 ghe, xe của thương lái các tỉnh về mua hàng.

Theo ông Lê Văn Năm, Phó Chủ tịch UBND xã, 6 tháng cuối năm, xã dự kiến hỗ trợ 40 hộ chuyển sang khung dệt máy với mức vay ưu đãi tối đa 50 triệu đồng/hộ. Mục tiêu đến năm 2025, toàn xã có 600 khung dệt máy, thu nhập bình quân đầu người đạt 75 triệu đồng/năm.

UBND xã Định Yên - Địa chỉ: ấp An Lạc, xã Định Yên, huyện Lấp Vò, tỉnh Đồng Tháp - ĐT: 0277.3681.024
"""

H1 = P("Sáu tháng đầu năm 2023", "2023-01-01", "2023-06-30")
ASOF = P("Tính đến ngày 30/6/2023", None, "2023-06-30")
H2 = P("6 tháng cuối năm", "2023-07-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("năm tiêu thụ gần 1,1 triệu chiếc", "1,1", 1.1e6, "count", "chiếc", "chiếu tiêu thụ",
      P("sáu tháng đầu năm", "2023-01-01", "2023-06-30"), approx="nearly"),
    F("khoảng 1,15 triệu chiếc", "1,15", 1.15e6, "count", "chiếc", "chiếu các loại sản xuất", H1, approx="about"),
    F("gần 1,1 triệu chiếc, tăng", "1,1", 1.1e6, "count", "chiếc", "chiếu tiêu thụ", H1, approx="nearly",
      change=CH("increase", 8, baseline="cùng kỳ")),
    F("có 1.320 hộ", "1.320", 1320, "count", "hộ", "hộ làm nghề dệt chiếu", ASOF, percent=40),
    F("khoảng 2.600 khung dệt", "2.600", 2600, "count", "khung dệt", "khung dệt", ASOF, approx="about"),
    F("415 khung dệt máy", "415", 415, "count", "khung dệt", "khung dệt máy", ASOF, total=2600,
      change=CH("increase", 62, "khung", "cuối năm 2022")),
    F("hơn 3.200 lao động", "3.200", 3200, "count", "lao động", "lao động có việc làm thường xuyên từ nghề dệt chiếu",
      approx="over"),
    F("rộng 1,6 m", "1,6", 1.6, "measure", "m", "chiều rộng chiếu trắng", optional=True),
    F("từ 120.000 đến 150.000", "120.000", 120000, "money", "đồng/chiếc", "giá chiếu trắng", value_max=150000),
    F("giá 180.000-260.000", "180.000", 180000, "money", "đồng/chiếc", "giá chiếu in hoa, chiếu dệt máy",
      value_max=260000),
    F("bình quân 180.000 đồng/ngày", "180.000", 180000, "money", "đồng/ngày", "thu nhập của thợ dệt tay"),
    F("khoảng 250.000 đồng/ngày", "250.000", 250000, "money", "đồng/ngày", "thu nhập của thợ dệt máy",
      approx="about"),
    F("khoảng 450 tấn lác khô", "450", 450, "measure", "tấn", "lác khô làng nghề tiêu thụ mỗi tháng", approx="about"),
    F("có 150-200 ghe", "150", 150, "count", "ghe, xe", "ghe, xe của thương lái mỗi phiên chợ chiếu",
      value_max=200),
    F("hỗ trợ 40 hộ", "40", 40, "count", "hộ", "hộ được hỗ trợ chuyển sang khung dệt máy", H2, status="forecast"),
    F("tối đa 50 triệu đồng/hộ", "50", 50e6, "money", "đồng/hộ", "mức vay ưu đãi", H2,
      approx="at_most", status="forecast"),
    F("có 600 khung dệt máy", "600", 600, "count", "khung dệt máy", "khung dệt máy", T25, status="target"),
    F("đạt 75 triệu đồng/năm", "75", 75e6, "money", "đồng/năm", "thu nhập bình quân đầu người", T25,
      status="target"),
]

build("p825-2", TEXT, FIGS, published="2023-07-06", location="Lấp Vò", comments=[
    "Commune portal of xã Định Yên (huyện Lấp Vò, Đồng Tháp): sedge-mat (chiếu lác) village, first half of 2023. 'Ngày đăng: 06/07/2023'.",
    "Location: the district Lấp Vò (the commune lies in it); Long An, Kiên Giang, Cà Mau are only sources of raw sedge.",
    "Headline 'sáu tháng đầu năm' has no year: published 2023. 'chiếm gần 40% tổng số hộ' is the percent of 1.320 hộ.",
    "'rộng 1,6 m' (a mat size class) optional. Distractors: 'từ 3 giờ đến 7 giờ sáng', name 'Lê Văn Năm', phone, ấp An Lạc.",
    "'6 tháng cuối năm, xã dự kiến hỗ trợ 40 hộ ... tối đa 50 triệu đồng/hộ': forecast for both (one clause).",
])
