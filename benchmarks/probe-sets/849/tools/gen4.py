"""p849-4: ministry site (Bộ VHTTDL), national grassroots sports clubs, badminton and pickleball (27/12/2024)."""
from lib import F, P, I, C, T, main

TEXT = """
BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin tức » Thể dục thể thao

Cả nước có hơn 72.000 câu lạc bộ thể dục thể thao cơ sở

Ngày đăng: 27/12/2024 | Lượt xem: 1.104

(BVHTTDL) - Theo báo cáo của Cục Thể dục thể thao, năm 2024 cả nước ước có 72.450 câu lạc bộ thể dục thể thao cơ sở, tăng 3,2% so với năm 2023; tỷ lệ người tập luyện thể dục thể thao thường xuyên ước đạt 37,1% dân số. Số hộ gia đình thể thao năm 2024 đạt 26,5%.

Cầu lông và pickleball là hai môn phát triển nhanh nhất ở cơ sở. Cả nước hiện có khoảng 8.600 câu lạc bộ cầu lông với trên 310.000 hội viên. Số câu lạc bộ pickleball tăng từ khoảng 300 câu lạc bộ năm 2023 lên gần 1.500 câu lạc bộ năm 2024. Số câu lạc bộ pickleball năm 2024 gấp khoảng 5 lần năm 2023. Các địa phương có nhiều câu lạc bộ pickleball nhất là TP Hồ Chí Minh (khoảng 280 câu lạc bộ), Hà Nội (250 câu lạc bộ) và Đà Nẵng (95 câu lạc bộ).

Năm 2024, cả nước tổ chức 6 giải pickleball và 14 giải cầu lông cấp quốc gia, thu hút hơn 6.000 lượt vận động viên. Tổng kinh phí xã hội hóa cho các giải khoảng 45 tỷ đồng.

Hiện có 54/63 tỉnh, thành phố đã thành lập liên đoàn hoặc hội cầu lông; 87,4% xã, phường, thị trấn có thiết chế văn hóa, thể thao.

Theo Chiến lược phát triển thể dục, thể thao Việt Nam đến năm 2030, tầm nhìn đến năm 2045 ban hành kèm Quyết định số 1189/QĐ-TTg, đến năm 2030 tỷ lệ người tập luyện thể dục thể thao thường xuyên đạt 45% dân số, số hộ gia đình thể thao đạt 30%.

Cục Thể dục thể thao - Số 36 Trần Phú, Ba Đình, Hà Nội - Điện thoại: 024.3843.3125
"""

NOTES = [
    "Ministry site (Bộ VHTTDL): national grassroots sports clubs, badminton and pickleball clubs, national tournaments, 2030 targets.",
    "Distractors: 'Ngày đăng: 27/12/2024', 'Lượt xem: 1.104', 'Quyết định số 1189/QĐ-TTg', 'đến năm 2030, tầm nhìn đến năm 2045'",
    "(strategy name), address 'Số 36 Trần Phú, Ba Đình, Hà Nội', phone '024.3843.3125'.",
    "revised after the first run: 'hai môn' (the two sports just named) added as optional (a reader might or might not count it; cf. '03 khối').",
    "'gấp khoảng 5 lần' stands as its own sentence: a multiple. The bracketed provinces are list items (location = the province).",
    "'năm 2024 cả nước ước có' → estimate; it continues into '; tỷ lệ … ước đạt 37,1%' (own 'ước'). 'đến năm 2030 … đạt' → target.",
]

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("hơn 72.000 câu lạc bộ", "72.000", 72000, "count", "câu lạc bộ", "câu lạc bộ thể dục thể thao cơ sở",
      approx="over"),
    F("ước có 72.450 câu lạc bộ", "72.450", 72450, "count", "câu lạc bộ", "câu lạc bộ thể dục thể thao cơ sở",
      Y24, status="estimate", change=C("increase", 3.2, "%", "năm 2023")),
    F("ước đạt 37,1%", "37,1", 37.1, "percent", "%", "tỷ lệ người tập luyện thể dục thể thao thường xuyên", Y24,
      status="estimate"),
    F("năm 2024 đạt 26,5%", "26,5", 26.5, "percent", "%", "số hộ gia đình thể thao", Y24),
    F("là hai môn", "hai", 2, "count", "môn", "môn phát triển nhanh nhất ở cơ sở", optional=True),
    F("khoảng 8.600 câu lạc bộ", "8.600", 8600, "count", "câu lạc bộ", "câu lạc bộ cầu lông", approx="about"),
    F("trên 310.000 hội viên", "310.000", 310000, "count", "hội viên", "hội viên câu lạc bộ cầu lông",
      approx="over"),
    F("khoảng 300 câu lạc bộ", "300", 300, "count", "câu lạc bộ", "câu lạc bộ pickleball", Y23, approx="about"),
    F("gần 1.500 câu lạc bộ", "1.500", 1500, "count", "câu lạc bộ", "câu lạc bộ pickleball", Y24, approx="nearly"),
    F("gấp khoảng 5 lần", "5", 5, "multiple", "lần", "số câu lạc bộ pickleball năm 2024 so với năm 2023",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about"),
    F("(khoảng 280 câu lạc bộ)", "280", 280, "count", "câu lạc bộ", "câu lạc bộ pickleball", I(Y24),
      approx="about", location="TP Hồ Chí Minh"),
    F("(250 câu lạc bộ)", "250", 250, "count", "câu lạc bộ", "câu lạc bộ pickleball", I(Y24), location="Hà Nội"),
    F("(95 câu lạc bộ)", "95", 95, "count", "câu lạc bộ", "câu lạc bộ pickleball", I(Y24), location="Đà Nẵng"),
    F("chức 6 giải", "6", 6, "count", "giải", "giải pickleball cấp quốc gia", Y24),
    F("và 14 giải", "14", 14, "count", "giải", "giải cầu lông cấp quốc gia", Y24),
    F("hơn 6.000 lượt", "6.000", 6000, "count", "lượt vận động viên", "lượt vận động viên tham gia giải", Y24,
      approx="over"),
    F("khoảng 45 tỷ đồng", "45", 45e9, "money", "đồng", "kinh phí xã hội hóa cho các giải", I(Y24),
      approx="about"),
    F("54/63 tỉnh", "54", 54, "count", "tỉnh, thành phố", "tỉnh, thành phố đã thành lập liên đoàn hoặc hội cầu lông",
      total=63),
    F("87,4% xã", "87,4", 87.4, "percent", "%", "xã, phường, thị trấn có thiết chế văn hóa, thể thao"),
    F("đạt 45% dân số", "45", 45, "percent", "%", "tỷ lệ người tập luyện thể dục thể thao thường xuyên", T30,
      status="target"),
    F("đạt 30%", "30", 30, "percent", "%", "số hộ gia đình thể thao", T30, status="target"),
]

if __name__ == "__main__":
    main("p849-4", TEXT, NOTES, FIGS, published="2024-12-27", location="Việt Nam")
