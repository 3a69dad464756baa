"""p1112-2: Cát Hải district portal (Hải Phòng), tourist boats and yachts on Lan Hạ Bay, Q1/2025."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÁT HẢI - THÀNH PHỐ HẢI PHÒNG
Trang chủ / Kinh tế - Du lịch
Thứ Ba, 08/04/2025 - 10:20

Du lịch tàu thuyền trên vịnh Lan Hạ khởi sắc trong quý I

Quý I/2025, các tàu du lịch trên vịnh Lan Hạ và khu vực quần đảo Cát Bà đã phục vụ 90.200 lượt khách, gấp 1,4 lần cùng kỳ năm 2024. Khách chủ yếu xuất phát từ các bến Bèo (61.800 lượt), Gia Luận (18.500 lượt) và Cái Viềng (7.900 lượt).

Toàn huyện hiện có 312 tàu du lịch được cấp phép, trong đó có 41 du thuyền lưu trú nghỉ đêm và 271 tàu tham quan ngày; 100% tàu đã được đăng kiểm và lắp thiết bị giám sát hành trình. Trong quý, Phòng Kinh tế phối hợp Đồn Biên phòng Cát Bà kiểm tra 186 lượt phương tiện, lập biên bản 9 trường hợp vi phạm.

Theo Quyết định số 3214/QĐ-UBND ngày 15/12/2024 của UBND thành phố, giá vé tham quan vịnh Lan Hạ hiện là 80.000 đồng/lượt khách, riêng tuyến tham quan làng chài Cái Bèo là 50.000 đồng. Doanh thu từ phí tham quan quý I ước đạt 6,8 tỷ đồng, tăng 35% so với cùng kỳ. Một tour du thuyền trong ngày có giá từ 750.000 đến 1,2 triệu đồng/khách, đã gồm bữa trưa và chèo thuyền kayak.

Để chuẩn bị cho mùa cao điểm và Lễ hội Du lịch Cát Bà lần thứ 3, huyện đã đưa vào sử dụng thêm 24 vị trí neo đậu tại bến Gia Luận, nâng tổng số vị trí neo đậu toàn huyện lên 146. Năm 2025, huyện phấn đấu đón khoảng 420.000 lượt khách tham quan vịnh bằng tàu, tăng khoảng 15% so với năm 2024.

Hồng Nhung - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
INQ = P("Trong quý", "2025-01-01", "2025-03-31")

FIGS = [
    F("phục vụ 90.200 lượt khách", "90.200", 90_200, "count", "lượt khách",
      "lượt khách đi tàu du lịch trên vịnh Lan Hạ và quần đảo Cát Bà", Q1,
      change=C("increase", 1.4, "lần", "cùng kỳ năm 2024")),
    F("bến Bèo (61.800 lượt)", "61.800", 61_800, "count", "lượt",
      "lượt khách xuất phát từ bến Bèo", I(Q1)),
    F("Gia Luận (18.500 lượt)", "18.500", 18_500, "count", "lượt",
      "lượt khách xuất phát từ bến Gia Luận", I(Q1)),
    F("Cái Viềng (7.900 lượt)", "7.900", 7_900, "count", "lượt",
      "lượt khách xuất phát từ bến Cái Viềng", I(Q1)),
    F("có 312 tàu du lịch", "312", 312, "count", "tàu du lịch", "tàu du lịch được cấp phép"),
    F("có 41 du thuyền", "41", 41, "count", "du thuyền", "du thuyền lưu trú nghỉ đêm", total=312),
    F("271 tàu tham quan", "271", 271, "count", "tàu tham quan", "tàu tham quan ngày", total=312),
    F("100% tàu", "100", 100, "percent", "%",
      "tàu du lịch đã được đăng kiểm và lắp thiết bị giám sát hành trình"),
    F("kiểm tra 186 lượt phương tiện", "186", 186, "count", "lượt phương tiện",
      "lượt phương tiện được kiểm tra", INQ),
    F("lập biên bản 9 trường hợp", "9", 9, "count", "trường hợp",
      "trường hợp vi phạm bị lập biên bản", INQ),
    F("80.000 đồng/lượt khách", "80.000", 80_000, "money", "đồng/lượt khách",
      "giá vé tham quan vịnh Lan Hạ"),
    F("là 50.000 đồng", "50.000", 50_000, "money", "đồng",
      "giá vé tuyến tham quan làng chài Cái Bèo"),
    F("ước đạt 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "doanh thu từ phí tham quan",
      P("quý I", "2025-01-01", "2025-03-31"), status="estimate",
      change=C("increase", 35, "%", "cùng kỳ")),
    F("từ 750.000 đến 1,2 triệu", "750.000", 750_000, "money", "đồng/khách",
      "giá tour du thuyền trong ngày", value_max=1_200_000),
    F("thêm 24 vị trí neo đậu", "24", 24, "count", "vị trí neo đậu",
      "vị trí neo đậu đưa vào sử dụng thêm tại bến Gia Luận"),
    F("lên 146", "146", 146, "count", "vị trí neo đậu", "tổng số vị trí neo đậu toàn huyện"),
    F("khoảng 420.000 lượt khách", "420.000", 420_000, "count", "lượt khách",
      "lượt khách tham quan vịnh bằng tàu", P("Năm 2025", "2025-01-01", "2025-12-31"),
      approx="about", status="target", change=C("increase", 15, "%", "năm 2024", approx="about")),
]

NOTES = [
    "Cổng TTĐT huyện Cát Hải (district portal, Hải Phòng): Lan Hạ Bay boats, Q1/2025 visitors, inspections, ticket prices, berths.",
    "Distractors: 'Thứ Ba, 08/04/2025 - 10:20', 'Quyết định số 3214/QĐ-UBND ngày 15/12/2024', 'Lễ hội Du lịch Cát Bà lần thứ 3', 'Một tour'.",
    "'gấp 1,4 lần cùng kỳ năm 2024' after 90.200 lượt is its change (increase 1,4 lần), like 'tăng hơn 2,8 lần so với cùng kỳ'.",
    "The berth list is introduced by 'chủ yếu' and does not add up to 90.200 (61.800 + 18.500 + 7.900 = 88.200): no total.",
    "'Trong quý' stands in its sentence and names Q1/2025 (like 'trong tháng' in a monthly report). Location: the district, Cát Hải.",
]

if __name__ == "__main__":
    write("p1112-2", TEXT, NOTES, FIGS, published="2025-04-08", location="Cát Hải")
