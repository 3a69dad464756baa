"""p898-1: province portal (Đắk Lắk) — periodic health check of captive elephants."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Đắk Lắk: Khám sức khỏe định kỳ cho 35 cá thể voi nhà
Cập nhật: 18/06/2024 09:45 | Lượt xem: 2.317

Trong 6 tháng đầu năm 2024, Trung tâm Bảo tồn voi Đắk Lắk phối hợp với Tổ chức Động vật châu Á (Animals Asia) khám sức khỏe định kỳ cho 35 cá thể voi nhà trên địa bàn, đạt 100% kế hoạch. Đây là lần thứ 5 hai đơn vị phối hợp khám tổng quát cho đàn voi nhà của tỉnh.

Theo ông Phạm Văn Năm, Phó Giám đốc Trung tâm, tính đến ngày 31/5/2024, toàn tỉnh còn 35 con voi nhà, giảm 3 con so với năm 2019, phân bố tại các huyện Buôn Đôn (26 con), Lắk (7 con) và Ea Súp (2 con). Trong đó có 27 con voi cái và 8 con voi đực; 14 con đã trên 50 tuổi, chiếm 40%.

Kết quả khám cho thấy 29 con có sức khỏe ổn định; 6 con mắc bệnh về răng, móng chân và đường tiêu hóa, đã được điều trị kịp thời. Mỗi con voi được kiểm tra tổng quát, lấy mẫu máu, mẫu phân và xét nghiệm bệnh lao với chi phí bình quân khoảng 4,5 triệu đồng/con.

Năm 2024, kinh phí chăm sóc sức khỏe voi nhà được UBND tỉnh bố trí là 1,26 tỷ đồng, tăng 18% so với năm 2023. Ngoài ra, chủ voi được hỗ trợ 3 triệu đồng/con/tháng theo Nghị quyết số 24/2021/NQ-HĐND để giảm thời gian voi phục vụ du lịch.

Đến nay, 11 con voi đã chuyển sang mô hình du lịch thân thiện, không cưỡi voi. Số voi tham gia mô hình này gấp 2,75 lần năm 2022.

Tỉnh phấn đấu đến năm 2025 có 100% voi nhà được gắn chip điện tử, lập hồ sơ sức khỏe và ít nhất 20 con chuyển sang du lịch thân thiện.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("tính đến ngày 31/5/2024", None, "2024-05-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOW = P("Đến nay", None, "2024-06-18")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Lắk: Khám sức khỏe định kỳ cho 35", "35", 35, "count", "cá thể",
      "voi nhà được khám sức khỏe định kỳ", I(H1)),
    F("cho 35 cá thể voi nhà trên", "35", 35, "count", "cá thể",
      "voi nhà được khám sức khỏe định kỳ", H1, percent=100),
    F("lần thứ 5 hai đơn vị", "hai", 2, "count", "đơn vị", "đơn vị phối hợp khám sức khỏe voi", optional=True),
    F("còn 35 con voi nhà", "35", 35, "count", "con", "voi nhà", ASOF,
      change=C("decrease", 3, "con", "năm 2019")),
    F("Buôn Đôn (26 con)", "26", 26, "count", "con", "voi nhà", ASOF, total=35, location="Buôn Đôn"),
    F("Lắk (7 con)", "7", 7, "count", "con", "voi nhà", ASOF, total=35, location="Lắk"),
    F("Ea Súp (2 con)", "2", 2, "count", "con", "voi nhà", ASOF, total=35, location="Ea Súp"),
    F("có 27 con voi cái", "27", 27, "count", "con", "voi cái", I(ASOF), total=35),
    F("8 con voi đực", "8", 8, "count", "con", "voi đực", I(ASOF), total=35),
    F("14 con đã trên", "14", 14, "count", "con", "voi nhà trên 50 tuổi", I(ASOF), total=35, percent=40),
    F("trên 50 tuổi", "50", 50, "measure", "tuổi", "tuổi voi nhà", approx="over", optional=True),
    F("29 con có sức khỏe", "29", 29, "count", "con", "voi nhà có sức khỏe ổn định", I(H1)),
    F("; 6 con mắc bệnh", "6", 6, "count", "con",
      "voi nhà mắc bệnh về răng, móng chân và đường tiêu hóa", I(H1)),
    F("khoảng 4,5 triệu đồng/con", "4,5", 4_500_000, "money", "đồng/con",
      "chi phí bình quân khám cho mỗi con voi", I(H1), approx="about"),
    F("là 1,26 tỷ đồng", "1,26", 1_260_000_000, "money", "đồng",
      "kinh phí chăm sóc sức khỏe voi nhà được UBND tỉnh bố trí", Y24,
      change=C("increase", 18, "%", "năm 2023")),
    F("hỗ trợ 3 triệu đồng/con/tháng", "3", 3_000_000, "money", "đồng/con/tháng",
      "mức hỗ trợ chủ voi"),
    F("Đến nay, 11 con voi", "11", 11, "count", "con",
      "voi chuyển sang mô hình du lịch thân thiện, không cưỡi voi", NOW),
    F("gấp 2,75 lần", "2,75", 2.75, "multiple", "lần",
      "số voi tham gia mô hình du lịch thân thiện so với năm 2022", I(NOW)),
    F("có 100% voi nhà", "100", 100, "percent", "%",
      "voi nhà được gắn chip điện tử, lập hồ sơ sức khỏe", T25, status="target"),
    F("ít nhất 20 con", "20", 20, "count", "con",
      "voi nhà chuyển sang du lịch thân thiện", T25, approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Đắk Lắk: khám sức khỏe định kỳ cho voi nhà 6 tháng đầu năm 2024; đàn voi nhà theo huyện; kinh phí; du lịch thân thiện; mục tiêu 2025.",
    "Not figures: breadcrumb, 'Cập nhật: 18/06/2024 09:45', 'Lượt xem: 2.317', 'lần thứ 5' (ordinal; 'hai đơn vị' = the two partners, optional), 'ông Phạm Văn Năm' (name), 'Nghị quyết số 24/2021/NQ-HĐND'.",
    "District list in brackets adds up to 35 (26+7+2): total 35; 'Trong đó' parts after a sentence break keep total 35. 'trên 50 tuổi' is a category threshold: optional.",
    "29/6 after 'Kết quả khám cho thấy' have no part-of cue: no total. 'gấp 2,75 lần năm 2022' stands as its own sentence: multiple.",
]

if __name__ == "__main__":
    write(1, TEXT, NOTES, FIGS, published="2024-06-18", location="Đắk Lắk")
