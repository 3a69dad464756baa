"""p819-2: district portal (huyện Bình Giang, Hải Dương), làng kim hoàn Châu Khê, xã Thúc Kháng."""
from lib import C, F, I, P, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÌNH GIANG - TỈNH HẢI DƯƠNG
Tin tức > Kinh tế
Thứ Hai, 06/11/2023 - 10:45

Làng kim hoàn Châu Khê giữ nghề, mở hướng phát triển

Nằm cạnh Quốc lộ 38, làng Châu Khê (xã Thúc Kháng) được coi là đất tổ nghề kim hoàn với lịch sử hơn 500 năm. Hiện nay, xã có 145 hộ với khoảng 520 lao động làm nghề chế tác vàng bạc, chiếm gần 40% số hộ toàn xã.

10 tháng đầu năm 2023, doanh thu từ nghề kim hoàn của xã ước đạt 64,2 tỷ đồng, tăng 8,5% so với cùng kỳ. Thu nhập bình quân của người thợ đạt 7,8 triệu đồng/tháng.

Trên địa bàn xã có 23 cửa hàng kinh doanh vàng bạc, trong đó 9 cửa hàng có giấy phép sản xuất vàng trang sức, mỹ nghệ. Giá gia công một chiếc nhẫn vàng tại làng dao động 150.000-250.000 đồng, thấp hơn khoảng 30% so với các cửa hàng ở Hà Nội.

Toàn huyện Bình Giang hiện có 57 cơ sở kinh doanh vàng bạc, đá quý, tập trung chủ yếu tại thị trấn Kẻ Sặt (21 cơ sở) và xã Thúc Kháng. Trong đợt kiểm tra tháng 9/2023, Đội Quản lý thị trường số 6 đã kiểm tra 18 cơ sở, phát hiện 4 cơ sở vi phạm về niêm yết giá và nguồn gốc hàng hóa, xử phạt hành chính 46,5 triệu đồng.

Mục tiêu đến năm 2025, huyện phấn đấu doanh thu làng nghề Châu Khê đạt 90 tỷ đồng/năm; 100% cửa hàng vàng bạc niêm yết giá công khai và sử dụng cân được kiểm định.

Minh Hằng - Trung tâm VH-TT&TT huyện
"""

NOTES = [
    "District portal of Bình Giang (Hải Dương): the goldsmith village Châu Khê in xã Thúc Kháng, 10 months of 2023.",
    "Location is the district Bình Giang throughout (xã Thúc Kháng, thị trấn Kẻ Sặt lie in it; Hà Nội is only a price comparison).",
    "'chiếm gần 40% số hộ' is the share of the 145 hộ (unit hộ), though '520 lao động' stands in between.",
    "'Kẻ Sặt (21 cơ sở)' does not add up to 57: no total. '4 cơ sở vi phạm' after 'kiểm tra 18 cơ sở' has no part-of cue: no total.",
    "'lịch sử hơn 500 năm' (age of the craft) is optional. 'Quốc lộ 38', 'Đội Quản lý thị trường số 6', the dateline are distractors.",
]

M10 = P("10 tháng đầu năm 2023", "2023-01-01", "2023-10-31")
SEP = P("tháng 9/2023", "2023-09-01", "2023-09-30")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("lịch sử hơn 500 năm", "500", 500, "measure", "năm", approx="over",
      subject="lịch sử nghề kim hoàn Châu Khê", optional=True),
    F("có 145 hộ", "145", 145, "count", "hộ", percent=40, subject="hộ làm nghề chế tác vàng bạc"),
    F("khoảng 520 lao động", "520", 520, "count", "lao động", approx="about",
      subject="lao động làm nghề chế tác vàng bạc"),
    F("ước đạt 64,2 tỷ đồng", "64,2", 64.2e9, "money", "đồng", status="estimate",
      change=C("increase", 8.5, "%", "cùng kỳ"), subject="doanh thu từ nghề kim hoàn của xã", period=M10),
    F("đạt 7,8 triệu", "7,8", 7.8e6, "money", "đồng/tháng", subject="thu nhập bình quân của người thợ",
      period=I(M10)),
    F("có 23 cửa hàng", "23", 23, "count", "cửa hàng", subject="cửa hàng kinh doanh vàng bạc"),
    F("trong đó 9 cửa hàng", "9", 9, "count", "cửa hàng", total=23,
      subject="cửa hàng có giấy phép sản xuất vàng trang sức, mỹ nghệ"),
    F("dao động 150.000-250.000 đồng", "150.000", 150000, "money", "đồng", value_max=250000,
      change=C("decrease", 30, "%", "các cửa hàng ở Hà Nội", approx="about"),
      subject="giá gia công một chiếc nhẫn vàng"),
    F("có 57 cơ sở", "57", 57, "count", "cơ sở", subject="cơ sở kinh doanh vàng bạc, đá quý"),
    F("(21 cơ sở)", "21", 21, "count", "cơ sở", subject="cơ sở kinh doanh vàng bạc, đá quý tại thị trấn Kẻ Sặt"),
    F("kiểm tra 18 cơ sở", "18", 18, "count", "cơ sở", subject="cơ sở được kiểm tra", period=SEP),
    F("phát hiện 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở vi phạm về niêm yết giá và nguồn gốc hàng hóa",
      period=SEP),
    F("hành chính 46,5 triệu đồng", "46,5", 46.5e6, "money", "đồng", subject="tiền xử phạt hành chính",
      period=SEP),
    F("đạt 90 tỷ đồng/năm", "90", 90e9, "money", "đồng/năm", status="target",
      subject="doanh thu làng nghề Châu Khê", period=Y25),
    F("100% cửa hàng", "100", 100, "percent", "%", status="target",
      subject="cửa hàng vàng bạc niêm yết giá công khai và sử dụng cân được kiểm định", period=Y25),
]

write(2, TEXT, NOTES, FIGS, published="2023-11-06", location="Bình Giang")
