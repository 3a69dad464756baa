import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import emit, fig, per, inh, ch

ROWS = [
    ("Tân Châu", "Tân Châu", ("32.450", 32450), ("27.960", 27960), ("58.100", 58100)),
    ("Tân Biên", "Tân Biên", ("21.380", 21380), ("18.150", 18150), ("36.940", 36940)),
    ("Dương Minh Châu", "Dương Minh Châu", ("17.920", 17920), ("15.210", 15210), ("31.270", 31270)),
    ("Châu Thành", "Châu Thành", ("11.650", 11650), ("9.870", 9870), ("20.060", 20060)),
    ("Các huyện, thị xã còn lại", None, ("16.460", 16460), ("13.040", 13040), ("25.530", 25530)),
]

table = "\n".join("\n".join([r[0], r[2][0], r[3][0], r[4][0]]) for r in ROWS)

TEXT = f"""SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TÂY NINH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Hiện trạng cây cao su trên địa bàn tỉnh năm 2023

Năm 2023, toàn tỉnh Tây Ninh có 99.860 ha cao su, giảm 1.540 ha so với năm 2022; diện tích cho mủ đạt 84.230 ha, sản lượng mủ quy khô 171.900 tấn. Cao su tập trung chủ yếu ở các huyện phía Bắc của tỉnh. Số liệu chi tiết theo từng địa phương được tổng hợp tại bảng dưới đây.

Bảng 2. Diện tích, sản lượng cao su phân theo huyện năm 2023
Huyện, thị xã
Tổng diện tích (ha)
Diện tích cho mủ (ha)
Sản lượng (tấn)
{table}

Giá trị sản xuất cây cao su năm 2023 ước đạt 5.930 tỷ đồng, chiếm 18,4% giá trị ngành trồng trọt. Thu nhập của hộ trồng cao su bình quân đạt 38-45 triệu đồng/ha. Giai đoạn 2021-2023, toàn tỉnh đã chuyển đổi 4.870 ha cao su kém hiệu quả sang trồng mì, mãng cầu và cây ăn quả.

Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII, tỉnh phấn đấu đến năm 2025 giữ ổn định diện tích cao su khoảng 95.000 ha, trong đó tỷ lệ diện tích được cấp chứng chỉ quản lý rừng bền vững (FSC) đạt trên 10%.

Đường dây nóng: 0276.3822.460
Địa chỉ: Số 08 đường Trần Quốc Toản, Phường 2, TP. Tây Ninh
Tổng lượt truy cập: 1.204.566
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", end="2025-12-31")
COLS = ("Tổng diện tích", "Diện tích cho mủ", "Sản lượng")
UNITS = ("ha", "ha", "tấn")

FIGS = [
    fig("có 99.860 ha", "99.860", 99860, "measure", "ha", "diện tích cao su",
        per("Năm 2023", "2023-01-01", "2023-12-31"), change=ch("decrease", 1540, "ha", "năm 2022")),
    fig("đạt 84.230 ha", "84.230", 84230, "measure", "ha", "diện tích cao su cho mủ",
        per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("khô 171.900 tấn", "171.900", 171900, "measure", "tấn", "sản lượng mủ quy khô",
        per("Năm 2023", "2023-01-01", "2023-12-31")),
]
prev = None
for label, loc, *cells in ROWS:
    anchors = []
    for i, (num, val) in enumerate(cells):
        before = label if i == 0 else cells[i - 1][0]
        subj = COLS[i] + ("" if loc else " các huyện, thị xã còn lại")
        kw = {"location": loc} if loc else {}
        FIGS.append(fig(f"{before}\n{num}", num, val, "measure", UNITS[i], subj, inh(Y23), **kw))
FIGS += [
    fig("ước đạt 5.930 tỷ đồng", "5.930", 5930e9, "money", "đồng", "giá trị sản xuất cây cao su", Y23,
        percent=18.4, status="estimate"),
    fig("đạt 38-45 triệu đồng/ha", "38", 38e6, "money", "đồng/ha", "thu nhập của hộ trồng cao su bình quân",
        value_max=45e6),
    fig("chuyển đổi 4.870 ha", "4.870", 4870, "measure", "ha", "diện tích cao su kém hiệu quả chuyển đổi",
        per("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    fig("khoảng 95.000 ha", "95.000", 95000, "measure", "ha", "diện tích cao su giữ ổn định", T25,
        approx="about", status="target"),
    fig("đạt trên 10%", "10", 10, "percent", "%", "tỷ lệ diện tích được cấp chứng chỉ quản lý rừng bền vững (FSC)",
        T25, approx="over", status="target"),
]

COMMENTS = [
    "Probe 607-7. Department site (Sở NN&PTNT Tây Ninh), no dateline; visit counter, hotline and address in the footer.",
    "Rubber area, tapped area and output 2023, one-cell-per-line table by district with units in the column headers",
    "('Tổng diện tích (ha)', 'Diện tích cho mủ (ha)', 'Sản lượng (tấn)'); value of production, income, conversion, 2025 targets.",
    "Distractors: 'lần thứ XII', 'Bảng 2', 0276.3822.460, Số 08 đường Trần Quốc Toản, Phường 2, 'Tổng lượt truy cập: 1.204.566'.",
    "Table cells: location = the district row ('Các huyện, thị xã còn lại' stays Tây Ninh, its label goes to the subject);",
    "period from the table title 'năm 2023' (another line: inherited); no total (table cells, as in the shared table gold).",
    "The table is introduced by a sentence, not by a colon or 'trong đó' after the whole.",
    "'trong đó tỷ lệ ... đạt trên 10%' is a percent figure (no total: a rate, not a part in ha).",
]

if __name__ == "__main__":
    emit("p607-7", TEXT, COMMENTS, FIGS, published=None, location="Tây Ninh")
