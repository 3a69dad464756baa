from lib import F, P, write

A = """Nghệ An chi trả hơn 1.120 tỷ đồng trợ cấp ưu đãi người có công năm 2023
Cập nhật: 16/01/2024 08:45
Lượt xem: 3.256

Sáng 15/1, Sở Lao động - Thương binh và Xã hội tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Bùi Đình Long, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.

Theo báo cáo, tính đến 31/12/2023, toàn tỉnh có 72.486 người có công và thân nhân đang hưởng trợ cấp ưu đãi hàng tháng, giảm 2,4% so với cuối năm 2022; trong đó có 31.205 thân nhân liệt sĩ (chiếm 43,1%), 18.940 thương binh và người hưởng chính sách như thương binh, 4.312 bệnh binh.

Tổng kinh phí chi trả trợ cấp ưu đãi năm 2023 đạt 1.124,5 tỷ đồng, bằng 103,2% dự toán, tăng 21,7% so với năm 2022 do mức chuẩn trợ cấp được điều chỉnh theo Nghị định số 55/2023/NĐ-CP của Chính phủ.

Trong năm, tỉnh đã tặng 96.830 suất quà cho người có công và thân nhân nhân dịp Tết Nguyên đán và Ngày Thương binh - Liệt sĩ 27/7, trong đó quà của Chủ tịch nước 62.114 suất, quà của tỉnh 34.716 suất; tổng kinh phí trên 48,3 tỷ đồng.

Công tác hỗ trợ nhà ở cho người có công tiếp tục được quan tâm: năm 2023 toàn tỉnh hoàn thành 1.245 nhà, đạt 100% kế hoạch, gồm 412 nhà xây mới và 833 nhà sửa chữa. Toàn tỉnh hiện có 486 nghĩa trang liệt sĩ với 47.210 mộ, trong đó 9.832 mộ chưa xác định được thông tin.

Năm 2024, ngành phấn đấu 100% hồ sơ người có công được giải quyết đúng hạn; hỗ trợ khoảng 1.500 nhà ở cho người có công; 100% gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú.

Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An, số 121 đường Lê Hồng Phong, TP Vinh. Điện thoại: 0238.3844.227
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T31 = P("tính đến 31/12/2023", None, "2023-12-31")
TN = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
figs = [
    F("chi trả hơn 1.120 tỷ", "1.120", 1120e9, "money", "đồng", "trợ cấp ưu đãi người có công chi trả",
      approx="over", period=Y23),
    F("có 72.486 người", "72.486", 72486, "count", "người",
      "người có công và thân nhân đang hưởng trợ cấp ưu đãi hàng tháng",
      change={"direction": "decrease", "value": 2.4, "unit": "%", "baseline": "cuối năm 2022"}, period=T31),
    F("có 31.205 thân nhân", "31.205", 31205, "count", "thân nhân liệt sĩ",
      "thân nhân liệt sĩ hưởng trợ cấp ưu đãi hàng tháng", total=72486, percent=43.1, period=T31),
    F("18.940 thương binh", "18.940", 18940, "count", "thương binh",
      "thương binh và người hưởng chính sách như thương binh hưởng trợ cấp", total=72486, period=T31),
    F("4.312 bệnh binh", "4.312", 4312, "count", "bệnh binh", "bệnh binh hưởng trợ cấp",
      total=72486, period=T31),
    F("đạt 1.124,5 tỷ", "1.124,5", 1124.5e9, "money", "đồng", "tổng kinh phí chi trả trợ cấp ưu đãi",
      percent=103.2, change={"direction": "increase", "value": 21.7, "unit": "%", "baseline": "năm 2022"},
      period=Y23),
    F("tặng 96.830 suất", "96.830", 96830, "count", "suất quà", "quà tặng người có công và thân nhân",
      period=TN),
    F("Chủ tịch nước 62.114 suất", "62.114", 62114, "count", "suất", "quà của Chủ tịch nước",
      total=96830, period=TN),
    F("tỉnh 34.716 suất", "34.716", 34716, "count", "suất", "quà của tỉnh", total=96830, period=TN),
    F("trên 48,3 tỷ", "48,3", 48.3e9, "money", "đồng", "tổng kinh phí tặng quà", approx="over", period=TN),
    F("hoàn thành 1.245 nhà", "1.245", 1245, "count", "nhà", "nhà ở người có công được hỗ trợ hoàn thành",
      percent=100, period=Y23),
    F("gồm 412 nhà", "412", 412, "count", "nhà", "nhà xây mới", total=1245, period=Y23),
    F("833 nhà sửa chữa", "833", 833, "count", "nhà", "nhà sửa chữa", total=1245, period=Y23),
    F("có 486 nghĩa trang", "486", 486, "count", "nghĩa trang liệt sĩ", "nghĩa trang liệt sĩ"),
    F("với 47.210 mộ", "47.210", 47210, "count", "mộ", "mộ liệt sĩ trong các nghĩa trang"),
    F("9.832 mộ", "9.832", 9832, "count", "mộ", "mộ chưa xác định được thông tin", total=47210),
    F("phấn đấu 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ người có công được giải quyết đúng hạn",
      status="target", period=Y24),
    F("khoảng 1.500 nhà", "1.500", 1500, "count", "nhà ở", "nhà ở hỗ trợ cho người có công",
      approx="about", status="target", period=Y24),
    F("; 100% gia đình", "100", 100, "percent", "%",
      "gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình", status="target", period=Y24),
]
write(1, [
    "Cổng TTĐT tỉnh Nghệ An (province portal): year-end 2023 results of policies for people with meritorious services.",
    "Dateline 'Cập nhật: 16/01/2024 08:45'; 'Lượt xem: 3.256' is page furniture. Distractors: 'Sáng 15/1', 'Ngày Thương binh - Liệt sĩ 27/7',",
    "'Nghị định số 55/2023/NĐ-CP', address 'số 121 đường Lê Hồng Phong', phone 0238.3844.227.",
    "'; trong đó' parts (thân nhân liệt sĩ, thương binh, bệnh binh) take total 72.486 and the as-of period of the same sentence.",
    "'bằng 103,2% dự toán' is the percent of 1.124,5 tỷ and 'tăng 21,7%' its change. 'Trong năm' in a year-end report = 2023.",
    "'hiện có' gives no period (null). 2024 targets: status target.",
], A, figs, published="2024-01-16", location="Nghệ An")
