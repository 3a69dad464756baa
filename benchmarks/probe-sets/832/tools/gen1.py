"""p832-1: Quảng Nam province portal — sâm Ngọc Linh area, households, output, price, enforcement, 2030 targets."""
from lib import F, P, Y, C, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Quảng Nam có hơn 1.600 ha sâm Ngọc Linh dưới tán rừng
Cập nhật: 12/08/2024 09:45 | Lượt xem: 2.318

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, tổng diện tích sâm Ngọc Linh trồng dưới tán rừng trên địa bàn tỉnh đạt 1.612 ha, tăng 205 ha so với cuối năm 2023. Trong đó, huyện Nam Trà My có khoảng 1.350 ha, chiếm gần 84%; huyện Phước Sơn có 176 ha; phần còn lại phân bố ở các huyện Bắc Trà My, Tây Giang và Đông Giang.

Toàn tỉnh hiện có 2.150 hộ dân, 32 doanh nghiệp và 17 hợp tác xã tham gia trồng sâm, với tổng số cây ước đạt 4,5 triệu cây.

Sáu tháng đầu năm, sản lượng sâm củ tươi thu hoạch ước đạt 9,2 tấn, doanh thu khoảng 560 tỷ đồng, tăng 18% so với cùng kỳ năm trước. Giá sâm Ngọc Linh loại 1 (từ 10 củ/kg trở xuống) hiện dao động từ 80 đến 120 triệu đồng/kg, tăng khoảng 1,5 lần so với năm 2020; sâm loại nhỏ có giá khoảng 35 triệu đồng/kg.

Để bảo vệ thương hiệu, tỉnh đã ban hành Quyết định số 2121/QĐ-UBND về quản lý giống sâm, đồng thời tổ chức Phiên chợ sâm Ngọc Linh lần thứ 5 tại thị trấn Tắc Pỏ, dọc Quốc lộ 40B, thu hút hơn 120 gian hàng. Từ đầu năm đến nay, lực lượng chức năng đã kiểm tra 46 vụ, xử lý 12 vụ vận chuyển, kinh doanh sâm không rõ nguồn gốc, tịch thu 38 kg sâm và củ tam thất giả.

Theo Đề án phát triển sâm Ngọc Linh, tỉnh phấn đấu đến năm 2030 nâng diện tích lên 3.000 ha, giá trị sản xuất đạt khoảng 10.000 tỷ đồng mỗi năm, tạo việc làm ổn định cho trên 5.000 lao động.
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-12")
T2030 = P("đến năm 2030", None, "2030-12-31")
AREA = "diện tích sâm Ngọc Linh trồng dưới tán rừng"

FIGS = [
    F("Quảng Nam có hơn 1.600 ha", "1.600", 1600, "measure", "ha", AREA, approx="over"),
    F("tỉnh đạt 1.612 ha", "1.612", 1612, "measure", "ha", AREA,
      change=C("increase", 205, "ha", "cuối năm 2023"), period=ASOF),
    F("Nam Trà My có khoảng 1.350 ha", "1.350", 1350, "measure", "ha", AREA, approx="about",
      total=1612, percent=84, period={**ASOF, "inherited": True}, location="Nam Trà My"),
    F("Phước Sơn có 176 ha", "176", 176, "measure", "ha", AREA, total=1612,
      period={**ASOF, "inherited": True}, location="Phước Sơn"),
    F("có 2.150 hộ dân", "2.150", 2150, "count", "hộ dân", "hộ dân tham gia trồng sâm"),
    F("32 doanh nghiệp", "32", 32, "count", "doanh nghiệp", "doanh nghiệp tham gia trồng sâm"),
    F("17 hợp tác xã", "17", 17, "count", "hợp tác xã", "hợp tác xã tham gia trồng sâm"),
    F("ước đạt 4,5 triệu cây", "4,5", 4500000, "count", "cây", "tổng số cây sâm", status="estimate"),
    F("ước đạt 9,2 tấn", "9,2", 9.2, "measure", "tấn", "sản lượng sâm củ tươi thu hoạch",
      status="estimate", period=H1),
    F("khoảng 560 tỷ đồng", "560", 560e9, "money", "đồng", "doanh thu từ sâm", approx="about",
      status="estimate", change=C("increase", 18, "%", "cùng kỳ năm trước"), period=H1),
    F("từ 10 củ/kg", "10", 10, "measure", "củ/kg", "quy cách sâm loại 1", approx="at_most", optional=True),
    F("từ 80 đến 120 triệu đồng/kg", "80", 80e6, "money", "đồng/kg", "giá sâm Ngọc Linh loại 1",
      value_max=120e6, change=C("increase", 1.5, "lần", "năm 2020", approx="about")),
    F("giá khoảng 35 triệu đồng/kg", "35", 35e6, "money", "đồng/kg", "giá sâm loại nhỏ", approx="about"),
    F("hơn 120 gian hàng", "120", 120, "count", "gian hàng", "gian hàng tham gia Phiên chợ sâm Ngọc Linh",
      approx="over"),
    F("kiểm tra 46 vụ", "46", 46, "count", "vụ", "vụ kiểm tra", period=YTD),
    F("xử lý 12 vụ", "12", 12, "count", "vụ", "vụ vận chuyển, kinh doanh sâm không rõ nguồn gốc bị xử lý",
      period=YTD),
    F("tịch thu 38 kg", "38", 38, "measure", "kg", "sâm và củ tam thất giả bị tịch thu", period=YTD),
    F("lên 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích sâm Ngọc Linh", status="target",
      period=T2030),
    F("khoảng 10.000 tỷ đồng mỗi năm", "10.000", 10000e9, "money", "đồng/năm", "giá trị sản xuất sâm Ngọc Linh",
      approx="about", status="target", period=T2030),
    F("trên 5.000 lao động", "5.000", 5000, "count", "lao động", "lao động có việc làm ổn định từ sâm",
      approx="over", status="target", period=T2030),
]

NOTES = [
    "Cổng TTĐT tỉnh Quảng Nam (invented): sâm Ngọc Linh dưới tán rừng, to 30/6/2024; breadcrumb, 'Cập nhật: 12/08/2024 09:45 | Lượt xem: 2.318'.",
    "Distractors: Lượt xem 2.318, Quyết định số 2121/QĐ-UBND, 'loại 1' (a grade), 'Phiên chợ … lần thứ 5' (ordinal), Quốc lộ 40B, times.",
    "District parts after 'Trong đó' take the 1.612 ha whole; '(từ 10 củ/kg trở xuống)' is the grade's threshold (optional).",
    "'ước đạt' governs the continuing clause 'doanh thu khoảng 560 tỷ đồng'; 'tăng 18%' is that clause's change.",
    "'tăng khoảng 1,5 lần so với năm 2020' is the change of the price range before it. 'hiện' gives no period.",
]

write(1, TEXT, FIGS, NOTES, published="2024-08-12", location="Quảng Nam")
