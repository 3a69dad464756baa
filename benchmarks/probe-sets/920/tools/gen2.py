"""p920-2: Cam Lộ (Quảng Trị) district portal — lemongrass for essential oil in xã Cam Thành."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAM LỘ
Kinh tế - Nông nghiệp
Thứ Năm, 17/08/2023 - 10:20

Cam Thành: Trồng sả lấy tinh dầu, hướng đi mới trên đất gò đồi

Thực hiện Nghị quyết số 12-NQ/HU ngày 15/3/2021 của Huyện ủy về phát triển nông nghiệp hàng hóa, người dân xã Cam Thành đã mạnh dạn chuyển diện tích keo, sắn kém hiệu quả sang trồng sả. Đến nay, toàn xã có 86 ha sả, tăng 24 ha so với năm 2022, với 214 hộ tham gia.

Sả được trồng một lần, thu hoạch liên tục trong 4-5 năm, mỗi năm cắt 3-4 lứa. Năng suất lá sả tươi bình quân đạt 45 tấn/ha/năm. Hiện trên địa bàn xã có 2 lò chưng cất tinh dầu sả, mỗi lò có công suất 500 kg lá/mẻ. Cứ khoảng 100 kg lá sả tươi chưng cất được 0,8-1 lít tinh dầu.

Giá tinh dầu sả hiện được thương lái thu mua ở mức 350.000-400.000 đồng/lít. Sau khi trừ chi phí, lợi nhuận bình quân đạt khoảng 60 triệu đồng/ha/năm, cao gấp 3 lần trồng keo. Gia đình ông Lê Văn Sáu ở thôn Tân Mỹ trồng 1,2 ha sả, mỗi năm thu về hơn 70 triệu đồng.

Theo ông Nguyễn Hữu Bảy, Chủ tịch UBND xã, 6 tháng đầu năm 2023 các lò trên địa bàn đã chưng cất được 1.150 lít tinh dầu, doanh thu khoảng 420 triệu đồng. Xã đang phối hợp xây dựng nhãn hiệu tập thể "Tinh dầu sả Cam Thành" và hướng dẫn bà con trồng sả dọc tuyến Quốc lộ 9.

Thời gian tới, huyện Cam Lộ phấn đấu đến năm 2025 nâng diện tích sả toàn huyện lên 250 ha, xây dựng thêm 3 lò chưng cất tinh dầu.

Thanh Hương - Trung tâm VH-TT&TT huyện
"""

NOW = P("Đến nay", None, "2023-08-17")
H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 86 ha sả", "86", 86, "measure", "ha", "diện tích sả", NOW,
      change=C("increase", 24, "ha", "năm 2022")),
    F("với 214 hộ", "214", 214, "count", "hộ", "hộ tham gia trồng sả", NOW),
    F("trong 4-5 năm", "4", 4, "measure", "năm", "thời gian thu hoạch liên tục của cây sả", value_max=5),
    F("cắt 3-4 lứa", "3", 3, "count", "lứa", "lứa sả cắt mỗi năm", value_max=4),
    F("đạt 45 tấn/ha/năm", "45", 45, "measure", "tấn/ha/năm", "năng suất lá sả tươi bình quân"),
    F("có 2 lò", "2", 2, "count", "lò", "lò chưng cất tinh dầu sả"),
    F("500 kg lá/mẻ", "500", 500, "measure", "kg/mẻ", "công suất mỗi lò chưng cất"),
    F("khoảng 100 kg", "100", 100, "measure", "kg", "lá sả tươi", approx="about", optional=True),
    F("0,8-1 lít", "0,8", 0.8, "measure", "lít", "tinh dầu chưng cất từ 100 kg lá sả tươi", value_max=1),
    F("350.000-400.000 đồng/lít", "350.000", 350000, "money", "đồng/lít", "giá tinh dầu sả thu mua",
      value_max=400000),
    F("khoảng 60 triệu đồng/ha/năm", "60", 60e6, "money", "đồng/ha/năm", "lợi nhuận bình quân trồng sả",
      approx="about", change=C("increase", 3, "lần", "trồng keo")),
    F("trồng 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích sả của gia đình ông Lê Văn Sáu"),
    F("hơn 70 triệu đồng", "70", 70e6, "money", "đồng", "thu nhập hằng năm của gia đình ông Lê Văn Sáu từ sả",
      approx="over"),
    F("được 1.150 lít", "1.150", 1150, "measure", "lít", "tinh dầu sả chưng cất", H1),
    F("khoảng 420 triệu đồng", "420", 420e6, "money", "đồng", "doanh thu tinh dầu sả", H1, approx="about"),
    F("lên 250 ha", "250", 250, "measure", "ha", "diện tích sả toàn huyện", T25, status="target"),
    F("thêm 3 lò", "3", 3, "count", "lò", "lò chưng cất tinh dầu xây dựng thêm", T25, status="target"),
]

NOTES = [
    "Cam Lộ district portal (Quảng Trị): lemongrass in xã Cam Thành; location is the district (the commune lies in it).",
    "'Đến nay' ends at the dateline 17/08/2023. 'cao gấp 3 lần trồng keo' after the profit figure is its change (unit lần, baseline trồng keo).",
    "'khoảng 100 kg lá sả tươi' is the base of a conversion rate (optional); 0,8-1 lít is the claim. 'thu hoạch ... trong 4-5 năm' is a crop-life measure.",
    "Distractors: Nghị quyết số 12-NQ/HU ngày 15/3/2021, names Lê Văn Sáu / Nguyễn Hữu Bảy, Quốc lộ 9, 'trồng một lần', time 10:20.",
]

write("p920-2", TEXT, NOTES, FIGS, published="2023-08-17", location="Cam Lộ")
