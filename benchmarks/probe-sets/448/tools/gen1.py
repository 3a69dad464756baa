from lib import F, P, build

T = """Cao tốc Bắc - Nam qua Hà Tĩnh: đã bàn giao 99,2% mặt bằng
Cập nhật: 04/10/2024 16:05
Lượt xem: 2.317

Theo báo cáo của Ban Quản lý dự án 6 (Bộ Giao thông vận tải), tính đến ngày 30/9/2024, hai dự án thành phần cao tốc Bắc - Nam phía Đông đoạn qua tỉnh Hà Tĩnh đã đạt tổng giá trị sản lượng hơn 3.100 tỷ đồng, tương đương 51,6% giá trị hợp đồng. Riêng 9 tháng năm 2024, các nhà thầu thực hiện 1.420 tỷ đồng, tăng 38% so với cùng kỳ.

Dự án thành phần đoạn Hàm Nghi - Vũng Áng dài 54,2 km, tổng mức đầu tư 10.625 tỷ đồng; đoạn Vũng Áng - Bùng dài 25,1 km (đoạn qua Hà Tĩnh khoảng 8,5 km). Cả hai dự án có quy mô 4 làn xe, vận tốc thiết kế 80 km/h.

Về giải phóng mặt bằng, tỉnh đã bàn giao 78,4/79 km, đạt 99,2%; còn 3 vị trí vướng mắc (2 vị trí tại huyện Cẩm Xuyên, 1 vị trí tại thị xã Kỳ Anh). Toàn tỉnh đã di dời 1.286 hộ dân, trong đó 412 hộ được bố trí tái định cư tại 17 khu tái định cư; chi trả bồi thường gần 1.950 tỷ đồng.

Một số nhà thầu có sản lượng cao như Tổng công ty 319 (đạt 63,5% giá trị hợp đồng), Tập đoàn Sơn Hải (58,2%) và Công ty CP Xây dựng công trình giao thông 4 (47,9%). Ngược lại, gói thầu XL-03 mới đạt 32,1%, chậm khoảng 4 tháng so với tiến độ.

Theo kế hoạch, đến hết năm 2024, sản lượng phải đạt từ 60 đến 65% giá trị hợp đồng; toàn tuyến hoàn thành, đưa vào khai thác trước ngày 30/4/2025 theo chỉ đạo tại Nghị quyết số 62/NQ-CP. Mọi phản ánh về công tác bồi thường xin gửi về Sở Giao thông vận tải, số 98 đường Hà Huy Tập, TP Hà Tĩnh, điện thoại 0239.3855.301.
"""

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
figs = [
    F("đã bàn giao 99,2% mặt bằng", "99,2", 99.2, "percent", "%", "tỷ lệ mặt bằng đã bàn giao", period=ASOF),
    F("sản lượng hơn 3.100 tỷ đồng", "3.100", 3.1e12, "money", "đồng", "tổng giá trị sản lượng hai dự án thành phần cao tốc Bắc - Nam phía Đông",
      approx="over", percent=51.6, period=P("tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("thực hiện 1.420 tỷ đồng", "1.420", 1.42e12, "money", "đồng", "sản lượng các nhà thầu thực hiện",
      change={"direction": "increase", "value": 38, "unit": "%", "baseline": "cùng kỳ"},
      period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("hai dự án thành phần", "hai", 2, "count", "dự án thành phần", "dự án thành phần cao tốc Bắc - Nam phía Đông đoạn qua tỉnh Hà Tĩnh", optional=True),
    F("Cả hai dự án", "hai", 2, "count", "dự án", optional=True),
    F("Vũng Áng dài 54,2 km", "54,2", 54.2, "measure", "km", "chiều dài dự án thành phần đoạn Hàm Nghi - Vũng Áng"),
    F("tổng mức đầu tư 10.625 tỷ đồng", "10.625", 10.625e12, "money", "đồng", "tổng mức đầu tư dự án thành phần đoạn Hàm Nghi - Vũng Áng"),
    F("Bùng dài 25,1 km", "25,1", 25.1, "measure", "km", "chiều dài đoạn Vũng Áng - Bùng"),
    F("khoảng 8,5 km", "8,5", 8.5, "measure", "km", "chiều dài đoạn qua Hà Tĩnh", approx="about"),
    F("quy mô 4 làn xe", "4", 4, "count", "làn xe", "quy mô làn xe của hai dự án"),
    F("80 km/h", "80", 80, "measure", "km/h", "vận tốc thiết kế"),
    F("bàn giao 78,4/79 km", "78,4", 78.4, "measure", "km", "mặt bằng tỉnh đã bàn giao", total=79, percent=99.2, period=ASOF),
    F("còn 3 vị trí vướng mắc", "3", 3, "count", "vị trí", "vị trí vướng mắc giải phóng mặt bằng", period=ASOF),
    F("(2 vị trí tại huyện", "2", 2, "count", "vị trí", "vị trí vướng mắc giải phóng mặt bằng", total=3, location="Cẩm Xuyên", period=ASOF),
    F("1 vị trí tại thị xã", "1", 1, "count", "vị trí", "vị trí vướng mắc giải phóng mặt bằng", total=3, location="Kỳ Anh", period=ASOF),
    F("di dời 1.286 hộ dân", "1.286", 1286, "count", "hộ dân", "hộ dân đã di dời", period=ASOF),
    F("trong đó 412 hộ", "412", 412, "count", "hộ", "hộ được bố trí tái định cư", total=1286, period=ASOF),
    F("tại 17 khu tái định cư", "17", 17, "count", "khu tái định cư", "khu tái định cư", period=ASOF),
    F("gần 1.950 tỷ đồng", "1.950", 1.95e12, "money", "đồng", "tiền chi trả bồi thường", approx="nearly", period=ASOF),
    F("(đạt 63,5% giá trị hợp đồng)", "63,5", 63.5, "percent", "%", "sản lượng nhà thầu so với giá trị hợp đồng", period=ASOF),
    F("Sơn Hải (58,2%)", "58,2", 58.2, "percent", "%", "sản lượng nhà thầu so với giá trị hợp đồng", period=ASOF),
    F("giao thông 4 (47,9%)", "47,9", 47.9, "percent", "%", "sản lượng nhà thầu so với giá trị hợp đồng", period=ASOF),
    F("mới đạt 32,1%", "32,1", 32.1, "percent", "%", "sản lượng gói thầu XL-03 so với giá trị hợp đồng", period=ASOF),
    F("chậm khoảng 4 tháng", "4", 4, "measure", "tháng", "thời gian chậm tiến độ của gói thầu XL-03", approx="about", optional=True),
    F("từ 60 đến 65%", "60", 60, "percent", "%", "sản lượng so với giá trị hợp đồng", value_max=65, status="target",
      period=P("đến hết năm 2024", None, "2024-12-31")),
]
C = [
    "Cổng TTĐT tỉnh Hà Tĩnh (province portal): cao tốc Bắc - Nam phía Đông qua Hà Tĩnh, sản lượng, GPMB, tái định cư, nhà thầu; 'Cập nhật:' dateline + view counter.",
    "Distractors: 'Lượt xem: 2.317', 'Ban Quản lý dự án 6', 'Tổng công ty 319', 'Công ty CP Xây dựng công trình giao thông 4' (names), 'gói thầu XL-03',",
    "'trước ngày 30/4/2025' (deadline date), 'Nghị quyết số 62/NQ-CP', address 'số 98 đường Hà Huy Tập', phone 0239.3855.301.",
    "'tương đương 51,6%' and 'đạt 99,2%' are percent attributes; '78,4/79 km' has total 79; '(2 vị trí …, 1 vị trí …)' is a bracketed breakdown of the 3 (districts as location).",
    "The GPMB/resettlement/contractor paragraphs inherit 'tính đến ngày 30/9/2024' from the first paragraph (inherited). Lengths and design specs have no period.",
    "Title figure: its as-of date only stands in the body (inherited). 'chậm khoảng 4 tháng so với tiến độ' optional (schedule gap, could also be read as a change).",
]
C.append("revised after the first run: added the structure counts 'hai dự án thành phần' / 'Cả hai dự án' as optional (omitted at first; same treatment as '12 dự án thành phần' in p448-2).")
build("p448-1", T, figs, C, published="2024-10-04", location="Hà Tĩnh")
