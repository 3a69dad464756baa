from lib import F, P, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH
Tin tức - Sự kiện

Yên Thành: Quý III/2024 làm mới 27,4 km đường bê tông nông thôn
Thứ Hai, 14/10/2024 - 09:30

Trong quý III/2024, các xã trên địa bàn huyện Yên Thành đã làm mới 27,4 km đường bê tông, nâng tổng chiều dài đường giao thông nông thôn được cứng hóa từ đầu năm đến nay lên 68,9 km, bằng 114,8% chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XXX giao cho năm 2024 (60 km).

Trong 9 tháng, một số xã làm tốt như Hoa Thành 6,2 km, Đức Thành 5,7 km, Tăng Thành 4,9 km, Phúc Thành 4,1 km. Tổng kinh phí làm đường 9 tháng đạt 52,6 tỷ đồng; trong đó nhân dân đóng góp 21,4 tỷ đồng, chiếm 40,7%, còn lại là ngân sách các cấp. Riêng ngân sách huyện hỗ trợ 1.250 tấn xi măng, trị giá khoảng 2,1 tỷ đồng.

Cùng với kinh phí, bà con đã hiến 18.640 m² đất vườn, đóng góp 3.120 ngày công lao động. Đặc biệt, gia đình ông Nguyễn Văn Tám ở xóm 7, xã Đức Thành đã hiến 420 m² đất, giúp mở rộng mặt đường liên xóm lên 5 m. Tuyến đường nối Quốc lộ 7B với xã Hợp Thành cũng được nhân dân góp tiền lắp 86 bóng đèn chiếu sáng.

Quý IV/2024, huyện phấn đấu làm thêm khoảng 15 km, đưa tổng chiều dài đường giao thông nông thôn được cứng hóa toàn huyện lên 1.146 km, tỷ lệ cứng hóa đạt 93,5%. Huyện cũng phấn đấu đến hết năm 2025, 100% đường trục xã, liên xã được bê tông hóa.

Hồng Nhung (Trung tâm VH-TT&TT huyện)
Địa chỉ: Khối 2, thị trấn Yên Thành, tỉnh Nghệ An. ĐT: 0238.3864.225
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
N9 = P("9 tháng", "2024-01-01", "2024-09-30")
N9i = P("Trong 9 tháng", "2024-01-01", "2024-09-30", inh=True)
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")
S = "đường bê tông làm mới"

FIGS = [
    F("làm mới 27,4 km đường bê tông nông thôn", "27,4", 27.4, "measure", "km", "đường bê tông nông thôn làm mới",
      P("Quý III/2024", "2024-07-01", "2024-09-30")),
    F("làm mới 27,4 km đường bê tông, nâng", "27,4", 27.4, "measure", "km", "đường bê tông làm mới", Q3),
    F("lên 68,9 km", "68,9", 68.9, "measure", "km", "tổng chiều dài đường giao thông nông thôn được cứng hóa",
      P("từ đầu năm đến nay", "2024-01-01", "2024-10-14"), percent=114.8, target={"value": 60, "unit": "km", "met": True}),
    F("Hoa Thành 6,2 km", "6,2", 6.2, "measure", "km", S, N9),
    F("Đức Thành 5,7 km", "5,7", 5.7, "measure", "km", S, N9),
    F("Tăng Thành 4,9 km", "4,9", 4.9, "measure", "km", S, N9),
    F("Phúc Thành 4,1 km", "4,1", 4.1, "measure", "km", S, N9),
    F("đạt 52,6 tỷ đồng", "52,6", 52.6e9, "money", "đồng", "tổng kinh phí làm đường", N9),
    F("đóng góp 21,4 tỷ đồng", "21,4", 21.4e9, "money", "đồng", "nhân dân đóng góp", N9, total=52.6e9, percent=40.7),
    F("hỗ trợ 1.250 tấn xi măng", "1.250", 1250, "measure", "tấn", "xi măng ngân sách huyện hỗ trợ", N9i),
    F("khoảng 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "trị giá xi măng hỗ trợ", N9i, approx="about"),
    F("hiến 18.640 m² đất vườn", "18.640", 18640, "measure", "m²", "đất vườn bà con hiến", N9i),
    F("đóng góp 3.120 ngày công", "3.120", 3120, "count", "ngày công", "ngày công lao động đóng góp", N9i),
    F("hiến 420 m² đất", "420", 420, "measure", "m²", "đất gia đình ông Nguyễn Văn Tám hiến", N9i),
    F("liên xóm lên 5 m", "5", 5, "measure", "m", "mặt đường liên xóm mở rộng", N9i),
    F("lắp 86 bóng đèn", "86", 86, "count", "bóng đèn", "bóng đèn chiếu sáng nhân dân góp tiền lắp", N9i),
    F("làm thêm khoảng 15 km", "15", 15, "measure", "km", "đường giao thông nông thôn làm thêm", Q4,
      approx="about", status="target"),
    F("lên 1.146 km", "1.146", 1146, "measure", "km", "tổng chiều dài đường giao thông nông thôn được cứng hóa toàn huyện", Q4,
      status="target"),
    F("đạt 93,5%", "93,5", 93.5, "percent", "%", "tỷ lệ cứng hóa", Q4, status="target"),
    F("2025, 100% đường", "100", 100, "percent", "%", "đường trục xã, liên xã được bê tông hóa",
      P("đến hết năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Thành (Nghệ An), district portal; dateline 'Thứ Hai, 14/10/2024 - 09:30'. Location Yên Thành (district) for every figure;",
    "the communes in the list (Hoa Thành, Đức Thành, …) are below district level, so they do not change the location; subject = the list's indicator.",
    "'bằng 114,8% chỉ tiêu … (60 km)': percent 114.8 and the bracketed plan as target (met). 'Trong 9 tháng' takes 2024 from 'quý III/2024'.",
    "'Quý IV/2024, huyện phấn đấu …' governs the three figures of that sentence (target, period Q4). 'từ đầu năm đến nay' ends at the dateline.",
    "Distractors: 'lần thứ XXX', person 'Nguyễn Văn Tám' (a number word in a name), 'xóm 7', 'Quốc lộ 7B', 'Khối 2', phone, dateline.",
]

emit("p421-2", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Yên Thành")
