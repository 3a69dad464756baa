"""p799-1: Thừa Thiên Huế province portal, nón lá production H1/2024."""
from lib import F, P, I, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THỪA THIÊN HUẾ
Trang chủ > Tin tức - Sự kiện > Kinh tế
Nón lá Huế: 6 tháng xuất bán hơn 1,2 triệu chiếc
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.316

Theo Sở Công Thương, 6 tháng đầu năm 2024, các làng nghề nón lá trên địa bàn tỉnh sản xuất khoảng 1.215.000 chiếc nón, tăng 8,5% so với cùng kỳ năm 2023; giá trị sản xuất ước đạt 96,4 tỷ đồng, đạt 52,1% kế hoạch năm.

Toàn tỉnh hiện có 11 làng nghề nón lá, gồm: huyện Phú Vang (4 làng), thị xã Hương Thủy (3 làng), huyện Quảng Điền (2 làng) và thành phố Huế (2 làng), với gần 4.300 hộ và 6.850 lao động, trong đó lao động nữ chiếm khoảng 87%. Riêng làng nón Tây Hồ (xã Phú Hồ, huyện Phú Vang) năm 2023 sản xuất khoảng 420.000 chiếc.

Giá nón thường từ 35.000 đến 50.000 đồng/chiếc; nón bài thơ có giá 120.000-250.000 đồng/chiếc. Giá nón bài thơ gấp 3-4 lần nón thường. 6 tháng đầu năm, thu nhập bình quân của thợ làm nón đạt 3,2 triệu đồng/người/tháng, tăng 400.000 đồng so với cùng kỳ.

Từ đầu năm đến nay, từ nguồn khuyến công theo Nghị định số 45/2012/NĐ-CP, tỉnh đã hỗ trợ 1,35 tỷ đồng mở 9 lớp đào tạo nghề cho 270 học viên và đưa sản phẩm của 18 cơ sở lên sàn thương mại điện tử.

Theo Quyết định số 1457/QĐ-UBND, tỉnh phấn đấu đến năm 2025 có 15 làng nghề nón lá đạt tiêu chí, giá trị sản xuất đạt 200 tỷ đồng/năm và 30% sản phẩm được tiêu thụ qua kênh du lịch, thương mại điện tử.

Sở Công Thương Thừa Thiên Huế - 7 Trần Cao Vân, TP. Huế. ĐT: 0234.3822.157
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SINCE = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-18")
TO2025 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("xuất bán hơn 1,2 triệu chiếc", "1,2", 1_200_000, "count", "chiếc", "nón lá xuất bán",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("khoảng 1.215.000 chiếc nón", "1.215.000", 1_215_000, "count", "chiếc nón",
      "nón lá các làng nghề sản xuất", H1, approx="about",
      change=C("increase", 8.5, "%", "cùng kỳ năm 2023")),
    F("ước đạt 96,4 tỷ đồng", "96,4", 96.4e9, "money", "đồng", "giá trị sản xuất các làng nghề nón lá", H1,
      percent=52.1, status="estimate"),
    F("có 11 làng nghề nón lá", "11", 11, "count", "làng nghề", "làng nghề nón lá"),
    F("Phú Vang (4 làng)", "4", 4, "count", "làng", "làng nghề nón lá", total=11, location="Phú Vang"),
    F("Hương Thủy (3 làng)", "3", 3, "count", "làng", "làng nghề nón lá", total=11, location="Hương Thủy"),
    F("Quảng Điền (2 làng)", "2", 2, "count", "làng", "làng nghề nón lá", total=11, location="Quảng Điền"),
    F("Huế (2 làng)", "2", 2, "count", "làng", "làng nghề nón lá", total=11, location="Huế"),
    F("gần 4.300 hộ", "4.300", 4300, "count", "hộ", "hộ làm nón lá", approx="nearly"),
    F("6.850 lao động", "6.850", 6850, "count", "lao động", "lao động làm nón lá"),
    F("chiếm khoảng 87%", "87", 87, "percent", "%", "lao động nữ trong lao động làm nón", approx="about"),
    F("năm 2023 sản xuất khoảng 420.000 chiếc", "420.000", 420_000, "count", "chiếc",
      "nón lá làng nón Tây Hồ sản xuất", P("năm 2023", "2023-01-01", "2023-12-31"), approx="about",
      location="Phú Vang"),
    F("từ 35.000 đến 50.000 đồng/chiếc", "35.000", 35_000, "money", "đồng/chiếc", "giá nón thường",
      value_max=50_000),
    F("120.000-250.000 đồng/chiếc", "120.000", 120_000, "money", "đồng/chiếc", "giá nón bài thơ",
      value_max=250_000),
    F("gấp 3-4 lần", "3", 3, "multiple", "lần", "giá nón bài thơ so với nón thường", value_max=4),
    F("đạt 3,2 triệu đồng/người/tháng", "3,2", 3.2e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của thợ làm nón", P("6 tháng đầu năm", "2023-01-01", "2023-06-30"),
      change=C("increase", 400_000, "đồng", "cùng kỳ")),
    F("hỗ trợ 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", "kinh phí khuyến công hỗ trợ đào tạo nghề", SINCE),
    F("mở 9 lớp", "9", 9, "count", "lớp", "lớp đào tạo nghề", SINCE),
    F("270 học viên", "270", 270, "count", "học viên", "học viên đào tạo nghề", SINCE),
    F("18 cơ sở", "18", 18, "count", "cơ sở", "cơ sở đưa sản phẩm lên sàn thương mại điện tử", SINCE),
    F("có 15 làng nghề nón lá đạt tiêu chí", "15", 15, "count", "làng nghề", "làng nghề nón lá đạt tiêu chí",
      TO2025, status="target"),
    F("đạt 200 tỷ đồng/năm", "200", 200e9, "money", "đồng/năm", "giá trị sản xuất làng nghề nón lá", TO2025,
      status="target"),
    F("30% sản phẩm", "30", 30, "percent", "%", "sản phẩm tiêu thụ qua kênh du lịch, thương mại điện tử", TO2025,
      status="target"),
]

NOTES = [
    "Cổng TTĐT Thừa Thiên Huế: nón lá production H1/2024. 'Cập nhật: 18/07/2024 09:45' is the dateline;",
    "'Lượt xem: 2.316', Nghị định số 45/2012/NĐ-CP, Quyết định số 1457/QĐ-UBND, '7 Trần Cao Vân', the phone are not figures.",
    "Headline '6 tháng' takes 2024 (published). The district list after 'gồm:' adds up to 11 (total 11).",
    "'trong đó lao động nữ chiếm khoảng 87%' has no count of its own: a percent figure.",
    "'gấp 3-4 lần' standing as its own sentence is a multiple (range).",
    "revised: the year-less '6 tháng đầu năm' (income) takes the year of the nearest earlier period, 'năm 2023' (Tây Hồ",
    "sentence), as FIGURES.md §3 says, although the article means H1/2024 (a spec rule that misleads here; see REPORT).",
]

if __name__ == "__main__":
    write("p799-1", TEXT, FIGS, NOTES, published="2024-07-18", location="Thừa Thiên Huế")
