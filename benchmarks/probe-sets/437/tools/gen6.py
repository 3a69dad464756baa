from lib import F, P, build

HEAD = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG THÁP
Chuyên mục: Xúc tiến thương mại - Xuất nhập khẩu

Xuất khẩu gạo quý III/2024 tăng trưởng khá
Ngày đăng: 08/10/2024

Quý III/2024, kim ngạch xuất khẩu gạo của tỉnh ước đạt 98,6 triệu USD, tăng 17,2% so với cùng kỳ; sản lượng ước 152.400 tấn. Lũy kế 9 tháng, xuất khẩu gạo đạt 451.300 tấn, trị giá 286,4 triệu USD, bằng 81,8% kế hoạch năm. Trên địa bàn tỉnh hiện có 21 doanh nghiệp trực tiếp xuất khẩu gạo, tập trung tại TP Sa Đéc, huyện Lấp Vò và huyện Châu Thành.

Kim ngạch xuất khẩu gạo quý III/2024 theo thị trường
Đơn vị tính: Lượng: tấn; Trị giá: nghìn USD
Thị trường
Lượng
Trị giá
So cùng kỳ (%)
"""

ROWS = [
    ("Philippines", "68.200", "44.150", "112,4"),
    ("Indonesia", "31.500", "20.480", "135,6"),
    ("Malaysia", "18.900", "12.270", "98,2"),
    ("Châu Phi", "21.600", "12.850", "104,7"),
    ("Thị trường khác", "12.200", "8.850", "87,5"),
    ("Tổng cộng", "152.400", "98.600", "117,2"),
]

TAIL = """
Nhu cầu nhập khẩu gạo của Philippines và Indonesia dự báo tiếp tục ở mức cao trong quý IV/2024. Sở Công Thương phấn đấu cả năm kim ngạch xuất khẩu gạo của tỉnh đạt 350 triệu USD; đồng thời hỗ trợ các doanh nghiệp tham gia Hội chợ Lúa gạo Việt Nam lần thứ 5 và xây dựng thương hiệu gạo Đồng Tháp.

Mọi thông tin chi tiết xin liên hệ Phòng Quản lý Xuất nhập khẩu, số 7 Lý Thường Kiệt, phường 1, TP Cao Lãnh; ĐT: 0277.3851.234.
"""

TEXT = HEAD + "".join(f"{r[0]}\n{r[1]}\n{r[2]}\n{r[3]}\n" for r in ROWS) + TAIL

DT = "Đồng Tháp"
Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
M9 = P("9 tháng", "2024-01-01", "2024-09-30")

FIGS = [
    F("ước đạt 98,6 triệu USD", "98,6", 98600000, "money", "USD", "kim ngạch xuất khẩu gạo",
      change={"direction": "increase", "value": 17.2, "unit": "%", "baseline": "cùng kỳ"},
      status="estimate", period=Q3, location=DT),
    F("sản lượng ước 152.400 tấn", "152.400", 152400, "measure", "tấn", "sản lượng", status="estimate",
      period=Q3, location=DT),
    F("đạt 451.300 tấn", "451.300", 451300, "measure", "tấn", "xuất khẩu gạo lũy kế", period=M9, location=DT),
    F("trị giá 286,4 triệu USD", "286,4", 286400000, "money", "USD", "trị giá xuất khẩu gạo lũy kế",
      percent=81.8, period=M9, location=DT),
    F("có 21 doanh nghiệp", "21", 21, "count", "doanh nghiệp", "doanh nghiệp trực tiếp xuất khẩu gạo", location=DT),
]


def num(s):
    return float(s.replace(".", "").replace(",", ".")) if "," in s else int(s.replace(".", ""))


for i, (label, q, v, pc) in enumerate(ROWS):
    prev = "So cùng kỳ (%)" if i == 0 else ROWS[i - 1][3]
    lab = label if label != "Tổng cộng" else "Tổng cộng"
    FIGS.append(F(f"{label}\n{q}\n", q, num(q), "measure", "tấn", f"Lượng {lab}", period=Q3i, location=DT))
    FIGS.append(F(f"{q}\n{v}\n", v, num(v) * 1000, "money", "USD", f"Trị giá {lab}", period=Q3i, location=DT))
    FIGS.append(F(f"{v}\n{pc}\n", pc, num(pc), "percent", "%", f"So cùng kỳ {lab}", period=Q3i, location=DT))

FIGS.append(F("đạt 350 triệu USD", "350", 350000000, "money", "USD", "kim ngạch xuất khẩu gạo của tỉnh",
              status="target", period=P("cả năm", "2024-01-01", "2024-12-31"), location=DT))
FIGS.append(F("lần thứ 5", "5", 5, "count", "lần", "Hội chợ Lúa gạo Việt Nam", location=DT, optional=True))

COMMENTS = [
    "Department site (Sở Công Thương Đồng Tháp), 'Ngày đăng:' without time: rice exports Q3/2024 and 9 months; table one cell per line.",
    "Table: 'Đơn vị tính: Lượng: tấn; Trị giá: nghìn USD' -> Trị giá cells ×1000 USD (money); 'So cùng kỳ (%)' cells are percent figures",
    "(the value index versus the same period, e.g. 112,4 = 112,4% of it). Markets are trade partners, not places: location Đồng Tháp.",
    "Table period 'quý III/2024' stands in the table title, not in the cells' own line: inherited. No 'Ước' column: status actual.",
    "'bằng 81,8% kế hoạch năm' is the share of 286,4 triệu USD. 'cả năm' takes 2024 from the earlier periods; 'phấn đấu' -> target.",
    "Distractors: 'Hội chợ Lúa gạo Việt Nam lần thứ 5' (edition, optional), 'phường 1', 'số 7 Lý Thường Kiệt', phone, 'quý IV/2024'.",
]

build("p437-6", TEXT, FIGS, COMMENTS, published="2024-10-08")
