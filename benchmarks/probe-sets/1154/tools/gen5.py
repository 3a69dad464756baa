"""p1154-5: Party newspaper (Báo Thái Nguyên) feature: a young master's cordyceps farm in xã Tân Cương; byline + bare date."""
from lib import F, P, I, C, T, write

TEXT = """Thạc sĩ trẻ làm giàu từ đông trùng hạ thảo

Từ căn phòng thí nghiệm nhỏ rộng 40 m² năm 2018, đến nay trang trại đông trùng hạ thảo của anh Lê Minh Đức (34 tuổi, xóm Nam Đồng, xã Tân Cương, TP Thái Nguyên) đã mở rộng lên 5 phòng nuôi với tổng diện tích 350 m².

Sau khi tốt nghiệp thạc sĩ ngành Công nghệ sinh học, anh Đức quyết định về quê khởi nghiệp. Mỗi tháng, trang trại thu hoạch khoảng 40 kg đông trùng hạ thảo tươi, tương đương 8 kg khô. Với giá bán 12 triệu đồng/kg sản phẩm khô, năm 2023 trang trại đạt doanh thu hơn 2,4 tỷ đồng, lợi nhuận gần 1 tỷ đồng. Anh Đức hiện tạo việc làm cho 8 lao động địa phương, trong đó có năm lao động nữ, với mức lương từ 6 đến 7 triệu đồng/người/tháng.

Năm 2023, sản phẩm "Đông trùng hạ thảo Tân Cương" của anh được công nhận OCOP 4 sao. Theo Phòng Kinh tế TP Thái Nguyên, toàn thành phố hiện có 7 cơ sở nuôi trồng đông trùng hạ thảo, nấm linh chi; sản lượng năm 2023 đạt 1,6 tấn khô các loại, tăng 35% so với năm 2022.

Chia sẻ về kế hoạch sắp tới, anh Đức dự kiến năm 2024 đầu tư thêm 2 phòng nuôi, nâng sản lượng lên khoảng 12 kg khô/tháng và liên kết với 20 hộ dân trong xã trồng nấm linh chi. "Làm nông nghiệp công nghệ cao không khó, quan trọng là phải kiên trì và giữ chữ tín với khách hàng", anh Đức chia sẻ.

PHƯƠNG THẢO
18/03/2024
"""

Y18 = P("năm 2018", "2018-01-01", "2018-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("rộng 40 m²", "40", 40, "measure", "m²", subject="diện tích phòng thí nghiệm ban đầu", period=Y18),
    F("34 tuổi", "34", 34, "measure", "tuổi", subject="tuổi anh Lê Minh Đức", optional=True),
    F("lên 5 phòng", "5", 5, "count", "phòng nuôi", subject="phòng nuôi của trang trại"),
    F("diện tích 350 m²", "350", 350, "measure", "m²", subject="tổng diện tích phòng nuôi"),
    F("khoảng 40 kg", "40", 40, "measure", "kg", approx="about",
      subject="đông trùng hạ thảo tươi thu hoạch mỗi tháng"),
    F("tương đương 8 kg", "8", 8, "measure", "kg", subject="đông trùng hạ thảo khô thu hoạch mỗi tháng"),
    F("giá bán 12 triệu", "12", 12e6, "money", "đồng/kg", subject="giá bán sản phẩm khô", period=Y23),
    F("hơn 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", approx="over", subject="doanh thu của trang trại", period=Y23),
    F("gần 1 tỷ", "1", 1e9, "money", "đồng", approx="nearly", subject="lợi nhuận của trang trại", period=Y23),
    F("cho 8 lao động", "8", 8, "count", "lao động", subject="lao động địa phương có việc làm"),
    F("có năm lao động", "năm", 5, "count", "lao động", total=8, subject="lao động nữ"),
    F("từ 6 đến 7 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=7e6, subject="mức lương"),
    F("có 7 cơ sở", "7", 7, "count", "cơ sở", subject="cơ sở nuôi trồng đông trùng hạ thảo, nấm linh chi"),
    F("đạt 1,6 tấn", "1,6", 1.6, "measure", "tấn", change=C("increase", 35, "%", "năm 2022"),
      subject="sản lượng đông trùng hạ thảo, nấm linh chi khô các loại", period=Y23),
    F("thêm 2 phòng", "2", 2, "count", "phòng nuôi", status="forecast",
      subject="phòng nuôi đầu tư thêm", period=Y24),
    F("khoảng 12 kg", "12", 12, "measure", "kg/tháng", approx="about", status="forecast",
      subject="sản lượng đông trùng hạ thảo khô", period=Y24),
    F("với 20 hộ", "20", 20, "count", "hộ dân", status="forecast",
      subject="hộ dân liên kết trồng nấm linh chi", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Thái Nguyên) feature; byline 'PHƯƠNG THẢO' and bare date '18/03/2024' at the end (published).",
    "Location: the farm is in xã Tân Cương, TP Thái Nguyên; the city reduces to the province name Thái Nguyên for every figure.",
    "Distractors: 'năm 2018' (a year locating 40 m²), 'OCOP 4 sao', 'xóm Nam Đồng'. '34 tuổi' (a person's age) optional.",
    "'tương đương 8 kg khô' is the dry-weight equivalent (a measure of its own, not a share). 'năm lao động nữ' is the number",
    "word năm (= 5), a part of 8 lao động after 'trong đó'. 'đến nay', 'hiện', 'Mỗi tháng' give no period. 'Với giá bán 12",
    "triệu ..., năm 2023 trang trại đạt ...' one sentence: period 2023. 'dự kiến năm 2024' -> forecast for all three clauses.",
]

if __name__ == "__main__":
    write("p1154-5", TEXT, NOTES, FIGS, published="2024-03-18", location="Thái Nguyên")
