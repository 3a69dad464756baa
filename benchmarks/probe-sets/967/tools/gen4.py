"""p967-4: Cục Du lịch Quốc gia Việt Nam (ministry site), national eco-tourism at waterfalls and streams, 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH - CỤC DU LỊCH QUỐC GIA VIỆT NAM
Trang chủ » Tin tức » Tin trong nước
Du lịch sinh thái thác, suối: 142 điểm đến, 9,6 triệu lượt khách
Ngày đăng: 27/03/2025 | Lượt xem: 1.076

Theo số liệu tổng hợp từ các Sở Văn hóa, Thể thao và Du lịch và Sở Du lịch, năm 2024 cả nước có 142 khu, điểm du lịch sinh thái gắn với thác nước, suối được đưa vào khai thác, tăng 17 điểm so với năm 2023. Trong đó, 37 khu, điểm do doanh nghiệp đầu tư, khai thác; 105 khu, điểm do ban quản lý rừng, vườn quốc gia hoặc cộng đồng quản lý.

Các khu, điểm này đón khoảng 9,6 triệu lượt khách, chiếm 8,7% tổng lượt khách du lịch nội địa; tổng thu ước đạt 5.420 tỷ đồng, tăng 14,2% so với năm 2023. Địa phương có nhiều khu, điểm nhất lần lượt là Lâm Đồng (18 điểm), Lào Cai (13 điểm), Hà Giang (11 điểm) và Đắk Nông (9 điểm). Thác Bản Giốc (Cao Bằng) tiếp tục là điểm đón nhiều khách nhất với hơn 780.000 lượt.

Cũng trong năm 2024, cả nước ghi nhận 23 vụ đuối nước, tai nạn tại các thác, suối, làm 31 người tử vong, giảm 6 vụ so với năm 2023. Nguyên nhân chủ yếu do du khách tự ý tắm ở khu vực cấm, nhất là tại các điểm tự phát chưa được cấp phép (chiếm khoảng 70% số vụ).

Theo Chiến lược phát triển du lịch Việt Nam đến năm 2030 ban hành kèm Quyết định số 147/QĐ-TTg, Cục Du lịch Quốc gia Việt Nam đặt mục tiêu đến năm 2030 cả nước có ít nhất 200 khu, điểm du lịch sinh thái thác, suối đạt tiêu chuẩn an toàn, đón 15 triệu lượt khách. Hội nghị chuyên đề lần thứ 2 về du lịch sinh thái dự kiến tổ chức tại Lào Cai vào tháng 6.

Địa chỉ: Số 80 Quán Sứ, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3942.3760
"""

Y = P("năm 2024", "2024-01-01", "2024-12-31")
Y2 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
VN = "Việt Nam"
KD = "khu, điểm du lịch sinh thái thác, suối"

FIGS = [
    F("thác, suối: 142 điểm đến", "142", 142, "count", "điểm đến", "điểm đến du lịch sinh thái thác, suối"),
    F("9,6 triệu lượt khách\n", "9,6", 9.6e6, "count", "lượt khách", "lượt khách du lịch sinh thái thác, suối"),
    F("có 142 khu, điểm", "142", 142, "count", "khu, điểm du lịch",
      "khu, điểm du lịch sinh thái gắn với thác nước, suối được đưa vào khai thác", Y,
      change=C("increase", 17, "điểm", "năm 2023")),
    F("Trong đó, 37 khu, điểm", "37", 37, "count", "khu, điểm", "khu, điểm do doanh nghiệp đầu tư, khai thác", I(Y), total=142),
    F("; 105 khu, điểm", "105", 105, "count", "khu, điểm",
      "khu, điểm do ban quản lý rừng, vườn quốc gia hoặc cộng đồng quản lý", I(Y), total=142),
    F("khoảng 9,6 triệu lượt khách", "9,6", 9.6e6, "count", "lượt khách", "lượt khách các khu, điểm du lịch sinh thái thác, suối",
      I(Y), approx="about", percent=8.7),
    F("ước đạt 5.420 tỷ đồng", "5.420", 5420e9, "money", "đồng", "tổng thu", I(Y),
      change=C("increase", 14.2, "%", "năm 2023"), status="estimate"),
    F("Lâm Đồng (18 điểm)", "18", 18, "count", "điểm", KD, I(Y), location="Lâm Đồng"),
    F("Lào Cai (13 điểm)", "13", 13, "count", "điểm", KD, I(Y), location="Lào Cai"),
    F("Hà Giang (11 điểm)", "11", 11, "count", "điểm", KD, I(Y), location="Hà Giang"),
    F("Đắk Nông (9 điểm)", "9", 9, "count", "điểm", KD, I(Y), location="Đắk Nông"),
    F("hơn 780.000 lượt", "780.000", 780000, "count", "lượt", "lượt khách thác Bản Giốc", I(Y), approx="over",
      location="Cao Bằng"),
    F("ghi nhận 23 vụ", "23", 23, "count", "vụ", "vụ đuối nước, tai nạn tại các thác, suối", Y2,
      change=C("decrease", 6, "vụ", "năm 2023")),
    F("làm 31 người", "31", 31, "count", "người", "người tử vong", Y2),
    F("khoảng 70% số vụ", "70", 70, "percent", "%", "vụ tại các điểm tự phát chưa được cấp phép", I(Y2), approx="about"),
    F("ít nhất 200 khu, điểm", "200", 200, "count", "khu, điểm du lịch",
      "khu, điểm du lịch sinh thái thác, suối đạt tiêu chuẩn an toàn", T30, approx="at_least", status="target"),
    F("đón 15 triệu lượt khách", "15", 15e6, "count", "lượt khách", "lượt khách du lịch sinh thái thác, suối", T30,
      status="target"),
]

NOTES = [
    "Cục Du lịch Quốc gia Việt Nam (Bộ VHTTDL): khu, điểm du lịch sinh thái thác, suối cả nước năm 2024; provinces ranked by count; accidents; 2030 targets.",
    "All figures are national (Việt Nam) except the ranked provinces (their own location) and Thác Bản Giốc (Cao Bằng, its bracketed province).",
    "The ranking list does not add up to 142: no total. 'giảm 6 vụ so với năm 2023' is the change of 23 vụ. '(chiếm khoảng 70% số vụ)' has no base",
    "figure of its own in its sentence: a percent figure. The two headline numbers are figures without a period.",
    "Distractors: Quyết định số 147/QĐ-TTg, 'đến năm 2030' in the strategy's name, lần thứ 2, tháng 6, Số 80 Quán Sứ, 024.3942.3760, Lượt xem: 1.076.",
]

write("p967-4", TEXT, FIGS, NOTES, published="2025-03-27", location="Việt Nam")
