"""p1567-2: district portal (huyện Phú Xuyên, Hà Nội): a wooden-clog village before Tết 2025."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ XUYÊN - THÀNH PHỐ HÀ NỘI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Làng nghề | Liên hệ

Làng guốc Phú Yên tất bật vụ Tết

21/01/2025 10:12

Những ngày giáp Tết Ất Tỵ, các xưởng guốc ở thôn Thượng Đình, xã Phú Yên làm việc từ 6 giờ sáng đến 10 giờ đêm. Theo Ban quản lý làng nghề, thôn có 146 hộ làm guốc gỗ, trong đó 32 hộ có xưởng cưa, đục, sơn khép kín. Năm 2024, làng nghề sản xuất khoảng 1,2 triệu đôi guốc, dép gỗ các loại, doanh thu đạt gần 54 tỷ đồng, tăng 8% so với năm 2023.

Ông Nguyễn Văn Thạo, chủ xưởng guốc Thạo Hằng, cho biết xưởng có 18 thợ, tháng cao điểm trước Tết phải thuê thêm sáu người. Mỗi ngày xưởng hoàn thiện 700-800 đôi, giá bán buôn từ 35.000 đến 120.000 đồng/đôi tùy loại gỗ xoan, vàng tâm hay gỗ mít. Tiền công thợ đục 300.000-350.000 đồng/ngày.

Gỗ nguyên liệu chủ yếu nhập từ Thanh Hóa, Nghệ An; mỗi năm làng dùng khoảng 2.600 m3 gỗ. Hiện làng có hai doanh nghiệp xuất khẩu guốc sang Nhật Bản và Hàn Quốc. Guốc xuất khẩu chiếm khoảng 15% sản lượng của làng.

Năm 2025, xã Phú Yên phấn đấu doanh thu làng nghề đạt 60 tỷ đồng. Huyện dự kiến hỗ trợ xây dựng một điểm giới thiệu sản phẩm bên Quốc lộ 1A. Sản phẩm guốc sơn mài của làng đã đạt OCOP 3 sao.

Cơ quan chủ quản: UBND huyện Phú Xuyên
Địa chỉ: Tiểu khu Phú Mỹ, thị trấn Phú Xuyên, TP Hà Nội | Điện thoại: 024.3385.4261
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 146 hộ", "146", 146, "count", "hộ", subject="hộ làm guốc gỗ"),
    F("trong đó 32 hộ", "32", 32, "count", "hộ", total=146, subject="hộ có xưởng cưa, đục, sơn khép kín"),
    F("khoảng 1,2 triệu đôi", "1,2", 1.2e6, "count", "đôi", approx="about",
      subject="guốc, dép gỗ các loại làng nghề sản xuất", period=Y24),
    F("gần 54 tỷ", "54", 54e9, "money", "đồng", approx="nearly",
      change=change("increase", 8, "%", "năm 2023"), subject="doanh thu làng nghề", period=Y24),
    F("có 18 thợ", "18", 18, "count", "thợ", subject="thợ của xưởng guốc Thạo Hằng"),
    F("thêm sáu người", "sáu", 6, "count", "người", subject="thợ xưởng thuê thêm tháng cao điểm trước Tết"),
    F("thiện 700-800 đôi", "700", 700, "measure", "đôi/ngày", value_max=800,
      subject="guốc xưởng hoàn thiện mỗi ngày"),
    F("từ 35.000 đến 120.000", "35.000", 35000, "money", "đồng/đôi", value_max=120000,
      subject="giá bán buôn guốc"),
    F("đục 300.000-350.000", "300.000", 300000, "money", "đồng/ngày", value_max=350000,
      subject="tiền công thợ đục"),
    F("khoảng 2.600 m3", "2.600", 2600, "measure", "m3/năm", approx="about",
      subject="gỗ nguyên liệu làng dùng mỗi năm"),
    F("có hai doanh nghiệp", "hai", 2, "count", "doanh nghiệp", subject="doanh nghiệp xuất khẩu guốc"),
    F("khoảng 15%", "15", 15, "percent", "%", approx="about",
      subject="tỷ trọng guốc xuất khẩu trong sản lượng của làng"),
    F("đạt 60 tỷ", "60", 60e9, "money", "đồng", status="target",
      subject="doanh thu làng nghề", period=Y25),
    F("một điểm giới thiệu", "một", 1, "count", "điểm giới thiệu sản phẩm", status="forecast",
      subject="điểm giới thiệu sản phẩm huyện hỗ trợ xây dựng"),
]

NOTES = [
    "District portal (huyện Phú Xuyên, Hà Nội): banner naming the district, menu, bare 'dd/mm/yyyy hh:mm' under the headline,",
    "footer with 'Cơ quan chủ quản', address and phone. Village and workshop names are invented; xã Phú Yên is a real commune.",
    "Distractors: 10:12, 'Tết Ất Tỵ', '6 giờ sáng đến 10 giờ đêm' (times), 'Quốc lộ 1A', 'OCOP 3 sao', phone 024.3385.4261.",
    "Location Phú Xuyên (district) throughout; Thanh Hóa, Nghệ An are wood sources, Nhật Bản, Hàn Quốc trade partners.",
    "'thôn có 146 hộ ..., trong đó 32 hộ' → total 146. Present-tense counts (hộ, thợ, doanh nghiệp) get no period.",
    "'Mỗi ngày ... 700-800 đôi' and 'mỗi năm ... khoảng 2.600 m3' are rates (đôi/ngày, m3/năm).",
    "'Guốc xuất khẩu chiếm khoảng 15% sản lượng' stands in its own sentence with no base amount: a percent figure.",
    "'Năm 2025, ... phấn đấu' → target; 'Huyện dự kiến ... một điểm' → forecast (the next sentence: no period).",
]

if __name__ == "__main__":
    write("p1567-2", TEXT, NOTES, FIGS, published="2025-01-21", location="Phú Xuyên")
