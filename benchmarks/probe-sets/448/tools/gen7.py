from lib import F, P, build

T = """SỞ GIAO THÔNG VẬN TẢI TỈNH LẠNG SƠN
Trang chủ > Tin tức - Sự kiện > Kết cấu hạ tầng giao thông

Tiến độ các dự án giao thông trọng điểm 9 tháng năm 2024

Tính đến ngày 30/9/2024, các dự án giao thông trọng điểm trên địa bàn tỉnh Lạng Sơn đạt tổng giá trị sản lượng khoảng 4.250 tỷ đồng. Tình hình cụ thể như sau:

Bảng: Tiến độ một số dự án (tính đến 30/9/2024)
Dự án
Chiều dài (km)
Sản lượng (%)
Bàn giao mặt bằng (%)
Cao tốc Hữu Nghị - Chi Lăng
43
52,6
99,1
Cải tạo Quốc lộ 4B
34,5
78,3
100
Nâng cấp Quốc lộ 279
27,2
41,0
92,7

Cao tốc Hữu Nghị - Chi Lăng (4 làn xe) có tổng mức đầu tư 11.029 tỷ đồng, trong đó vốn ngân sách nhà nước 5.500 tỷ đồng, còn lại là vốn nhà đầu tư. Đến nay đã thảm bê tông nhựa được 18 km, hoàn thành 23/31 cầu trên tuyến. Dự án cần khoảng 2,4 triệu m3 đất đắp, hiện mới khai thác được 1,7 triệu m3 (đạt 70,8%).

Đối với công tác tái định cư, huyện Cao Lộc đã bố trí 94 lô đất cho các hộ dân, huyện Chi Lăng 58 lô, huyện Văn Lãng 37 lô. Tổng số hộ phải di dời của cả 3 dự án là 412 hộ, giảm 65 hộ so với phương án ban đầu nhờ điều chỉnh tuyến.

Sở yêu cầu các nhà thầu tăng cường thi công "3 ca, 4 kíp", phấn đấu hết quý IV/2024 sản lượng cao tốc Hữu Nghị - Chi Lăng đạt trên 65%, Quốc lộ 4B đạt 95%.

Địa chỉ: số 36 đường Trần Đăng Ninh, phường Hoàng Văn Thụ, TP Lạng Sơn. Điện thoại: 0205.3812.446
Tổng số lượt truy cập: 1.204.377 | Đang truy cập: 52
"""

A30 = P("tính đến 30/9/2024", None, "2024-09-30", inh=True)
rows = [("Cao tốc Hữu Nghị - Chi Lăng", "43", 43, "52,6", 52.6, "99,1", 99.1),
        ("Cải tạo Quốc lộ 4B", "34,5", 34.5, "78,3", 78.3, "100", 100),
        ("Nâng cấp Quốc lộ 279", "27,2", 27.2, "41,0", 41.0, "92,7", 92.7)]
table = []
for lab, ls, lv, ss, sv, gs, gv in rows:
    table += [
        F(f"{lab}\n{ls}\n", ls, lv, "measure", "km", f"Chiều dài {lab}"),
        F(f"{ls}\n{ss}\n", ss, sv, "percent", "%", f"Sản lượng {lab}", period=A30),
        F(f"{ss}\n{gs}\n", gs, gv, "percent", "%", f"Bàn giao mặt bằng {lab}", period=A30),
    ]
figs = [
    F("khoảng 4.250 tỷ đồng", "4.250", 4.25e12, "money", "đồng", "tổng giá trị sản lượng các dự án giao thông trọng điểm", approx="about",
      period=P("Tính đến ngày 30/9/2024", None, "2024-09-30")),
] + table + [
    F("(4 làn xe)", "4", 4, "count", "làn xe", "làn xe cao tốc Hữu Nghị - Chi Lăng"),
    F("tư 11.029 tỷ đồng", "11.029", 11.029e12, "money", "đồng", "tổng mức đầu tư cao tốc Hữu Nghị - Chi Lăng"),
    F("nước 5.500 tỷ đồng", "5.500", 5.5e12, "money", "đồng", "vốn ngân sách nhà nước", total=11.029e12),
    F("được 18 km", "18", 18, "measure", "km", "mặt đường thảm bê tông nhựa"),
    F("23/31 cầu", "23", 23, "count", "cầu", "cầu hoàn thành trên tuyến", total=31),
    F("khoảng 2,4 triệu m3", "2,4", 2.4e6, "measure", "m3", "đất đắp dự án cần", approx="about"),
    F("được 1,7 triệu m3", "1,7", 1.7e6, "measure", "m3", "đất đắp đã khai thác", percent=70.8),
    F("bố trí 94 lô đất", "94", 94, "count", "lô đất", "lô đất tái định cư bố trí cho các hộ dân", location="Cao Lộc"),
    F("Chi Lăng 58 lô", "58", 58, "count", "lô", "lô đất tái định cư bố trí cho các hộ dân", location="Chi Lăng"),
    F("Văn Lãng 37 lô", "37", 37, "count", "lô", "lô đất tái định cư bố trí cho các hộ dân", location="Văn Lãng"),
    F("cả 3 dự án", "3", 3, "count", "dự án", optional=True),
    F("là 412 hộ", "412", 412, "count", "hộ", "tổng số hộ phải di dời của cả 3 dự án",
      change={"direction": "decrease", "value": 65, "unit": "hộ", "baseline": "phương án ban đầu"}),
    F("đạt trên 65%", "65", 65, "percent", "%", "sản lượng cao tốc Hữu Nghị - Chi Lăng", approx="over", status="target",
      period=P("hết quý IV/2024", None, "2024-12-31")),
    F("4B đạt 95%", "95", 95, "percent", "%", "sản lượng Quốc lộ 4B", status="target",
      period=P("hết quý IV/2024", None, "2024-12-31")),
]
C = [
    "Sở GTVT Lạng Sơn (department site): progress of key transport projects, 9 months 2024. No dateline anywhere (no `published`);",
    "menu breadcrumb at the top, address, phone and visitor counters ('Tổng số lượt truy cập: 1.204.377 | Đang truy cập: 52') at the bottom are page furniture.",
    "Table one cell per line: header 'Dự án | Chiều dài (km) | Sản lượng (%) | Bàn giao mặt bằng (%)'; units from the column headers; the caption",
    "'(tính đến 30/9/2024)' dates the progress cells (inherited); lengths have no period. Row labels are projects: 'Chi Lăng' in the expressway's name is not",
    "its location (Lạng Sơn). 'Quốc lộ 4B', 'Quốc lộ 279' are names. '41,0' = 41.",
    "'trong đó vốn ngân sách nhà nước 5.500 tỷ' part of 11.029 tỷ; '23/31 cầu' total 31; '1,7 triệu m3 (đạt 70,8%)' percent, no part-of cue to 2,4 triệu.",
    "'Đến nay' cannot be dated (no published date): no period given. Resettlement list: districts are the items' locations.",
    "'412 hộ, giảm 65 hộ so với phương án ban đầu' change in hộ. 'cả 3 dự án' optional. 'hết quý IV/2024' is an as-of phrase (end only), targets.",
    "Distractors: '\"3 ca, 4 kíp\"', 'số 36 đường Trần Đăng Ninh', phone 0205.3812.446, '9 tháng năm 2024' in the title.",
]
C.append("revised after the first run: subject of '(4 làn xe)' now uses the sentence's words ('quy mô' was not in the sentence).")
build("p448-7", T, figs, C, location="Lạng Sơn")
