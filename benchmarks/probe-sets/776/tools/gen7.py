"""p776-7: department site (Sở NN&PTNT Cao Bằng), no dateline — cattle deaths from cold by district and year, one cell per line."""
from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH CAO BẰNG
Chi cục Chăn nuôi, Thú y và Thủy sản

Thiệt hại gia súc do đói, rét trong ba năm gần đây

Năm 2023, toàn tỉnh Cao Bằng có 612 con trâu, bò, ngựa bị chết do đói, rét, giảm 18,3% so với năm 2022. Số liệu tại các huyện có thiệt hại lớn như sau:

Bảng: Số gia súc chết do đói, rét tại một số huyện
Đơn vị tính: con
Huyện
Năm 2021
Năm 2022
Năm 2023
Bảo Lâm
164
231
187
Bảo Lạc
142
205
176
Hà Quảng
97
128
103
Trùng Khánh
58
76
41

Nguyên nhân chủ yếu do người dân còn thả rông gia súc trên núi cao; tỷ lệ hộ dự trữ đủ thức ăn cho mùa đông mới đạt 54,6%.

Để chủ động phòng, chống đói, rét cho đàn vật nuôi, Chi cục đã cấp 35 tấn muối ăn và 12.000 liều vắc xin tụ huyết trùng cho 6 huyện vùng cao biên giới; khuyến cáo người dân không chăn thả gia súc khi nhiệt độ xuống dưới 10 độ C.

Theo Nghị quyết số 12/2021/NQ-HĐND, mức hỗ trợ là 2 triệu đồng/con đối với bê, nghé và 4 triệu đồng/con đối với trâu, bò trưởng thành, không quá 5 con/hộ. Từ năm 2022 đến nay, tỉnh đã chi hỗ trợ 3,42 tỷ đồng cho 1.215 hộ chăn nuôi.

Năm 2024, Chi cục phấn đấu trồng mới 850 ha cỏ chăn nuôi, đưa tổng diện tích cỏ trồng toàn tỉnh lên khoảng 4.300 ha.

Địa chỉ: Tổ 5, phường Hợp Giang, thành phố Cao Bằng. Điện thoại: 0206.3852.791.
Tổng số lượt truy cập: 2.048.315
"""

years = ["2021", "2022", "2023"]
rows = [("Bảo Lâm", ["164", "231", "187"]), ("Bảo Lạc", ["142", "205", "176"]),
        ("Hà Quảng", ["97", "128", "103"]), ("Trùng Khánh", ["58", "76", "41"])]
table = []
for place, cells in rows:
    for i, cell in enumerate(cells):
        if i == 0:
            anchor = f"{place}\n{cell}\n"
        else:
            anchor = f"\n{cells[i-1]}\n{cell}\n"
        y = years[i]
        table.append(F(anchor, cell, int(cell), "count", "con", f"số gia súc chết do đói, rét năm {y}",
                       P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31"), location=place))

S = P("Từ năm 2022 đến nay", "2022-01-01", None)
FIG = [
    F("có 612 con", "612", 612, "count", "con trâu, bò, ngựa", "trâu, bò, ngựa bị chết do đói, rét",
      P("Năm 2023", "2023-01-01", "2023-12-31"), change=CH("decrease", 18.3, "%", "năm 2022")),
] + table + [
    F("đạt 54,6%", "54,6", 54.6, "percent", "%", "tỷ lệ hộ dự trữ đủ thức ăn cho mùa đông"),
    F("cấp 35 tấn", "35", 35, "measure", "tấn", "muối ăn cấp cho các huyện vùng cao biên giới"),
    F("và 12.000 liều", "12.000", 12000, "count", "liều vắc xin", "vắc xin tụ huyết trùng cấp cho các huyện vùng cao biên giới"),
    F("cho 6 huyện", "6", 6, "count", "huyện", "huyện vùng cao biên giới được cấp muối ăn, vắc xin"),
    F("dưới 10 độ C", "10", 10, "measure", "độ C", "ngưỡng nhiệt độ không chăn thả gia súc", None, approx="under", optional=True),
    F("là 2 triệu đồng/con", "2", 2e6, "money", "đồng/con", "mức hỗ trợ bê, nghé chết do đói, rét"),
    F("và 4 triệu đồng/con", "4", 4e6, "money", "đồng/con", "mức hỗ trợ trâu, bò trưởng thành chết do đói, rét"),
    F("quá 5 con/hộ", "5", 5, "measure", "con/hộ", "số gia súc được hỗ trợ mỗi hộ", None, approx="at_most"),
    F("hỗ trợ 3,42 tỷ đồng", "3,42", 3.42e9, "money", "đồng", "kinh phí hỗ trợ hộ chăn nuôi có gia súc chết do đói, rét", S),
    F("cho 1.215 hộ", "1.215", 1215, "count", "hộ chăn nuôi", "hộ chăn nuôi được hỗ trợ", S),
    F("mới 850 ha", "850", 850, "measure", "ha", "diện tích cỏ chăn nuôi trồng mới",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 4.300 ha", "4.300", 4300, "measure", "ha", "tổng diện tích cỏ trồng toàn tỉnh",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="target"),
]

emit("p776-7", TEXT, [
    "Sở NN&PTNT Cao Bằng site (invented), no dateline: gia súc chết do đói, rét 2021-2023, table one cell per line, 'Đơn vị tính: con'.",
    "Table cells: location = row district, subject = table title + column year, period from the column header (scored, as h23/h24).",
    "The four districts are 'một số huyện', so cells get no total. 'Từ năm 2022 đến nay' with no dateline: start 2022-01-01, end null.",
    "'không quá 5 con/hộ' is an at_most measure with a rate unit. Resolution number, 'Tổ 5', phone and the visit counter are distractors.",
], FIG, published=None, location="Cao Bằng")
