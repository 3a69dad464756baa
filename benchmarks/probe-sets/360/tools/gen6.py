from lib import F, P, I, emit

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐẮK LẮK
Trang chủ | Tin tức | Kế hoạch - Tài chính

Kết quả thực hiện kiên cố hóa trường, lớp học 9 tháng năm 2024
Ngày đăng: 08/10/2024 | Lượt xem: 612

Trong 9 tháng năm 2024, toàn tỉnh đã khởi công 21 công trình, hoàn thành 15 công trình trường học với 236 phòng học và 64 nhà vệ sinh; tổng vốn giải ngân đạt 187,4 tỷ đồng, bằng 68,5% kế hoạch vốn năm. Trong đó, vốn ngân sách trung ương 112,6 tỷ đồng, vốn ngân sách tỉnh 74,8 tỷ đồng.

Một số địa phương có khối lượng thực hiện lớn (số liệu đến 30/9/2024):
Huyện, thị xã | Phòng học xây mới (phòng) | Nhà vệ sinh (công trình) | Kinh phí (triệu đồng)
Krông Búk | 34 | 9 | 26.850
Ea Súp | 41 | 12 | 31.200
Buôn Đôn | 28 | 8 | 22.470
M'Drắk | 45 | 11 | 35.920
Lắk | 38 | 10 | 29.640

Toàn tỉnh hiện còn 1.284 phòng học tạm, phòng học nhờ, mượn, chiếm 6,2% tổng số phòng học; nhu cầu xây mới khoảng 2.600 phòng học, thay thế 1.730 nhà vệ sinh xuống cấp, với tổng kinh phí ước tính trên 1.450 tỷ đồng. Riêng huyện Ea Súp, tỷ lệ phòng học kiên cố mới đạt 58,7%.

Sở đề nghị các huyện đẩy nhanh tiến độ, phấn đấu đến hết năm 2024 giải ngân 100% kế hoạch vốn được giao. Liên hệ: Phòng Kế hoạch - Tài chính, số 08 Lê Thánh Tông, TP Buôn Ma Thuột; ĐT: 0262.3852.369.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
TAB = P("đến 30/9/2024", None, "2024-09-30", inh=True)

ROWS = [("Krông Búk", "34", "9", "26.850"), ("Ea Súp", "41", "12", "31.200"), ("Buôn Đôn", "28", "8", "22.470"),
        ("M'Drắk", "45", "11", "35.920"), ("Lắk", "38", "10", "29.640")]


def n(s):
    return float(s.replace(".", ""))


TABLE = []
for place, rooms, wc, money in ROWS:
    TABLE += [
        F(f"{place} | {rooms} |", rooms, n(rooms), "count", "phòng", "Phòng học xây mới", TAB, location=place),
        F(f"| {rooms} | {wc} |", wc, n(wc), "count", "công trình", "Nhà vệ sinh", TAB, location=place),
        F(f"| {money}", money, n(money) * 1e6, "money", "đồng", "Kinh phí", TAB, location=place),
    ]

FIGS = [
    F("khởi công 21 công trình", "21", 21, "count", "công trình", "công trình khởi công", M9),
    F("hoàn thành 15 công trình", "15", 15, "count", "công trình", "công trình trường học hoàn thành", M9),
    F("với 236 phòng học", "236", 236, "count", "phòng học", "phòng học", M9),
    F("64 nhà vệ sinh", "64", 64, "count", "nhà vệ sinh", "nhà vệ sinh", M9),
    F("đạt 187,4 tỷ đồng", "187,4", 187.4e9, "money", "đồng", "tổng vốn giải ngân", M9, percent=68.5),
    F("trung ương 112,6 tỷ đồng", "112,6", 112.6e9, "money", "đồng", "vốn ngân sách trung ương giải ngân", I(M9), total=187.4e9),
    F("tỉnh 74,8 tỷ đồng", "74,8", 74.8e9, "money", "đồng", "vốn ngân sách tỉnh giải ngân", I(M9), total=187.4e9),
] + TABLE + [
    F("còn 1.284 phòng học", "1.284", 1284, "count", "phòng học", "phòng học tạm, phòng học nhờ, mượn", percent=6.2),
    F("khoảng 2.600 phòng học", "2.600", 2600, "count", "phòng học", "nhu cầu xây mới phòng học", approx="about"),
    F("thay thế 1.730 nhà vệ sinh", "1.730", 1730, "count", "nhà vệ sinh", "nhà vệ sinh xuống cấp cần thay thế"),
    F("trên 1.450 tỷ đồng", "1.450", 1450e9, "money", "đồng", "tổng kinh phí", approx="over", status="estimate"),
    F("đạt 58,7%", "58,7", 58.7, "percent", "%", "tỷ lệ phòng học kiên cố", location="Ea Súp"),
    F("giải ngân 100%", "100", 100, "percent", "%", "giải ngân kế hoạch vốn được giao", P("đến hết năm 2024", None, "2024-12-31"),
      status="target"),
]

COMMENTS = [
    "Department site (Sở GD&ĐT Đắk Lắk): kiên cố hóa results 9 tháng năm 2024, a table by district FLATTENED WITH '|', stock and needs.",
    "Dateline 'Ngày đăng: 08/10/2024 | Lượt xem: 612' (view counter is furniture). Location Đắk Lắk unless a district is named.",
    "Table: Huyện, thị xã | Phòng học xây mới (phòng) | Nhà vệ sinh (công trình) | Kinh phí (triệu đồng). The row label is a district, so it",
    "goes to location and the subject is the column label; units from the column headers, '(triệu đồng)' multiplies the money cells;",
    "period from the lead line '(số liệu đến 30/9/2024)', a line of its own: inherited.",
    "187,4 tỷ 'bằng 68,5% kế hoạch vốn năm': share attribute; 112,6 and 74,8 tỷ after 'Trong đó,' (sentence break) are its parts. 1.284 'chiếm 6,2% tổng số phòng học': share (the whole is no number).",
    "'hiện còn', 'nhu cầu': present stock and needs, no period. 'kinh phí ước tính trên 1.450 tỷ đồng': estimate, over.",
    "Distractors: 'số 08 Lê Thánh Tông', phone 0262.3852.369, 'Lượt xem: 612', the dateline, the table's place names.",
    "'phấn đấu đến hết năm 2024 giải ngân 100% kế hoạch vốn': target percent, period ending 2024-12-31.",
]

emit("p360-6", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Đắk Lắk")
