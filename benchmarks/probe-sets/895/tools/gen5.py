"""p895-5: Báo Nghệ An (Party provincial paper), household goose farm in Yên Thành, byline + bare date at the end."""
from lib import build, F, P, I, C

TEXT = """Yên Thành: Làm giàu từ nuôi ngỗng trên đất bãi

Về xã Bảo Thành (huyện Yên Thành) những ngày này, dễ bắt gặp những đàn ngỗng trắng thả trên bãi cỏ ven sông. Anh Nguyễn Văn Tám ở xóm 6 là một trong những hộ nuôi ngỗng lớn nhất xã với 2.200 con ngỗng thịt và 300 con ngỗng mẹ.

Theo anh Tám, ngỗng dễ nuôi, ít bệnh, thức ăn chủ yếu là cỏ và cám ngô. Mỗi con ngỗng mẹ đẻ bình quân 40-45 quả trứng/năm; trứng ngỗng giống bán tại trại giá 12.000 đồng/quả, trứng thương phẩm 8.000 đồng/quả.

Năm 2024, gia đình anh xuất bán hơn 6.500 con ngỗng thịt, trọng lượng bình quân 4,2 kg/con; với giá bán 78.000 đồng/kg, trừ chi phí, thu lãi gần 500 triệu đồng. Trang trại còn tạo việc làm thường xuyên cho 5 lao động với mức lương 7 triệu đồng/người/tháng.

Hiện nay, giá ngỗng hơi tại Nghệ An dao động 80.000-90.000 đồng/kg, tăng khoảng 15% so với cùng kỳ năm trước. Thương lái từ Hà Tĩnh, Thanh Hóa về tận nơi thu mua.

Theo Phòng Nông nghiệp và PTNT huyện Yên Thành, toàn huyện hiện có 47 hộ nuôi ngỗng quy mô trên 500 con, tổng đàn ngỗng đạt 68.000 con, chiếm khoảng 30% tổng đàn ngỗng của tỉnh. Huyện đặt mục tiêu đến năm 2026 nâng tổng đàn lên 90.000 con, xây dựng 2 chuỗi liên kết tiêu thụ sản phẩm ngỗng. Theo chính sách của huyện, hộ nuôi mới được hỗ trợ 50% kinh phí mua con giống, tối đa 20 triệu đồng/hộ.

Ông Hồ Sỹ Năm, Phó Chủ tịch UBND xã Bảo Thành cho biết, xã đã quy hoạch vùng chăn nuôi ngỗng tập trung rộng 12 ha ở khu vực bãi bồi đội 2.

Bài, ảnh: THANH HƯƠNG
08/03/2025
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
GOAL = P("đến năm 2026", end="2026-12-31")
FIGS = [
    F("với 2.200 con", "2.200", 2200, "count", "con", "ngỗng thịt của hộ anh Nguyễn Văn Tám"),
    F("và 300 con", "300", 300, "count", "con", "ngỗng mẹ"),
    F("bình quân 40-45 quả", "40", 40, "measure", "quả trứng/năm", "trứng mỗi con ngỗng mẹ đẻ", value_max=45),
    F("giá 12.000 đồng/quả", "12.000", 12000, "money", "đồng/quả", "giá trứng ngỗng giống"),
    F("phẩm 8.000 đồng/quả", "8.000", 8000, "money", "đồng/quả", "giá trứng ngỗng thương phẩm"),
    F("hơn 6.500 con", "6.500", 6500, "count", "con", "ngỗng thịt xuất bán", Y24, approx="over"),
    F("bình quân 4,2 kg/con", "4,2", 4.2, "measure", "kg/con", "trọng lượng bình quân ngỗng thịt", Y24),
    F("bán 78.000 đồng/kg", "78.000", 78000, "money", "đồng/kg", "giá bán ngỗng", Y24),
    F("gần 500 triệu đồng", "500", 500000000, "money", "đồng", "lãi nuôi ngỗng", Y24, approx="nearly"),
    F("cho 5 lao động", "5", 5, "count", "lao động", "lao động thường xuyên của trang trại"),
    F("lương 7 triệu đồng", "7", 7000000, "money", "đồng/người/tháng", "mức lương lao động"),
    F("dao động 80.000-90.000 đồng/kg", "80.000", 80000, "money", "đồng/kg", "giá ngỗng hơi", value_max=90000,
      change=C("increase", 15, baseline="cùng kỳ năm trước", approx="about"), location="Nghệ An"),
    F("có 47 hộ", "47", 47, "count", "hộ", "hộ nuôi ngỗng quy mô trên 500 con"),
    F("trên 500 con", "500", 500, "count", "con", "quy mô hộ nuôi ngỗng", approx="over", optional=True),
    F("đạt 68.000 con", "68.000", 68000, "count", "con", "tổng đàn ngỗng", percent=30),
    F("lên 90.000 con", "90.000", 90000, "count", "con", "tổng đàn ngỗng", GOAL, status="target"),
    F("xây dựng 2 chuỗi", "2", 2, "count", "chuỗi liên kết", "chuỗi liên kết tiêu thụ sản phẩm ngỗng", GOAL,
      status="target"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "mức hỗ trợ kinh phí mua con giống cho hộ nuôi mới"),
    F("tối đa 20 triệu đồng/hộ", "20", 20000000, "money", "đồng/hộ", "mức hỗ trợ tối đa mỗi hộ", approx="at_most"),
    F("rộng 12 ha", "12", 12, "measure", "ha", "vùng chăn nuôi ngỗng tập trung quy hoạch"),
]

NOTES = [
    "Báo Nghệ An: household goose farm in xã Bảo Thành, huyện Yên Thành; byline 'Bài, ảnh: THANH HƯƠNG' and bare date 08/03/2025 at the end.",
    "Location Yên Thành (district) by default; the provincial price sentence 'tại Nghệ An' is Nghệ An. 'Hà Tĩnh, Thanh Hóa' are traders' origins.",
    "Optional: 'trên 500 con' (size-class threshold). Rates keep their denominator: quả trứng/năm, đồng/quả, kg/con, đồng/người/tháng, đồng/hộ.",
    "Not figures: 'xóm 6', 'đội 2', people named 'Nguyễn Văn Tám', 'Hồ Sỹ Năm'. 'chiếm khoảng 30%' is the percent of 68.000.",
    "revised: unit of 40-45 now 'quả trứng/năm' as written (the gold had dropped 'trứng').",
    "'đã quy hoạch vùng … rộng 12 ha' describes a zone already laid out: actual.",
]

build("p895-5", TEXT, NOTES, FIGS, published="2025-03-08", location="Yên Thành")
