from lib import *

TEXT = """
Bắc Ninh: Giá trị sản xuất làng nghề năm 2023 đạt hơn 13,5 nghìn tỷ đồng
Cập nhật: 12/03/2024 09:15
Lượt xem: 2.317

Sáng 11/3, Sở Nông nghiệp và Phát triển nông thôn tổ chức hội nghị tổng kết công tác phát triển làng nghề năm 2023 theo Quyết định số 1245/QĐ-UBND của UBND tỉnh.

Theo báo cáo, toàn tỉnh hiện có 62 làng nghề, trong đó có 31 làng nghề truyền thống; các làng nghề thu hút khoảng 120.000 lao động thường xuyên. Năm 2023, giá trị sản xuất của các làng nghề ước đạt 13.560 tỷ đồng, tăng 8,2% so với năm 2022, chiếm 18,6% giá trị sản xuất công nghiệp - tiểu thủ công nghiệp toàn tỉnh. Thu nhập bình quân của lao động làng nghề đạt 7,5 triệu đồng/người/tháng. Mức thu nhập này cao gấp 1,4 lần lao động thuần nông.

Làng nghề tập trung chủ yếu tại thành phố Từ Sơn (14 làng nghề), huyện Yên Phong (11 làng nghề) và huyện Gia Bình (9 làng nghề). Các nghề chính gồm đồ gỗ mỹ nghệ Đồng Kỵ, gốm Phù Lãng, tranh dân gian Đông Hồ, đúc đồng Đại Bái và tái chế giấy Phong Khê.

Tuy nhiên, kết quả quan trắc cho thấy 25/62 làng nghề bị ô nhiễm môi trường, trong đó 6 làng nghề ô nhiễm nghiêm trọng. Riêng làng giấy Phong Khê mỗi ngày thải ra khoảng 4.500 m3 nước thải, nhưng Nhà máy xử lý nước thải Cụm công nghiệp Phong Khê 2 mới xử lý được gần 30% lượng nước thải này. Trong năm 2023, lực lượng chức năng đã kiểm tra 146 cơ sở, xử phạt 38 cơ sở với tổng số tiền hơn 2,1 tỷ đồng.

Năm 2024, tỉnh phấn đấu giá trị sản xuất làng nghề tăng từ 7 đến 9%; đến năm 2025, 100% làng nghề có hệ thống thu gom nước thải và chất thải rắn.

Mọi thông tin xin liên hệ Chi cục Phát triển nông thôn, số 8 đường Lý Thái Tổ, thành phố Bắc Ninh, điện thoại 0222.3822.456.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
FIGS = [
    F("đạt hơn 13,5 nghìn tỷ đồng", "13,5", 13.5e12, "money", "đồng", "giá trị sản xuất làng nghề",
      approx="over", period=Y23),
    F("hiện có 62 làng nghề", "62", 62, "count", "làng nghề", "làng nghề"),
    F("có 31 làng nghề truyền thống", "31", 31, "count", "làng nghề", "làng nghề truyền thống", total=62),
    F("khoảng 120.000 lao động", "120.000", 120000, "count", "lao động", "lao động thường xuyên của các làng nghề",
      approx="about"),
    F("ước đạt 13.560 tỷ đồng", "13.560", 13560e9, "money", "đồng", "giá trị sản xuất của các làng nghề",
      percent=18.6, change=CH("increase", 8.2, "%", "năm 2022"), status="estimate",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 7,5 triệu đồng/người/tháng", "7,5", 7.5e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động làng nghề", period=Y23i),
    F("cao gấp 1,4 lần", "1,4", 1.4, "multiple", "lần", "mức thu nhập lao động làng nghề so với lao động thuần nông",
      period=Y23i),
    F("Từ Sơn (14 làng nghề)", "14", 14, "count", "làng nghề", "làng nghề", location="Từ Sơn"),
    F("Yên Phong (11 làng nghề)", "11", 11, "count", "làng nghề", "làng nghề", location="Yên Phong"),
    F("Gia Bình (9 làng nghề)", "9", 9, "count", "làng nghề", "làng nghề", location="Gia Bình"),
    F("25/62 làng nghề", "25", 25, "count", "làng nghề", "làng nghề bị ô nhiễm môi trường", total=62),
    F("trong đó 6 làng nghề", "6", 6, "count", "làng nghề", "làng nghề ô nhiễm nghiêm trọng", total=25),
    F("khoảng 4.500 m3", "4.500", 4500, "measure", "m3", "nước thải làng giấy Phong Khê thải ra mỗi ngày",
      approx="about"),
    F("gần 30% lượng", "30", 30, "percent", "%", "lượng nước thải làng giấy Phong Khê được xử lý", approx="nearly"),
    F("kiểm tra 146 cơ sở", "146", 146, "count", "cơ sở", "cơ sở được kiểm tra",
      period=P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("xử phạt 38 cơ sở", "38", 38, "count", "cơ sở", "cơ sở bị xử phạt",
      period=P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("hơn 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "tổng số tiền xử phạt", approx="over",
      period=P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("tăng từ 7 đến 9%", "7", 7, "percent", "%", "tốc độ tăng giá trị sản xuất làng nghề", value_max=9,
      status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("2025, 100% làng nghề", "100", 100, "percent", "%", "làng nghề có hệ thống thu gom nước thải và chất thải rắn",
      status="target", period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Ninh (province portal): craft villages 2023 — counts, labour, output value, income, pollution, fines, targets.",
    "Dateline 'Cập nhật: 12/03/2024 09:15'. Distractors: 'Lượt xem: 2.317', 'Sáng 11/3', 'Quyết định số 1245/QĐ-UBND',",
    "'Cụm công nghiệp Phong Khê 2' (name), 'số 8 đường Lý Thái Tổ' (address), phone 0222.3822.456.",
    "Title figure 'hơn 13,5 nghìn tỷ đồng' is a figure of its own (×10^12, over). 'cao gấp 1,4 lần' stands in its own sentence",
    "with its own subject ('Mức thu nhập này'): a standalone multiple, not a change of 7,5 triệu.",
    "District list in brackets: location = district, subject = list indicator. '25/62' total 62; '6 làng nghề' after 'trong đó' total 25.",
    "'gần 30% lượng nước thải này' is a percent with no base count (the 4.500 m3 is a daily volume, no 'chiếm/đạt' cue) → own figure.",
    "'kiểm tra 146 …, xử phạt 38 …': no part-of cue, so no total. Phong Khê is a ward of Bắc Ninh city → default location.",
    "Targets: 'tăng từ 7 đến 9%' growth rate as claim (range, status target, năm 2024); '100% làng nghề' đến năm 2025.",
    "Figures with no period phrase in their paragraph (62, 31, 120.000, list, pollution) carry no period.",
]

write("p402-1", TEXT, FIGS, COMMENTS, published="2024-03-12", location="Bắc Ninh")
