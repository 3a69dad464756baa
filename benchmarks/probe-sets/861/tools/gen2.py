"""p861-2: district portal (quận Hải Châu, Đà Nẵng), fitness clubs and gyms, 9 months 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HẢI CHÂU
Tin tức > Văn hóa - Thể thao
Thứ Tư, 18/10/2023 - 14:30

Hải Châu: Phát triển mạnh các câu lạc bộ thể hình, thể dục thẩm mỹ

Theo Phòng Văn hóa và Thông tin quận, 9 tháng năm 2023, toàn quận có 86 câu lạc bộ thể dục thể thao cơ sở với gần 5.400 hội viên thường xuyên tham gia tập luyện, tăng 7 câu lạc bộ so với cuối năm 2022. Trong đó, các câu lạc bộ thể hình, thể dục thẩm mỹ, yoga và dưỡng sinh có 38 câu lạc bộ, chiếm 44,2%.

Trên địa bàn quận hiện có 57 cơ sở kinh doanh hoạt động thể thao, phần lớn là phòng tập gym, thể hình, tập trung ở các phường Hòa Cường Bắc (12 cơ sở), Thạch Thang (9 cơ sở) và Bình Hiên (8 cơ sở). Tính đến cuối tháng 9/2023, tỷ lệ người dân tập luyện thể dục thể thao thường xuyên ước đạt 41,5%. Số gia đình thể thao chiếm 28,3% tổng số hộ, cao hơn chỉ tiêu Nghị quyết Đại hội Đảng bộ quận lần thứ XXIV đề ra là 27%.

Từ đầu năm 2023 đến nay, quận đã tổ chức 4 lớp tập huấn cho 215 người hướng dẫn tập luyện thể hình, aerobic; phối hợp kiểm tra 23 cơ sở kinh doanh, nhắc nhở 5 cơ sở chưa niêm yết nội quy, bảng giá. Hội thi Thể dục thẩm mỹ quận lần thứ 5 thu hút 24 đội với gần 400 vận động viên tham gia.

Bà Nguyễn Thị Thu Hà, Trưởng phòng Văn hóa và Thông tin quận, cho biết các phòng tập trên đường 2 Tháng 9 và đường 30 Tháng 4 thu hút đông người trẻ, phí tập bình quân khoảng 400.000 đồng/tháng. Mục tiêu đến năm 2025, quận có 100 câu lạc bộ thể dục thể thao cơ sở, tỷ lệ người tập luyện thường xuyên đạt 45% và mỗi phường có ít nhất 2 điểm tập thể dục ngoài trời.

Minh Tâm (Phòng VH-TT quận Hải Châu)
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
SEP = P("Tính đến cuối tháng 9/2023", None, "2023-09-30")
YTD = P("Từ đầu năm 2023 đến nay", "2023-01-01", "2023-10-18")
T25 = P("đến năm 2025", None, "2025-12-31")
CLB = "câu lạc bộ"
SUBJ_CS = "cơ sở kinh doanh hoạt động thể thao"

FIGS = [
    F("có 86 câu lạc bộ", "86", 86, "count", CLB, "câu lạc bộ thể dục thể thao cơ sở", M9,
      change=C("increase", 7, CLB, "cuối năm 2022")),
    F("gần 5.400 hội viên", "5.400", 5400, "count", "hội viên",
      "hội viên thường xuyên tham gia tập luyện", M9, approx="nearly"),
    F("có 38 câu lạc bộ", "38", 38, "count", CLB,
      "câu lạc bộ thể hình, thể dục thẩm mỹ, yoga và dưỡng sinh", I(M9), total=86, percent=44.2),
    F("hiện có 57 cơ sở", "57", 57, "count", "cơ sở", SUBJ_CS),
    F("Hòa Cường Bắc (12 cơ sở)", "12", 12, "count", "cơ sở", SUBJ_CS),
    F("Thạch Thang (9 cơ sở)", "9", 9, "count", "cơ sở", SUBJ_CS),
    F("Bình Hiên (8 cơ sở)", "8", 8, "count", "cơ sở", SUBJ_CS),
    F("ước đạt 41,5%", "41,5", 41.5, "percent", "%",
      "tỷ lệ người dân tập luyện thể dục thể thao thường xuyên", SEP, status="estimate"),
    F("chiếm 28,3% tổng số hộ", "28,3", 28.3, "percent", "%", "tỷ lệ gia đình thể thao trong tổng số hộ",
      I(SEP), target=T(27, met=True)),
    F("tổ chức 4 lớp", "4", 4, "count", "lớp tập huấn", "lớp tập huấn cho người hướng dẫn tập luyện", YTD),
    F("cho 215 người", "215", 215, "count", "người", "người hướng dẫn tập luyện thể hình, aerobic được tập huấn", YTD),
    F("kiểm tra 23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở kinh doanh được kiểm tra", YTD),
    F("nhắc nhở 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở bị nhắc nhở chưa niêm yết nội quy, bảng giá", YTD),
    F("thu hút 24 đội", "24", 24, "count", "đội", "đội tham gia Hội thi Thể dục thẩm mỹ quận", I(YTD)),
    F("gần 400 vận động viên", "400", 400, "count", "vận động viên",
      "vận động viên tham gia Hội thi Thể dục thẩm mỹ quận", I(YTD), approx="nearly"),
    F("khoảng 400.000 đồng/tháng", "400.000", 400_000, "money", "đồng/tháng", "phí tập bình quân tại các phòng tập",
      approx="about"),
    F("có 100 câu lạc bộ", "100", 100, "count", CLB, "câu lạc bộ thể dục thể thao cơ sở", T25, status="target"),
    F("đạt 45%", "45", 45, "percent", "%", "tỷ lệ người tập luyện thường xuyên", T25, status="target"),
    F("ít nhất 2 điểm tập", "2", 2, "count", "điểm tập thể dục ngoài trời",
      "điểm tập thể dục ngoài trời mỗi phường", T25, approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT quận Hải Châu (Đà Nẵng): fitness and sports clubs, gyms by ward, regular-exercise rate, training, targets to 2025.",
    "Location is the district Hải Châu for every figure, the ward list items (Hòa Cường Bắc, Thạch Thang, Bình Hiên) included: FIGURES.md",
    "location is 'the province, city or district' (a ward is neither; its district is Hải Châu). Ward list does not add up to 57: no total.",
    "'hiện có' gives no period.",
    "revised after the first run: the three ward items had location = the ward; changed to the district (spec: province, city or district).",
    "'cao hơn chỉ tiêu ... đề ra là 27%' is the target (met) of 28,3%; the change '7 câu lạc bộ' belongs to 86 câu lạc bộ.",
    "The Hội thi sentence has no period phrase: the 'Từ đầu năm 2023 đến nay' before it is inherited.",
    "Distractors: dateline, 'lần thứ XXIV', 'lần thứ 5', streets '2 Tháng 9' and '30 Tháng 4'.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, NOTES, published="2023-10-18", location="Hải Châu")
