"""p1005-7: Sở GTVT Cần Thơ site, no dateline, one-cell-per-line table (Năm 2023 / 6 tháng đầu năm 2024)."""
from lib import F, P, C, T, build

TEXT = """SỞ GIAO THÔNG VẬN TẢI THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính

Kết quả kiểm soát tải trọng xe năm 2023 và 6 tháng đầu năm 2024

Thời gian qua, Thanh tra Sở GTVT thành phố Cần Thơ đã phối hợp với Phòng Cảnh sát giao thông Công an thành phố duy trì hoạt động của trạm kiểm tra tải trọng xe lưu động trên Quốc lộ 91 và Quốc lộ 1. Kết quả cụ thể như sau:

Đơn vị tính: xe
Chỉ tiêu
Năm 2023
6 tháng đầu năm 2024
Xe được kiểm tra
3.254
1.812
Xe vi phạm tải trọng
287
134
Xe cơi nới thành thùng
46
21
Tiền phạt (triệu đồng)
2.384
1.096

So với năm 2022, số xe vi phạm tải trọng năm 2023 giảm 21,6%; tỷ lệ xe vi phạm trên số xe được kiểm tra còn 8,8%. Ngoài ra, Sở đã phối hợp với các quận, huyện cắm 142 biển hạn chế tải trọng trên các cầu yếu, trong đó huyện Phong Điền 37 biển, huyện Cờ Đỏ 29 biển.

Năm 2024, Sở phấn đấu kiểm tra ít nhất 3.600 lượt xe; dự kiến đầu tư 1 trạm cân cố định tại nút giao Quốc lộ 91 - Quốc lộ 80 với kinh phí khoảng 42 tỷ đồng. Các cầu có biển hạn chế dưới 5 tấn sẽ được lắp thêm giá long môn hạn chế chiều cao.

SỞ GIAO THÔNG VẬN TẢI THÀNH PHỐ CẦN THƠ
Địa chỉ: số 5 đường Mậu Thân, phường Xuân Khánh, quận Ninh Kiều, TP. Cần Thơ
Điện thoại: 0292.3830.625 - Fax: 0292.3833.318
Lượt truy cập: 1.284.506
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H24 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

rows = [
    ("Xe được kiểm tra\n", "3.254", "1.812", "xe", "count", "xe được kiểm tra"),
    ("Xe vi phạm tải trọng\n", "287", "134", "xe", "count", "xe vi phạm tải trọng"),
    ("Tiền phạt (triệu đồng)\n", "2.384", "1.096", "đồng", "money", "tiền phạt"),
]
FIGS = []
for label, a, b, unit, kind, subj in rows:
    mult = 1e6 if kind == "money" else 1
    va, vb = float(a.replace(".", "")) * mult, float(b.replace(".", "")) * mult
    FIGS.append(F(label + a, a, va, kind, unit, subj + " năm 2023", period=Y23))
    FIGS.append(F(a + "\n" + b, b, vb, kind, unit, subj + " 6 tháng đầu năm 2024", period=H24))
    if label.startswith("Xe vi phạm"):
        FIGS.append(F("thành thùng\n46", "46", 46, "count", "xe", "xe cơi nới thành thùng năm 2023", period=Y23))
        FIGS.append(F("46\n21", "21", 21, "count", "xe", "xe cơi nới thành thùng 6 tháng đầu năm 2024", period=H24))

FIGS += [
    F("giảm 21,6%", "21,6", 21.6, "percent", "%", "số xe vi phạm tải trọng so với năm 2022",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("còn 8,8%", "8,8", 8.8, "percent", "%", "tỷ lệ xe vi phạm trên số xe được kiểm tra",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("cắm 142 biển", "142", 142, "count", "biển", "biển hạn chế tải trọng trên các cầu yếu"),
    F("Phong Điền 37 biển", "37", 37, "count", "biển", "biển hạn chế tải trọng", total=142, location="Phong Điền"),
    F("Cờ Đỏ 29 biển", "29", 29, "count", "biển", "biển hạn chế tải trọng", total=142, location="Cờ Đỏ"),
    F("ít nhất 3.600 lượt", "3.600", 3600, "count", "lượt xe", "lượt xe được kiểm tra", approx="at_least",
      status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đầu tư 1 trạm", "1", 1, "count", "trạm cân cố định", "trạm cân cố định đầu tư", status="forecast",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 42 tỷ đồng", "42", 42e9, "money", "đồng", "kinh phí đầu tư trạm cân cố định", approx="about",
      status="forecast", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("dưới 5 tấn", "5", 5, "measure", "tấn", "tải trọng hạn chế của cầu", approx="under", optional=True),
]

build("p1005-7", TEXT, FIGS, location="Cần Thơ", comments=[
    "Sở GTVT thành phố Cần Thơ site (invented): no dateline; footer with address, phone, fax and 'Lượt truy cập: 1.284.506'.",
    "One-cell-per-line table (Đơn vị tính: xe; 'Tiền phạt (triệu đồng)' row ×10^6): every cell a figure, subject = row label + column label,",
    "period from the column header (Năm 2023 / 6 tháng đầu năm 2024, scored as the cell's own period).",
    "Not figures: Quốc lộ 91, Quốc lộ 1, Quốc lộ 80, address 'số 5 đường Mậu Thân', phone/fax numbers, visitor counter.",
    "'giảm 21,6%' (no base amount) is a percent figure without change; 'trong đó huyện Phong Điền 37 biển, huyện Cờ Đỏ 29 biển' → total 142.",
    "'phấn đấu' → target; 'dự kiến đầu tư 1 trạm … kinh phí khoảng 42 tỷ' → forecast. 'dưới 5 tấn' is a category threshold (optional).",
    'revised after scoring: table cell subjects now row label + column label (FIGURES.md, Tables; as in shared gold h23).',
])
