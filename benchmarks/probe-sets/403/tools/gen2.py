from lib import F, P, CH, TG, write

TEXT = """BÁO ĐỒNG THÁP ĐIỆN TỬ
Kinh tế > Nông nghiệp

Xoài có mã số vùng trồng rộng đường xuất khẩu
Thứ Bảy, 13/07/2024 - 07:10

(ĐT) - 6 tháng đầu năm 2024, toàn tỉnh thu hoạch 68.500 tấn xoài, tăng 7,3% so với cùng kỳ năm 2023. Diện tích xoài hiện đạt 11.860 ha, tập trung ở TP Cao Lãnh, huyện Cao Lãnh và huyện Tháp Mười; trong đó huyện Cao Lãnh có 6.240 ha, chiếm 52,6% diện tích xoài toàn tỉnh.

Thực hiện Kế hoạch số 120/KH-UBND của UBND tỉnh, tính đến ngày 30/6/2024, tỉnh đã được cấp 96 mã số vùng trồng xoài với diện tích 3.985,6 ha phục vụ xuất khẩu, cụ thể như sau:

Thị trường | Số mã số vùng trồng | Diện tích (ha) | Sản lượng dự kiến (tấn)
Hoa Kỳ | 21 | 842,3 | 12.600
Hàn Quốc | 18 | 715,0 | 10.700
Nhật Bản | 9 | 268,4 | 4.000
Úc | 12 | 506,8 | 7.600
Trung Quốc | 36 | 1.653,1 | 24.800

Giá xoài tại vườn hiện khá ổn định: xoài Cát Chu loại 1 từ 25.000 đến 28.000 đồng/kg, xoài Cát Hòa Lộc 45.000-50.000 đồng/kg, xoài Đài Loan khoảng 18.000 đồng/kg. Với năng suất bình quân 14,2 tấn/ha, mỗi héc-ta xoài cho lợi nhuận trên 150 triệu đồng/năm.

Theo ông Nguyễn Văn Vũ Minh, Phó Giám đốc Sở NN&PTNT, tỉnh phấn đấu đến năm 2025 có 150 mã số vùng trồng xoài, diện tích xoài đạt tiêu chuẩn GAP từ 5.000 ha trở lên.

HOÀNG TRÚC
"""

ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
ASOF_I = P("tính đến ngày 30/6/2024", end="2024-06-30", inh=True)
T2025 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("thu hoạch 68.500 tấn xoài", "68.500", 68500, "measure", "tấn", "xoài thu hoạch",
      change=CH("increase", 7.3, "%", "cùng kỳ năm 2023"),
      period=P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    F("hiện đạt 11.860 ha", "11.860", 11860, "measure", "ha", "diện tích xoài",
      period=P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)),
    F("có 6.240 ha", "6.240", 6240, "measure", "ha", "diện tích xoài", total=11860, percent=52.6,
      location="Cao Lãnh",
      period=P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)),
    F("cấp 96 mã số vùng trồng", "96", 96, "count", "mã số vùng trồng",
      "mã số vùng trồng xoài phục vụ xuất khẩu", period=ASOF),
    F("diện tích 3.985,6 ha", "3.985,6", 3985.6, "measure", "ha",
      "diện tích vùng trồng xoài có mã số phục vụ xuất khẩu", period=ASOF),
]

ROWS = [("Hoa Kỳ", "21", "842,3", "12.600"), ("Hàn Quốc", "18", "715,0", "10.700"),
        ("Nhật Bản", "9", "268,4", "4.000"), ("Úc", "12", "506,8", "7.600"),
        ("Trung Quốc", "36", "1.653,1", "24.800")]


def vn(s):
    return float(s.replace(".", "").replace(",", ".")) if "," in s else int(s.replace(".", ""))


for mkt, n, ha, t in ROWS:
    FIGS.append(F(f"{mkt} | {n} |", n, vn(n), "count", "mã số vùng trồng",
                  f"số mã số vùng trồng thị trường {mkt}", period=ASOF_I))
    FIGS.append(F(f"{n} | {ha} |", ha, vn(ha), "measure", "ha",
                  f"diện tích thị trường {mkt}", period=ASOF_I))
    FIGS.append(F(f"{ha} | {t}\n", t, vn(t), "measure", "tấn",
                  f"sản lượng dự kiến thị trường {mkt}", status="forecast", period=ASOF_I))

FIGS += [
    F("từ 25.000 đến 28.000 đồng/kg", "25.000", 25000, "money", "đồng/kg",
      "giá xoài Cát Chu loại 1 tại vườn", value_max=28000),
    F("45.000-50.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá xoài Cát Hòa Lộc tại vườn",
      value_max=50000),
    F("khoảng 18.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá xoài Đài Loan tại vườn",
      approx="about"),
    F("bình quân 14,2 tấn/ha", "14,2", 14.2, "measure", "tấn/ha", "năng suất xoài bình quân"),
    F("trên 150 triệu đồng/năm", "150", 150e6, "money", "đồng/năm", "lợi nhuận mỗi héc-ta xoài",
      approx="over"),
    F("có 150 mã số vùng trồng", "150", 150, "count", "mã số vùng trồng", "mã số vùng trồng xoài",
      status="target", period=T2025),
    F("từ 5.000 ha trở lên", "5.000", 5000, "measure", "ha", "diện tích xoài đạt tiêu chuẩn GAP",
      approx="at_least", status="target", period=T2025),
]

COMMENTS = [
    "Party newspaper (Báo Đồng Tháp): mango harvest 6 months 2024, area, export growing-area codes by market (flattened '|' table), garden prices, 2025 targets.",
    "Dateline 'Thứ Bảy, 13/07/2024 - 07:10'. Distractors: Kế hoạch số 120/KH-UBND, '(ĐT)' tag, 'loại 1', a person's name, byline.",
    "Table: every numeric cell is a figure; the row label is a foreign market (not a place of the figure), so it stays in the subject and location is Đồng Tháp.",
    "Table period inherited from 'tính đến ngày 30/6/2024' in the sentence above; 'Sản lượng dự kiến' column gives status forecast. No totals for table cells.",
    "'huyện Cao Lãnh có 6.240 ha, chiếm 52,6%' after 'trong đó' following 11.860 ha: total 11860, percent 52.6, location Cao Lãnh.",
    "'từ 5.000 ha trở lên' read as at_least (as in set 205). Prices and the per-hectare profit have no period ('hiện').",
]

write(2, TEXT, COMMENTS, FIGS, published="2024-07-13", location="Đồng Tháp")
