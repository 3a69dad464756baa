"""p1108-7: department site (Chi cục Kiểm lâm Long An), no dateline - Láng Sen waterbirds, one-cell-per-line table."""
from lib import F, P, I, C, build

TEXT = """CHI CỤC KIỂM LÂM TỈNH LONG AN
Trang chủ / Tin tức / Bảo tồn thiên nhiên

Khu bảo tồn Láng Sen: đàn chim nước phục hồi rõ rệt sau 3 năm

Khu bảo tồn đất ngập nước Láng Sen có diện tích 5.030 ha, là khu Ramsar thứ 9 của Việt Nam. Nhờ điều tiết nước hợp lý và tăng cường tuần tra, quần thể chim nước tại đây phục hồi rõ rệt. Năm 2024, Khu bảo tồn ghi nhận 97 loài chim, số cá thể chim nước đạt khoảng 21.400 con, tăng 32,6% so với năm 2022.

Kết quả giám sát chim nước tại Khu bảo tồn Láng Sen
Chỉ tiêu
Năm 2022
Năm 2023
Năm 2024
Số loài chim (loài)
86
91
97
Số cá thể chim nước (con)
16.140
18.950
21.400
Diện tích bãi ăn của chim (ha)
620
680
750
Số vụ vi phạm bị phát hiện (vụ)
14
9
5

Hiện Khu bảo tồn có 38 cán bộ, nhân viên, trong đó 24 người thuộc lực lượng bảo vệ rừng, trực tại 6 chốt bảo vệ. Mỗi năm, đơn vị tổ chức khoảng 1.100 lượt tuần tra trên sông, kênh và trong rừng tràm. Năm 2024, Khu bảo tồn đón trên 7.500 lượt khách tham quan, doanh thu dịch vụ đạt gần 1,9 tỷ đồng.

Năm 2025, đơn vị phấn đấu nâng diện tích bãi ăn lên 800 ha và giữ số vụ vi phạm dưới 5 vụ.

CHI CỤC KIỂM LÂM TỈNH LONG AN
Địa chỉ: Số 55 Nguyễn Huệ, Phường 1, TP Tân An, tỉnh Long An
Điện thoại: 0272.3826.415 - Email: ccklla@longan.gov.vn
Tổng lượt truy cập: 1.387.902
"""

Y = {y: P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31") for y in (2022, 2023, 2024, 2025)}
ROWS = [
    ("Số loài chim (loài)", "loài", "số loài chim", ["86", "91", "97"]),
    ("Số cá thể chim nước (con)", "con", "số cá thể chim nước", ["16.140", "18.950", "21.400"]),
    ("Diện tích bãi ăn của chim (ha)", "ha", "diện tích bãi ăn của chim", ["620", "680", "750"]),
    ("Số vụ vi phạm bị phát hiện (vụ)", "vụ", "số vụ vi phạm bị phát hiện", ["14", "9", "5"]),
]


def table_figs():
    out = []
    for label, unit, subj, cells in ROWS:
        kind = "measure" if unit == "ha" else "count"
        for i, (cell, year) in enumerate(zip(cells, (2022, 2023, 2024))):
            anchor = (label if i == 0 else cells[i - 1]) + "\n" + cell + "\n" + (cells[i + 1] if i < 2 else "")
            anchor = anchor.rstrip("\n") if i < 2 else anchor
            value = float(cell.replace(".", ""))
            out.append(F(anchor, cell, value, kind, unit, subj, Y[year]))
    return out


FIGS = [
    F("diện tích 5.030 ha", "5.030", 5030, "measure", "ha", "diện tích Khu bảo tồn đất ngập nước Láng Sen"),
    F("ghi nhận 97 loài", "97", 97, "count", "loài", "loài chim ghi nhận", Y[2024]),
    F("khoảng 21.400 con", "21.400", 21400, "count", "con", "số cá thể chim nước", Y[2024],
      approx="about", change=C("increase", 32.6, "%", "năm 2022")),
] + table_figs() + [
    F("có 38 cán bộ", "38", 38, "count", "cán bộ", "cán bộ, nhân viên Khu bảo tồn"),
    F("trong đó 24 người", "24", 24, "count", "người", "người thuộc lực lượng bảo vệ rừng", total=38),
    F("tại 6 chốt", "6", 6, "count", "chốt", "chốt bảo vệ"),
    F("khoảng 1.100 lượt", "1.100", 1100, "count", "lượt", "lượt tuần tra mỗi năm", approx="about"),
    F("trên 7.500 lượt khách", "7.500", 7500, "count", "lượt khách", "lượt khách tham quan", Y[2024], approx="over"),
    F("gần 1,9 tỷ đồng", "1,9", 1900000000, "money", "đồng", "doanh thu dịch vụ", Y[2024], approx="nearly"),
    F("lên 800 ha", "800", 800, "measure", "ha", "diện tích bãi ăn", Y[2025], status="target"),
    F("dưới 5 vụ", "5", 5, "count", "vụ", "số vụ vi phạm", Y[2025], approx="under", status="target"),
]

NOTES = [
    "Department site (Chi cục Kiểm lâm Long An): no dateline, so no published; footer address, phone, e-mail, visit counter.",
    "One-cell-per-line table: header cells Chỉ tiêu / Năm 2022 / Năm 2023 / Năm 2024, then each row label and its three cells.",
    "Cells: unit from the row label's bracket, subject the row label, period the column header (scored). Diện tích bãi ăn is measure (ha).",
    "'21.400 con' in the text repeats the 2024 cell: both are figures. 'Mỗi năm ... khoảng 1.100 lượt' has no period (a recurring amount).",
    "Distractors: 'khu Ramsar thứ 9' (ordinal), 'sau 3 năm' in the headline (a duration that locates the change), Số 55 Nguyễn Huệ, Phường 1, phone 0272.3826.415, Tổng lượt truy cập 1.387.902.",
]

build("p1108-7", TEXT, FIGS, NOTES, location="Long An")
