from lib import F, P, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BẾN TRE
Kết quả đầu tư công trình phòng, chống sạt lở giai đoạn 2022-2024
Ngày cập nhật: 02/04/2024

Thực hiện Kế hoạch số 3456/KH-UBND của UBND tỉnh Bến Tre về phòng, chống thiên tai giai đoạn 2021-2025, ngành nông nghiệp tập trung đầu tư các công trình đê, kè chống sạt lở và chống xâm nhập mặn. Khối lượng thực hiện như sau:
Đơn vị tính: km
Hạng mục
Năm 2022
Năm 2023
Kế hoạch 2024
Đê biển nâng cấp
6,5
8,2
10
Kè bảo vệ bờ biển
2,1
3,4
4,5
Kè chống sạt lở bờ sông
4,7
5,3
6
Đê bao ngăn mặn
12,4
15,8
20

Tính chung năm 2023, toàn tỉnh đã hoàn thành 17 công trình với tổng vốn 682,5 tỷ đồng, tăng 26% so với năm 2022; trong đó vốn ngân sách trung ương chiếm 58%. Nhờ đó, khoảng 12.400 hộ dân ven sông, ven biển tại các huyện Bình Đại, Ba Tri, Thạnh Phú được bảo vệ an toàn trước triều cường.

Năm 2024, tỉnh phấn đấu trồng mới 120 ha rừng phòng hộ ven biển tại huyện Thạnh Phú, nâng độ che phủ rừng ven biển toàn tỉnh lên 31,5%. Tổng nhu cầu vốn cho các công trình phòng, chống sạt lở năm 2024 ước khoảng 950 tỷ đồng, dự kiến cân đối được 620 tỷ đồng (bằng 65,3%), phần còn lại đề nghị Trung ương hỗ trợ.

Bên cạnh công trình, tỉnh đã lắp đặt 24 trạm đo mặn tự động và 9 camera giám sát sạt lở tại các điểm xung yếu; 3 tháng đầu năm 2024 đã phát hiện 11 điểm sạt lở mới với tổng chiều dài 1.380 m, giảm 4 điểm so với cùng kỳ.

Địa chỉ: số 126A Nguyễn Thị Định, phường Phú Tân, TP Bến Tre. Điện thoại: 0275.3822.306.
"""

COLS = [("Năm 2022", "actual", P("Năm 2022", "2022-01-01", "2022-12-31")),
        ("Năm 2023", "actual", P("Năm 2023", "2023-01-01", "2023-12-31")),
        ("Kế hoạch 2024", "target", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"))]
ROWS = [("Đê biển nâng cấp", ["6,5", "8,2", "10"]), ("Kè bảo vệ bờ biển", ["2,1", "3,4", "4,5"]),
        ("Kè chống sạt lở bờ sông", ["4,7", "5,3", "6"]), ("Đê bao ngăn mặn", ["12,4", "15,8", "20"])]


def num(s):
    v = float(s.replace(".", "").replace(",", "."))
    return int(v) if v == int(v) else v


TABLE = []
for label, cells in ROWS:
    prev = label
    for (col, status, per), c in zip(COLS, cells):
        TABLE.append(F(f"{prev}\n{c}\n", c, num(c), "measure", "km", f"{label} {col.lower()}",
                       status=None if status == "actual" else status, period=per))
        prev = c

P23 = P("năm 2023", "2023-01-01", "2023-12-31")
P24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = TABLE + [
    F("thành 17 công trình", "17", 17, "count", "công trình", "công trình hoàn thành", period=P23),
    F("vốn 682,5 tỷ đồng", "682,5", 682.5e9, "money", "đồng", "tổng vốn công trình hoàn thành", change=C("increase", 26, "%", "năm 2022"), period=P23),
    F("chiếm 58%", "58", 58, "percent", "%", "vốn ngân sách trung ương", period=P23),
    F("khoảng 12.400 hộ", "12.400", 12400, "count", "hộ", "hộ dân ven sông, ven biển được bảo vệ an toàn", approx="about",
      period=P("năm 2023", "2023-01-01", "2023-12-31", inh=True)),
    F("mới 120 ha", "120", 120, "measure", "ha", "rừng phòng hộ ven biển trồng mới", status="target", period=P24,
      location="Thạnh Phú"),
    F("lên 31,5%", "31,5", 31.5, "percent", "%", "độ che phủ rừng ven biển toàn tỉnh", status="target", period=P24),
    F("khoảng 950 tỷ đồng", "950", 950e9, "money", "đồng", "tổng nhu cầu vốn cho các công trình phòng, chống sạt lở",
      approx="about", status="estimate", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("được 620 tỷ đồng", "620", 620e9, "money", "đồng", "vốn cân đối được", percent=65.3, status="forecast",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("đặt 24 trạm", "24", 24, "count", "trạm đo mặn tự động", "trạm đo mặn tự động lắp đặt"),
    F("và 9 camera", "9", 9, "count", "camera", "camera giám sát sạt lở"),
    F("phát hiện 11 điểm", "11", 11, "count", "điểm", "điểm sạt lở mới phát hiện", change=C("decrease", 4, "điểm", "cùng kỳ"),
      period=P("3 tháng đầu năm 2024", "2024-01-01", "2024-03-31")),
    F("dài 1.380 m", "1.380", 1380, "measure", "m", "tổng chiều dài điểm sạt lở mới",
      period=P("3 tháng đầu năm 2024", "2024-01-01", "2024-03-31")),
]
HEADER = [
    "Department site (Sở NN&PTNT Bến Tre), 'Ngày cập nhật: 02/04/2024' without time: embankment works 2022-2024, one-cell-per-line table.",
    "Table: header cells Hạng mục | Năm 2022 | Năm 2023 | Kế hoạch 2024, 'Đơn vị tính: km'. Every numeric cell is a figure (measure, km);",
    "subject = row label + column label; period from the column header; the 'Kế hoạch 2024' column → status target.",
    "Distractors: Kế hoạch số 3456/KH-UBND, 'giai đoạn 2021-2025' / '2022-2024' (titles), address 'số 126A', phone 0275.3822.306.",
    "'trong đó vốn ngân sách trung ương chiếm 58%': a percent with no base amount of its own → a percent figure (no total, as h01 revision).",
    "12.400 hộ across three districts keeps the province. 620 tỷ 'dự kiến' → forecast with percent 65,3 ('bằng'); 950 tỷ 'ước khoảng' → estimate.",
    "'giảm 4 điểm so với cùng kỳ' is the change of 11 điểm (across the 1.380 m clause, same unit).",
]
write("p315-7", TEXT, HEADER, FIGS, published="2024-04-02", location="Bến Tre")
