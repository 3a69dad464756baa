"""p846-3: formal report (UBND tỉnh Cao Bằng), dong riềng and miến dong, 9 months 2024, flattened | table."""
from lib import F, change, inherit, months, write, year

TEXT = """UBND TỈNH CAO BẰNG
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cao Bằng, ngày 10 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất dong riềng và chế biến miến dong 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Vùng nguyên liệu
Thực hiện Nghị quyết số 06/2021/NQ-HĐND của HĐND tỉnh, 9 tháng năm 2024 toàn tỉnh trồng 612 ha dong riềng, đạt 95,6% kế hoạch năm, giảm 38 ha so với cùng kỳ do khô hạn đầu vụ. Năng suất ước đạt 45 tấn/ha.

2. Chế biến
Toàn tỉnh có 58 cơ sở chế biến, trong đó 41 cơ sở tập trung tại huyện Nguyên Bình. Kết quả thu mua, chế biến theo địa bàn như sau:
Đơn vị tính: tấn
Huyện | Củ dong riềng thu mua | Tinh bột dong | Miến dong
Nguyên Bình | 18.450 | 2.310 | 1.160
Hòa An | 4.280 | 535 | 240
Bảo Lạc | 2.150 | 270 | 95
Thạch An | 1.720 | 215 | 85
Tổng cộng | 26.600 | 3.330 | 1.580

Giá thu mua củ bình quân 2.500 đồng/kg; giá tinh bột từ 22.000 đến 25.000 đồng/kg. Doanh thu từ miến dong 9 tháng ước đạt 118,5 tỷ đồng, tăng 9,3% so với cùng kỳ.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu cả năm 2024 trồng 640 ha dong riềng, sản lượng miến đạt 2.100 tấn.
2. Dự kiến hỗ trợ 15 cơ sở đầu tư hệ thống xử lý nước thải, tổng kinh phí khoảng 3,6 tỷ đồng.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = months("9 tháng năm 2024", 2024, 9)
M9i = inherit(M9)
M9b = months("9 tháng", 2024, 9)
Y24 = year("cả năm 2024", 2024)
Q4i = {"text": "QUÝ IV/2024", "start": "2024-10-01", "end": "2024-12-31", "inherited": True}

COLS = ["củ dong riềng thu mua", "tinh bột dong", "miến dong"]
ROWS = [
    ("Nguyên Bình", ["18.450", "2.310", "1.160"]),
    ("Hòa An", ["4.280", "535", "240"]),
    ("Bảo Lạc", ["2.150", "270", "95"]),
    ("Thạch An", ["1.720", "215", "85"]),
    ("Tổng cộng", ["26.600", "3.330", "1.580"]),
]


def table_figs():
    out = []
    for label, cells in ROWS:
        for i, (col, cell) in enumerate(zip(COLS, cells)):
            # an anchor that occurs once: the cell with its neighbours in the row
            if i == 0:
                anchor = f"{label} | {cell} |"
            elif i == 1:
                anchor = f"| {cells[0]} | {cell} |"
            else:
                anchor = f"| {cells[1]} | {cell}\n"
            val = float(cell.replace(".", ""))
            if label == "Tổng cộng":
                out.append(F(anchor, cell, val, "measure", "tấn", f"tổng cộng {col}", period=M9i))
            else:
                out.append(F(anchor, cell, val, "measure", "tấn", col, period=M9i, location=label))
    return out


FIGS = [
    F("trồng 612 ha", "612", 612, "measure", "ha", "diện tích dong riềng",
      percent=95.6, change=change("decrease", 38, "ha", "cùng kỳ"), period=M9),
    F("ước đạt 45 tấn/ha", "45", 45, "measure", "tấn/ha", "năng suất dong riềng",
      status="estimate", period=M9i),
    F("có 58 cơ sở", "58", 58, "count", "cơ sở", "cơ sở chế biến"),
    F("trong đó 41 cơ sở", "41", 41, "count", "cơ sở", "cơ sở chế biến", total=58, location="Nguyên Bình"),
    *table_figs(),
    F("bình quân 2.500 đồng/kg", "2.500", 2500, "money", "đồng/kg", "giá thu mua củ bình quân", period=M9i),
    F("từ 22.000 đến 25.000 đồng/kg", "22.000", 22000, "money", "đồng/kg", "giá tinh bột",
      value_max=25000, period=M9i),
    F("ước đạt 118,5 tỷ đồng", "118,5", 118.5e9, "money", "đồng", "doanh thu từ miến dong",
      status="estimate", change=change("increase", 9.3, "%", "cùng kỳ"), period=M9b),
    F("trồng 640 ha", "640", 640, "measure", "ha", "diện tích dong riềng", status="target", period=Y24),
    F("đạt 2.100 tấn", "2.100", 2100, "measure", "tấn", "sản lượng miến", status="target", period=Y24),
    F("hỗ trợ 15 cơ sở", "15", 15, "count", "cơ sở", "cơ sở được hỗ trợ đầu tư hệ thống xử lý nước thải",
      status="forecast", period=Q4i),
    F("khoảng 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", "tổng kinh phí hỗ trợ xử lý nước thải",
      approx="about", status="forecast", period=Q4i),
]

NOTES = [
    "Formal report (UBND tỉnh Cao Bằng, Số: 318/BC-UBND): 9 months 2024, flattened '|' table by district (Đơn vị tính: tấn).",
    "Distractors: Số 318/BC-UBND, Nghị quyết số 06/2021/NQ-HĐND, place-date line, section numbers I./II./1./2., heading QUÝ IV/2024.",
    "Table cells: subject = column label (the row label is a district: location); 'Tổng cộng' row keeps the label in its subject, location Cao Bằng; no totals on cells.",
    "Table period comes from the first paragraph (9 tháng năm 2024): inherited. Prices after the table: inherited too.",
    "'41 cơ sở tập trung tại huyện Nguyên Bình' after 'trong đó' takes total 58 and location Nguyên Bình.",
    "Section II item 2 opens with 'Dự kiến': forecast; its period is the heading QUÝ IV/2024 (inherited).",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, NOTES, published="2024-10-10", location="Cao Bằng")
