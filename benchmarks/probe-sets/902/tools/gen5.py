"""p902-5: Party newspaper (Báo Hà Nam), làng đan lát Ngọc Động, Duy Tiên; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Làng đan lát Ngọc Động giữ nghề, tìm hướng đi mới

Nằm cạnh Quốc lộ 38, làng nghề đan lát Ngọc Động (xã Hoàng Đông, thị xã Duy Tiên) có lịch sử hơn 400 năm. Những năm 1990, trên 90% số hộ trong làng làm nghề đan rổ, rá, thúng, mủng, nong, nia. Đến nay, cả làng chỉ còn khoảng 320/1.050 hộ duy trì nghề, chủ yếu là người cao tuổi.

Theo ông Trần Văn Năm, Trưởng thôn Ngọc Động, một lao động đan được 8-10 chiếc/ngày, bán tại chỗ với giá 25.000-30.000 đồng/chiếc, trừ chi phí nguyên liệu chỉ còn 120.000-150.000 đồng/ngày. "Đồ nhựa rẻ, bền nên rổ rá tre bán chậm, nhiều người bỏ nghề đi làm công nhân ở khu công nghiệp với thu nhập 7-8 triệu đồng/tháng", ông Năm nói.

Năm 2022, giá trị sản xuất của làng đạt 18,6 tỷ đồng, trong đó hàng mỹ nghệ xuất khẩu đạt 11,2 tỷ đồng, chiếm 60,2%. Hiện làng có 3 hợp tác xã và 12 tổ hợp tác nhận gia công hàng xuất khẩu cho các doanh nghiệp ở Hà Nội, Ninh Bình, giải quyết việc làm cho hơn 500 lao động.

Thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy, năm 2023 thị xã Duy Tiên hỗ trợ 300 triệu đồng xây dựng điểm trưng bày sản phẩm gắn với du lịch làng nghề; tỉnh Hà Nam mở 2 lớp truyền nghề đan hàng mỹ nghệ cho 60 học viên. Mục tiêu đến năm 2025, làng có 50% số hộ làm nghề chuyển sang sản xuất hàng xuất khẩu, thu nhập bình quân đạt 6 triệu đồng/người/tháng.

Bài, ảnh: Minh Thu
12/6/2023
"""

D90 = P("Những năm 1990", "1990-01-01", "1999-12-31")
NOW = P("Đến nay", None, "2023-06-12")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 400 năm", "400", 400, "measure", "năm", "lịch sử làng nghề đan lát Ngọc Động", approx="over"),
    F("trên 90% số hộ", "90", 90, "percent", "%", "hộ trong làng làm nghề đan", D90, approx="over"),
    F("khoảng 320/1.050 hộ", "320", 320, "count", "hộ", "hộ duy trì nghề", NOW, approx="about", total=1050),
    F("8-10 chiếc/ngày", "8", 8, "measure", "chiếc/ngày", "số sản phẩm một lao động đan được", value_max=10),
    F("25.000-30.000 đồng/chiếc", "25.000", 25000, "money", "đồng/chiếc", "giá bán rổ tại chỗ", value_max=30000),
    F("120.000-150.000 đồng/ngày", "120.000", 120000, "money", "đồng/ngày", "thu nhập lao động đan sau khi trừ chi phí nguyên liệu",
      value_max=150000),
    F("7-8 triệu đồng/tháng", "7", 7e6, "money", "đồng/tháng", "thu nhập công nhân khu công nghiệp", value_max=8e6),
    F("đạt 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "giá trị sản xuất của làng", Y22),
    F("đạt 11,2 tỷ đồng", "11,2", 11.2e9, "money", "đồng", "hàng mỹ nghệ xuất khẩu", Y22, total=18.6e9, percent=60.2),
    F("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã nhận gia công hàng xuất khẩu"),
    F("12 tổ hợp tác", "12", 12, "count", "tổ hợp tác", "tổ hợp tác nhận gia công hàng xuất khẩu"),
    F("hơn 500 lao động", "500", 500, "count", "lao động", "lao động được giải quyết việc làm", approx="over"),
    F("hỗ trợ 300 triệu đồng", "300", 300e6, "money", "đồng", "kinh phí hỗ trợ xây dựng điểm trưng bày sản phẩm", Y23),
    F("mở 2 lớp", "2", 2, "count", "lớp", "lớp truyền nghề đan hàng mỹ nghệ", Y23, location="Hà Nam"),
    F("cho 60 học viên", "60", 60, "count", "học viên", "học viên lớp truyền nghề", Y23, location="Hà Nam"),
    F("có 50% số hộ", "50", 50, "percent", "%", "hộ làm nghề chuyển sang sản xuất hàng xuất khẩu", TO25, status="target"),
    F("đạt 6 triệu đồng/người/tháng", "6", 6e6, "money", "đồng/người/tháng", "thu nhập bình quân", TO25, status="target"),
]

NOTES = [
    "Báo Hà Nam: làng đan lát Ngọc Động (xã Hoàng Đông, thị xã Duy Tiên); byline 'Bài, ảnh: Minh Thu' and bare date 12/6/2023.",
    "Village figures are located in Duy Tiên; the province's training classes ('tỉnh Hà Nam mở 2 lớp … 60 học viên') are Hà Nam.",
    "'Những năm 1990' is read as the decade 1990-1999 (the spec is silent on decades). 'Đến nay' ends at the byline date.",
    "'8-10 chiếc/ngày' is a rate: measure with the denominator in the unit. 'hơn 400 năm' (the village's age) is a measure.",
    "11,2 tỷ after 'trong đó' is part of 18,6 tỷ and carries its share 'chiếm 60,2%'.",
    "Distractors: Quốc lộ 38, Trần Văn Năm / ông Năm (name), Nghị quyết số 12-NQ/TU, the bare date 12/6/2023.",
]

write(5, TEXT, FIGS, NOTES, published="2023-06-12", location="Duy Tiên")
