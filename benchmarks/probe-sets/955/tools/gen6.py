"""p955-6: national newspaper (VnExpress style), làng bún Phú Đô, Nam Từ Liêm, Hà Nội."""
from lib import P, I, C, T, F, write

TEXT = """Kinh doanh › Hàng hóa
Chủ nhật, 15/12/2024, 07:40 (GMT+7)
Làng bún mỗi đêm ra lò 60 tấn
Hơn 200 hộ ở làng bún Phú Đô (Nam Từ Liêm, Hà Nội) thức trắng mỗi đêm để cung cấp bún cho chợ đầu mối, quán ăn và bếp ăn tập thể nội thành.

Phường Phú Đô hiện có khoảng 250 hộ làm bún, trong đó hơn 200 hộ sản xuất hàng ngày. Mỗi đêm, làng cung ứng khoảng 60 tấn bún, tăng 10 tấn so với năm 2020.

Bà Nguyễn Thị Tư, chủ một lò bún ở ngõ 62 Phú Đô, cho biết gia đình dùng 7 tạ gạo mỗi ngày, ra khoảng 1,8 tấn bún. Giá bún bán buôn 12.000-14.000 đồng/kg, trừ chi phí, lãi khoảng 2.000 đồng/kg. "Nhà tôi làm bún đã ba đời, giờ có máy nên nhàn hơn nhiều", bà nói.

Theo UBND phường, năm 2023 làng bún đạt doanh thu khoảng 260 tỷ đồng, thu hút gần 1.000 lao động, trong đó khoảng 40% là lao động từ các tỉnh Thanh Hóa, Nam Định, Thái Bình. Từ năm 2019 đến nay, phường đã vận động 135 hộ chuyển sang dùng máy ép, máy cắt bún bằng inox và 48 hộ lắp đặt bể biogas, hệ thống lọc nước thải.

Ông Đỗ Văn Hùng, Chủ tịch UBND phường Phú Đô, cho biết nghề bún ở đây có lịch sử khoảng 400 năm và được thành phố công nhận làng nghề truyền thống. Phường dự kiến đầu tư 3,5 tỷ đồng xây dựng điểm thu gom nước thải tập trung, giúp giảm 70% lượng nước thải xả thẳng ra kênh.

Những năm gần đây, giá gạo tẻ làm bún tăng từ 11.000 lên 15.000 đồng/kg, trong khi giá bún gần như không đổi, nhiều hộ đã bỏ nghề. So với 5 năm trước, số hộ làm bún giảm khoảng 30 hộ.

Phương Anh
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
SINCE = P("Từ năm 2019 đến nay", "2019-01-01", "2024-12-15")

FIGS = [
    F("đã ba đời", "ba", 3, "count", "đời", "đời gia đình bà Tư làm bún", optional=True),
    F("ra lò 60 tấn", "60", 60, "measure", "tấn", "bún làng ra lò mỗi đêm"),
    F("Hơn 200 hộ ở làng", "200", 200, "count", "hộ", "hộ làng bún Phú Đô thức trắng mỗi đêm", approx="over"),
    F("khoảng 250 hộ", "250", 250, "count", "hộ", "hộ làm bún", approx="about"),
    F("hơn 200 hộ sản xuất", "200", 200, "count", "hộ", "hộ sản xuất bún hàng ngày", approx="over", total=250),
    F("khoảng 60 tấn bún", "60", 60, "measure", "tấn", "bún làng cung ứng mỗi đêm", approx="about",
      change=C("increase", 10, "tấn", "năm 2020")),
    F("dùng 7 tạ gạo", "7", 7, "measure", "tạ", "gạo gia đình bà Tư dùng mỗi ngày"),
    F("khoảng 1,8 tấn bún", "1,8", 1.8, "measure", "tấn", "bún gia đình bà Tư làm ra mỗi ngày", approx="about"),
    F("12.000-14.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá bún bán buôn", value_max=14000),
    F("khoảng 2.000 đồng/kg", "2.000", 2000, "money", "đồng/kg", "lãi bán bún", approx="about"),
    F("khoảng 260 tỷ đồng", "260", 260e9, "money", "đồng", "doanh thu làng bún", Y23, approx="about"),
    F("gần 1.000 lao động", "1.000", 1000, "count", "lao động", "lao động làng bún thu hút", Y23, approx="nearly"),
    F("khoảng 40% là", "40", 40, "percent", "%", "lao động từ các tỉnh", Y23, approx="about"),
    F("vận động 135 hộ", "135", 135, "count", "hộ", "hộ chuyển sang dùng máy ép, máy cắt bún bằng inox", SINCE),
    F("và 48 hộ", "48", 48, "count", "hộ", "hộ lắp đặt bể biogas, hệ thống lọc nước thải", SINCE),
    F("khoảng 400 năm", "400", 400, "measure", "năm", "lịch sử nghề bún Phú Đô", approx="about"),
    F("đầu tư 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng", "vốn xây dựng điểm thu gom nước thải tập trung",
      status="forecast"),
    F("giảm 70% lượng", "70", 70, "percent", "%", "lượng nước thải xả thẳng ra kênh giảm", status="forecast"),
    F("từ 11.000 lên 15.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá gạo tẻ làm bún"),
    F("từ 11.000 lên", "11.000", 11000, "money", "đồng/kg", "giá gạo tẻ làm bún"),
    F("khoảng 30 hộ", "30", 30, "count", "hộ", "số hộ làm bún giảm", approx="about"),
]

COMMENTS = [
    "VnExpress-style national paper: làng bún Phú Đô (phường Phú Đô, quận Nam Từ Liêm, Hà Nội), 2024. Location: the district Nam Từ Liêm.",
    "Distractors: 'Chủ nhật, 15/12/2024, 07:40 (GMT+7)', 'ngõ 62 Phú Đô', 'Nguyễn Thị Tư' (number word in a name), 'ba đời' (generations in a quote: optional, revised after first run),",
    "'5 năm trước' (a baseline), 'năm 2020' (baseline). Headline '60 tấn' and lead 'Hơn 200 hộ' are figures of their own (restated in the body).",
    "'khoảng 40% là lao động từ các tỉnh Thanh Hóa, …' is a percent figure (share of the 1.000 workers); the provinces are origins, not the place.",
    "'tăng từ 11.000 lên 15.000 đồng/kg': two price levels, not a range ('từ … đến' is a range, 'từ … lên' is a move): 15.000 (now) and 11.000 (before), each a figure; no change value is written.",
    "'lịch sử khoảng 400 năm' is an age stated as a fact (measure, năm). 'So với 5 năm trước, số hộ … giảm khoảng 30 hộ': a count of the decrease, no base amount.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, COMMENTS, published="2024-12-15", location="Nam Từ Liêm")
