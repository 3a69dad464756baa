"""p616-1: province portal (Thái Nguyên), building permits, floor area, violations, 9 months of 2024."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Thái Nguyên
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xây dựng
Cập nhật: 14/10/2024 08:30
Lượt xem: 1.862

9 tháng năm 2024, Thái Nguyên cấp 2.146 giấy phép xây dựng

Theo Sở Xây dựng, 9 tháng năm 2024, Sở và UBND các huyện, thành phố trên địa bàn tỉnh Thái Nguyên đã cấp 2.146 giấy phép xây dựng, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, giấy phép xây dựng nhà ở riêng lẻ là 1.985 giấy phép, chiếm 92,5%; giấy phép cho các công trình khác là 161 giấy phép. Các địa phương cấp nhiều giấy phép nhất là TP. Thái Nguyên (736 giấy phép), TP. Sông Công (284 giấy phép) và TP. Phổ Yên (259 giấy phép).

Diện tích sàn nhà ở hoàn thành trong 9 tháng ước đạt 1,42 triệu m2, đạt 71% kế hoạch năm; trong đó nhà ở riêng lẻ do hộ gia đình tự xây khoảng 1,18 triệu m2. Diện tích nhà ở bình quân đầu người toàn tỉnh đến nay đạt 27,8 m2 sàn/người, tăng 0,6 m2 so với cuối năm 2023.

Về trật tự xây dựng, lực lượng chức năng đã kiểm tra 1.327 công trình, phát hiện 94 trường hợp vi phạm; đã xử lý 81/94 trường hợp, đạt 86,2%, với tổng số tiền phạt hơn 1,3 tỷ đồng; buộc tháo dỡ 17 công trình, chủ yếu trên tuyến Quốc lộ 3 và đường Bắc Sơn.

Theo Chương trình phát triển nhà ở tỉnh (Quyết định số 1217/QĐ-UBND), phấn đấu đến năm 2025 diện tích nhà ở bình quân toàn tỉnh đạt 30 m2 sàn/người, tỷ lệ nhà ở kiên cố đạt 75%.

Sở Xây dựng Thái Nguyên - Số 18 đường Nha Trang, TP. Thái Nguyên. Điện thoại: 0208.3855.708
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9T = P("trong 9 tháng", "2024-01-01", "2024-09-30")
FIGS = [
    F("Thái Nguyên cấp 2.146", "2.146", 2146, "count", "giấy phép", "giấy phép xây dựng được cấp", N9),
    F("đã cấp 2.146 giấy phép", "2.146", 2146, "count", "giấy phép", "giấy phép xây dựng được cấp", N9,
      change=CH("increase", 12.4, baseline="cùng kỳ năm 2023")),
    F("là 1.985 giấy phép", "1.985", 1985, "count", "giấy phép", "giấy phép xây dựng nhà ở riêng lẻ", I(N9),
      total=2146, percent=92.5),
    F("là 161 giấy phép", "161", 161, "count", "giấy phép", "giấy phép cho các công trình khác", I(N9), total=2146),
    F("(736 giấy phép)", "736", 736, "count", "giấy phép", "giấy phép xây dựng được cấp", I(N9), location="Thái Nguyên"),
    F("(284 giấy phép)", "284", 284, "count", "giấy phép", "giấy phép xây dựng được cấp", I(N9), location="Sông Công"),
    F("(259 giấy phép)", "259", 259, "count", "giấy phép", "giấy phép xây dựng được cấp", I(N9), location="Phổ Yên"),
    F("ước đạt 1,42 triệu m2", "1,42", 1420000, "measure", "m2", "diện tích sàn nhà ở hoàn thành", N9T,
      percent=71, status="estimate"),
    F("khoảng 1,18 triệu m2", "1,18", 1180000, "measure", "m2",
      "diện tích sàn nhà ở riêng lẻ do hộ gia đình tự xây hoàn thành", N9T,
      approx="about", total=1420000, status="estimate"),
    F("đạt 27,8 m2", "27,8", 27.8, "measure", "m2 sàn/người", "diện tích nhà ở bình quân đầu người",
      P("đến nay", None, "2024-10-14"), change=CH("increase", 0.6, "m2", "cuối năm 2023")),
    F("kiểm tra 1.327 công trình", "1.327", 1327, "count", "công trình",
      "công trình được kiểm tra trật tự xây dựng", I(N9)),
    F("phát hiện 94 trường hợp", "94", 94, "count", "trường hợp", "trường hợp vi phạm trật tự xây dựng", I(N9)),
    F("xử lý 81/94", "81", 81, "count", "trường hợp", "trường hợp vi phạm trật tự xây dựng đã xử lý", I(N9),
      total=94, percent=86.2),
    F("hơn 1,3 tỷ đồng", "1,3", 1300000000, "money", "đồng", "tổng số tiền phạt vi phạm trật tự xây dựng", I(N9),
      approx="over"),
    F("tháo dỡ 17 công trình", "17", 17, "count", "công trình", "công trình buộc tháo dỡ", I(N9)),
    F("đạt 30 m2", "30", 30, "measure", "m2 sàn/người", "diện tích nhà ở bình quân toàn tỉnh",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("đạt 75%", "75", 75, "percent", "%", "tỷ lệ nhà ở kiên cố", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thái Nguyên: cấp giấy phép xây dựng, diện tích sàn nhà ở hoàn thành, trật tự xây dựng, 9 tháng năm 2024.",
    "Dateline 'Cập nhật: 14/10/2024 08:30'; 'Lượt xem: 1.862', 'Quyết định số 1217/QĐ-UBND', 'Quốc lộ 3', 'Số 18', phone are not figures.",
    "1.985 + 161 = 2.146 ('Trong đó' after the whole). The three cities in brackets share the indicator; no cue, do not add up: no total.",
    "'ước đạt' carries into the 'trong đó' clause; 81/94 takes 94 as total, 'đạt 86,2%' its percent.",
    "'đến nay' = as-of the dateline. 'đến năm 2025' targets end 2025-12-31.",
]

if __name__ == "__main__":
    emit("p616-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Thái Nguyên")
