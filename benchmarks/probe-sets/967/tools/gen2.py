"""p967-2: huyện Krông Nô (Đắk Nông) district portal, thác Đray Sáp, Gia Long, 10 tháng 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG NÔ
Trang chủ / Tin tức - Sự kiện / Kinh tế
Du lịch sinh thái thác nước ở Krông Nô khởi sắc
Thứ Ba, 14/11/2023 - 10:20

Theo Phòng Văn hóa và Thông tin huyện, 10 tháng năm 2023 các khu, điểm du lịch sinh thái trên địa bàn huyện đón 77.200 lượt khách, gồm thác Đray Sáp (52.300 lượt), thác Gia Long (18.700 lượt) và điểm hang động núi lửa Chư Bluk (6.200 lượt). Tổng doanh thu du lịch ước đạt 8,6 tỷ đồng, tăng 26% so với cùng kỳ năm 2022.

Giá vé tham quan thác Đray Sáp là 30.000 đồng/người lớn và 15.000 đồng/trẻ em. Hiện toàn huyện có 14 cơ sở lưu trú với 126 phòng, trong đó 9 homestay do đồng bào M'nông ở buôn Buôr, xã Nâm N'Đir làm chủ. Các điểm du lịch đã tạo việc làm cho khoảng 210 lao động địa phương, thu nhập bình quân 5,5 triệu đồng/người/tháng.

Tại thôn 3, xã Đắk Sôr, dọc Quốc lộ 28, một doanh nghiệp đang triển khai dự án khu nghỉ dưỡng sinh thái thác Gia Long trên diện tích 48 ha, tổng vốn đầu tư 350 tỷ đồng, dự kiến đón khách từ năm 2025. Dự án thực hiện theo Quyết định số 2315/QĐ-UBND ngày 20/12/2021 của UBND tỉnh Đắk Nông.

Từ đầu năm đến nay, lực lượng chức năng đã cứu hộ thành công 4 trường hợp trượt ngã, đuối nước tại khu vực thác. Huyện đã lắp đặt 35 biển cảnh báo nguy hiểm và bố trí 12 nhân viên cứu hộ tại các điểm tắm suối.

Huyện phấn đấu đến năm 2025 đón 120.000 lượt khách, doanh thu du lịch đạt 15 tỷ đồng, có ít nhất 20 homestay đạt chuẩn.

Hồng Nhung
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-14")
T25 = P("đến năm 2025", None, "2025-12-31")
SUBJ = "lượt khách các khu, điểm du lịch sinh thái"

FIGS = [
    F("đón 77.200 lượt khách", "77.200", 77200, "count", "lượt khách", SUBJ, M10),
    F("(52.300 lượt)", "52.300", 52300, "count", "lượt", "lượt khách thác Đray Sáp", M10, total=77200),
    F("(18.700 lượt)", "18.700", 18700, "count", "lượt", "lượt khách thác Gia Long", M10, total=77200),
    F("(6.200 lượt)", "6.200", 6200, "count", "lượt", "lượt khách điểm hang động núi lửa Chư Bluk", M10, total=77200),
    F("ước đạt 8,6 tỷ đồng", "8,6", 8.6e9, "money", "đồng", "tổng doanh thu du lịch", I(M10),
      change=C("increase", 26, "%", "cùng kỳ năm 2022"), status="estimate"),
    F("30.000 đồng/người lớn", "30.000", 30000, "money", "đồng/người lớn", "giá vé tham quan thác Đray Sáp"),
    F("15.000 đồng/trẻ em", "15.000", 15000, "money", "đồng/trẻ em", "giá vé tham quan thác Đray Sáp"),
    F("có 14 cơ sở lưu trú", "14", 14, "count", "cơ sở lưu trú", "cơ sở lưu trú"),
    F("với 126 phòng", "126", 126, "count", "phòng", "phòng của các cơ sở lưu trú"),
    F("trong đó 9 homestay", "9", 9, "count", "homestay", "homestay do đồng bào M'nông làm chủ", total=14),
    F("khoảng 210 lao động", "210", 210, "count", "lao động", "lao động địa phương có việc làm từ các điểm du lịch",
      approx="about"),
    F("5,5 triệu đồng/người/tháng", "5,5", 5.5e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("diện tích 48 ha", "48", 48, "measure", "ha", "diện tích dự án khu nghỉ dưỡng sinh thái thác Gia Long"),
    F("đầu tư 350 tỷ đồng", "350", 350e9, "money", "đồng", "tổng vốn đầu tư dự án khu nghỉ dưỡng sinh thái thác Gia Long"),
    F("thành công 4 trường hợp", "4", 4, "count", "trường hợp", "trường hợp trượt ngã, đuối nước được cứu hộ", YTD),
    F("lắp đặt 35 biển cảnh báo", "35", 35, "count", "biển cảnh báo", "biển cảnh báo nguy hiểm đã lắp đặt"),
    F("bố trí 12 nhân viên cứu hộ", "12", 12, "count", "nhân viên cứu hộ", "nhân viên cứu hộ tại các điểm tắm suối"),
    F("đón 120.000 lượt khách", "120.000", 120000, "count", "lượt khách", "lượt khách", T25, status="target"),
    F("đạt 15 tỷ đồng", "15", 15e9, "money", "đồng", "doanh thu du lịch", T25, status="target"),
    F("ít nhất 20 homestay", "20", 20, "count", "homestay", "homestay đạt chuẩn", T25, approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Krông Nô (Đắk Nông): khách, doanh thu, lưu trú, cứu hộ ở các điểm du lịch thác nước, 10 tháng năm 2023.",
    "The bracketed sites after 'gồm' add up to 77.200 (52.300 + 18.700 + 6.200): each gets total 77200. Sites are not places: they stay in the subject.",
    "All figures are the district's (location Krông Nô); the provincial decision only names Đắk Nông.",
    "Distractors: thôn 3, Quốc lộ 28, Quyết định số 2315/QĐ-UBND ngày 20/12/2021, năm 2025 (opening date), 10:20.",
]

write("p967-2", TEXT, FIGS, NOTES, published="2023-11-14", location="Krông Nô")
