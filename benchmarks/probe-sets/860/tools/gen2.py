"""p860-2: district portal (huyện Củ Chi, TP. Hồ Chí Minh), cá cảnh 8 tháng 2023."""
from lib import F, P, I, C, T, write_set

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CỦ CHI
Trang chủ / Tin tức / Kinh tế - Nông nghiệp
Thứ Năm, 14/09/2023 - 10:20

Cá cảnh tiếp tục là thế mạnh của nông nghiệp đô thị Củ Chi

Theo Phòng Kinh tế huyện, tính đến ngày 31/8/2023, toàn huyện có 213 hộ nuôi cá cảnh (tăng 17 hộ so với cuối năm 2022) với diện tích 86,4 ha, tập trung ở các xã Tân Thạnh Đông (54 hộ), Phước Vĩnh An (41 hộ), Tân Thông Hội (37 hộ) và Trung An (29 hộ), dọc Tỉnh lộ 8 và Quốc lộ 22.

Từ đầu năm đến nay, sản lượng cá cảnh của huyện đạt khoảng 21,5 triệu con, giá trị ước đạt 142 tỷ đồng, tăng 9,3% so với cùng kỳ năm 2022. Trong đó, lượng cá xuất khẩu sang Mỹ, châu Âu, Nhật Bản khoảng 6,2 triệu con, chiếm gần 29% sản lượng. Các loài nuôi chủ lực là cá dĩa, cá Koi, cá xiêm và cá bảy màu.

Tại xã Tân Thạnh Đông, anh Lê Văn Bảy (ấp 6) nuôi cá dĩa trên diện tích 3.000 m2 với hơn 400 hồ kính và bể xi măng. Cá dĩa cỡ 3-5 phân có giá 25.000-40.000 đồng/con; cá dĩa bố mẹ loại đẹp 1,2-1,5 triệu đồng/cặp. Mỗi tháng, cơ sở xuất bán 8.000-10.000 con, thu nhập trên 60 triệu đồng/tháng.

Để hỗ trợ người nuôi, trong 8 tháng đầu năm 2023, Phòng Giao dịch Ngân hàng Chính sách xã hội huyện đã giải ngân 4,65 tỷ đồng cho 58 hộ vay vốn nuôi cá cảnh, mức vay tối đa 100 triệu đồng/hộ. Huyện cũng tổ chức 6 lớp tập huấn kỹ thuật với 240 lượt người tham gia. Năm 2023, huyện phấn đấu giá trị sản xuất cá cảnh đạt 210 tỷ đồng.

Thanh Tâm (Phòng Văn hóa và Thông tin huyện)
"""

ASOF = P("tính đến ngày 31/8/2023", None, "2023-08-31")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-09-14")
M8 = P("8 tháng đầu năm 2023", "2023-01-01", "2023-08-31")

FIGS = [
    F("có 213 hộ", "213", 213, "count", "hộ", "hộ nuôi cá cảnh", ASOF,
      change=C("increase", 17, "hộ", "cuối năm 2022")),
    F("diện tích 86,4 ha", "86,4", 86.4, "measure", "ha", "diện tích nuôi cá cảnh", ASOF),
    F("(54 hộ)", "54", 54, "count", "hộ", "hộ nuôi cá cảnh xã Tân Thạnh Đông", ASOF),
    F("(41 hộ)", "41", 41, "count", "hộ", "hộ nuôi cá cảnh xã Phước Vĩnh An", ASOF),
    F("(37 hộ)", "37", 37, "count", "hộ", "hộ nuôi cá cảnh xã Tân Thông Hội", ASOF),
    F("(29 hộ)", "29", 29, "count", "hộ", "hộ nuôi cá cảnh xã Trung An", ASOF),
    F("khoảng 21,5 triệu con", "21,5", 21_500_000, "count", "con", "sản lượng cá cảnh", YTD, approx="about"),
    F("ước đạt 142 tỷ đồng", "142", 142_000_000_000, "money", "đồng", "giá trị sản lượng cá cảnh", YTD,
      status="estimate", change=C("increase", 9.3, "%", "cùng kỳ năm 2022")),
    F("khoảng 6,2 triệu con", "6,2", 6_200_000, "count", "con", "lượng cá cảnh xuất khẩu", I(YTD),
      approx="about", total=21_500_000, percent=29),
    F("diện tích 3.000 m2", "3.000", 3000, "measure", "m2", "diện tích nuôi cá dĩa của hộ anh Lê Văn Bảy"),
    F("hơn 400 hồ kính", "400", 400, "count", "hồ kính và bể xi măng", "hồ kính và bể xi măng nuôi cá dĩa",
      approx="over"),
    F("cỡ 3-5 phân", "3", 3, "measure", "phân", "kích cỡ cá dĩa", value_max=5, optional=True),
    F("25.000-40.000 đồng/con", "25.000", 25000, "money", "đồng/con", "giá cá dĩa cỡ 3-5 phân", value_max=40000),
    F("1,2-1,5 triệu đồng/cặp", "1,2", 1_200_000, "money", "đồng/cặp", "giá cá dĩa bố mẹ loại đẹp",
      value_max=1_500_000),
    F("8.000-10.000 con", "8.000", 8000, "count", "con", "cá dĩa cơ sở xuất bán mỗi tháng", value_max=10000),
    F("trên 60 triệu đồng/tháng", "60", 60_000_000, "money", "đồng/tháng", "thu nhập của cơ sở nuôi cá dĩa",
      approx="over"),
    F("giải ngân 4,65 tỷ đồng", "4,65", 4_650_000_000, "money", "đồng", "vốn vay giải ngân cho hộ nuôi cá cảnh", M8),
    F("cho 58 hộ", "58", 58, "count", "hộ", "hộ vay vốn nuôi cá cảnh", M8),
    F("tối đa 100 triệu đồng/hộ", "100", 100_000_000, "money", "đồng/hộ", "mức vay", approx="at_most"),
    F("tổ chức 6 lớp", "6", 6, "count", "lớp", "lớp tập huấn kỹ thuật nuôi cá cảnh", I(M8)),
    F("240 lượt người", "240", 240, "count", "lượt người", "lượt người tham gia tập huấn", I(M8)),
    F("đạt 210 tỷ đồng", "210", 210_000_000_000, "money", "đồng", "giá trị sản xuất cá cảnh",
      P("Năm 2023", "2023-01-01", "2023-12-31"), status="target"),
]

COMMENTS = [
    "District portal (huyện Củ Chi, TP. Hồ Chí Minh): ornamental fish, as of 31/8/2023 and 'Từ đầu năm đến nay' (to the dateline 14/09/2023).",
    "Location: the district Củ Chi for every figure. The communes in the bracketed list (Tân Thạnh Đông ...) lie below the",
    "province/city/district level that FIGURES.md names for `location`, so they stay Củ Chi and the commune goes into the subject.",
    "The commune list (54+41+37+29 = 161) does not add up to 213: no total. Not figures: 'Tỉnh lộ 8', 'Quốc lộ 22', 'ấp 6',",
    "the names 'Lê Văn Bảy' and 'cá bảy màu', weekday and time. 'cỡ 3-5 phân' is a size class (optional).",
]

write_set("p860-2", TEXT, FIGS, COMMENTS, published="2023-09-14", location="Củ Chi")
