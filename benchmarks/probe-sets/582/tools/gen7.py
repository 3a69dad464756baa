import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from lib import F, P, I, CH, TG, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH GIA LAI
Trang chủ / Năng lượng / Thủy điện

Sản lượng điện các nhà máy thủy điện trên địa bàn tỉnh năm 2023

Năm 2023, các nhà máy thủy điện trên địa bàn tỉnh Gia Lai sản xuất được 8.652 triệu kWh, đạt 97,4% kế hoạch, giảm 6,8% so với năm 2022. Tổng công suất lắp máy của các nhà máy hiện có là 3.015 MW (gồm 7 nhà máy thủy điện lớn và 28 nhà máy thủy điện vừa và nhỏ).

Bảng: Sản lượng điện một số nhà máy thủy điện lớn
Đơn vị tính: triệu kWh

Nhà máy

Năm 2022

Năm 2023

Kế hoạch 2024

Ialy

3.810

3.542

3.650

Sê San 3A

472

438,5

455

Sê San 4

1.315

1.206,3

1.260

An Khê - Ka Nak

585,2

521

560

Ngoài sản lượng điện, năm 2023 các nhà máy đã nộp ngân sách nhà nước 1.126 tỷ đồng và chi trả tiền dịch vụ môi trường rừng 248,7 tỷ đồng cho khoảng 14.500 hộ nhận khoán bảo vệ 310.000 ha rừng.

Trong mùa mưa lũ, các hồ chứa đã vận hành đúng quy trình liên hồ chứa trên lưu vực sông Sê San, sông Ba (Quyết định số 1201/QĐ-TTg và Quyết định số 1865/QĐ-TTg); hồ Ayun Hạ xả lũ với lưu lượng lớn nhất 1.120 m³/s, không gây ngập úng cho hạ du. Tính đến tháng 12/2023, toàn tỉnh có 35 hồ chứa thủy điện, trong đó 33 hồ đã lắp đặt camera giám sát và truyền dữ liệu vận hành trực tuyến về Sở Công Thương; 2 hồ còn lại phải hoàn thành trong quý I/2024.

SỞ CÔNG THƯƠNG TỈNH GIA LAI
Địa chỉ: 02 Hoàng Văn Thụ, TP. Pleiku | Điện thoại: 0269.3824.116
Tổng số lượt truy cập: 1.906.553
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLS = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Ialy", ["3.810", "3.542", "3.650"]),
        ("Sê San 3A", ["472", "438,5", "455"]),
        ("Sê San 4", ["1.315", "1.206,3", "1.260"]),
        ("An Khê - Ka Nak", ["585,2", "521", "560"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("được 8.652 triệu kWh", "8.652", 8652e6, "measure", "kWh", "sản lượng điện các nhà máy thủy điện", Y23,
      percent=97.4, change=CH("decrease", 6.8, "%", "năm 2022")),
    F("là 3.015 MW", "3.015", 3015, "measure", "MW", "tổng công suất lắp máy của các nhà máy thủy điện"),
    F("gồm 7 nhà máy", "7", 7, "count", "nhà máy", "nhà máy thủy điện lớn"),
    F("và 28 nhà máy", "28", 28, "count", "nhà máy", "nhà máy thủy điện vừa và nhỏ"),
]
for name, cells in ROWS:
    seq = [name] + cells
    for i, (col, per, st) in enumerate(COLS):
        v = cells[i]
        prev = seq[i]
        anchor = f"{prev}\n\n{v}\n"
        kw = {"status": st} if st else {}
        FIGS.append(F(anchor, v, num(v) * 1e6, "measure", "kWh", f"Sản lượng điện {name} {col}", per, **kw))

FIGS += [
    F("nước 1.126 tỷ đồng", "1.126", 1126e9, "money", "đồng", "ngân sách nhà nước các nhà máy nộp", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("rừng 248,7 tỷ đồng", "248,7", 248.7e9, "money", "đồng", "tiền dịch vụ môi trường rừng chi trả", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 14.500 hộ", "14.500", 14500, "count", "hộ", "hộ nhận khoán bảo vệ rừng", P("năm 2023", "2023-01-01", "2023-12-31"),
      approx="about"),
    F("vệ 310.000 ha", "310.000", 310000, "measure", "ha", "rừng được bảo vệ", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("lớn nhất 1.120 m³/s", "1.120", 1120, "measure", "m³/s", "lưu lượng xả lũ lớn nhất hồ Ayun Hạ"),
    F("có 35 hồ chứa", "35", 35, "count", "hồ chứa", "hồ chứa thủy điện", P("Tính đến tháng 12/2023", None, "2023-12-31")),
    F("đó 33 hồ", "33", 33, "count", "hồ", "hồ đã lắp đặt camera giám sát và truyền dữ liệu vận hành trực tuyến",
      P("Tính đến tháng 12/2023", None, "2023-12-31"), total=35),
    F("2 hồ còn lại", "2", 2, "count", "hồ", "hồ còn lại phải hoàn thành lắp đặt camera giám sát",
      P("Tính đến tháng 12/2023", None, "2023-12-31")),
]

emit("p582-7", TEXT, [
    "Department site (Sở Công Thương Gia Lai), no dateline, visit counter in the footer: hydropower output 2023, one-cell-per-line table",
    "with 'Đơn vị tính: triệu kWh' (×10⁶ kWh); periods from the column headers (scored); 'Kế hoạch 2024' column = target.",
    "Plant names 'Sê San 3A', 'Sê San 4' are no figures. '(gồm 7 … và 28 nhà máy)' after 3.015 MW: parts count plants, the whole is MW -> no total.",
    "'2 hồ còn lại' (after '; ') is the rest of 35 but has no cue of its own: no total; its deadline 'quý I/2024' is not its period.",
], FIGS, location="Gia Lai")
