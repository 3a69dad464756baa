"""p874-1: province portal (Thanh Hóa), Trà Đông bronze casting village, first half of 2024."""
from lib import F, period, inherit, change, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Làng đúc đồng Trà Đông thu gần 200 tỷ đồng trong 6 tháng
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.317

(Thanhhoa.gov.vn) - 6 tháng đầu năm 2024, làng nghề đúc đồng Trà Đông (xã Thiệu Trung, huyện Thiệu Hóa) có 312 hộ tham gia sản xuất, trong đó 46 hộ có lò đúc riêng. Tổng giá trị sản xuất ước đạt 196,5 tỷ đồng, tăng 12,4% so với cùng kỳ năm 2023 và đạt 54,6% kế hoạch năm.

Trong 6 tháng, các cơ sở sử dụng khoảng 420 tấn đồng nguyên liệu; giá đồng phế liệu dao động từ 180.000 đến 210.000 đồng/kg, cao hơn khoảng 15% so với cuối năm 2023.

Sản phẩm chủ lực là trống đồng, chuông, lư hương và tượng. Riêng trống đồng các loại đã bán ra khoảng 1.850 chiếc, mang về 74,6 tỷ đồng, chiếm 38% giá trị sản xuất của làng.

Nghề đúc đồng Trà Đông có lịch sử hơn 400 năm, được công nhận làng nghề truyền thống theo Quyết định số 1215/QĐ-UBND ngày 12/4/2013 của UBND tỉnh. Làng nghề hiện tạo việc làm cho hơn 1.200 lao động, thu nhập bình quân từ 7 đến 9 triệu đồng/người/tháng; thợ cả tay nghề cao được trả 450.000-600.000 đồng/ngày.

Theo ông Lê Văn Ba, Chủ tịch UBND xã Thiệu Trung, khó khăn lớn nhất hiện nay là mặt bằng chật hẹp, khói bụi từ lò nấu đồng ảnh hưởng đến khu dân cư.

Năm 2024, huyện Thiệu Hóa phấn đấu giá trị sản xuất làng nghề đạt 360 tỷ đồng, có thêm 5 sản phẩm đạt chuẩn OCOP từ 3 sao trở lên; đồng thời hoàn thành tuyến đường nối làng nghề với Quốc lộ 45.

Minh Đức (Sở Công Thương Thanh Hóa)
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HEAD = period("trong 6 tháng", "2024-01-01", "2024-06-30")
IN6 = period("Trong 6 tháng", "2024-01-01", "2024-06-30")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thu gần 200 tỷ đồng", "200", 200e9, "money", "đồng", "giá trị sản xuất làng đúc đồng Trà Đông", HEAD,
      approx="nearly"),
    F("có 312 hộ tham gia", "312", 312, "count", "hộ", "hộ tham gia sản xuất", H1),
    F("trong đó 46 hộ", "46", 46, "count", "hộ", "hộ có lò đúc riêng", H1, total=312),
    F("ước đạt 196,5 tỷ đồng", "196,5", 196.5e9, "money", "đồng", "tổng giá trị sản xuất", inherit(H1),
      percent=54.6, change=change("increase", 12.4, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("khoảng 420 tấn", "420", 420, "measure", "tấn", "đồng nguyên liệu sử dụng", IN6, approx="about"),
    F("từ 180.000 đến 210.000", "180.000", 180000, "money", "đồng/kg", "giá đồng phế liệu", IN6,
      value_max=210000, change=change("increase", 15, "%", "cuối năm 2023", approx="about")),
    F("khoảng 1.850 chiếc", "1.850", 1850, "count", "chiếc", "trống đồng các loại bán ra", inherit(IN6),
      approx="about"),
    F("mang về 74,6 tỷ đồng", "74,6", 74.6e9, "money", "đồng", "giá trị trống đồng bán ra", inherit(IN6),
      percent=38),
    F("lịch sử hơn 400 năm", "400", 400, "measure", "năm", "lịch sử nghề đúc đồng Trà Đông", approx="over",
      optional=True),
    F("hơn 1.200 lao động", "1.200", 1200, "count", "lao động", "lao động làng nghề có việc làm", approx="over"),
    F("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", "thu nhập bình quân lao động làng nghề",
      value_max=9e6),
    F("450.000-600.000 đồng/ngày", "450.000", 450000, "money", "đồng/ngày", "tiền công thợ cả tay nghề cao",
      value_max=600000),
    F("đạt 360 tỷ đồng", "360", 360e9, "money", "đồng", "giá trị sản xuất làng nghề", Y24,
      status="target", location="Thiệu Hóa"),
    F("thêm 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm đạt chuẩn OCOP từ 3 sao trở lên", Y24,
      status="target"),
    F("từ 3 sao trở lên", "3", 3, "measure", "sao", "hạng sao OCOP", approx="at_least", optional=True),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa: làng đúc đồng Trà Đông (xã Thiệu Trung, huyện Thiệu Hóa), 6 tháng đầu năm 2024.",
    "Location is the district Thiệu Hóa (the village's district) for every figure. Year-less headline '6 tháng' takes 2024 (published).",
    "Distractors: Lượt xem 2.317, Quyết định số 1215/QĐ-UBND ngày 12/4/2013, Quốc lộ 45, 'Lê Văn Ba', times and dates.",
    "'lịch sử hơn 400 năm' (age of the craft) and the OCOP class '3 sao trở lên' are optional.",
]

if __name__ == "__main__":
    write(1, TEXT, COMMENTS, FIGS, published="2024-07-18", location="Thiệu Hóa")
