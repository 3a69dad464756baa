"""p975-2: thị xã Hoài Nhơn (Bình Định) portal, coir-yarn craft village Tam Quan Bắc, Q1/2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ HOÀI NHƠN
Trang chủ / Tin tức / Kinh tế - Nông nghiệp
Thứ Năm, 20/04/2023 - 16:10

Làng nghề chỉ xơ dừa Tam Quan Bắc giữ nhịp sản xuất

Quý I/2023, các hộ làm nghề chỉ xơ dừa ở phường Tam Quan Bắc sản xuất khoảng 1.850 tấn chỉ xơ dừa, tăng 9% so với cùng kỳ năm 2022; doanh thu ước đạt 16,7 tỷ đồng.

Làng nghề được UBND tỉnh công nhận theo Quyết định số 1263/QĐ-UBND ngày 15/5/2015. Toàn phường hiện có 312 hộ làm nghề, thu hút gần 900 lao động, phần lớn là phụ nữ lớn tuổi. Mỗi lao động se chỉ thủ công được 12-15 kg/ngày, thu nhập từ 90.000 đến 120.000 đồng/ngày. Riêng khu phố Cửu Lợi Đông có 128 hộ, chiếm 41% số hộ làm nghề.

Năm 2022, thị xã đã hỗ trợ 45 máy se chỉ bán tự động với tổng kinh phí 540 triệu đồng, trong đó ngân sách tỉnh 300 triệu đồng. Năng suất se chỉ bằng máy gấp khoảng 10 lần se tay. Bà Nguyễn Thị Tám (khu phố 4) cho biết, từ khi có máy, gia đình bà mỗi tháng làm ra hơn 3 tấn chỉ.

Giá chỉ xơ dừa hiện ở mức 8.500 đồng/kg, giảm 500 đồng/kg so với đầu năm do thương lái Trung Quốc thu mua chậm. Sản phẩm chủ yếu được bán cho các cơ sở dọc Quốc lộ 1A để đan thảm, bện dây thừng.

Năm 2023, thị xã phấn đấu sản lượng chỉ xơ dừa của làng nghề đạt 7.000 tấn, giá trị sản xuất khoảng 65 tỷ đồng; dự kiến hỗ trợ thêm 30 máy se chỉ cho các hộ khó khăn.

Minh Hòa - Phòng Kinh tế thị xã
Địa chỉ: 34 Trần Phú, phường Bồng Sơn, thị xã Hoài Nhơn | ĐT: 0256.3861.245
"""

Q1 = P("Quý I/2023", "2023-01-01", "2023-03-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("khoảng 1.850 tấn", "1.850", 1850, "measure", "tấn", "chỉ xơ dừa sản xuất", Q1, approx="about",
      change=C("increase", 9, baseline="cùng kỳ năm 2022")),
    F("ước đạt 16,7 tỷ đồng", "16,7", 16.7e9, "money", "đồng", "doanh thu làng nghề chỉ xơ dừa", Q1,
      status="estimate"),
    F("có 312 hộ", "312", 312, "count", "hộ", "hộ làm nghề chỉ xơ dừa"),
    F("gần 900 lao động", "900", 900, "count", "lao động", "lao động làng nghề chỉ xơ dừa", approx="nearly"),
    F("được 12-15 kg/ngày", "12", 12, "measure", "kg/ngày", "năng suất se chỉ thủ công mỗi lao động",
      value_max=15),
    F("từ 90.000 đến 120.000 đồng/ngày", "90.000", 90000, "money", "đồng/ngày", "thu nhập lao động se chỉ",
      value_max=120000),
    F("có 128 hộ", "128", 128, "count", "hộ", "hộ làm nghề ở khu phố Cửu Lợi Đông", percent=41),
    F("hỗ trợ 45 máy", "45", 45, "count", "máy se chỉ", "máy se chỉ bán tự động được hỗ trợ", Y22),
    F("kinh phí 540 triệu đồng", "540", 540e6, "money", "đồng", "tổng kinh phí hỗ trợ máy se chỉ", Y22),
    F("tỉnh 300 triệu đồng", "300", 300e6, "money", "đồng", "kinh phí từ ngân sách tỉnh", Y22, total=540e6),
    F("gấp khoảng 10 lần", "10", 10, "multiple", "lần", "năng suất se chỉ bằng máy so với se tay",
      approx="about"),
    F("hơn 3 tấn chỉ", "3", 3, "measure", "tấn", "chỉ xơ dừa một gia đình làm ra mỗi tháng", approx="over"),
    F("mức 8.500 đồng/kg", "8.500", 8500, "money", "đồng/kg", "giá chỉ xơ dừa",
      change=C("decrease", 500, "đồng/kg", "đầu năm")),
    F("đạt 7.000 tấn", "7.000", 7000, "measure", "tấn", "sản lượng chỉ xơ dừa của làng nghề", Y23,
      status="target"),
    F("khoảng 65 tỷ đồng", "65", 65e9, "money", "đồng", "giá trị sản xuất làng nghề", Y23, approx="about",
      status="target"),
    F("thêm 30 máy", "30", 30, "count", "máy se chỉ", "máy se chỉ hỗ trợ thêm cho các hộ khó khăn", Y23,
      status="forecast"),
]

NOTES = [
    "Cổng TTĐT thị xã Hoài Nhơn (Bình Định): làng nghề chỉ xơ dừa phường Tam Quan Bắc, quý I/2023.",
    "Location: the district-level town Hoài Nhơn for every figure (the phường and khu phố lie in it).",
    "'chiếm 41% số hộ làm nghề' is the share of 128 hộ (percent); no total (no part-of cue). 'gấp khoảng 10 lần' stands alone: multiple.",
    "300 triệu after 'trong đó' takes the 540 triệu as total. Sentences with 'hiện' get no period.",
    "Distractors: Quyết định số 1263/QĐ-UBND ngày 15/5/2015, khu phố 4, Bà Nguyễn Thị Tám, Quốc lộ 1A, 34 Trần Phú, ĐT 0256.3861.245.",
]

write(2, TEXT, FIGS, NOTES, published="2023-04-20", location="Hoài Nhơn")
