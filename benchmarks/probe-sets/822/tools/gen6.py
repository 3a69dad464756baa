"""p822-6: national newspaper - household businesses in TP HCM closing faster than opening (2024)."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ hai, 24/3/2025, 06:30 (GMT+7)

Hộ kinh doanh ở TP HCM đóng cửa nhiều hơn mở mới

Năm 2024, TP HCM có 31.540 hộ kinh doanh đăng ký mới nhưng có tới 33.870 hộ ngừng hoạt động, lần đầu tiên số hộ đóng cửa vượt số mở mới.

Theo Cục Thống kê TP HCM, đến cuối năm 2024 thành phố còn khoảng 398.000 hộ kinh doanh cá thể, giảm 0,6% so với cuối năm 2023. Trong đó, nhóm dịch vụ nhỏ như cắt tóc, làm móng, giặt là, sửa xe chiếm 18,2%. Doanh thu bình quân của một hộ chỉ còn 41,5 triệu đồng/tháng, thấp hơn 7,3% so với năm 2023.

Chị Nguyễn Thị Sáu, chủ tiệm giặt sấy trên đường Lê Văn Sỹ, cho biết trước đây tiệm nhận 200-250 kg đồ mỗi ngày, nay chỉ còn hơn 100 kg. "Tiền thuê mặt bằng 22 triệu đồng/tháng, chưa kể điện nước, nhiều tháng tôi lỗ", chị nói. Trên một đoạn đường 3/2 (quận 10), trong số 12 tiệm sửa xe đã có 5 tiệm đóng cửa từ tháng 6/2024 đến nay.

Số hộ ngừng kinh doanh tập trung ở các quận trung tâm: quận 1 (2.915 hộ), quận 3 (2.460 hộ), Bình Thạnh (2.105 hộ). Giá thuê mặt bằng ở các quận này gấp 1,5-2 lần mức bình quân của thành phố.

Ông Phạm Văn Tư, Phó Cục trưởng Cục Thuế TP HCM, cho biết từ ngày 1/6/2025, hộ kinh doanh có doanh thu từ 1 tỷ đồng/năm trở lên phải sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền theo Nghị định 70/2025/NĐ-CP; dự kiến thành phố có khoảng 45.000 hộ thuộc diện này.

Minh Anh
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("đến cuối năm 2024", end="2024-12-31")
CLOSED = "hộ ngừng kinh doanh"

FIGS = [
    F("có 31.540 hộ", "31.540", 31540, "count", "hộ kinh doanh", "hộ kinh doanh đăng ký mới", Y24),
    F("tới 33.870 hộ", "33.870", 33870, "count", "hộ", "hộ ngừng hoạt động", Y24),
    F("khoảng 398.000 hộ", "398.000", 398000, "count", "hộ kinh doanh cá thể", "hộ kinh doanh cá thể", ASOF,
      approx="about", change=C("decrease", 0.6, baseline="cuối năm 2023")),
    F("chiếm 18,2%", "18,2", 18.2, "percent", "%",
      "nhóm dịch vụ nhỏ như cắt tóc, làm móng, giặt là, sửa xe trong số hộ kinh doanh cá thể", I(ASOF)),
    F("41,5 triệu đồng/tháng", "41,5", 41.5e6, "money", "đồng/tháng", "doanh thu bình quân của một hộ",
      I(Y24),
      change=C("decrease", 7.3, baseline="năm 2023")),
    F("200-250 kg", "200", 200, "measure", "kg", "đồ tiệm giặt sấy nhận mỗi ngày trước đây", value_max=250),
    F("hơn 100 kg", "100", 100, "measure", "kg", "đồ tiệm giặt sấy nhận mỗi ngày hiện nay", approx="over"),
    F("22 triệu đồng/tháng", "22", 22e6, "money", "đồng/tháng", "tiền thuê mặt bằng tiệm giặt sấy"),
    F("số 12 tiệm", "12", 12, "count", "tiệm", "tiệm sửa xe trên một đoạn đường 3/2", location="Quận 10"),
    F("có 5 tiệm", "5", 5, "count", "tiệm", "tiệm sửa xe đóng cửa",
      P("từ tháng 6/2024 đến nay", "2024-06-01", "2025-03-24"), total=12, location="Quận 10"),
    F("(2.915 hộ)", "2.915", 2915, "count", "hộ", CLOSED, I(Y24), location="Quận 1"),
    F("(2.460 hộ)", "2.460", 2460, "count", "hộ", CLOSED, I(Y24), location="Quận 3"),
    F("(2.105 hộ)", "2.105", 2105, "count", "hộ", CLOSED, I(Y24), location="Bình Thạnh"),
    F("gấp 1,5-2 lần", "1,5", 1.5, "multiple", "lần",
      "giá thuê mặt bằng ở các quận trung tâm so với mức bình quân của thành phố", value_max=2),
    F("từ 1 tỷ đồng/năm", "1", 1e9, "money", "đồng/năm", "ngưỡng doanh thu", approx="at_least", optional=True),
    F("khoảng 45.000 hộ", "45.000", 45000, "count", "hộ",
      "hộ thuộc diện phải sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", approx="about", status="forecast"),
]

NOTES = [
    "National newspaper (Thứ hai, 24/3/2025, 06:30 (GMT+7)), byline at the end: hộ kinh doanh TP HCM đóng cửa năm 2024.",
    "Location: the text writes 'TP HCM'; the gold uses the canonical name 'TP Hồ Chí Minh'. Districts in the list and the",
    "quận 10 street example are the figures' location. 'trong số 12 tiệm ... có 5 tiệm' gives total 12. 'gấp 1,5-2 lần'",
    "stands as the claim of its sentence: a multiple range. Distractors: đường 3/2, quận 1/3/10 as names, Chị Nguyễn Thị Sáu,",
    "Ông Phạm Văn Tư, 'từ ngày 1/6/2025', Nghị định 70/2025/NĐ-CP, dateline and time.",
]

write(6, TEXT, FIGS, NOTES, published="2025-03-24", location="TP Hồ Chí Minh")
