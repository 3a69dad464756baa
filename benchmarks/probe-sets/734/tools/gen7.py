"""p734-7: Department site (Sở VHTTDL Lào Cai), no dateline — toilets for tourists by district, one-cell-per-line table."""
from lib import F, P, I, CH, T, emit

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÀO CAI
Tin tức > Quản lý du lịch

Nâng cao chất lượng nhà vệ sinh phục vụ khách du lịch

Năm 2023, Lào Cai đón 7,2 triệu lượt khách du lịch, trong đó khách quốc tế đạt 520.000 lượt. Để đáp ứng nhu cầu, hệ thống nhà vệ sinh tại các khu, điểm du lịch tiếp tục được đầu tư, nâng cấp. Số nhà vệ sinh phục vụ khách du lịch theo địa bàn như sau:

Đơn vị tính: nhà
Địa bàn
Năm 2022
Năm 2023
Kế hoạch 2024
Thị xã Sa Pa
64
71
80
Huyện Bắc Hà
18
22
26
Huyện Bát Xát
12
15
18
TP Lào Cai
27
29
32
Toàn tỉnh
121
137
156

Trong số 137 nhà vệ sinh năm 2023, có 116 nhà đạt chuẩn theo Quyết định số 225/QĐ-TCDL của Tổng cục Du lịch.

Năm 2023, tổng kinh phí đầu tư nhà vệ sinh tại các khu, điểm du lịch là 12,6 tỷ đồng, tăng 18,9% so với năm 2022; trong đó nguồn xã hội hóa 7,9 tỷ đồng. Tỷ lệ nhà vệ sinh đạt chuẩn đạt 84,7%, tăng 6,2 điểm phần trăm. Vào cao điểm, mỗi nhà vệ sinh tại Sa Pa phục vụ khoảng 320 lượt khách/ngày.

Năm 2024, tỉnh dự kiến bố trí 4,5 tỷ đồng ngân sách hỗ trợ các điểm du lịch cộng đồng xây dựng nhà vệ sinh, mức hỗ trợ tối đa 150 triệu đồng/công trình.

Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai
Địa chỉ: Tầng 4, Khối 5, Đại lộ Trần Hưng Đạo, phường Nam Cường, TP Lào Cai
Điện thoại: 0214.3840.520
Tổng số lượt truy cập: 2.418.903
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đón 7,2 triệu lượt khách", "7,2", 7.2e6, "count", "lượt khách", "lượt khách du lịch", Y23),
    F("đạt 520.000 lượt", "520.000", 520000, "count", "lượt", "khách quốc tế", Y23, total=7.2e6),
]
ROWS = [
    ("Sa Pa", ["Sa Pa\n64", "64\n71", "71\n80"], [64, 71, 80]),
    ("Bắc Hà", ["Bắc Hà\n18", "18\n22", "22\n26"], [18, 22, 26]),
    ("Bát Xát", ["Bát Xát\n12", "12\n15", "15\n18"], [12, 15, 18]),
    ("Lào Cai", ["TP Lào Cai\n27", "27\n29", "29\n32"], [27, 29, 32]),
    ("Lào Cai", ["Toàn tỉnh\n121", "121\n137", "137\n156"], [121, 137, 156]),
]
COLS = [("nhà vệ sinh phục vụ khách du lịch năm 2022", Y22, "actual"),
        ("nhà vệ sinh phục vụ khách du lịch năm 2023", Y23, "actual"),
        ("nhà vệ sinh phục vụ khách du lịch kế hoạch 2024", K24, "target")]
for loc, anchors, cells in ROWS:
    for (subj, per, st), a, c in zip(COLS, anchors, cells):
        kw = {"location": loc}
        if st != "actual":
            kw["status"] = st
        FIGS.append(F(a, str(c), c, "count", "nhà", subj, per, **kw))
FIGS += [
    F("Trong số 137 nhà", "137", 137, "count", "nhà vệ sinh", "nhà vệ sinh phục vụ khách du lịch", Y23),
    F("có 116 nhà", "116", 116, "count", "nhà", "nhà vệ sinh đạt chuẩn", Y23, total=137),
    F("là 12,6 tỷ đồng", "12,6", 12.6e9, "money", "đồng", "tổng kinh phí đầu tư nhà vệ sinh tại các khu, điểm du lịch", Y23,
      change=CH("increase", 18.9, baseline="năm 2022")),
    F("hội hóa 7,9 tỷ đồng", "7,9", 7.9e9, "money", "đồng", "nguồn xã hội hóa", Y23, total=12.6e9),
    F("đạt 84,7%", "84,7", 84.7, "percent", "%", "tỷ lệ nhà vệ sinh đạt chuẩn", I(Y23),
      change=CH("increase", 6.2, unit="điểm phần trăm")),
    F("khoảng 320 lượt khách/ngày", "320", 320, "measure", "lượt khách/ngày", "lượt khách mỗi nhà vệ sinh phục vụ vào cao điểm",
      approx="about", location="Sa Pa"),
    F("bố trí 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "ngân sách hỗ trợ các điểm du lịch cộng đồng xây dựng nhà vệ sinh", Y24,
      status="forecast"),
    F("tối đa 150 triệu", "150", 150e6, "money", "đồng/công trình", "mức hỗ trợ", Y24, approx="at_most", status="forecast"),
]

COMMENTS = [
    "Department site (Sở VHTTDL Lào Cai), no dateline (published null); footer address, phone and visit counter 2.418.903 are not figures",
    "('Tầng 4, Khối 5' is an address). One-cell-per-line table with 'Đơn vị tính: nhà': rows are districts (location), the 'Toàn tỉnh' row",
    "is the province; periods from the column headers (scored); 'Kế hoạch 2024' column -> status target. Cells carry no total.",
    "'Trong số 137 nhà vệ sinh năm 2023, có 116 nhà đạt chuẩn': 137 is a figure and the whole of 116 (total 137); 225/QĐ-TCDL is not.",
    "'khách quốc tế đạt 520.000 lượt' after 'trong đó' is a part of the 7,2 triệu lượt. 'đạt 84,7%, tăng 6,2 điểm phần trăm': level + change.",
    "'mỗi nhà vệ sinh tại Sa Pa phục vụ khoảng 320 lượt khách/ngày' is a rate (measure) located in Sa Pa.",
    "'dự kiến bố trí 4,5 tỷ đồng ..., mức hỗ trợ tối đa 150 triệu đồng/công trình' -> forecast, the second at_most.",
]

if __name__ == "__main__":
    emit("p734-7", TEXT, COMMENTS, FIGS, location="Lào Cai")
