from lib import *

A = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG BÌNH
Ngày cập nhật: 20/03/2025

Quảng Bình: Hoàn thành vượt mức nhiều chỉ tiêu phòng, chống lao năm 2024

Năm 2024, Chương trình chống lao tỉnh Quảng Bình đã phát hiện 742 bệnh nhân lao các thể, vượt 6% kế hoạch; tỷ lệ phát hiện đạt 81,3 bệnh nhân/100.000 dân. Kết quả thực hiện một số chỉ tiêu chuyên môn như sau:

Chỉ tiêu
Đơn vị tính
Kế hoạch
Thực hiện
Tỷ lệ đạt (%)
Bệnh nhân lao các thể được phát hiện
bệnh nhân
700
742
106,0
Lao phổi có bằng chứng vi khuẩn học
bệnh nhân
420
451
107,4
Bệnh nhân lao kháng thuốc được điều trị
bệnh nhân
25
21
84,0
Người nghi lao được xét nghiệm Xpert
người
3.500
3.862
110,3
Tỷ lệ điều trị thành công (lao mới và tái phát)
%
90
91,6
101,8

Trong năm, tỉnh triển khai sàng lọc lao chủ động tại 3 huyện Quảng Ninh, Lệ Thủy và Minh Hóa, với hơn 9.600 người được chụp X-quang, phát hiện 58 bệnh nhân. Riêng huyện Minh Hóa phát hiện 19 bệnh nhân, chiếm gần 1/3 số ca phát hiện qua sàng lọc.

Mạng lưới chống lao hiện gồm 8 tổ chống lao tuyến huyện và 151 trạm y tế xã, phường, thị trấn; 100% bệnh nhân lao có thẻ bảo hiểm y tế được quỹ bảo hiểm y tế chi trả chi phí khám, điều trị theo quy định.

Theo Bệnh viện Lao và Bệnh phổi Quảng Bình, năm 2025 tỉnh phấn đấu phát hiện 760 bệnh nhân lao, tỷ lệ điều trị thành công đạt từ 90% trở lên và giảm 5% số người tử vong do lao so với năm 2024.

Số lượt truy cập: 3.281.945
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

figs = [
    F("phát hiện 742 bệnh nhân", "742", 742, "count", "bệnh nhân", "bệnh nhân lao các thể được phát hiện", Y24,
      change=C("increase", 6, baseline="kế hoạch")),
    F("đạt 81,3 bệnh nhân", "81,3", 81.3, "measure", "bệnh nhân/100.000 dân", "tỷ lệ phát hiện", Y24),
]
rows = [
    ("Bệnh nhân lao các thể được phát hiện", "bệnh nhân", ["700", "742", "106,0"]),
    ("Lao phổi có bằng chứng vi khuẩn học", "bệnh nhân", ["420", "451", "107,4"]),
    ("Bệnh nhân lao kháng thuốc được điều trị", "bệnh nhân", ["25", "21", "84,0"]),
    ("Người nghi lao được xét nghiệm Xpert", "người", ["3.500", "3.862", "110,3"]),
    ("Tỷ lệ điều trị thành công (lao mới và tái phát)", "%", ["90", "91,6", "101,8"]),
]
colname = ["kế hoạch", "thực hiện", "tỷ lệ đạt"]
for label, unit, cells in rows:
    prev = unit
    for i, cell in enumerate(cells):
        anchor = f"{prev}\n{cell}\n"
        v = float(cell.replace(".", "").replace(",", "."))
        if v == int(v):
            v = int(v)
        if i == 2 or unit == "%":
            kind, u = "percent", "%"
        else:
            kind, u = "count", unit
        kw = {"status": "target"} if i == 0 else {}
        figs.append(F(anchor, cell, v, kind, u, f"{label} {colname[i]}", Y24i, **kw))
        prev = cell

figs += [
    F("tại 3 huyện", "3", 3, "count", "huyện", "huyện triển khai sàng lọc lao chủ động", Y24i),
    F("hơn 9.600 người", "9.600", 9600, "count", "người", "người được chụp X-quang", Y24i, approx="over"),
    F("phát hiện 58 bệnh nhân", "58", 58, "count", "bệnh nhân", "bệnh nhân phát hiện qua sàng lọc chủ động", Y24i),
    F("phát hiện 19 bệnh nhân", "19", 19, "count", "bệnh nhân", "bệnh nhân phát hiện qua sàng lọc", Y24i,
      location="Minh Hóa"),
    F("gồm 8 tổ", "8", 8, "count", "tổ chống lao tuyến huyện", "tổ chống lao tuyến huyện trong mạng lưới chống lao"),
    F("và 151 trạm", "151", 151, "count", "trạm y tế xã, phường, thị trấn", "trạm y tế xã, phường, thị trấn trong mạng lưới chống lao"),
    F("; 100% bệnh nhân", "100", 100, "percent", "%", "bệnh nhân lao có thẻ bảo hiểm y tế được quỹ bảo hiểm y tế chi trả"),
    F("gần 1/3 số ca", "1", 1, "count", "số ca", "tỷ lệ số ca phát hiện qua sàng lọc", approx="nearly", total=3,
      optional=True),
    F("phát hiện 760 bệnh nhân", "760", 760, "count", "bệnh nhân", "bệnh nhân lao được phát hiện", Y25, status="target"),
    F("từ 90% trở lên", "90", 90, "percent", "%", "tỷ lệ điều trị thành công", Y25, approx="at_least", status="target"),
    F("giảm 5% số người", "5", 5, "percent", "%", "giảm số người tử vong do lao so với năm 2024", Y25, status="target"),
]

write(8, A, figs, [
    "Province portal (Cổng TTĐT tỉnh Quảng Bình), 'Ngày cập nhật: 20/03/2025' without time; page furniture 'Số lượt truy cập' at the end.",
    "742: 'vượt 6% kế hoạch' is a change with baseline kế hoạch. 81,3 bệnh nhân/100.000 dân a rate (measure).",
    "One-cell-per-line table (Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện | Tỷ lệ đạt (%)): every numeric cell a figure; plan cells status",
    "target; 'Tỷ lệ đạt (%)' cells percent; unit from the Đơn vị tính cell; period Năm 2024 from the lead sentence (inherited).",
    "The plan cell is a figure of its own, so the result cell carries no target attribute (as shared h23).",
    "'3 huyện Quảng Ninh, Lệ Thủy và Minh Hóa': Quảng Ninh is a district here (also a province name); location stays Quảng Bình.",
    "'Riêng huyện Minh Hóa phát hiện 19': no part-of cue, no total; location Minh Hóa; 'gần 1/3' a fraction share, optional. 'Hiện' network counts: no period.",
    "Targets 2025: 760, 'từ 90% trở lên' (at_least), 'giảm 5% ... so với năm 2024' a target growth rate (percent figure, no change object).",
], published="2025-03-20", location="Quảng Bình")
