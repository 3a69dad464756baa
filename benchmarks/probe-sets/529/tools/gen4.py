"""p529-4: Bộ Y tế portal, national hospital beds, bed occupancy, visits and referrals 2023."""
from lib import F, P, INH, CH, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Khám chữa bệnh

Cả nước đạt 32 giường bệnh trên 1 vạn dân, tuyến Trung ương vẫn quá tải

Ngày đăng: 18/03/2024 | Lượt xem: 1.572

Theo Cục Quản lý Khám, chữa bệnh, tính đến hết năm 2023, cả nước có 1.625 bệnh viện, trong đó 1.317 bệnh viện công lập và 308 bệnh viện tư nhân, với tổng số 321.400 giường bệnh. Số giường bệnh bình quân đạt 32 giường bệnh trên 1 vạn dân (không tính giường trạm y tế xã), tăng 1,6 giường so với năm 2021.

Năm 2023, công suất sử dụng giường bệnh bình quân của các bệnh viện tuyến Trung ương là 105,8%, tuyến tỉnh 92,4%, tuyến huyện 78,1%. Các địa phương có công suất tuyến tỉnh trên 110% gồm Thanh Hóa (118,6%), Nghệ An (114,2%), Hà Nội (112,9%) và TP. Hồ Chí Minh (111,5%). Tỷ lệ người bệnh nằm ghép từ 2 người/giường trở lên tại các bệnh viện tuyến Trung ương đã giảm từ 25,3% năm 2019 xuống còn 6,7% năm 2023.

Về khám, chữa bệnh, năm 2023 toàn ngành thực hiện khoảng 183,2 triệu lượt khám bệnh, tăng 12,4% so với năm 2022; trong đó khám BHYT 154,6 triệu lượt, chiếm 84,4%. Số lượt chuyển tuyến từ tuyến dưới lên tuyến Trung ương là 1,12 triệu lượt, giảm 17% so với năm 2019 nhờ thực hiện Đề án 1816 và Đề án bệnh viện vệ tinh.

Theo Nghị quyết số 20-NQ/TW, đến năm 2025 cả nước đạt 30 giường bệnh và 10 bác sĩ trên 1 vạn dân, tỷ lệ giường bệnh tư nhân đạt 10%; đến năm 2030 các chỉ tiêu tương ứng là 32 giường bệnh, 11 bác sĩ và 15%. Hiện tỷ lệ giường bệnh tư nhân mới đạt khoảng 6,5%.

Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội. Điện thoại: 024.6273.2273. Đường dây nóng: 1900 9095.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến hết năm 2023", None, "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
CAP = "công suất sử dụng giường bệnh"
CAPT = CAP + " tuyến tỉnh"
R_BED = "giường bệnh/1 vạn dân"
R_DOC = "bác sĩ/1 vạn dân"

FIGS = [
    F("Cả nước đạt 32 giường bệnh", "32", 32, "measure", R_BED, "giường bệnh trên 1 vạn dân"),
    F("có 1.625 bệnh viện", "1.625", 1625, "count", "bệnh viện", "bệnh viện", ASOF),
    F("1.317 bệnh viện công lập", "1.317", 1317, "count", "bệnh viện", "bệnh viện công lập", ASOF, total=1625),
    F("308 bệnh viện tư nhân", "308", 308, "count", "bệnh viện", "bệnh viện tư nhân", ASOF, total=1625),
    F("tổng số 321.400 giường bệnh", "321.400", 321400, "count", "giường bệnh", "tổng số giường bệnh", ASOF),
    F("bình quân đạt 32 giường bệnh", "32", 32, "measure", R_BED, "số giường bệnh bình quân trên 1 vạn dân", INH(ASOF),
      change=CH("increase", 1.6, "giường", "năm 2021")),
    F("Trung ương là 105,8%", "105,8", 105.8, "percent", "%", CAP + " bình quân các bệnh viện tuyến Trung ương", Y23),
    F("tuyến tỉnh 92,4%", "92,4", 92.4, "percent", "%", CAP + " bình quân tuyến tỉnh", Y23),
    F("tuyến huyện 78,1%", "78,1", 78.1, "percent", "%", CAP + " bình quân tuyến huyện", Y23),
    F("trên 110%", "110", 110, "percent", "%", CAPT, approx="over", optional=True),
    F("Thanh Hóa (118,6%)", "118,6", 118.6, "percent", "%", CAPT, INH(Y23), location="Thanh Hóa"),
    F("Nghệ An (114,2%)", "114,2", 114.2, "percent", "%", CAPT, INH(Y23), location="Nghệ An"),
    F("Hà Nội (112,9%)", "112,9", 112.9, "percent", "%", CAPT, INH(Y23), location="Hà Nội"),
    F("Minh (111,5%)", "111,5", 111.5, "percent", "%", CAPT, INH(Y23), location="TP. Hồ Chí Minh"),
    F("từ 2 người/giường", "2", 2, "measure", "người/giường", "người bệnh nằm ghép", approx="at_least", optional=True),
    F("từ 25,3% năm 2019", "25,3", 25.3, "percent", "%",
      "tỷ lệ người bệnh nằm ghép tại các bệnh viện tuyến Trung ương", P("năm 2019", "2019-01-01", "2019-12-31")),
    F("còn 6,7% năm 2023", "6,7", 6.7, "percent", "%",
      "tỷ lệ người bệnh nằm ghép tại các bệnh viện tuyến Trung ương", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 183,2 triệu lượt", "183,2", 183200000, "count", "lượt khám bệnh", "lượt khám bệnh toàn ngành",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about", change=CH("increase", 12.4, baseline="năm 2022")),
    F("BHYT 154,6 triệu lượt", "154,6", 154600000, "count", "lượt", "lượt khám BHYT",
      P("năm 2023", "2023-01-01", "2023-12-31"), total=183200000, percent=84.4),
    F("là 1,12 triệu lượt", "1,12", 1120000, "count", "lượt", "lượt chuyển tuyến từ tuyến dưới lên tuyến Trung ương",
      INH(Y23), change=CH("decrease", 17, baseline="năm 2019")),
    F("đạt 30 giường bệnh", "30", 30, "measure", R_BED, "giường bệnh trên 1 vạn dân", T25, status="target"),
    F("10 bác sĩ trên", "10", 10, "measure", R_DOC, "bác sĩ trên 1 vạn dân", T25, status="target"),
    F("tư nhân đạt 10%", "10", 10, "percent", "%", "tỷ lệ giường bệnh tư nhân", T25, status="target"),
    F("là 32 giường bệnh", "32", 32, "measure", R_BED, "giường bệnh trên 1 vạn dân", T30, status="target"),
    F("11 bác sĩ", "11", 11, "measure", R_DOC, "bác sĩ trên 1 vạn dân", T30, status="target"),
    F("bác sĩ và 15%", "15", 15, "percent", "%", "tỷ lệ giường bệnh tư nhân", T30, status="target"),
    F("khoảng 6,5%", "6,5", 6.5, "percent", "%", "tỷ lệ giường bệnh tư nhân hiện nay", approx="about"),
]

COMMENTS = [
    "Bộ Y tế portal: national hospitals, beds, bed occupancy by level and province, visits, referrals (2023), Nghị quyết 20-NQ/TW targets.",
    "'Ngày đăng: 18/03/2024' is the dateline; 'Lượt xem: 1.572', the address '138A Giảng Võ', phones, 'Đề án 1816', 'Nghị quyết số 20-NQ/TW' are not figures.",
    "'32 giường bệnh trên 1 vạn dân': 'trên' is 'per' here (rate denominator), not approx over. The headline 32 has no period.",
    "Province list after the national level figures: each province is the location; 'trên 110%' and 'từ 2 người/giường trở lên' are thresholds (optional).",
    "'giảm từ 25,3% năm 2019 xuống còn 6,7% năm 2023' gives two percent figures (not a range, no change).",
    "'… 30 giường bệnh và 10 bác sĩ trên 1 vạn dân' share one denominator; 2030 'các chỉ tiêu tương ứng' are targets with their own units.",
    "'tăng 1,6 giường so với năm 2021' is the change of the rate (unit giường). National article: location Việt Nam (Hà Nội in the footer is the address).",
]

if __name__ == "__main__":
    emit("p529-4", TEXT, COMMENTS, FIGS, published="2024-03-18", location="Việt Nam")
