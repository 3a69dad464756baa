"""p1446-2: district portal (huyện Phú Xuyên, Hà Nội): the umbrella village of thôn Đông Phú, xã Sơn Hà."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ XUYÊN - THÀNH PHỐ HÀ NỘI
Trang chủ / Kinh tế / Làng nghề

Làng ô dù Đông Phú vào mùa cao điểm

14/05/2024 - 08:40

Những ngày này, làng nghề ô dù thôn Đông Phú, xã Sơn Hà tất bật chuẩn bị hàng cho mùa mưa. Toàn thôn có 126 hộ làm nghề, trong đó 18 hộ có xưởng may với quy mô từ 10 đến 25 công nhân. Mỗi năm làng cung cấp ra thị trường khoảng 1,8 triệu chiếc ô các loại; doanh thu năm 2023 đạt hơn 95 tỷ đồng, tăng 8% so với năm 2022.

Ông Nguyễn Văn Thạo, chủ Xưởng ô dù Thạo Phát, cho biết xưởng có hai dây chuyền căng vải và một máy in lụa, sử dụng 22 lao động, mức lương từ 6,5 đến 9 triệu đồng/người/tháng. Bốn tháng đầu năm nay, xưởng đã giao 46.000 chiếc ô, gấp đôi cùng kỳ. Giá bán buôn ô gấp từ 45.000 đến 70.000 đồng/chiếc, ô cán dài khoảng 120.000 đồng/chiếc.

Theo UBND xã Sơn Hà, năm 2023 toàn xã có 3 làng nghề được công nhận, thu hút gần 2.000 lao động; giá trị sản xuất làng nghề đạt 286 tỷ đồng, chiếm 62% tổng giá trị sản xuất của xã. Năm 2024, xã phấn đấu giá trị sản xuất làng nghề đạt 310 tỷ đồng, thu nhập bình quân đạt 78 triệu đồng/người/năm.

Huyện Phú Xuyên hiện có 124 làng có nghề, trong đó 28 làng được thành phố công nhận làng nghề. Năm 2024, huyện phấn đấu có thêm 2 sản phẩm OCOP 4 sao từ ô dù và hoàn thành đăng ký nhãn hiệu tập thể "Ô dù Đông Phú".

Nguồn: Phòng Kinh tế huyện Phú Xuyên

Tin khác:
- Phú Xuyên tổng kết 5 năm thực hiện Chương trình OCOP
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 18

Địa chỉ: Tiểu khu Mỹ Lâm, thị trấn Phú Xuyên, Hà Nội. Điện thoại: 024.3385.6120
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M4 = P("Bốn tháng đầu năm nay", "2024-01-01", "2024-04-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")  # the district's sentence

FIGS = [
    F("có 126 hộ", "126", 126, "count", "hộ", subject="hộ làm nghề"),
    F("18 hộ", "18", 18, "count", "hộ", total=126, subject="hộ có xưởng may"),
    F("từ 10 đến 25", "10", 10, "count", "công nhân", value_max=25, subject="quy mô xưởng may"),
    F("khoảng 1,8 triệu", "1,8", 1.8e6, "measure", "chiếc/năm", approx="about",
      subject="ô các loại làng cung cấp ra thị trường mỗi năm"),
    F("hơn 95 tỷ", "95", 95e9, "money", "đồng", approx="over", change=C("increase", 8, "%", "năm 2022"),
      subject="doanh thu của làng nghề", period=Y23),
    F("có hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền căng vải của xưởng"),
    F("một máy in", "một", 1, "count", "máy in lụa", subject="máy in lụa của xưởng"),
    F("sử dụng 22 lao động", "22", 22, "count", "lao động", subject="lao động xưởng sử dụng"),
    F("từ 6,5 đến 9", "6,5", 6.5e6, "money", "đồng/người/tháng", value_max=9e6, subject="mức lương lao động"),
    F("giao 46.000 chiếc", "46.000", 46000, "count", "chiếc", change=C("increase", 2, "lần", "cùng kỳ"),
      subject="ô xưởng đã giao", period=M4),
    F("từ 45.000 đến 70.000", "45.000", 45000, "money", "đồng/chiếc", value_max=70000,
      subject="giá bán buôn ô gấp"),
    F("khoảng 120.000", "120.000", 120000, "money", "đồng/chiếc", approx="about",
      subject="giá bán buôn ô cán dài"),
    F("có 3 làng nghề", "3", 3, "count", "làng nghề", subject="làng nghề được công nhận của xã", period=Y23),
    F("gần 2.000 lao động", "2.000", 2000, "count", "lao động", approx="nearly",
      subject="lao động làng nghề thu hút", period=Y23),
    F("đạt 286 tỷ", "286", 286e9, "money", "đồng", percent=62,
      subject="giá trị sản xuất làng nghề", period=Y23),
    F("đạt 310 tỷ", "310", 310e9, "money", "đồng", status="target",
      subject="giá trị sản xuất làng nghề", period=Y24),
    F("đạt 78 triệu", "78", 78e6, "money", "đồng/người/năm", status="target",
      subject="thu nhập bình quân", period=Y24),
    F("có 124 làng", "124", 124, "count", "làng có nghề", subject="làng có nghề của huyện"),
    F("28 làng", "28", 28, "count", "làng", total=124, subject="làng được thành phố công nhận làng nghề"),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", status="target",
      subject="sản phẩm OCOP 4 sao từ ô dù", period=Y24b),
]

NOTES = [
    "District portal (huyện Phú Xuyên, Hà Nội): banner naming the district, breadcrumb, '14/05/2024 - 08:40' under the headline, source,",
    "'Tin khác' links, address and phone footer.",
    "Distractors: 08:40, '5 năm' and 'lần thứ 18' in link titles, 'OCOP 4 sao' (a rating), phone 024.3385.6120.",
    "Location: commune figures (xã Sơn Hà, thôn Đông Phú) are figures of the district Phú Xuyên (default); the spec names province,",
    "city or district. 'thành phố' = Hà Nội only names who recognised the villages.",
    "'trong đó 18 hộ' → total 126; '28 làng' after 'trong đó' → total 124 (villages with a trade vs recognised craft villages: same noun 'làng').",
    "'quy mô từ 10 đến 25 công nhân' is a range of workers per workshop: count, no period. 'Mỗi năm ... khoảng 1,8 triệu chiếc' is a rate (chiếc/năm).",
    "'gấp đôi cùng kỳ' after 46.000 chiếc → change increase 2 lần, baseline cùng kỳ. 'Bốn tháng đầu năm nay' → Jan-Apr 2024 (published year).",
    "'chiếm 62% tổng giá trị sản xuất của xã' → percent attribute of 286 tỷ. 'phấn đấu' governs both clauses of its sentence (target).",
    "The workshop's standing figures (lines, workers, wages, prices) carry no period.",
]

if __name__ == "__main__":
    write("p1446-2", TEXT, NOTES, FIGS, published="2024-05-14", location="Phú Xuyên")
