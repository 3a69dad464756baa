"""p897-5: Báo Trà Vinh (provincial Party paper), a sewing workshop in huyện Cầu Kè; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Cầu Kè: Tổ may gia công giúp chị em có thu nhập ổn định

Từ một tổ may nhỏ với 8 máy may, đến nay cơ sở may gia công của chị Thạch Thị Sa Ri ở ấp 4, xã Hòa Tân, huyện Cầu Kè đã có 35 lao động, phần lớn là phụ nữ dân tộc Khmer.

Chị Sa Ri cho biết, cơ sở chuyên gia công áo thun, quần short cho một doanh nghiệp tại Thành phố Hồ Chí Minh. Mỗi tháng cơ sở xuất khoảng 20.000 sản phẩm, đơn giá từ 2.500 đến 4.000 đồng/sản phẩm tùy loại. Năm 2022, doanh thu của cơ sở đạt hơn 960 triệu đồng, gấp 2 lần năm 2020. Thu nhập của lao động từ 4,5 đến 6 triệu đồng/tháng; thợ may lành nghề có thể đạt 7 triệu đồng/tháng.

Để mở rộng sản xuất, chị vay 300 triệu đồng từ Ngân hàng Chính sách xã hội theo chương trình giải quyết việc làm, mua thêm 15 máy may công nghiệp. Cơ sở cũng tiếp nhận 12 học viên do Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện đào tạo.

Theo Phòng Lao động - Thương binh và Xã hội huyện Cầu Kè, toàn huyện hiện có 11 cơ sở và tổ may gia công, thu hút gần 400 lao động nông thôn. Năm 2023, huyện phấn đấu có thêm 3 tổ may, giải quyết việc làm tại chỗ cho 150 lao động nữ.

Bà Kim Thị Út, Chủ tịch Hội Liên hiệp Phụ nữ xã Hòa Tân, cho biết: "Trước đây chị em chủ yếu đi làm thuê theo mùa vụ, thu nhập bấp bênh. Nay có việc làm gần nhà, nhiều hộ đã thoát nghèo; riêng năm 2022 xã có 14 hộ hội viên thoát nghèo nhờ làm may".

THANH TÂM
26/4/2023
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("với 8 máy may", "8", 8, "count", "máy may", "máy may ban đầu của tổ may"),
    F("đã có 35 lao động", "35", 35, "count", "lao động", "lao động của cơ sở may gia công",
      P("đến nay", None, "2023-04-26")),
    F("khoảng 20.000 sản phẩm", "20.000", 20000, "measure", "sản phẩm/tháng", "sản phẩm cơ sở xuất mỗi tháng",
      approx="about"),
    F("từ 2.500 đến 4.000 đồng/sản phẩm", "2.500", 2500, "money", "đồng/sản phẩm", "đơn giá gia công",
      value_max=4000),
    F("hơn 960 triệu đồng", "960", 960e6, "money", "đồng", "doanh thu của cơ sở",
      P("Năm 2022", "2022-01-01", "2022-12-31"), approx="over", change=C("+", 2, "lần", "năm 2020")),
    F("từ 4,5 đến 6 triệu đồng/tháng", "4,5", 4.5e6, "money", "đồng/tháng", "thu nhập của lao động",
      value_max=6e6),
    F("đạt 7 triệu đồng/tháng", "7", 7e6, "money", "đồng/tháng", "thu nhập của thợ may lành nghề"),
    F("vay 300 triệu đồng", "300", 300e6, "money", "đồng", "vốn vay từ Ngân hàng Chính sách xã hội"),
    F("thêm 15 máy may", "15", 15, "count", "máy may công nghiệp", "máy may công nghiệp mua thêm"),
    F("tiếp nhận 12 học viên", "12", 12, "count", "học viên", "học viên cơ sở tiếp nhận"),
    F("có 11 cơ sở", "11", 11, "count", "cơ sở và tổ may", "cơ sở và tổ may gia công"),
    F("gần 400 lao động", "400", 400, "count", "lao động", "lao động nông thôn các cơ sở, tổ may thu hút",
      approx="nearly"),
    F("thêm 3 tổ may", "3", 3, "count", "tổ may", "tổ may có thêm", Y23, status="target"),
    F("cho 150 lao động nữ", "150", 150, "count", "lao động nữ", "lao động nữ được giải quyết việc làm tại chỗ", Y23,
      status="target"),
    F("có 14 hộ", "14", 14, "count", "hộ", "hộ hội viên thoát nghèo nhờ làm may",
      P("năm 2022", "2022-01-01", "2022-12-31")),
]

write("p897-5", TEXT, FIGS, published="2023-04-26", location="Cầu Kè", comments=[
    "Báo Trà Vinh: a sewing workshop (cơ sở may gia công) in xã Hòa Tân, huyện Cầu Kè; byline THANH TÂM and bare date 26/4/2023 at the end.",
    "Not figures: ấp 4, names 'Thạch Thị Sa Ri', 'Kim Thị Út' (Út = youngest, a name), Thành phố Hồ Chí Minh (the client's place).",
    "'gấp 2 lần năm 2020' right after the revenue is its change (increase, 2 lần, baseline năm 2020), not a multiple of its own.",
    "'đến nay' → as-of the article date. 'hiện có' gives no period. Commune figures take the district Cầu Kè.",
])
