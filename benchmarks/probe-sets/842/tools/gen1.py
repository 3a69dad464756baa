"""p842-1: Lào Cai province portal, fibre to villages, 9 months 2024."""
from lib import F, P, I, C, T, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Chuyển đổi số
Lào Cai: 99,2% thôn, bản đã có cáp quang
Cập nhật: 14/10/2024 09:45 | Lượt xem: 2.316

Theo Sở Thông tin và Truyền thông, tính đến ngày 30/9/2024, hạ tầng cáp quang đã được kéo đến 1.598/1.611 thôn, bản trên địa bàn tỉnh, đạt 99,2%. Hiện còn 13 thôn chưa có cáp quang, thuộc các huyện Bát Xát (6 thôn), Si Ma Cai (4 thôn) và Mường Khương (3 thôn); các doanh nghiệp dự kiến hoàn thành kéo cáp trong quý IV/2024.

Toàn tỉnh hiện có 186.420 thuê bao internet băng rộng cố định, tăng 14.850 thuê bao so với thời điểm đầu năm; tỷ lệ hộ gia đình sử dụng cáp quang đạt 82,6%, tăng 4,1 điểm phần trăm.

9 tháng đầu năm, các doanh nghiệp viễn thông đã đầu tư 1.240 km cáp quang mới, nâng tổng chiều dài tuyến cáp quang toàn tỉnh lên hơn 21.500 km; xây mới 74 trạm BTS 4G, trong đó 28 trạm tại các xã vùng lõm sóng dọc Quốc lộ 4D và Quốc lộ 279.

Về wifi công cộng, tỉnh đã lắp đặt 352 điểm phát wifi miễn phí tại trụ sở UBND xã, nhà văn hóa thôn và các khu du lịch Sa Pa, Bắc Hà; bình quân mỗi điểm có khoảng 420 lượt truy cập/ngày.

Tổng kinh phí thực hiện Chương trình cung cấp dịch vụ viễn thông công ích trên địa bàn tỉnh năm 2024 ước đạt 96,5 tỷ đồng, trong đó Quỹ Dịch vụ viễn thông công ích Việt Nam hỗ trợ gần 61 tỷ đồng.

Theo Kế hoạch số 318/KH-UBND, mục tiêu đến năm 2025, 100% thôn, bản có cáp quang và tỷ lệ hộ gia đình sử dụng internet cáp quang đạt tối thiểu 85%. Tỉnh cũng phấn đấu đến hết năm 2024 lắp thêm 150 điểm wifi công cộng.
"""

ASOF = P("tính đến ngày 30/9/2024", end="2024-09-30")
M9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", end="2025-12-31")
LEFT = "thôn chưa có cáp quang"

FIGS = [
    F("Lào Cai: 99,2%", "99,2", 99.2, "percent", "%", "thôn, bản đã có cáp quang"),
    F("kéo đến 1.598/1.611", "1.598", 1598, "count", "thôn, bản", "thôn, bản được kéo hạ tầng cáp quang",
      ASOF, total=1611, percent=99.2),
    F("Hiện còn 13 thôn", "13", 13, "count", "thôn", LEFT),
    F("Bát Xát (6 thôn)", "6", 6, "count", "thôn", LEFT, total=13, location="Bát Xát"),
    F("Si Ma Cai (4 thôn)", "4", 4, "count", "thôn", LEFT, total=13, location="Si Ma Cai"),
    F("Mường Khương (3 thôn)", "3", 3, "count", "thôn", LEFT, total=13, location="Mường Khương"),
    F("có 186.420 thuê bao", "186.420", 186420, "count", "thuê bao", "thuê bao internet băng rộng cố định",
      change=C("increase", 14850, "thuê bao", "thời điểm đầu năm")),
    F("cáp quang đạt 82,6%", "82,6", 82.6, "percent", "%", "tỷ lệ hộ gia đình sử dụng cáp quang",
      change=C("increase", 4.1, "điểm phần trăm")),
    F("đầu tư 1.240 km", "1.240", 1240, "measure", "km", "cáp quang đầu tư mới", M9),
    F("lên hơn 21.500 km", "21.500", 21500, "measure", "km", "tổng chiều dài tuyến cáp quang toàn tỉnh", M9,
      approx="over"),
    F("xây mới 74 trạm", "74", 74, "count", "trạm BTS", "trạm BTS 4G xây mới", M9),
    F("trong đó 28 trạm", "28", 28, "count", "trạm", "trạm BTS 4G tại các xã vùng lõm sóng", M9, total=74),
    F("lắp đặt 352 điểm", "352", 352, "count", "điểm phát wifi", "điểm phát wifi miễn phí"),
    F("khoảng 420 lượt truy cập/ngày", "420", 420, "measure", "lượt truy cập/ngày",
      "lượt truy cập bình quân mỗi điểm wifi", approx="about"),
    F("ước đạt 96,5 tỷ đồng", "96,5", 96.5e9, "money", "đồng",
      "tổng kinh phí thực hiện Chương trình cung cấp dịch vụ viễn thông công ích", Y24, status="estimate"),
    F("hỗ trợ gần 61 tỷ đồng", "61", 61e9, "money", "đồng",
      "kinh phí Quỹ Dịch vụ viễn thông công ích Việt Nam hỗ trợ", Y24, approx="nearly", total=96.5e9,
      status="estimate"),
    F("2025, 100% thôn, bản", "100", 100, "percent", "%", "thôn, bản có cáp quang", T25, status="target"),
    F("tối thiểu 85%", "85", 85, "percent", "%", "tỷ lệ hộ gia đình sử dụng internet cáp quang", T25,
      approx="at_least", status="target"),
    F("lắp thêm 150 điểm", "150", 150, "count", "điểm wifi công cộng", "điểm wifi công cộng lắp thêm",
      P("đến hết năm 2024", end="2024-12-31"), status="target"),
]

NOTES = [
    "Lào Cai province portal: fibre to villages, fixed broadband, BTS, public wifi (9 months 2024). Invented text.",
    "Not figures: breadcrumb, 'Cập nhật: 14/10/2024 09:45', 'Lượt xem: 2.316', 'BTS 4G', 'Quốc lộ 4D', 'Quốc lộ 279',",
    "'quý IV/2024' (a schedule), 'Kế hoạch số 318/KH-UBND'. The bracketed districts (6+4+3) add up to the 13 villages: total 13.",
    "'Hiện' sentences get no period; '9 tháng đầu năm' takes 2024 from 'tính đến ngày 30/9/2024'. The headline 99,2% is a figure",
    "of its own (no period). 'tăng 4,1 điểm phần trăm' is the change of 82,6%. The 61 tỷ part continues 'ước đạt': estimate.",
]

build("p842-1", TEXT, FIGS, NOTES, published="2024-10-14", location="Lào Cai")
