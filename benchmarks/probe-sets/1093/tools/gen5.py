"""p1093-5: Party/provincial newspaper (Báo Thái Bình), asparagus on river-bank land in Vũ Thư; byline and bare date at the end."""
from lib import F, P, I, C, write

TEXT = """Măng tây xanh trên đất bãi Vũ Thư

Từ vài hộ trồng thử nghiệm năm 2019, đến nay huyện Vũ Thư đã có 32,6 ha măng tây xanh, gấp hơn 6 lần so với năm 2020, tập trung ở các xã Hồng Lý, Việt Hùng và Tự Tân.

Ông Phạm Văn Tư, Giám đốc HTX Dịch vụ nông nghiệp Hồng Lý, cho biết HTX hiện liên kết với 58 hộ, trồng 14,2 ha măng tây trong nhà lưới. Mỗi ngày HTX thu hoạch 450-500 kg măng, giá bán buôn 50.000 đồng/kg, bán lẻ 70.000 đồng/kg. Chi phí đầu tư ban đầu khoảng 35 triệu đồng/sào (360 m2), nhưng cây cho thu hoạch liên tục 8-10 năm nên người trồng có thể thu hồi vốn sau khoảng 18 tháng.

Năm 2023, tổng sản lượng măng tây của huyện đạt 286 tấn, giá trị khoảng 15,7 tỷ đồng; bình quân mỗi ha cho thu nhập 480 triệu đồng, cao gấp 5 lần so với cấy lúa. Sản phẩm măng tây Hồng Lý đã có mặt tại 14 cửa hàng nông sản sạch ở Hà Nội, Thái Bình và được giới thiệu tại Hội chợ nông sản lần thứ 3 của tỉnh.

Thực hiện Nghị quyết số 05-NQ/HU của Huyện ủy về phát triển nông nghiệp hàng hóa, huyện phấn đấu đến năm 2025 mở rộng diện tích măng tây lên 50 ha, xây dựng 2 chuỗi liên kết sản xuất - tiêu thụ và có 1 sản phẩm đạt chứng nhận OCOP 4 sao. Huyện hỗ trợ 30% chi phí làm nhà lưới, tối đa 100 triệu đồng/hộ.

Theo bà Nguyễn Thị Hằng, Phó Chủ tịch UBND huyện, cái khó hiện nay là đầu ra còn phụ thuộc thương lái; nhiều hộ trồng nhỏ lẻ dưới 2 sào chưa đủ sản lượng để ký hợp đồng với siêu thị.

PHƯƠNG LINH
18/6/2024
"""

NOW = P("đến nay", None, "2024-06-18")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 32,6 ha", "32,6", 32.6, "measure", "ha", "diện tích măng tây xanh", NOW,
      change=C("increase", 6, "lần", "năm 2020", approx="over")),
    F("liên kết với 58 hộ", "58", 58, "count", "hộ", "hộ liên kết với HTX"),
    F("trồng 14,2 ha", "14,2", 14.2, "measure", "ha", "diện tích măng tây trong nhà lưới của HTX"),
    F("thu hoạch 450-500 kg", "450", 450, "measure", "kg", "măng tây HTX thu hoạch mỗi ngày", value_max=500),
    F("buôn 50.000 đồng/kg", "50.000", 50000, "money", "đồng/kg", "giá bán buôn măng tây"),
    F("lẻ 70.000 đồng/kg", "70.000", 70000, "money", "đồng/kg", "giá bán lẻ măng tây"),
    F("khoảng 35 triệu đồng/sào", "35", 35e6, "money", "đồng/sào", "chi phí đầu tư ban đầu", approx="about"),
    F("(360 m2)", "360", 360, "measure", "m2", "diện tích một sào", optional=True),
    F("liên tục 8-10 năm", "8", 8, "measure", "năm", "thời gian cây măng tây cho thu hoạch", value_max=10),
    F("khoảng 18 tháng", "18", 18, "measure", "tháng", "thời gian thu hồi vốn", approx="about"),
    F("đạt 286 tấn", "286", 286, "measure", "tấn", "tổng sản lượng măng tây của huyện", Y23),
    F("khoảng 15,7 tỷ đồng", "15,7", 15.7e9, "money", "đồng", "giá trị sản lượng măng tây", Y23, approx="about"),
    F("thu nhập 480 triệu đồng", "480", 480e6, "money", "đồng/ha", "thu nhập bình quân mỗi ha măng tây", Y23,
      change=C("increase", 5, "lần", "cấy lúa")),
    F("tại 14 cửa hàng", "14", 14, "count", "cửa hàng", "cửa hàng nông sản sạch có sản phẩm măng tây Hồng Lý",
      I(Y23)),
    F("lên 50 ha", "50", 50, "measure", "ha", "diện tích măng tây", T25, status="target"),
    F("xây dựng 2 chuỗi", "2", 2, "count", "chuỗi liên kết", "chuỗi liên kết sản xuất - tiêu thụ", T25,
      status="target"),
    F("có 1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm đạt chứng nhận OCOP 4 sao", T25, status="target"),
    F("hỗ trợ 30% chi phí", "30", 30, "percent", "%", "mức hỗ trợ chi phí làm nhà lưới"),
    F("tối đa 100 triệu đồng/hộ", "100", 100e6, "money", "đồng/hộ", "mức hỗ trợ chi phí làm nhà lưới tối đa",
      approx="at_most"),
    F("dưới 2 sào", "2", 2, "measure", "sào", "diện tích trồng nhỏ lẻ", approx="under", optional=True),
]

NOTES = [
    "Party/provincial newspaper (Báo Thái Bình), byline PHƯƠNG LINH and bare date 18/6/2024 at the end: asparagus in huyện Vũ Thư.",
    "Location Vũ Thư (district; communes Hồng Lý, Việt Hùng, Tự Tân and the HTX lie in it). 'đến nay' -> as-of 2024-06-18.",
    "'gấp hơn 6 lần so với năm 2020' and 'cao gấp 5 lần so với cấy lúa' follow a figure in its clause: read as its change (unit lần),",
    "like 'tăng 51 lần so với năm 2019' in the shared gold. '(360 m2)' defines the sào and 'dưới 2 sào' is a category threshold: optional.",
    "Distractors: 'năm 2019' (a date), Nghị quyết số 05-NQ/HU, 'Hội chợ nông sản lần thứ 3' (ordinal), 'OCOP 4 sao' (a rating label),",
    "the names Phạm Văn Tư and the bare date 18/6/2024.",
]

write("p1093-5", TEXT, NOTES, FIGS, published="2024-06-18", location="Vũ Thư")
