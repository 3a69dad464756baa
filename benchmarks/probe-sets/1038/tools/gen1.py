"""p1038-1: province portal (Phú Yên), 9 months of 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Phú Yên: Hơn 14.000 con bò được thụ tinh nhân tạo trong 9 tháng
Cập nhật: 14/10/2024 09:45 | Lượt xem: 2.316

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, toàn tỉnh đã thực hiện thụ tinh nhân tạo cho 14.265 con bò cái, đạt 79,3% kế hoạch năm, tăng 6,8% so với cùng kỳ năm 2023. Số bê lai sinh ra ước đạt 9.840 con. Tỷ lệ đậu thai bình quân đạt 68,5%.

Các địa phương có số bò được phối giống nhiều nhất lần lượt là huyện Sơn Hòa (3.120 con), Tây Hòa (2.870 con) và Đồng Xuân (2.415 con). Tổng đàn bò của tỉnh tính đến 30/9/2024 có khoảng 198.500 con, trong đó bò lai chiếm 63,4%, cao hơn 2,1 điểm phần trăm so với cuối năm 2023.

Trong 9 tháng, tỉnh đã cấp miễn phí 15.600 liều tinh đông lạnh (chủ yếu tinh bò Brahman, Red Angus và BBB) cùng 7.800 lít nitơ lỏng cho các điểm phối giống. Tính đến cuối tháng 9, toàn tỉnh có 86 dẫn tinh viên đang hoạt động. Mức hỗ trợ công phối giống là 50.000 đồng/con bò có chửa theo Nghị quyết số 17/2021/NQ-HĐND của HĐND tỉnh. Giá bê lai 6 tháng tuổi từ 13 đến 15 triệu đồng/con, cao hơn khoảng 30% so với bê nội cùng lứa tuổi.

Mục tiêu cả năm 2024, tỉnh phấn đấu thụ tinh nhân tạo 18.000 con bò, nâng tỷ lệ bò lai lên 65%. Dự kiến trong quý IV/2024, ngành chuyên môn sẽ tập huấn thêm 25 dẫn tinh viên mới và tổ chức Hội thi bê lai đẹp lần thứ 3 tại thị xã Sông Cầu.

Mọi thông tin chi tiết xin liên hệ Chi cục Chăn nuôi và Thú y, số 05 Lê Trung Kiên, TP Tuy Hòa, điện thoại 0257.3841.207.
"""

NOTES = [
    "Cổng TTĐT tỉnh Phú Yên: thụ tinh nhân tạo bò 9 tháng đầu năm 2024. Dateline 'Cập nhật: 14/10/2024 09:45'; 'Lượt xem: 2.316' is furniture.",
    "Headline 'trong 9 tháng' has no year: nothing dated stands before it, so the year of `published` (2024).",
    "Distractors: Nghị quyết số 17/2021/NQ-HĐND, 'lần thứ 3', 'số 05 Lê Trung Kiên', phone 0257.3841.207, time 09:45.",
    "'đạt 79,3% kế hoạch năm' is the percent of 14.265 con; 'cao hơn khoảng 30% so với bê nội' is the change of the price range;",
    "'cao hơn 2,1 điểm phần trăm' is the change of the share 63,4%. District list items take the district as location.",
    "'bê lai 6 tháng tuổi' is a category's specification (optional).",
]

Y9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
FIGS = [
    F("Hơn 14.000 con bò", "14.000", 14000, "count", "con", "bò được thụ tinh nhân tạo",
      P("trong 9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("cho 14.265 con bò cái", "14.265", 14265, "count", "con", "bò cái được thụ tinh nhân tạo", Y9,
      percent=79.3, change=C("increase", 6.8, "%", "cùng kỳ năm 2023")),
    F("ước đạt 9.840 con", "9.840", 9840, "count", "con", "bê lai sinh ra", I(Y9), status="estimate"),
    F("bình quân đạt 68,5%", "68,5", 68.5, "percent", "%", "tỷ lệ đậu thai bình quân", I(Y9)),
    F("(3.120 con)", "3.120", 3120, "count", "con", "bò được phối giống", I(Y9), location="Sơn Hòa"),
    F("(2.870 con)", "2.870", 2870, "count", "con", "bò được phối giống", I(Y9), location="Tây Hòa"),
    F("(2.415 con)", "2.415", 2415, "count", "con", "bò được phối giống", I(Y9), location="Đồng Xuân"),
    F("khoảng 198.500 con", "198.500", 198500, "count", "con", "tổng đàn bò",
      P("tính đến 30/9/2024", None, "2024-09-30"), approx="about"),
    F("chiếm 63,4%", "63,4", 63.4, "percent", "%", "tỷ lệ bò lai trong tổng đàn bò",
      P("tính đến 30/9/2024", None, "2024-09-30"),
      change=C("increase", 2.1, "điểm phần trăm", "cuối năm 2023")),
    F("miễn phí 15.600 liều tinh", "15.600", 15600, "count", "liều tinh", "liều tinh đông lạnh cấp miễn phí",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("cùng 7.800 lít nitơ", "7.800", 7800, "measure", "lít", "nitơ lỏng cấp miễn phí",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("có 86 dẫn tinh viên", "86", 86, "count", "dẫn tinh viên", "dẫn tinh viên đang hoạt động",
      P("Tính đến cuối tháng 9", None, "2024-09-30")),
    F("là 50.000 đồng/con", "50.000", 50000, "money", "đồng/con", "mức hỗ trợ công phối giống"),
    F("bê lai 6 tháng tuổi", "6", 6, "measure", "tháng", "tuổi bê lai", optional=True),
    F("từ 13 đến 15 triệu", "13", 13e6, "money", "đồng/con", "giá bê lai 6 tháng tuổi", value_max=15e6,
      change=C("increase", 30, "%", "bê nội cùng lứa tuổi", approx="about")),
    F("thụ tinh nhân tạo 18.000 con bò", "18.000", 18000, "count", "con", "bò được thụ tinh nhân tạo",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("lên 65%", "65", 65, "percent", "%", "tỷ lệ bò lai", P("cả năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("thêm 25 dẫn tinh viên", "25", 25, "count", "dẫn tinh viên", "dẫn tinh viên mới được tập huấn",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
]

if __name__ == "__main__":
    write("p1038-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Phú Yên")
