"""p1449-2: district portal (huyện Hoài Đức, Hà Nội): La Phù knitting village, socks."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOÀI ĐỨC - THÀNH PHỐ HÀ NỘI
Trang chủ / Tin tức - Sự kiện / Kinh tế

Làng nghề dệt kim La Phù vào vụ sản xuất mới
18/03/2024 - 08:20

Những ngày này, tiếng máy dệt vang khắp các ngõ xóm xã La Phù. Toàn xã hiện có khoảng 1.200 hộ làm nghề dệt kim, trong đó hơn 400 hộ chuyên dệt tất, vớ. Mỗi năm, làng nghề sản xuất khoảng 25 triệu đôi tất, cung cấp cho các chợ đầu mối ở Hà Nội và nhiều tỉnh phía Bắc.

Năm 2023, giá trị sản xuất của làng nghề đạt 1.850 tỷ đồng, tăng 7,5% so với năm 2022, chiếm gần 40% giá trị sản xuất công nghiệp - tiểu thủ công nghiệp của xã. Thu nhập bình quân của lao động làng nghề từ 6 đến 9 triệu đồng/người/tháng.

Cũng trong năm 2023, gần ba chục hộ đầu tư máy dệt tất điện tử thay cho máy cơ. Xưởng của gia đình anh Nguyễn Văn Thắng ở thôn 5 hiện có 24 máy, tạo việc làm cho mười hai lao động, mỗi tháng xuất xưởng khoảng 90.000 đôi. Giá bán buôn tất cổ ngắn từ 4.500 đến 6.000 đồng/đôi, tất cổ cao 9.000 đồng/đôi.

Theo UBND huyện, toàn huyện có 13 làng nghề được công nhận, gồm 3 làng nghề dệt kim và 10 làng nghề chế biến nông sản, đồ gỗ. Năm 2024, huyện phấn đấu giá trị sản xuất tiểu thủ công nghiệp tăng 8%; xã La Phù có ít nhất 2 sản phẩm tất đạt OCOP 3 sao.

Nguồn: Phòng Kinh tế huyện

Tin khác:
- Hoài Đức tổ chức Hội nghị tổng kết công tác năm 2023
- Ra quân vệ sinh môi trường tại các làng nghề

Địa chỉ: Số 1 đường Hoài Đức - Trạm Trôi, thị trấn Trạm Trôi, huyện Hoài Đức. Điện thoại: 024.3366.1035
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 1.200 hộ", "1.200", 1200, "count", "hộ", approx="about", subject="hộ làm nghề dệt kim"),
    F("hơn 400 hộ", "400", 400, "count", "hộ", approx="over", total=1200, subject="hộ chuyên dệt tất, vớ"),
    F("khoảng 25 triệu", "25", 25e6, "measure", "đôi/năm", approx="about",
      subject="tất làng nghề sản xuất mỗi năm"),
    F("đạt 1.850 tỷ", "1.850", 1850e9, "money", "đồng", percent=40,
      change=C("increase", 7.5, "%", "năm 2022"), subject="giá trị sản xuất của làng nghề", period=Y23),
    F("từ 6 đến 9 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=9e6,
      subject="thu nhập bình quân của lao động làng nghề", period=I(Y23)),
    F("gần ba chục hộ", "ba chục", 30, "count", "hộ", approx="nearly",
      subject="hộ đầu tư máy dệt tất điện tử", period=Y23b),
    F("có 24 máy", "24", 24, "count", "máy", subject="máy xưởng của gia đình anh Nguyễn Văn Thắng"),
    F("cho mười hai lao động", "mười hai", 12, "count", "lao động", subject="lao động xưởng tạo việc làm"),
    F("khoảng 90.000 đôi", "90.000", 90000, "measure", "đôi/tháng", approx="about",
      subject="tất xưởng xuất xưởng mỗi tháng"),
    F("từ 4.500 đến 6.000", "4.500", 4500, "money", "đồng/đôi", value_max=6000,
      subject="giá bán buôn tất cổ ngắn"),
    F("cao 9.000 đồng/đôi", "9.000", 9000, "money", "đồng/đôi", subject="giá bán buôn tất cổ cao"),
    F("có 13 làng nghề", "13", 13, "count", "làng nghề", subject="làng nghề được công nhận"),
    F("gồm 3 làng nghề", "3", 3, "count", "làng nghề", total=13, subject="làng nghề dệt kim"),
    F("và 10 làng nghề", "10", 10, "count", "làng nghề", total=13,
      subject="làng nghề chế biến nông sản, đồ gỗ"),
    F("tăng 8%", "8", 8, "percent", "%", status="target",
      subject="giá trị sản xuất tiểu thủ công nghiệp", period=Y24),
    F("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm tất đạt OCOP 3 sao", period=Y24),
]

NOTES = [
    "District portal (huyện Hoài Đức, Hà Nội): banner, breadcrumb, '18/03/2024 - 08:20' under the headline, 'Nguồn:', 'Tin khác', address and phone footer.",
    "Location: the district portal implies Hoài Đức; xã La Phù lies in it (a commune is no location level in the spec).",
    "Distractors: 08:20, 'thôn 5', 'OCOP 3 sao', 'Số 1 đường', phone 024.3366.1035, 'năm 2023' in a link, 'năm 2022' baseline.",
    "'Mỗi năm ... khoảng 25 triệu đôi' and 'mỗi tháng ... khoảng 90.000 đôi' are rates: measure, 'đôi/năm', 'đôi/tháng'.",
    "'chiếm gần 40% giá trị sản xuất ...' after an amount is a percent attribute (40). Income sentence inherits 'Năm 2023' from the paragraph.",
    "'gồm 3 ... và 10 ...' parts take total 13. 'phấn đấu' governs both clauses after ';' (target, 'Năm 2024').",
    "Workshop figures ('hiện có 24 máy', mười hai, 90.000, prices) have no period: 'hiện' stops the year.",
]

if __name__ == "__main__":
    write("p1449-2", TEXT, NOTES, FIGS, published="2024-03-18", location="Hoài Đức")
