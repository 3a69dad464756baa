from lib import *

TEXT = """UBND TỈNH QUẢNG NGÃI
Số: 318/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Ngãi, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình phát triển đội ngũ giáo viên 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quy mô đội ngũ
Tính đến ngày 30/9/2024, toàn tỉnh có 19.846 cán bộ quản lý, giáo viên, nhân viên, trong đó 16.523 giáo viên. Tỷ lệ giáo viên/lớp cấp tiểu học là 1,36 giáo viên/lớp, cấp THCS là 1,78 giáo viên/lớp, thấp hơn định mức.

Trong 9 tháng năm 2024, toàn tỉnh tuyển dụng mới 412 giáo viên, tăng 15,1% so với cùng kỳ, đạt 68,7% kế hoạch; riêng quý III/2024 tuyển dụng 186 giáo viên. Hiện toàn tỉnh còn thiếu khoảng 1.240 giáo viên so với định mức, nhiều nhất ở các huyện Ba Tơ (215), Sơn Tây (148), Minh Long (96).

2. Đào tạo nâng chuẩn
Bảng 1. Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo
Đơn vị tính: %
Cấp học | Năm 2023 | Đến 30/9/2024 | Kế hoạch 2025
Mầm non | 88,4 | 90,1 | 95,0
Tiểu học | 79,6 | 83,2 | 90,0
THCS | 86,3 | 88,7 | 93,0
THPT | 99,8 | 100 | 100

Kinh phí đào tạo nâng chuẩn giai đoạn 2021-2024 là 28.465,3 triệu đồng. Số giáo viên còn phải đào tạo nâng chuẩn theo Nghị định số 71/2020/NĐ-CP là 1.837 người, trong đó cấp tiểu học 1.102 người.

II. NHIỆM VỤ QUÝ IV/2024
Dự kiến tuyển dụng khoảng 200 giáo viên, ước cả năm 2024 tuyển dụng 598 giáo viên; phấn đấu đến năm 2025 tỷ lệ giáo viên đạt chuẩn trình độ đào tạo toàn tỉnh đạt 94%.

Nơi nhận:
- Bộ GD&ĐT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
C23 = YEAR(2023, "Năm 2023")
C24 = P("Đến 30/9/2024", None, "2024-09-30")
C25 = YEAR(2025, "Kế hoạch 2025")
SUBJ = "Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo"


def cells(level, a, b, c):
    """One table row: (anchor, number, value) for the three columns."""
    out = []
    for (anchor, number, value), per, col, st in zip((a, b, c), (C23, C24, C25),
                                                     ("Năm 2023", "Đến 30/9/2024", "Kế hoạch 2025"),
                                                     ("actual", "actual", "target")):
        kw = {"status": st} if st != "actual" else {}
        out.append(F(anchor, number, value, "percent", "%", f"{level} {col}", per, **kw))
    return out


FIGS = [
    F("có 19.846 cán bộ", "19.846", 19846, "count", "cán bộ quản lý, giáo viên, nhân viên",
      "cán bộ quản lý, giáo viên, nhân viên", ASOF),
    F("16.523 giáo viên", "16.523", 16523, "count", "giáo viên", "giáo viên", ASOF, total=19846),
    F("là 1,36 giáo viên/lớp", "1,36", 1.36, "measure", "giáo viên/lớp", "Tỷ lệ giáo viên/lớp cấp tiểu học",
      INH(ASOF)),
    F("là 1,78 giáo viên/lớp", "1,78", 1.78, "measure", "giáo viên/lớp", "Tỷ lệ giáo viên/lớp cấp THCS",
      INH(ASOF)),
    F("mới 412 giáo viên", "412", 412, "count", "giáo viên", "giáo viên tuyển dụng mới", M9,
      percent=68.7, change=CH("increase", 15.1, "%", "cùng kỳ")),
    F("186 giáo viên", "186", 186, "count", "giáo viên", "giáo viên tuyển dụng", Q3),
    F("khoảng 1.240 giáo viên", "1.240", 1240, "count", "giáo viên", "giáo viên còn thiếu so với định mức",
      approx="about"),
    F("Ba Tơ (215)", "215", 215, "count", "giáo viên", "giáo viên còn thiếu so với định mức", location="Ba Tơ"),
    F("Sơn Tây (148)", "148", 148, "count", "giáo viên", "giáo viên còn thiếu so với định mức",
      location="Sơn Tây"),
    F("Minh Long (96)", "96", 96, "count", "giáo viên", "giáo viên còn thiếu so với định mức",
      location="Minh Long"),
    *cells("Mầm non", ("| 88,4", "88,4", 88.4), ("| 90,1", "90,1", 90.1), ("| 95,0", "95,0", 95.0)),
    *cells("Tiểu học", ("| 79,6", "79,6", 79.6), ("| 83,2", "83,2", 83.2), ("| 90,0", "90,0", 90.0)),
    *cells("THCS", ("| 86,3", "86,3", 86.3), ("| 88,7", "88,7", 88.7), ("| 93,0", "93,0", 93.0)),
    *cells("THPT", ("| 99,8", "99,8", 99.8), ("| 100 |", "100", 100), ("| 100\n", "100", 100)),
    F("28.465,3 triệu đồng", "28.465,3", 28465300000, "money", "đồng", "Kinh phí đào tạo nâng chuẩn",
      P("giai đoạn 2021-2024", "2021-01-01", "2024-12-31")),
    F("là 1.837 người", "1.837", 1837, "count", "người", "giáo viên còn phải đào tạo nâng chuẩn"),
    F("1.102 người", "1.102", 1102, "count", "người", "giáo viên cấp tiểu học còn phải đào tạo nâng chuẩn",
      total=1837),
    F("khoảng 200 giáo viên", "200", 200, "count", "giáo viên", "giáo viên tuyển dụng",
      INH(P("QUÝ IV/2024", "2024-10-01", "2024-12-31")), approx="about", status="forecast"),
    F("tuyển dụng 598 giáo viên", "598", 598, "count", "giáo viên", "giáo viên tuyển dụng cả năm",
      YEAR(2024, "cả năm 2024"), status="estimate"),
    F("đạt 94%", "94", 94, "percent", "%", "tỷ lệ giáo viên đạt chuẩn trình độ đào tạo toàn tỉnh",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Formal report under the letterhead of UBND tỉnh Quảng Ngãi, 'Số: 318/BC-UBND', place-and-date line 08/10/2024:",
    "đội ngũ giáo viên 9 tháng năm 2024, with a flattened '|' table (Đơn vị tính: %; columns Năm 2023 | Đến 30/9/2024 | Kế hoạch 2025).",
    "Table: every cell a percent figure; subject = row label + column label (FIGURES.md 'Tables'; the indicator stands only in the",
    "table title); period from the column header (scored, as in h23);",
    "revised after the first run: table subjects were 'Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo <row> <column>'; FIGURES.md says",
    "a cell's subject is the row label and the column label, so the title's indicator was dropped from the 12 cell subjects.",
    "'Kế hoạch 2025' cells are status target. Distractors: Số 318/BC-UBND, Nghị định số 71/2020/NĐ-CP, 'Bảng 1', I./II./1./2.,",
    "dates 30/9/2024, 'giáo viên/lớp' denominators. 'riêng quý III/2024 ... 186' is another period, so no total; the district",
    "list after 'khoảng 1.240' neither adds up nor follows a cue, so no total. 'Hiện' gives no period. 'Dự kiến' → forecast,",
    "'ước' → estimate (own clause), 'phấn đấu đến năm 2025' → target.",
]

if __name__ == "__main__":
    emit("p555-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Quảng Ngãi")
