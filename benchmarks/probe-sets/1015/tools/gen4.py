"""p1015-4: Bộ Công Thương site, national inspections of gold trading, 4 months of 2025."""
from lib import F, P, I, C, T, write_set

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Quản lý thị trường

4 tháng, xử lý 512 vụ vi phạm trong kinh doanh vàng

Ngày đăng: 22/05/2025 | Lượt xem: 1.204

Theo Cục Quản lý và Phát triển thị trường trong nước (Bộ Công Thương), trong 4 tháng đầu năm 2025, lực lượng quản lý thị trường cả nước đã kiểm tra 1.346 vụ việc liên quan đến hoạt động kinh doanh vàng, phát hiện và xử lý 512 vụ vi phạm, tăng 27,4% so với cùng kỳ năm 2024. Tổng số tiền xử phạt và trị giá hàng hóa tịch thu hơn 18,6 tỷ đồng, trong đó phạt vi phạm hành chính 7,9 tỷ đồng, trị giá hàng tịch thu 10,7 tỷ đồng.

Các địa phương phát hiện nhiều vụ vi phạm nhất lần lượt là Hà Nội (86 vụ), TP. Hồ Chí Minh (74 vụ), Nghệ An (39 vụ) và Cần Thơ (27 vụ). Hành vi vi phạm phổ biến là kinh doanh vàng trang sức không bảo đảm hàm lượng, không niêm yết giá, không xuất hóa đơn và buôn bán vàng nhập lậu. Số vụ vi phạm về hóa đơn gấp 2,3 lần cùng kỳ. Đáng chú ý, lực lượng chức năng đã thu giữ gần 52 kg vàng nguyên liệu nhập lậu qua biên giới tại các tỉnh An Giang, Tây Ninh, Quảng Trị.

Cả nước hiện có khoảng 12.500 doanh nghiệp, hộ kinh doanh vàng, trong đó 38 doanh nghiệp được Ngân hàng Nhà nước cấp Giấy chứng nhận đủ điều kiện kinh doanh mua, bán vàng miếng. Theo Bộ Tài chính, đến ngày 30/4/2025 đã có 9.814 cơ sở kinh doanh vàng sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, đạt 78,5%.

Thực hiện Công điện số 28/CĐ-TTg của Thủ tướng Chính phủ, Bộ Công Thương đặt mục tiêu đến hết quý III/2025 có 100% cơ sở kinh doanh vàng xuất hóa đơn điện tử cho từng lần bán hàng. Dự kiến trong tháng 6, lực lượng quản lý thị trường sẽ kiểm tra chuyên đề khoảng 2.000 cơ sở trên toàn quốc.

Địa chỉ: số 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2108.
"""

M4 = P("trong 4 tháng đầu năm 2025", "2025-01-01", "2025-04-30")
FIG = [
    F("xử lý 512 vụ vi phạm trong", "512", 512, "count", "vụ vi phạm", "vụ vi phạm trong kinh doanh vàng được xử lý",
      P("4 tháng", "2025-01-01", "2025-04-30")),
    F("kiểm tra 1.346 vụ việc", "1.346", 1346, "count", "vụ việc",
      "vụ việc liên quan đến hoạt động kinh doanh vàng được kiểm tra", M4),
    F("xử lý 512 vụ vi phạm,", "512", 512, "count", "vụ vi phạm", "vụ vi phạm được phát hiện và xử lý", M4,
      change=C("increase", 27.4, "%", "cùng kỳ năm 2024")),
    F("hơn 18,6 tỷ đồng", "18,6", 18_600_000_000, "money", "đồng",
      "tổng số tiền xử phạt và trị giá hàng hóa tịch thu", I(M4), approx="over"),
    F("hành chính 7,9 tỷ đồng", "7,9", 7_900_000_000, "money", "đồng", "phạt vi phạm hành chính", I(M4),
      total=18_600_000_000),
    F("tịch thu 10,7 tỷ đồng", "10,7", 10_700_000_000, "money", "đồng", "trị giá hàng tịch thu", I(M4),
      total=18_600_000_000),
    F("Hà Nội (86 vụ)", "86", 86, "count", "vụ", "vụ vi phạm", I(M4), location="Hà Nội"),
    F("Hồ Chí Minh (74 vụ)", "74", 74, "count", "vụ", "vụ vi phạm", I(M4), location="Hồ Chí Minh"),
    F("Nghệ An (39 vụ)", "39", 39, "count", "vụ", "vụ vi phạm", I(M4), location="Nghệ An"),
    F("Cần Thơ (27 vụ)", "27", 27, "count", "vụ", "vụ vi phạm", I(M4), location="Cần Thơ"),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "số vụ vi phạm về hóa đơn so với cùng kỳ", I(M4)),
    F("gần 52 kg", "52", 52, "measure", "kg", "vàng nguyên liệu nhập lậu qua biên giới bị thu giữ", I(M4),
      approx="nearly"),
    F("khoảng 12.500 doanh nghiệp", "12.500", 12500, "count", "doanh nghiệp, hộ kinh doanh",
      "doanh nghiệp, hộ kinh doanh vàng", approx="about"),
    F("trong đó 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp",
      "doanh nghiệp được cấp Giấy chứng nhận đủ điều kiện kinh doanh mua, bán vàng miếng", total=12500),
    F("có 9.814 cơ sở", "9.814", 9814, "count", "cơ sở",
      "cơ sở kinh doanh vàng sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền",
      P("đến ngày 30/4/2025", None, "2025-04-30"), percent=78.5),
    F("có 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở kinh doanh vàng xuất hóa đơn điện tử cho từng lần bán hàng",
      P("đến hết quý III/2025", None, "2025-09-30"), status="target"),
    F("khoảng 2.000 cơ sở", "2.000", 2000, "count", "cơ sở", "cơ sở kiểm tra chuyên đề",
      P("trong tháng 6", "2025-06-01", "2025-06-30"), approx="about", status="forecast"),
]

NOTES = [
    "Bộ Công Thương (moit.gov.vn style): lực lượng QLTT cả nước, kinh doanh vàng, 4 tháng đầu năm 2025. National: location Việt Nam.",
    "Year-less headline '4 tháng' takes 2025 (published). The headline 512 repeats the body figure; both are figures.",
    "7,9 + 10,7 = 18,6 tỷ after 'trong đó' -> total 18,6 tỷ. Province list with 'lần lượt' -> subject 'vụ vi phạm', location each province.",
    "52 kg seized 'tại các tỉnh An Giang, Tây Ninh, Quảng Trị' follows a national count: location stays Việt Nam.",
    "'gấp 2,3 lần cùng kỳ' standing as its own sentence: a multiple. 38 doanh nghiệp after 'trong đó' is part of the 12.500 businesses.",
    "Not figures: Công điện số 28/CĐ-TTg, 'Lượt xem: 1.204', 'số 54 Hai Bà Trưng', phone 024.2220.2108, 30/4/2025.",
]

write_set("p1015-4", TEXT, FIG, NOTES, published="2025-05-22", location="Việt Nam")
