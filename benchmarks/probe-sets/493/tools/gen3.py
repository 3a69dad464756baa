"""p493-3: UBND tỉnh Cao Bằng formal report — 2024 results, flattened '|' table by district."""
from lib import F, P, INH, CH, TG, emit

TEXT = """UBND TỈNH CAO BẰNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Cao Bằng, ngày 05 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện hỗ trợ xóa nhà tạm, nhà dột nát năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tiến độ
Thực hiện Kế hoạch số 58/KH-UBND ngày 20/3/2024, năm 2024 tổng số nhà được phê duyệt hỗ trợ là 3.960 căn (xây mới 3.102 căn, sửa chữa 858 căn). Tính đến ngày 30/11/2024, đã hoàn thành 2.874 căn, đạt 72,6%; đang thi công 715 căn; chưa khởi công 371 căn.

Bảng 1. Kết quả theo địa bàn (tính đến ngày 30/11/2024)
Đơn vị tính: căn
Huyện/thành phố | Kế hoạch năm 2024 | Đã hoàn thành | Đang thi công
Bảo Lâm | 612 | 455 | 118
Bảo Lạc | 548 | 402 | 97
Hà Quảng | 473 | 351 | 84
Nguyên Bình | 429 | 318 | 76
Các địa phương khác | 1.898 | 1.348 | 340
Tổng cộng | 3.960 | 2.874 | 715

2. Kinh phí
Tổng kinh phí phân bổ năm 2024 là 198,4 tỷ đồng; đã giải ngân 143,7 tỷ đồng, đạt 72,4% kế hoạch vốn. Ngoài ra, Bộ Công an hỗ trợ 50 tỷ đồng để xây mới 1.000 căn nhà cho hộ nghèo tại 4 huyện biên giới.

II. NHIỆM VỤ THỜI GIAN TỚI
Phấn đấu đến ngày 31/12/2024 hoàn thành tối thiểu 3.589 căn, đạt trên 90% kế hoạch; dự kiến giải ngân 100% vốn trước ngày 31/01/2025.

Nơi nhận:
- Bộ LĐTBXH;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

Y = P("năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 30/11/2024", end="2024-11-30")
TAB_PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TAB_ASOF = INH(P("tính đến ngày 30/11/2024", end="2024-11-30"))

FIGS = [
    F("là 3.960 căn", "3.960", 3960, "count", "căn", subject="tổng số nhà được phê duyệt hỗ trợ", period=Y),
    F("(xây mới 3.102 căn", "3.102", 3102, "count", "căn", total=3960, subject="nhà được phê duyệt hỗ trợ xây mới", period=Y),
    F("sửa chữa 858 căn", "858", 858, "count", "căn", total=3960, subject="nhà được phê duyệt hỗ trợ sửa chữa", period=Y),
    F("hoàn thành 2.874 căn", "2.874", 2874, "count", "căn", percent=72.6, subject="nhà đã hoàn thành", period=ASOF),
    F("thi công 715 căn", "715", 715, "count", "căn", subject="nhà đang thi công", period=ASOF),
    F("khởi công 371 căn", "371", 371, "count", "căn", subject="nhà chưa khởi công", period=ASOF),
]

ROWS = [("Bảo Lâm", "612", "455", "118"), ("Bảo Lạc", "548", "402", "97"), ("Hà Quảng", "473", "351", "84"),
        ("Nguyên Bình", "429", "318", "76"), ("Các địa phương khác", "1.898", "1.348", "340"),
        ("Tổng cộng", "3.960", "2.874", "715")]
for label, plan, done, doing in ROWS:
    loc = label if label not in ("Các địa phương khác", "Tổng cộng") else "Cao Bằng"
    extra = "" if loc != "Cao Bằng" or label == "Tổng cộng" else " các địa phương khác"
    tot = " tổng cộng" if label == "Tổng cộng" else ""
    v = lambda s: float(s.replace(".", ""))
    FIGS.append(F(f"{label} | {plan} |", plan, v(plan), "count", "căn", status="target",
                  subject=f"số nhà kế hoạch năm 2024{extra}{tot}", period=TAB_PLAN, location=loc))
    FIGS.append(F(f"| {done} | {doing}\n", done, v(done), "count", "căn",
                  subject=f"số nhà đã hoàn thành{extra}{tot}", period=TAB_ASOF, location=loc))
    FIGS.append(F(f" | {doing}\n", doing, v(doing), "count", "căn",
                  subject=f"số nhà đang thi công{extra}{tot}", period=TAB_ASOF, location=loc))

FIGS += [
    F("là 198,4 tỷ đồng", "198,4", 198.4e9, "money", "đồng", subject="tổng kinh phí phân bổ", period=Y),
    F("giải ngân 143,7 tỷ đồng", "143,7", 143.7e9, "money", "đồng", percent=72.4, subject="kinh phí đã giải ngân",
      period=Y),
    F("hỗ trợ 50 tỷ đồng", "50", 50e9, "money", "đồng", subject="kinh phí Bộ Công an hỗ trợ xây mới nhà cho hộ nghèo"),
    F("xây mới 1.000 căn", "1.000", 1000, "count", "căn nhà", subject="căn nhà xây mới cho hộ nghèo tại các huyện biên giới"),
    F("tại 4 huyện", "4", 4, "count", "huyện", subject="huyện biên giới được Bộ Công an hỗ trợ"),
    F("tối thiểu 3.589 căn", "3.589", 3589, "count", "căn", approx="at_least", percent=90, status="target",
      subject="nhà hoàn thành", period=P("đến ngày 31/12/2024", end="2024-12-31")),
    F("giải ngân 100% vốn", "100", 100, "percent", "%", status="forecast", subject="vốn giải ngân",
      period=P("trước ngày 31/01/2025", end="2025-01-31")),
]

COMMENTS = [
    "Formal report, UBND tỉnh Cao Bằng, Số: 412/BC-UBND, 'Cao Bằng, ngày 05 tháng 12 năm 2024' (published); invented figures.",
    "Distractors: Số 412/BC-UBND, Kế hoạch số 58/KH-UBND ngày 20/3/2024, 'Bảng 1', section numbers I./II./1./2., 'Nơi nhận' list.",
    "3.102 + 858 = 3.960 (bracketed breakdown right after the whole): total. 2.874 + 715 + 371 = 3.960 too, but they are siblings",
    "in the next sentence with no cue and no whole before them: no total; 'đạt 72,6%' is the share of 2.874.",
    "Table (flattened with '|', unit from 'Đơn vị tính: căn'): every cell a figure; districts go to location, 'Các địa phương khác' and",
    "'Tổng cộng' stay Cao Bằng. 'Kế hoạch năm 2024' column -> target, period from the header (scored); the other columns take the as-of",
    "date from the table title line (inherited). The Tổng cộng row repeats the lead's numbers; its cells are figures (no total).",
    "'tối thiểu 3.589 căn, đạt trên 90% kế hoạch': at_least, percent 90, target. 'dự kiến giải ngân 100% vốn trước ngày 31/01/2025': forecast, as-of.",
]

if __name__ == "__main__":
    emit("p493-3", TEXT, COMMENTS, FIGS, published="2024-12-05", location="Cao Bằng")
