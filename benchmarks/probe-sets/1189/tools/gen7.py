"""p1189-7: department site (Sở TN&MT Long An), no dateline; rubber recycling output, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Long An siết quản lý hoạt động tái chế cao su phế thải

Tính đến ngày 30/6/2024, trên địa bàn tỉnh có 38 cơ sở tái chế cao su phế thải và 14 cơ sở đắp lốp đang hoạt động, tập trung tại các huyện Đức Hòa, Bến Lức và Cần Giuộc. Trong số 38 cơ sở tái chế, 27 cơ sở nằm trong khu, cụm công nghiệp; 11 cơ sở còn lại phải lập phương án di dời trước ngày 31/12/2025.

Khối lượng sản phẩm tái chế từ cao su phế thải:
Đơn vị tính: tấn
Sản phẩm
Năm 2022
Năm 2023
Ước 6 tháng 2024
Bột cao su
8.420
9.150
4.870
Cao su tái sinh
5.260
5.630
2.940
Dầu nhiệt phân
3.180
3.470
1.760
Thép tanh thu hồi
1.240
1.350
705
Tổng số
18.100
19.600
10.275

Năm 2023, tổng khối lượng sản phẩm tái chế đạt 19.600 tấn, tăng 8,3% so với năm 2022; riêng dầu nhiệt phân chiếm 17,7%. Trong quý I/2024, đoàn kiểm tra phát hiện 9 cơ sở chưa lắp đặt hệ thống quan trắc khí thải tự động; Sở đã đề nghị UBND tỉnh xử phạt 6 cơ sở với tổng số tiền 812,5 triệu đồng. Trong 6 tháng cuối năm, Sở dự kiến kiểm tra thêm 20 cơ sở.

Bài viết khác:
- Tập huấn Luật Bảo vệ môi trường năm 2020 lần thứ 3
- Lấy ý kiến dự thảo sửa đổi Quyết định số 52/2021/QĐ-UBND

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH LONG AN
Địa chỉ: Số 365 Quốc lộ 1, phường 4, TP Tân An, tỉnh Long An
Điện thoại: 0272.3826.391
Lượt truy cập: 2.764.905 | Đang online: 41
"""

ASOF = per("Tính đến ngày 30/6/2024", None, "2024-06-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
COLS = [
    ("năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
    ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
    ("ước 6 tháng 2024", per("Ước 6 tháng 2024", "2024-01-01", "2024-06-30"), "estimate"),
]


def row(label, cells):
    out = []
    for (anchor, number, value), (col, p, st) in zip(cells, COLS):
        out.append(fig(anchor, number, value, "measure", "tấn",
                       subject=f"khối lượng sản phẩm tái chế {label} {col}", period=p, status=st))
    return out


TABLE = (
    row("bột cao su", [("Bột cao su\n8.420", "8.420", 8420), ("8.420\n9.150", "9.150", 9150),
                       ("9.150\n4.870", "4.870", 4870)])
    + row("cao su tái sinh", [("tái sinh\n5.260", "5.260", 5260), ("5.260\n5.630", "5.630", 5630),
                              ("5.630\n2.940", "2.940", 2940)])
    + row("dầu nhiệt phân", [("Dầu nhiệt phân\n3.180", "3.180", 3180), ("3.180\n3.470", "3.470", 3470),
                             ("3.470\n1.760", "1.760", 1760)])
    + row("thép tanh thu hồi", [("hồi\n1.240", "1.240", 1240), ("1.240\n1.350", "1.350", 1350),
                                ("1.350\n705", "705", 705)])
    + row("tổng số", [("Tổng số\n18.100", "18.100", 18100), ("18.100\n19.600", "19.600", 19600),
                      ("19.600\n10.275", "10.275", 10275)])
)

FIGS = [
    fig("có 38 cơ sở", "38", 38, "count", "cơ sở", subject="cơ sở tái chế cao su phế thải", period=ASOF),
    fig("và 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở đắp lốp đang hoạt động", period=ASOF),
    fig("Trong số 38 cơ sở", "38", 38, "count", "cơ sở", optional=True, period=inh(ASOF),
        subject="cơ sở tái chế cao su phế thải"),
    fig("tái chế, 27 cơ sở", "27", 27, "count", "cơ sở", total=38,
        subject="cơ sở tái chế nằm trong khu, cụm công nghiệp", period=inh(ASOF)),
    fig("11 cơ sở còn lại", "11", 11, "count", "cơ sở", total=38,
        subject="cơ sở tái chế còn lại phải lập phương án di dời", period=inh(ASOF)),
] + TABLE + [
    fig("đạt 19.600 tấn", "19.600", 19600, "measure", "tấn", change=chg("increase", 8.3, "%", "năm 2022"),
        subject="tổng khối lượng sản phẩm tái chế", period=Y23),
    fig("chiếm 17,7%", "17,7", 17.7, "percent", "%",
        subject="dầu nhiệt phân trong tổng khối lượng sản phẩm tái chế", period=Y23),
    fig("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở",
        subject="cơ sở chưa lắp đặt hệ thống quan trắc khí thải tự động", period=Q1),
    fig("xử phạt 6 cơ sở", "6", 6, "count", "cơ sở", subject="cơ sở đề nghị xử phạt", period=Q1),
    fig("tiền 812,5 triệu", "812,5", 812500000, "money", "đồng", subject="tổng số tiền xử phạt đề nghị",
        period=Q1),
    fig("thêm 20 cơ sở", "20", 20, "count", "cơ sở", status="forecast",
        subject="cơ sở Sở kiểm tra thêm", period=H2),
]

NOTES = [
    "Department site (Sở TN&MT Long An) with no dateline: no published. Header menu, 'Bài viết khác', footer address, phone, counters.",
    "One-cell-per-line table ('Đơn vị tính: tấn'): rows are products, periods from the column headers (scored); 'Ước 6 tháng 2024' → estimate.",
    "Subject = caption indicator + row label + column label. Cells get no totals; the 'Tổng số' row is its own figures.",
    "Distractors: 'Luật Bảo vệ môi trường năm 2020', 'lần thứ 3', Quyết định số 52/2021/QĐ-UBND, 'Số 365 Quốc lộ 1', 'phường 4', phone",
    "0272.3826.391, 'Lượt truy cập: 2.764.905', 'Đang online: 41', deadline 'trước ngày 31/12/2025' (a date).",
    "'Trong số 38 cơ sở tái chế, 27 ...; 11 cơ sở còn lại' → both parts of 38 (inherit the as-of date from the previous sentence).",
    "'riêng dầu nhiệt phân chiếm 17,7%' is a percent figure of its own (3.470/19.600). '6 tháng cuối năm' takes 2024 from 'quý I/2024' before it.",
    "revised after the first run: 'Trong số 38 cơ sở tái chế' restates the whole of the previous sentence; it is the total of 27 and 11 and",
    "was left out, but a restated whole after 'Trong số' is unclear (a figure in shared gold h26, an attribute by FIGURES.md): optional.",
    "The district list (Đức Hòa, Bến Lức, Cần Giuộc) carries no numbers.",
]

if __name__ == "__main__":
    write("p1189-7", TEXT, NOTES, FIGS, published=None, location="Long An")
