from lib import F, P, INH, CH, TG, emit

ROWS = [
    ("TP. Cao Lãnh", ["2.415", "1.876", "64", "4.355"]),
    ("Huyện Tháp Mười", ["3.602", "2.958", "97", "6.657"]),
    ("Huyện Lấp Vò", ["3.318", "2.541", "71", "5.930"]),
    ("Huyện Châu Thành", ["2.976", "2.204", "58", "5.238"]),
]
COLS = ["Người cao tuổi", "Người khuyết tật", "Trẻ em mồ côi", "Tổng số đối tượng"]
for _, c in ROWS:
    n = [int(x.replace(".", "")) for x in c]
    assert n[0] + n[1] + n[2] == n[3], c

table = "\n".join(["Huyện, thành phố"] + COLS + [line for r, c in ROWS for line in [r] + c])

TEXT = f"""SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG THÁP
Trang chủ / Bảo trợ xã hội / Số liệu thống kê

Đối tượng hưởng trợ cấp xã hội hằng tháng tại một số huyện, thành phố

Tính đến ngày 30/6/2024, toàn tỉnh có 52.718 đối tượng bảo trợ xã hội hưởng trợ cấp hằng tháng; tổng kinh phí chi trả 6 tháng đầu năm là 118,4 tỷ đồng. Số đối tượng tại 4 huyện, thành phố có quy mô lớn như sau:

Đơn vị tính: người

{table}

So với cuối năm 2023, tổng số đối tượng toàn tỉnh tăng 1.342 người, chủ yếu là người cao tuổi từ đủ 80 tuổi trở lên. Tỷ lệ người khuyết tật được hưởng trợ cấp trên tổng số người khuyết tật đã được xác định mức độ khuyết tật là 92,5%.

Cũng trong 6 tháng đầu năm, toàn tỉnh đã chuyển 6.830 đối tượng sang nhận trợ cấp qua tài khoản ngân hàng, nâng tổng số người nhận không dùng tiền mặt lên 15.472 người, chiếm 29,3% tổng số đối tượng. Từ ngày 1/7/2024, mức chuẩn trợ giúp xã hội áp dụng trên địa bàn tỉnh là 500.000 đồng/tháng theo Nghị định số 76/2024/NĐ-CP.

Số liệu của 8 huyện, thành phố còn lại được đăng tại mục Văn bản - Thống kê.

Sở Lao động - Thương binh và Xã hội tỉnh Đồng Tháp
Địa chỉ: Số 8 đường 30/4, Phường 1, TP. Cao Lãnh | Điện thoại: 0277.3851.455
Tổng số lượt truy cập: 1.204.377
"""

T6 = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
T6i = INH(T6)

FIG = [
    F("có 52.718 đối tượng", "52.718", 52718, "count", "đối tượng",
      "đối tượng bảo trợ xã hội hưởng trợ cấp hằng tháng", T6),
    F("là 118,4 tỷ đồng", "118,4", 118.4e9, "money", "đồng", "tổng kinh phí chi trả",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("tại 4 huyện", "4", 4, "count", "huyện, thành phố", "huyện, thành phố có quy mô lớn", optional=True),
]
prev = COLS[-1]
for r, cells in ROWS:
    place = r.replace("Huyện ", "")
    lines = [r] + cells
    for i, (col, cell) in enumerate(zip(COLS, cells)):
        anchor = lines[i] + "\n" + cell + "\n"
        if i == 0:
            anchor = r + "\n" + cell
        FIG.append(F(anchor, cell, float(cell.replace(".", "")), "count", "người", col, T6i, location=place))
FIG += [
    F("tăng 1.342 người", "1.342", 1342, "count", "người",
      "tổng số đối tượng toàn tỉnh tăng so với cuối năm 2023"),
    F("đủ 80 tuổi", "80", 80, "measure", "tuổi", approx="at_least", optional=True),
    F("là 92,5%", "92,5", 92.5, "percent", "%",
      "tỷ lệ người khuyết tật được hưởng trợ cấp trên tổng số người khuyết tật đã được xác định mức độ khuyết tật"),
    F("chuyển 6.830 đối tượng", "6.830", 6830, "count", "đối tượng",
      "đối tượng chuyển sang nhận trợ cấp qua tài khoản ngân hàng", P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("lên 15.472 người", "15.472", 15472, "count", "người", "người nhận trợ cấp không dùng tiền mặt",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), percent=29.3),
    F("là 500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng", "mức chuẩn trợ giúp xã hội"),
    F("của 8 huyện", "8", 8, "count", "huyện, thành phố", "huyện, thành phố còn lại", optional=True),
]

COMMENTS = [
    "Department site (Sở LĐ-TB&XH Đồng Tháp), breadcrumb, NO dateline (published absent); visit counter in the footer.",
    "One-cell-per-line table with 'Đơn vị tính: người': header row (Huyện, thành phố | Người cao tuổi | Người khuyết tật | Trẻ em mồ côi |",
    "Tổng số đối tượng), four rows. Row labels are places → location; subject = column label. Period from the lead's as-of date (inherited).",
    "Each row adds up (NCT + NKT + trẻ em = tổng số); no totals on table cells. 'tăng 1.342 người' stands alone (no base figure in its sentence),",
    "so it is a count figure of its own (cf. shared h10 'Tăng 261 nghìn người'). Optional: '4 huyện, thành phố' and '8 huyện, thành phố' (table scope), 'đủ 80 tuổi'.",
    "'nâng tổng số … lên 15.472 người, chiếm 29,3%' → percent; its sentence's '6 tháng đầu năm' is its period. 'Từ ngày 1/7/2024' gives no period.",
    "Distractors: Nghị định số 76/2024/NĐ-CP, 'Số 8 đường 30/4, Phường 1', phone 0277.3851.455, 'Tổng số lượt truy cập: 1.204.377', 'Văn bản - Thống kê'.",
]

emit("p568-7", TEXT, COMMENTS, FIG, published=None, location="Đồng Tháp")
