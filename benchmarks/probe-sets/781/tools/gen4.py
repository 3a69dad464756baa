"""p781-4: ministry site (Bộ NN&PTNT) - national sea turtle conservation, 10 years of the national action plan."""
from lib import F, P, I, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ | Tin tức | Thủy sản

Hơn 1 triệu rùa con được thả về biển sau 10 năm thực hiện Kế hoạch hành động quốc gia

Ngày đăng: 08/06/2024 | Lượt xem: 1.287

Nhân Ngày Đại dương thế giới 8/6, Cục Thủy sản cho biết Việt Nam ghi nhận 5 loài rùa biển, đều có tên trong Sách Đỏ Việt Nam và Phụ lục I Công ước CITES; trong đó vích và đồi mồi là 2 loài còn lên đẻ thường xuyên tại các bãi biển, hải đảo.

Giai đoạn 2014 - 2023, cả nước đã bảo vệ 15.840 ổ trứng rùa biển và thả về biển trên 1,02 triệu rùa con; trong đó Côn Đảo (Bà Rịa - Vũng Tàu) có 14.493 ổ, chiếm 91,5%. Các bãi đẻ còn lại phân bố tại Ninh Thuận (212 ổ), Bình Thuận (187 ổ), Quảng Nam (96 ổ) và Kiên Giang (52 ổ).

Cũng trong giai đoạn này, các lực lượng chức năng đã cứu hộ, thả về biển 1.526 cá thể rùa biển bị mắc lưới; phát hiện, xử lý 312 vụ vi phạm về buôn bán, tàng trữ sản phẩm từ rùa biển, tịch thu hơn 4.100 mẫu vật.

Tuy vậy, theo đánh giá của Cục Thủy sản, số rùa mẹ lên đẻ hằng năm tại nhiều bãi đã giảm từ 30 đến 40% so với những năm 1990; mỗi năm có khoảng 2.000 cá thể rùa biển bị chết do đánh bắt không chủ ý.

Theo Quyết định số 811/QĐ-TTg, đến năm 2030 phấn đấu bảo vệ 100% bãi đẻ đã được xác định, giảm 50% số rùa biển chết do đánh bắt không chủ ý so với năm 2020 và thành lập thêm 3 khu bảo tồn biển có bãi đẻ rùa biển. Hiện cả nước có 12 khu bảo tồn biển đã được thành lập, trong đó 5 khu có bãi đẻ rùa biển.

Cục Thủy sản - Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội
"""

GD = P("Giai đoạn 2014 - 2023", "2014-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Hơn 1 triệu", "1", 1_000_000, "count", "rùa con", "rùa con được thả về biển", I(GD), approx="over"),
    F("ghi nhận 5 loài", "5", 5, "count", "loài", "loài rùa biển"),
    F("là 2 loài", "2", 2, "count", "loài", "loài còn lên đẻ thường xuyên tại các bãi biển, hải đảo", total=5),
    F("bảo vệ 15.840 ổ", "15.840", 15840, "count", "ổ trứng", "ổ trứng rùa biển được bảo vệ", GD),
    F("trên 1,02 triệu", "1,02", 1_020_000, "count", "rùa con", "rùa con thả về biển", GD, approx="over"),
    F("có 14.493 ổ", "14.493", 14493, "count", "ổ", "ổ trứng rùa biển được bảo vệ", GD,
      total=15840, percent=91.5, location="Côn Đảo"),
    F("Ninh Thuận (212 ổ)", "212", 212, "count", "ổ", "ổ trứng tại các bãi đẻ còn lại", I(GD),
      location="Ninh Thuận"),
    F("Bình Thuận (187 ổ)", "187", 187, "count", "ổ", "ổ trứng tại các bãi đẻ còn lại", I(GD),
      location="Bình Thuận"),
    F("Quảng Nam (96 ổ)", "96", 96, "count", "ổ", "ổ trứng tại các bãi đẻ còn lại", I(GD),
      location="Quảng Nam"),
    F("Kiên Giang (52 ổ)", "52", 52, "count", "ổ", "ổ trứng tại các bãi đẻ còn lại", I(GD),
      location="Kiên Giang"),
    F("biển 1.526 cá thể", "1.526", 1526, "count", "cá thể", "cá thể rùa biển bị mắc lưới được cứu hộ, thả về biển",
      I(GD)),
    F("xử lý 312 vụ", "312", 312, "count", "vụ", "vụ vi phạm về buôn bán, tàng trữ sản phẩm từ rùa biển", I(GD)),
    F("hơn 4.100 mẫu vật", "4.100", 4100, "count", "mẫu vật", "mẫu vật bị tịch thu", I(GD), approx="over"),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "số rùa mẹ lên đẻ hằng năm tại nhiều bãi giảm", value_max=40),
    F("khoảng 2.000 cá thể", "2.000", 2000, "count", "cá thể",
      "cá thể rùa biển bị chết do đánh bắt không chủ ý mỗi năm", approx="about"),
    F("bảo vệ 100%", "100", 100, "percent", "%", "bãi đẻ đã được xác định được bảo vệ", T30, status="target"),
    F("giảm 50%", "50", 50, "percent", "%", "giảm số rùa biển chết do đánh bắt không chủ ý", T30, status="target"),
    F("thêm 3 khu", "3", 3, "count", "khu bảo tồn biển", "khu bảo tồn biển có bãi đẻ rùa biển thành lập thêm", T30,
      status="target"),
    F("có 12 khu", "12", 12, "count", "khu bảo tồn biển", "khu bảo tồn biển đã được thành lập"),
    F("đó 5 khu", "5", 5, "count", "khu", "khu bảo tồn biển có bãi đẻ rùa biển", total=12),
]

COMMENTS = [
    "Bộ NN&PTNT site: Cục Thủy sản, 10 years of the national sea turtle action plan (2014-2023), national counts, sites by province, 2030 targets.",
    "'Ngày đăng: 08/06/2024 | Lượt xem: 1.287': dateline and counter. 'sau 10 năm', 'Ngày Đại dương thế giới 8/6', 'Phụ lục I', 'những năm 1990',",
    "'Quyết định số 811/QĐ-TTg', the address 'Số 10 Nguyễn Công Hoan' are not figures. National figures: location 'Việt Nam'.",
    "'trong đó Côn Đảo … 14.493 ổ, chiếm 91,5%' follows 1,02 triệu rùa con, but the same-unit whole is 15.840 ổ: total 15840, percent 91.5,",
    "location 'Côn Đảo' (a district). The bracketed province list has no part-of cue and does not add up: no total, province in location.",
    "'giảm từ 30 đến 40% so với những năm 1990' and the target 'giảm 50% …' are rates that are the claim: percent figures, no change.",
    "'Cũng trong giai đoạn này' refers back to 2014-2023 (inherited). 'Hiện cả nước có 12 khu' has no period.",
]

if __name__ == "__main__":
    emit("p781-4", TEXT, COMMENTS, FIGS, published="2024-06-08", location="Việt Nam")
