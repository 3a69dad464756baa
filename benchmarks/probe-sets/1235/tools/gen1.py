"""p1235-1: Lào Cai province portal: ethnic-language broadcasting hours, 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Lào Cai: Gần 5.000 giờ phát sóng chương trình tiếng dân tộc trong 9 tháng

Cập nhật: 21/10/2024 08:15 | Lượt xem: 2.418

9 tháng đầu năm 2024, Đài Phát thanh - Truyền hình Lào Cai đã sản xuất và phát sóng 4.862 giờ chương trình phát thanh, truyền hình bằng tiếng dân tộc thiểu số, đạt 76,5% kế hoạch năm, tăng 8,3% so với cùng kỳ năm 2023. Trong đó, tiếng Mông 1.945 giờ, tiếng Dao 1.210 giờ, tiếng Tày 862 giờ, tiếng Giáy và tiếng Hà Nhì 845 giờ. Ước cả năm 2024, tổng thời lượng phát sóng tiếng dân tộc đạt khoảng 6.400 giờ.

Hiện Đài duy trì 5 thứ tiếng dân tộc với 14 biên tập viên, phát thanh viên là người dân tộc thiểu số. Mỗi ngày, kênh phát thanh phát 3 chương trình tiếng dân tộc, mỗi chương trình dài 30 phút; kênh truyền hình LTV phát 2 bản tin tiếng Mông, tiếng Dao lúc 11h30 và 18h45.

Thực hiện Kế hoạch số 112/KH-UBND của UBND tỉnh, từ năm 2021 đến nay tỉnh đã hỗ trợ 3.150 máy thu thanh, thu hình cho hộ nghèo, hộ chính sách tại các xã đặc biệt khó khăn, tổng kinh phí khoảng 6,8 tỷ đồng. Tỷ lệ hộ gia đình được nghe, xem chương trình phát thanh, truyền hình của tỉnh đạt 98,2%; riêng các huyện Si Ma Cai, Mường Khương và Bắc Hà lần lượt đạt 95,4%, 96,1% và 97%.

Tại xã Bản Lầu, huyện Mường Khương, đài truyền thanh xã tiếp sóng chương trình tiếng Mông, tiếng Nùng của Đài tỉnh 2 lần mỗi tuần. Xã có 18 cụm loa tại 16 thôn, trong đó 6 cụm loa ứng dụng công nghệ thông tin - viễn thông được lắp mới năm 2023.

Năm 2025, Đài phấn đấu nâng thời lượng phát sóng tiếng dân tộc lên 6.500 giờ, trong đó ít nhất 30% chương trình được sản xuất, phân phối trên nền tảng số; tổ chức Hội thi phát thanh viên tiếng dân tộc lần thứ 2.
"""

HEAD = P("trong 9 tháng", "2024-01-01", "2024-09-30")
NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
SINCE = P("từ năm 2021 đến nay", "2021-01-01", "2024-10-21")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
HRS = "giờ chương trình phát thanh, truyền hình bằng tiếng dân tộc thiểu số"
RATE = "tỷ lệ hộ gia đình được nghe, xem chương trình phát thanh, truyền hình của tỉnh"
MK = "Mường Khương"

FIGS = [
    F("Gần 5.000 giờ", "5.000", 5000, "measure", "giờ", approx="nearly",
      subject="giờ phát sóng chương trình tiếng dân tộc", period=HEAD),
    F("phát sóng 4.862 giờ", "4.862", 4862, "measure", "giờ", percent=76.5,
      change=C("increase", 8.3, "%", "cùng kỳ năm 2023"),
      subject=HRS + " đã sản xuất và phát sóng", period=NINE),
    F("tiếng Mông 1.945 giờ", "1.945", 1945, "measure", "giờ", total=4862,
      subject="giờ chương trình tiếng Mông", period=I(NINE)),
    F("tiếng Dao 1.210 giờ", "1.210", 1210, "measure", "giờ", total=4862,
      subject="giờ chương trình tiếng Dao", period=I(NINE)),
    F("tiếng Tày 862 giờ", "862", 862, "measure", "giờ", total=4862,
      subject="giờ chương trình tiếng Tày", period=I(NINE)),
    F("Hà Nhì 845 giờ", "845", 845, "measure", "giờ", total=4862,
      subject="giờ chương trình tiếng Giáy và tiếng Hà Nhì", period=I(NINE)),
    F("khoảng 6.400 giờ", "6.400", 6400, "measure", "giờ", approx="about", status="estimate",
      subject="tổng thời lượng phát sóng tiếng dân tộc", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("duy trì 5 thứ tiếng", "5", 5, "count", "thứ tiếng", subject="thứ tiếng dân tộc Đài duy trì"),
    F("với 14 biên tập viên", "14", 14, "count", "biên tập viên, phát thanh viên",
      subject="biên tập viên, phát thanh viên là người dân tộc thiểu số"),
    F("phát 3 chương trình", "3", 3, "measure", "chương trình/ngày",
      subject="chương trình tiếng dân tộc kênh phát thanh phát mỗi ngày"),
    F("dài 30 phút", "30", 30, "measure", "phút", subject="thời lượng mỗi chương trình tiếng dân tộc"),
    F("phát 2 bản tin", "2", 2, "measure", "bản tin/ngày",
      subject="bản tin tiếng Mông, tiếng Dao kênh truyền hình LTV phát mỗi ngày"),
    F("hỗ trợ 3.150 máy", "3.150", 3150, "count", "máy thu thanh, thu hình",
      subject="máy thu thanh, thu hình hỗ trợ cho hộ nghèo, hộ chính sách", period=SINCE),
    F("khoảng 6,8 tỷ", "6,8", 6800000000, "money", "đồng", approx="about",
      subject="tổng kinh phí hỗ trợ máy thu thanh, thu hình", period=SINCE),
    F("đạt 98,2%", "98,2", 98.2, "percent", "%", subject=RATE),
    F("đạt 95,4%", "95,4", 95.4, "percent", "%", subject=RATE, location="Si Ma Cai"),
    F("95,4%, 96,1%", "96,1", 96.1, "percent", "%", subject=RATE, location=MK),
    F("và 97%.", "97", 97, "percent", "%", subject=RATE, location="Bắc Hà"),
    F("2 lần mỗi tuần", "2", 2, "measure", "lần/tuần",
      subject="tiếp sóng chương trình tiếng Mông, tiếng Nùng của Đài tỉnh", location=MK),
    F("có 18 cụm loa", "18", 18, "count", "cụm loa", subject="cụm loa của xã Bản Lầu", location=MK),
    F("tại 16 thôn", "16", 16, "count", "thôn", subject="thôn có cụm loa", location=MK),
    F("6 cụm loa", "6", 6, "count", "cụm loa", total=18,
      subject="cụm loa ứng dụng công nghệ thông tin - viễn thông", location=MK),
    F("lên 6.500 giờ", "6.500", 6500, "measure", "giờ", status="target",
      subject="thời lượng phát sóng tiếng dân tộc", period=Y25),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="chương trình được sản xuất, phân phối trên nền tảng số", period=Y25),
]

NOTES = [
    "Province portal (Lào Cai): ethnic-language radio/TV hours, 9 months 2024. Breadcrumb, 'Cập nhật: 21/10/2024 08:15 | Lượt xem: 2.418'.",
    "Distractors: view counter 2.418, times 08:15, 11h30, 18h45, 'Kế hoạch số 112/KH-UBND', channel name LTV, 'lần thứ 2', 'năm 2023' (install year).",
    "'Ước cả năm 2024 ... khoảng 6.400 giờ' → estimate. Headline 'trong 9 tháng' is year-less: year of published (2024). Parts after 'Trong đó' (next sentence) take total 4.862; periods inherited.",
    "'Mỗi ngày ... 3 chương trình', '2 bản tin', '2 lần mỗi tuần' are per-unit rates: measure, denominator in the unit.",
    "'trong đó 6 cụm loa' follows '16 thôn' but counts cụm loa: the whole is 18 cụm loa. 'từ năm 2021 đến nay' ends at published.",
]

if __name__ == "__main__":
    write("p1235-1", TEXT, NOTES, FIGS, published="2024-10-21", location="Lào Cai")
