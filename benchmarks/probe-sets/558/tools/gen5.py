"""p558-5: Party newspaper (Báo Nghệ An style), dairy herd Nghệ An 2024, byline and date at the end."""
from lib import F, P, INH, CH, emit

TEXT = """Đàn bò sữa Nghệ An vượt mốc 72.000 con

Với hơn 72.000 con bò sữa, Nghệ An hiện là địa phương có đàn bò sữa lớn nhất cả nước, chiếm khoảng 18% tổng đàn bò sữa toàn quốc.

Theo Sở Nông nghiệp và PTNT, đến cuối tháng 8/2024, tổng đàn bò sữa của tỉnh đạt 72.430 con, tăng 5,3% so với cùng kỳ, tập trung chủ yếu ở Nghĩa Đàn (48.600 con), Thái Hòa (12.350 con) và Quỳnh Lưu (6.900 con). Sản lượng sữa tươi 8 tháng năm 2024 đạt 251.600 tấn, tăng 7,8% so với cùng kỳ năm 2023.

Năng suất sữa bình quân đạt 26,5 lít/con/ngày; tại các trang trại công nghệ cao của doanh nghiệp, nhiều cá thể cho từ 32 đến 35 lít/con/ngày. Ngoài khu vực doanh nghiệp, toàn tỉnh còn 214 hộ nuôi bò sữa với khoảng 1.850 con; giá thu mua sữa tươi ổn định ở mức 14.500 đồng/kg.

Tại xã Nghĩa Sơn (huyện Nghĩa Đàn), gia đình anh Nguyễn Văn Hải ở xóm 3 đang nuôi 25 con bò sữa, mỗi năm thu lãi gần 400 triệu đồng. Anh Hải cho biết, từ năm 2019 đến nay, gia đình đã đầu tư hơn 1,2 tỷ đồng xây chuồng trại, mua máy vắt sữa và trồng 3 ha cỏ. Con đường dẫn vào trang trại, nối với Quốc lộ 48, nay đã được bê tông hóa.

Tỉnh phấn đấu đến năm 2025, tổng đàn bò sữa đạt 80.000 con, sản lượng sữa tươi đạt 400.000 tấn/năm; tỷ lệ bò sữa được nuôi theo quy trình an toàn sinh học đạt 100%.

Thanh Hương

12/09/2024
"""

ASOF = P("đến cuối tháng 8/2024", None, "2024-08-31")
M8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
SINCE = P("từ năm 2019 đến nay", "2019-01-01", "2024-09-12")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("vượt mốc 72.000 con", "72.000", 72000, "count", "con", "đàn bò sữa", approx="over"),
    F("Với hơn 72.000 con", "72.000", 72000, "count", "con", "bò sữa", approx="over", percent=18),
    F("đạt 72.430 con", "72.430", 72430, "count", "con", "tổng đàn bò sữa", ASOF,
      change=CH("increase", 5.3, baseline="cùng kỳ")),
    F("Nghĩa Đàn (48.600 con)", "48.600", 48600, "count", "con", "tổng đàn bò sữa", ASOF,
      location="Nghĩa Đàn"),
    F("Thái Hòa (12.350 con)", "12.350", 12350, "count", "con", "tổng đàn bò sữa", ASOF,
      location="Thái Hòa"),
    F("Quỳnh Lưu (6.900 con)", "6.900", 6900, "count", "con", "tổng đàn bò sữa", ASOF,
      location="Quỳnh Lưu"),
    F("đạt 251.600 tấn", "251.600", 251600, "measure", "tấn", "sản lượng sữa tươi", M8,
      change=CH("increase", 7.8, baseline="cùng kỳ năm 2023")),
    F("đạt 26,5 lít/con/ngày", "26,5", 26.5, "measure", "lít/con/ngày", "năng suất sữa bình quân"),
    F("từ 32 đến 35 lít/con/ngày", "32", 32, "measure", "lít/con/ngày",
      "năng suất sữa cá thể tại trang trại công nghệ cao của doanh nghiệp", value_max=35),
    F("còn 214 hộ", "214", 214, "count", "hộ", "hộ nuôi bò sữa ngoài khu vực doanh nghiệp"),
    F("khoảng 1.850 con", "1.850", 1850, "count", "con", "bò sữa nuôi trong hộ", approx="about"),
    F("mức 14.500 đồng/kg", "14.500", 14500, "money", "đồng/kg", "giá thu mua sữa tươi"),
    F("nuôi 25 con", "25", 25, "count", "con", "bò sữa gia đình anh Nguyễn Văn Hải nuôi", location="Nghĩa Đàn"),
    F("gần 400 triệu đồng", "400", 400000000, "money", "đồng", "lãi mỗi năm của gia đình anh Nguyễn Văn Hải",
      approx="nearly", location="Nghĩa Đàn"),
    F("hơn 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng",
      "vốn gia đình anh Hải đầu tư xây chuồng trại, mua máy vắt sữa và trồng cỏ", SINCE, approx="over",
      location="Nghĩa Đàn"),
    F("trồng 3 ha cỏ", "3", 3, "measure", "ha", "diện tích trồng cỏ của gia đình anh Hải", SINCE, location="Nghĩa Đàn"),
    F("đạt 80.000 con", "80.000", 80000, "count", "con", "tổng đàn bò sữa", Y25, status="target"),
    F("đạt 400.000 tấn/năm", "400.000", 400000, "measure", "tấn/năm", "sản lượng sữa tươi", Y25, status="target"),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ bò sữa được nuôi theo quy trình an toàn sinh học", Y25,
      status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Nghệ An style): đàn bò sữa Nghệ An, byline 'Thanh Hương' and date '12/09/2024' at the end.",
    "'vượt mốc 72.000 con' read as approx over. 'chiếm khoảng 18%' after 'hơn 72.000 con' is that figure's percent.",
    "District items in brackets after 72.430 con do not add up to it (67.850) and follow no part-of cue ('tập trung chủ yếu ở'",
    "is not one), so no total. The household in xã Nghĩa Sơn (huyện Nghĩa Đàn) gets location Nghĩa Đàn.",
    "'từ năm 2019 đến nay' ends at the article date. 'xóm 3' and 'Quốc lộ 48' are names, not figures.",
]

if __name__ == "__main__":
    emit("p558-5", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Nghệ An")
