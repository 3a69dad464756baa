"""p945-7: Sở NN&PTNT Thừa Thiên Huế site, no dateline; 2021-2023 large-timber results, one-cell-per-line table."""
from lib import F, build, period, year, asof, inh, up

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THỪA THIÊN HUẾ
Trang chủ » Lâm nghiệp » Phát triển rừng

Kết quả phát triển rừng trồng gỗ lớn giai đoạn 2021-2023

Thực hiện Đề án phát triển rừng trồng gỗ lớn, trong 3 năm 2021-2023 toàn tỉnh đã trồng mới 14.870 ha rừng sản xuất, trong đó 3.960 ha rừng gỗ lớn, chiếm 26,6%. Diện tích rừng trồng được cấp chứng chỉ FSC tăng từ 13.200 ha năm 2021 lên 18.650 ha năm 2023, chủ yếu do Công ty TNHH MTV Lâm nghiệp Phong Điền và các nhóm hộ ở thị xã Hương Trà, huyện Nam Đông quản lý.

Một số chỉ tiêu phát triển rừng trồng:
Đơn vị tính: ha
Chỉ tiêu
Năm 2021
Năm 2022
Năm 2023
Trồng rừng tập trung
4.720
5.030
5.120
Trồng rừng gỗ lớn
1.150
1.290
1.520
Diện tích có chứng chỉ FSC
13.200
15.480
18.650
Chuyển hóa rừng gỗ lớn
320
410
465

Năm 2023, sản lượng gỗ rừng trồng khai thác đạt 1,12 triệu m3; giá trị sản xuất lâm nghiệp ước đạt 2.150 tỷ đồng, tăng 7,2% so với năm 2022. Tỷ lệ che phủ rừng của tỉnh đạt 57,4%, đứng thứ 5 cả nước. Mục tiêu đến năm 2025, toàn tỉnh có 25.000 ha rừng được cấp chứng chỉ FSC và 10.000 ha rừng trồng gỗ lớn.

Cơ quan chủ quản: Sở Nông nghiệp và Phát triển nông thôn tỉnh Thừa Thiên Huế
Địa chỉ: 15 Nguyễn Huệ, phường Vĩnh Ninh, thành phố Huế
Điện thoại: 0234.3822.541 - Fax: 0234.3824.960
Tổng lượt truy cập: 1.358.204 | Đang truy cập: 37
"""

P3 = period("trong 3 năm 2021-2023", "2021-01-01", "2023-12-31")
Y23 = year("Năm 2023", 2023)
T25 = asof("đến năm 2025", "2025-12-31")
YEARS = [2021, 2022, 2023]
ROWS = [
    ("Trồng rừng tập trung", ["4.720", "5.030", "5.120"]),
    ("Trồng rừng gỗ lớn", ["1.150", "1.290", "1.520"]),
    ("Diện tích có chứng chỉ FSC", ["13.200", "15.480", "18.650"]),
    ("Chuyển hóa rừng gỗ lớn", ["320", "410", "465"]),
]


def table_figs():
    out = []
    for label, cells in ROWS:
        prev = label
        for y, cell in zip(YEARS, cells):
            out.append(F(f"{prev}\n{cell}", cell, float(cell.replace(".", "")), "measure", "ha", label,
                         period=year(f"Năm {y}", y)))
            prev = cell
    return out


FIGS = [
    F("mới 14.870 ha", "14.870", 14870, "measure", "ha", "rừng sản xuất trồng mới", period=P3),
    F("trong đó 3.960 ha", "3.960", 3960, "measure", "ha", "rừng gỗ lớn trồng mới", total=14870, percent=26.6, period=P3),
    F("từ 13.200 ha năm 2021", "13.200", 13200, "measure", "ha", "diện tích rừng trồng được cấp chứng chỉ FSC",
      period=year("năm 2021", 2021)),
    F("lên 18.650 ha năm 2023", "18.650", 18650, "measure", "ha", "diện tích rừng trồng được cấp chứng chỉ FSC",
      period=year("năm 2023", 2023)),
] + table_figs() + [
    F("đạt 1,12 triệu m3", "1,12", 1.12e6, "measure", "m3", "sản lượng gỗ rừng trồng khai thác", period=Y23),
    F("ước đạt 2.150 tỷ đồng", "2.150", 2.15e12, "money", "đồng", "giá trị sản xuất lâm nghiệp",
      change=up(7.2, baseline="năm 2022"), status="estimate", period=Y23),
    F("đạt 57,4%", "57,4", 57.4, "percent", "%", "tỷ lệ che phủ rừng của tỉnh", period=inh(Y23)),
    F("đứng thứ 5", "5", 5, "rank", "hạng", "tỷ lệ che phủ rừng", period=inh(Y23)),
    F("có 25.000 ha", "25.000", 25000, "measure", "ha", "rừng được cấp chứng chỉ FSC", status="target", period=T25),
    F("và 10.000 ha", "10.000", 10000, "measure", "ha", "rừng trồng gỗ lớn", status="target", period=T25),
]

NOTES = [
    "Sở NN&PTNT Thừa Thiên Huế page with no dateline (no published); footer with address, phone, fax and visit counters.",
    "Table written one cell per line (header cells, then each row's label and cells). Unit from 'Đơn vị tính: ha'; period from the",
    "column header 'Năm 2021/2022/2023' (scored, as FIGURES.md takes a table cell's period from its column); subject = row label.",
    "'tăng từ 13.200 ha năm 2021 lên 18.650 ha năm 2023': two figures, each with its year; the difference is not written, so no change.",
    "'trong 3 năm 2021-2023' is a duration locating the period (not a figure).",
    "Distractors: 'giai đoạn 2021-2023', '15 Nguyễn Huệ', phone/fax, 'Tổng lượt truy cập: 1.358.204', 'Đang truy cập: 37'.",
]

build(7, TEXT, FIGS, NOTES, location="Thừa Thiên Huế")
