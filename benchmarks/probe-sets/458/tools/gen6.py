from lib import F, P, CH, TG, build

ROWS = [
    ("Số vụ ngộ độc thực phẩm", "vụ", "count", "vụ", ["4", "9", "6"]),
    ("Số người mắc", "người", "count", "người", ["87", "312", "214"]),
    ("Số người tử vong", "người", "count", "người", ["2", "1", "0"]),
    ("Số lượt cơ sở được kiểm tra", "lượt cơ sở", "count", "lượt cơ sở", ["15.406", "17.925", "18.987"]),
    ("Số lượt cơ sở bị xử phạt", "lượt cơ sở", "count", "lượt cơ sở", ["1.102", "1.347", "1.466"]),
    ("Số tiền xử phạt", "triệu đồng", "money", "đồng", ["2.615", "3.180", "4.065"]),
    ("Tỷ lệ cơ sở vi phạm", "%", "percent", "%", ["14,8", "13,2", "11,6"]),
]
YEARS = ["2021", "2022", "2023"]

table = "Chỉ tiêu\n\nĐơn vị tính\n\nNăm 2021\n\nNăm 2022\n\nNăm 2023\n\n"
for label, u, _, _, cells in ROWS:
    table += f"{label}\n\n{u}\n\n" + "".join(f"{c}\n\n" for c in cells)

TEXT = f"""SỞ Y TẾ TỈNH THANH HÓA
Tin tức - Sự kiện

Ngộ độc thực phẩm và công tác kiểm tra an toàn thực phẩm giai đoạn 2021-2023
Ngày cập nhật: 20/02/2024

Theo số liệu của Chi cục An toàn vệ sinh thực phẩm tỉnh Thanh Hóa, năm 2023 toàn tỉnh xảy ra 6 vụ ngộ độc thực phẩm với 214 người mắc, không có người tử vong; số người mắc giảm 31,4% so với năm 2022. Số người mắc năm 2022 gấp 3,6 lần năm 2021, chủ yếu do hai vụ ngộ độc tại đám cưới ở huyện Quảng Xương và Như Thanh.

Giai đoạn 2021-2023, các đoàn kiểm tra đã kiểm tra tổng cộng 52.318 lượt cơ sở, xử phạt 3.915 lượt cơ sở với số tiền 9,86 tỷ đồng.

Bảng: Một số chỉ tiêu về an toàn thực phẩm tỉnh Thanh Hóa

{table}Năm 2024, ngành y tế Thanh Hóa đặt chỉ tiêu không để xảy ra ngộ độc thực phẩm từ 30 người mắc trở lên, tỷ lệ cơ sở vi phạm dưới 10% và kiểm tra khoảng 19.500 lượt cơ sở.

Phòng Nghiệp vụ Dược - Sở Y tế Thanh Hóa, số 101 Nguyễn Trãi, TP Thanh Hóa.
"""


def num(s):
    v = float(s.replace(".", "").replace(",", "."))
    return int(v) if v.is_integer() else v


FIGS = [
    F("xảy ra 6 vụ", "6", 6, "count", "vụ", "vụ ngộ độc thực phẩm", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("với 214 người", "214", 214, "count", "người", "người mắc", change=CH("-", 31.4, "%", "năm 2022"),
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("gấp 3,6 lần", "3,6", 3.6, "multiple", "lần", "số người mắc năm 2022 so với năm 2021",
      period=P("năm 2022", "2022-01-01", "2022-12-31")),
    F("hai vụ ngộ độc tại đám cưới", "hai", 2, "count", "vụ", "vụ ngộ độc tại đám cưới", opt=True),
    F("tổng cộng 52.318 lượt", "52.318", 52318, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra",
      period=P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("xử phạt 3.915 lượt", "3.915", 3915, "count", "lượt cơ sở", "lượt cơ sở bị xử phạt",
      period=P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("số tiền 9,86 tỷ đồng", "9,86", 9860000000, "money", "đồng", "số tiền xử phạt",
      period=P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
]
prev_label = "Năm 2023"
for label, u, kind, unit, cells in ROWS:
    for j, cell in enumerate(cells):
        if j == 0:
            anchor = f"{label}\n\n{u}\n\n{cell}\n"
        else:
            anchor = f"\n{cells[j - 1]}\n\n{cell}\n\n"
            if j == 2:
                anchor = f"\n\n{cells[j - 1]}\n\n{cell}\n\n"
        mult = 1000000 if u == "triệu đồng" else 1
        y = YEARS[j]
        FIGS.append(F(anchor, cell, num(cell) * mult, kind, unit, f"{label} năm {y}",
                      period=P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31")))

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS += [
    F("từ 30 người mắc trở lên", "30", 30, "count", "người", approx="at_least", status="target", opt=True),
    F("vi phạm dưới 10%", "10", 10, "percent", "%", "tỷ lệ cơ sở vi phạm", approx="under", status="target", period=Y24),
    F("khoảng 19.500 lượt", "19.500", 19500, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", approx="about",
      status="target", period=Y24),
]

COMMENTS = [
    "Sở Y tế Thanh Hóa (department portal): food poisoning and inspections 2021-2023; 'Ngày cập nhật: 20/02/2024' without time.",
    "Table written one cell per line (Chỉ tiêu | Đơn vị tính | Năm 2021 | Năm 2022 | Năm 2023): every numeric cell is a figure, zeros included;",
    "subject = row label + column year; unit from the 'Đơn vị tính' cell ('triệu đồng' makes 2.615 = 2.615.000.000 đồng); period from the column header.",
    "Lead: 214 người with change -31,4% (312→214); 'gấp 3,6 lần năm 2021' stands alone as the claim: multiple (312/87).",
    "Period sums checked: 52.318, 3.915 and 9,86 tỷ are the three-year totals (giai đoạn 2021-2023). 'hai vụ … đám cưới' optional (descriptive).",
    "Distractors: 'số 101 Nguyễn Trãi', district names in the cause sentence (no figure), 'giai đoạn 2021-2023' in the title.",
    "2024 targets: threshold 'từ 30 người mắc trở lên' optional; 'dưới 10%' under; 'khoảng 19.500 lượt cơ sở' about.",
]

build(6, TEXT, FIGS, COMMENTS, published="2024-02-20", location="Thanh Hóa")
