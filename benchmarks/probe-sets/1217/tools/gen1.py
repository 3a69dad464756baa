"""p1217-1: Hưng Yên province portal, làng Ông Hảo (Liêu Xá, Yên Mỹ) before Trung thu 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Làng nghề đồ chơi Trung thu Ông Hảo vào vụ

Cập nhật: 05/09/2024 08:30 | Lượt xem: 2.417

(hungyen.gov.vn) - Những ngày này, làng Ông Hảo (xã Liêu Xá, huyện Yên Mỹ) tất bật hoàn thiện đơn hàng đồ chơi Trung thu. Theo UBND xã Liêu Xá, làng hiện có 68 hộ làm đồ chơi Trung thu, thu hút khoảng 450 lao động, trong đó hơn 300 lao động là phụ nữ và người cao tuổi.

Vụ Trung thu năm 2024, các hộ dự kiến cung ứng ra thị trường khoảng 1,2 triệu sản phẩm, tăng 15% so với năm 2023, trong đó đèn ông sao chiếm khoảng 40%, còn lại là mặt nạ giấy bồi, đầu sư tử, đèn kéo quân và trống các loại.

Ông Nguyễn Văn Thạnh, chủ một xưởng đèn ông sao ở thôn Ông Hảo, cho biết năm nay xưởng nhận đơn 25.000 chiếc, giá bán buôn từ 15.000 đến 35.000 đồng/chiếc tùy kích cỡ. Xưởng có 12 lao động thường xuyên, lúc cao điểm thuê thêm hai mươi người, thu nhập bình quân 6,5 triệu đồng/người/tháng.

Toàn tỉnh hiện có 4 làng nghề sản xuất đồ chơi, đèn lồng Trung thu được công nhận, tập trung ở các huyện Yên Mỹ, Văn Lâm và Khoái Châu. 8 tháng đầu năm 2024, doanh thu đồ chơi Trung thu của các làng nghề ước đạt 38,5 tỷ đồng, đạt 77% kế hoạch năm. Sản phẩm tiêu thụ chủ yếu tại Hà Nội, Hải Phòng và một số tỉnh phía Bắc.

Cơ sở đầu tư máy cắt, máy ép khuôn giấy bồi được hỗ trợ tối đa 50 triệu đồng/cơ sở theo Nghị quyết số 12/2022/NQ-HĐND của HĐND tỉnh. Năm 2025, tỉnh phấn đấu có thêm 2 sản phẩm đồ chơi Trung thu đạt chuẩn OCOP 3 sao trở lên.
"""

Y24 = P("Vụ Trung thu năm 2024", "2024-01-01", "2024-12-31")
NOW = P("năm nay", "2024-01-01", "2024-12-31")
M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
YM = "Yên Mỹ"

FIGS = [
    F("có 68 hộ", "68", 68, "count", "hộ", subject="hộ làm đồ chơi Trung thu", location=YM),
    F("khoảng 450 lao động", "450", 450, "count", "lao động", approx="about",
      subject="lao động làm đồ chơi Trung thu", location=YM),
    F("hơn 300 lao động", "300", 300, "count", "lao động", approx="over", total=450,
      subject="lao động là phụ nữ và người cao tuổi", location=YM),
    F("khoảng 1,2 triệu", "1,2", 1200000, "count", "sản phẩm", approx="about", status="forecast",
      change=C("increase", 15, "%", "năm 2023"),
      subject="sản phẩm đồ chơi Trung thu cung ứng ra thị trường", period=Y24, location=YM),
    F("chiếm khoảng 40%", "40", 40, "percent", "%", approx="about", status="forecast",
      subject="tỷ trọng đèn ông sao trong sản phẩm cung ứng", period=Y24, location=YM),
    F("đơn 25.000 chiếc", "25.000", 25000, "count", "chiếc",
      subject="đơn hàng đèn ông sao xưởng nhận", period=NOW, location=YM),
    F("từ 15.000 đến 35.000", "15.000", 15000, "money", "đồng/chiếc", value_max=35000,
      subject="giá bán buôn đèn ông sao", period=NOW, location=YM),
    F("có 12 lao động", "12", 12, "count", "lao động", subject="lao động thường xuyên của xưởng", location=YM),
    F("thêm hai mươi người", "hai mươi", 20, "count", "người",
      subject="lao động thuê thêm lúc cao điểm", location=YM),
    F("6,5 triệu", "6,5", 6500000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động của xưởng", location=YM),
    F("có 4 làng nghề", "4", 4, "count", "làng nghề",
      subject="làng nghề sản xuất đồ chơi, đèn lồng Trung thu được công nhận"),
    F("ước đạt 38,5 tỷ", "38,5", 38500000000, "money", "đồng", percent=77, status="estimate",
      subject="doanh thu đồ chơi Trung thu của các làng nghề", period=M8),
    F("tối đa 50 triệu", "50", 50000000, "money", "đồng/cơ sở", approx="at_most",
      subject="hỗ trợ cơ sở đầu tư máy cắt, máy ép khuôn giấy bồi"),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", status="target",
      subject="sản phẩm đồ chơi Trung thu đạt chuẩn OCOP", period=Y25),
    F("OCOP 3 sao", "3", 3, "measure", "sao", approx="at_least", status="target", optional=True,
      subject="hạng sao OCOP"),
]

NOTES = [
    "Province portal (Hưng Yên): breadcrumb, 'Cập nhật: 05/09/2024 08:30 | Lượt xem: 2.417', tag '(hungyen.gov.vn) -'.",
    "Village figures (làng Ông Hảo, xã Liêu Xá, huyện Yên Mỹ; the workshop in thôn Ông Hảo) get the district Yên Mỹ; province totals Hưng Yên.",
    "'dự kiến' governs 1,2 triệu and the 'trong đó … chiếm khoảng 40%' clause that continues it (forecast). 'chiếm 40%' of a part is a figure of its own.",
    "'hai mươi người' is a number word (20). 'chủ một xưởng', 'một số tỉnh' are not figures. 'OCOP 3 sao trở lên' is a rating level (optional).",
    "Distractors: 2.417 view counter, 08:30, Nghị quyết số 12/2022/NQ-HĐND, 'Vụ Trung thu năm 2024' (period).",
]

if __name__ == "__main__":
    write("p1217-1", TEXT, NOTES, FIGS, published="2024-09-05", location="Hưng Yên")
