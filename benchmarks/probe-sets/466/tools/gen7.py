from lib import *

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẮC SƠN
Quỳnh Sơn: Làng du lịch cộng đồng khởi sắc

Năm 2024, huyện Bắc Sơn (tỉnh Lạng Sơn) đón trên 320 nghìn lượt khách, tăng 14,2% so với năm 2023; tổng doanh thu du lịch đạt khoảng 95 tỷ đồng, đạt 105,6% kế hoạch. Điểm nhấn là làng du lịch cộng đồng Quỳnh Sơn, nằm bên Quốc lộ 1B, được UN Tourism công nhận "Làng du lịch tốt nhất" năm 2024. Một số kết quả của làng như sau:

Chỉ tiêu
Năm 2023
Năm 2024
So sánh (%)
Lượt khách (lượt)
42.300
58.150
137,5
Doanh thu (triệu đồng)
18.600
27.400
147,3
Số homestay (cơ sở)
36
44
122,2
Số lao động (người)
210
265
126,2

Quý IV/2024, huyện phối hợp tổ chức 4 lớp tập huấn về kỹ năng giao tiếp, nấu ăn, thuyết minh cho 160 học viên là người Tày ở Quỳnh Sơn và Vũ Lăng. Thu nhập bình quân của các hộ làm homestay ở Quỳnh Sơn đạt khoảng 200 triệu đồng/hộ/năm, gần gấp đôi thu nhập bình quân của huyện.

Nhân dịp Tuần Văn hóa - Du lịch lần thứ IV, huyện đã ra mắt tour kết nối di tích Khởi nghĩa Bắc Sơn 1940 với các bản Tày dưới chân núi Nà Lay. Năm 2025, huyện phấn đấu đón 350.000 lượt khách, thành lập thêm 2 hợp tác xã du lịch cộng đồng và đưa 100% homestay vào quản lý trên phần mềm lưu trú.

Phòng Văn hóa và Thông tin huyện
25/12/2024
"""

y24 = Y(2024)
rows = [
    ("Lượt khách", "lượt", 1, "count", ["42.300", "58.150", "137,5"]),
    ("Doanh thu", "đồng", 10**6, "money", ["18.600", "27.400", "147,3"]),
    ("Số homestay", "cơ sở", 1, "count", ["36", "44", "122,2"]),
    ("Số lao động", "người", 1, "count", ["210", "265", "126,2"]),
]

FIGS = [
    F("trên 320 nghìn lượt", "320", 320000, "count", "lượt khách", "lượt khách", y24, approx="over",
      change={"direction": "increase", "value": 14.2, "unit": "%", "baseline": "năm 2023"}),
    F("khoảng 95 tỷ đồng", "95", 95000000000, "money", "đồng", "tổng doanh thu du lịch", y24, approx="about",
      percent=105.6),
]
for label, unit, mult, kind, cells in rows:
    a23, a24, cmp = cells
    v = lambda c: int(c.replace(".", "")) * mult
    FIGS.append(F(f"\n{a23}\n", a23, v(a23), kind, unit, f"{label} năm 2023", Y(2023)))
    FIGS.append(F(f"\n{a24}\n", a24, v(a24), kind, unit, f"{label} năm 2024", Y(2024)))
    FIGS.append(F(f"\n{cmp}\n", cmp, float(cmp.replace(",", ".")), "percent", "%",
                  f"{label} so sánh năm 2024 với năm 2023", Y(2024, inh=True)))

FIGS += [
    F("tổ chức 4 lớp", "4", 4, "count", "lớp", "lớp tập huấn về kỹ năng giao tiếp, nấu ăn, thuyết minh",
      P("Quý IV/2024", "2024-10-01", "2024-12-31")),
    F("cho 160 học viên", "160", 160, "count", "học viên", "học viên lớp tập huấn",
      P("Quý IV/2024", "2024-10-01", "2024-12-31")),
    F("khoảng 200 triệu", "200", 200000000, "money", "đồng/hộ/năm", "thu nhập bình quân của các hộ làm homestay ở Quỳnh Sơn",
      P("Quý IV/2024", "2024-10-01", "2024-12-31", inh=True), approx="about", change={"direction": "increase", "value": 2, "unit": "lần", "approx": "nearly",
                              "baseline": "thu nhập bình quân của huyện"}),
    F("đón 350.000 lượt", "350.000", 350000, "count", "lượt khách", "lượt khách", Y(2025), status="target"),
    F("thêm 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã du lịch cộng đồng thành lập thêm", Y(2025),
      status="target"),
    F("đưa 100% homestay", "100", 100, "percent", "%", "homestay quản lý trên phần mềm lưu trú", Y(2025), status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Bắc Sơn (district portal): Quỳnh Sơn community tourism village (UN Tourism Best Tourism Village 2024).",
    "No dateline at the top; bare date '25/12/2024' at the end after the author line (published).",
    "Distractors: 'Quốc lộ 1B', 'lần thứ IV', 'Khởi nghĩa Bắc Sơn 1940', 'núi Nà Lay'.",
    "One-cell-per-line table: units and multipliers from the row labels '(lượt)', '(triệu đồng)', '(cơ sở)', '(người)';",
    "period from column headers Năm 2023 / Năm 2024 (scored, as shared h23); 'So sánh (%)' cells are percent figures, period 2024 inherited.",
    "'đạt 105,6% kế hoạch' = percent of the 95 tỷ. 'gần gấp đôi thu nhập bình quân của huyện' = change 2 lần (nearly) of 200 triệu.",
    "Quỳnh Sơn is a commune of Bắc Sơn: location Bắc Sơn throughout (default). The 200 triệu income inherits 'Quý IV/2024' from its paragraph (unscored).",
]

write("p466-7", TEXT, FIGS, COMMENTS, published="2024-12-25", location="Bắc Sơn")
