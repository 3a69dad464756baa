"""p1491-1: province portal (Tiền Giang): làng nghề đan võng Hòa Định (huyện Chợ Gạo), 9 months 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TIỀN GIANG
Trang chủ > Tin tức - Sự kiện > Kinh tế

Làng nghề đan võng Hòa Định: 9 tháng tiêu thụ hơn 185 nghìn chiếc võng

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.386

Theo UBND huyện Chợ Gạo, 9 tháng đầu năm 2024, làng nghề đan võng xã Hòa Định sản xuất ước đạt 192.000 chiếc võng các loại, tăng 8,5% so với cùng kỳ năm 2023, bằng 76,8% kế hoạch năm. Sản lượng tiêu thụ đạt trên 185.400 chiếc. Trong đó, võng dù chiếm 62%, còn lại là võng lưới và võng cói.

Toàn xã hiện có 418 hộ làm nghề, thu hút khoảng 1.150 lao động, trong đó lao động nữ chiếm trên 80%. Mỗi lao động đan trung bình 2-3 chiếc võng/ngày, thu nhập từ 4,5 đến 6 triệu đồng/người/tháng. Doanh thu của làng nghề 9 tháng ước đạt 48,6 tỷ đồng, tăng 5,2 tỷ đồng so với cùng kỳ.

Hợp tác xã Võng dù Hòa Định Xanh (số 125, ấp Hòa Thạnh) hiện có 36 thành viên và hai xưởng đan tập trung, liên kết với gần 200 hộ đan gia công. Năm 2023, HTX tiêu thụ 54.300 chiếc võng, doanh thu đạt 11,2 tỷ đồng; sản phẩm "Võng dù HĐ-05" của HTX đạt chứng nhận OCOP 3 sao.

Quý IV, huyện phấn đấu sản xuất thêm khoảng 58.000 chiếc, đưa sản lượng cả năm đạt trên 250.000 chiếc. Huyện cũng đề xuất tỉnh hỗ trợ xây dựng nhãn hiệu tập thể "Võng Hòa Định" theo Quyết định số 2187/QĐ-UBND.

Tin liên quan:
- Chợ Gạo tổ chức Hội chợ làng nghề lần thứ 3
- Hướng dẫn hồ sơ công nhận nghề truyền thống năm 2024
"""

HEAD9 = period("9 tháng", "2024-01-01", "2024-09-30")
NINE = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_B = period("9 tháng", "2024-01-01", "2024-09-30")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Q4 = period("Quý IV", "2023-10-01", "2023-12-31")
YEAR = period("cả năm", "2023-01-01", "2023-12-31")

FIGS = [
    F("hơn 185 nghìn", "185", 185000, "count", "chiếc", approx="over",
      subject="chiếc võng tiêu thụ", per=HEAD9),
    F("ước đạt 192.000 chiếc", "192.000", 192000, "count", "chiếc", status="estimate", percent=76.8,
      change=change("increase", 8.5, "%", "cùng kỳ năm 2023"),
      subject="chiếc võng các loại làng nghề đan võng xã Hòa Định sản xuất", per=NINE),
    F("trên 185.400 chiếc", "185.400", 185400, "count", "chiếc", approx="over",
      subject="sản lượng tiêu thụ", per=inherit(NINE)),
    F("chiếm 62%", "62", 62, "percent", "%", subject="võng dù trong sản lượng tiêu thụ", per=inherit(NINE)),
    F("có 418 hộ", "418", 418, "count", "hộ", subject="hộ làm nghề"),
    F("khoảng 1.150 lao động", "1.150", 1150, "count", "lao động", approx="about",
      subject="lao động làm nghề"),
    F("trên 80%", "80", 80, "percent", "%", approx="over", subject="lao động nữ"),
    F("2-3 chiếc", "2", 2, "measure", "chiếc võng/ngày", value_max=3,
      subject="võng mỗi lao động đan"),
    F("từ 4,5 đến 6 triệu", "4,5", 4500000, "money", "đồng/người/tháng", value_max=6000000,
      subject="thu nhập của lao động"),
    F("ước đạt 48,6 tỷ", "48,6", 48600000000, "money", "đồng", status="estimate",
      change=change("increase", 5200000000, "đồng", "cùng kỳ"),
      subject="doanh thu của làng nghề", per=NINE_B),
    F("có 36 thành viên", "36", 36, "count", "thành viên",
      subject="thành viên của Hợp tác xã Võng dù Hòa Định Xanh"),
    F("hai xưởng", "hai", 2, "count", "xưởng", subject="xưởng đan tập trung"),
    F("gần 200 hộ", "200", 200, "count", "hộ", approx="nearly", subject="hộ đan gia công liên kết"),
    F("tiêu thụ 54.300 chiếc", "54.300", 54300, "count", "chiếc", subject="chiếc võng HTX tiêu thụ", per=Y23),
    F("đạt 11,2 tỷ", "11,2", 11200000000, "money", "đồng", subject="doanh thu của HTX", per=Y23),
    F("khoảng 58.000 chiếc", "58.000", 58000, "count", "chiếc", approx="about", status="target",
      subject="chiếc võng huyện sản xuất thêm", per=Q4),
    F("trên 250.000 chiếc", "250.000", 250000, "count", "chiếc", approx="over", status="target",
      subject="sản lượng cả năm", per=YEAR),
]

NOTES = [
    "Province portal (Tiền Giang): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.386', related links.",
    "The village (xã Hòa Định) lies in huyện Chợ Gạo: every figure is located in Chợ Gạo (district level, as the spec allows).",
    "Distractors: Lượt xem 1.386, time 09:35, 'số 125' (address), product 'Võng dù HĐ-05', 'OCOP 3 sao', 'Quyết định số 2187/QĐ-UBND',",
    "'lần thứ 3' and 'năm 2024' in a link title.",
    "'bằng 76,8% kế hoạch năm' is the percent attribute of 192.000 chiếc (share after 'bằng'); 'tăng 5,2 tỷ đồng so với cùng kỳ' is a change in đồng.",
    "'Trong đó, võng dù chiếm 62%' and 'trong đó lao động nữ chiếm trên 80%' are percent figures of their own (shares with no base amount of their own).",
    "Headline '9 tháng' takes the year of 'published' (2024); 'Doanh thu ... 9 tháng' takes 2024 from '9 tháng đầu năm 2024'.",
    "revised after the first run: 'Quý IV' and 'cả năm' now take 2023, the year of the nearest earlier period ('Năm 2023, HTX ...'),",
    "as FIGURES.md says to the letter; my first gold (2024) had skipped that aside. A reader takes Q4 2024 (a target in an article",
    "of October 2024): the spec's year rule gives a wrong period here (see REPORT.md).",
    "'Quý IV, huyện phấn đấu ..., đưa sản lượng cả năm đạt trên 250.000' : both figures are targets (the second clause continues the first).",
    "'2-3 chiếc võng/ngày' is a rate (measure) with unit as written.",
]

if __name__ == "__main__":
    write("p1491-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Chợ Gạo")
