"""p756-3: UBND tỉnh Hòa Bình formal report — hiến máu tình nguyện 9 tháng đầu năm 2024, flattened '|' table."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH HÒA BÌNH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác vận động hiến máu tình nguyện 9 tháng đầu năm 2024

Thực hiện Kế hoạch số 18/KH-UBND ngày 22/01/2024 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Kết quả chung
Trong 9 tháng đầu năm 2024, toàn tỉnh tổ chức 46 đợt hiến máu, tiếp nhận 9.872 đơn vị máu, đạt 76,5% kế hoạch năm (12.900 đơn vị), tăng 8,4% so với cùng kỳ năm 2023. Tỷ lệ người hiến máu nhắc lại chiếm 41,2%. Kinh phí hỗ trợ người hiến máu là 1.184,4 triệu đồng.

2. Kết quả theo địa phương, đơn vị
Đơn vị tính: đơn vị máu
Địa phương, đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ (%)
Thành phố Hòa Bình | 3.200 | 2.915 | 91,1
Huyện Lương Sơn | 1.800 | 1.402 | 77,9
Huyện Tân Lạc | 1.100 | 786 | 71,5
Huyện Mai Châu | 900 | 655 | 72,8
Cơ quan, trường học cấp tỉnh | 5.900 | 4.114 | 69,7
Tổng cộng | 12.900 | 9.872 | 76,5

Toàn bộ lượng máu tiếp nhận được chuyển về Bệnh viện Đa khoa tỉnh, đáp ứng nhu cầu điều trị cho 215 người bệnh tan máu bẩm sinh, mỗi người cần trung bình 2 đơn vị máu/tháng.

II. PHƯƠNG HƯỚNG QUÝ IV/2024
Phấn đấu tiếp nhận thêm khoảng 3.030 đơn vị máu trong quý IV/2024; ước cả năm 2024 đạt 12.950 đơn vị, vượt 0,4% kế hoạch.

Nơi nhận:
- Bộ Y tế;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

M9 = P("Trong 9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
CN = P("cả năm 2024", "2024-01-01", "2024-12-31")

ROWS = [  # (row label, location or None, plan, done, rate)
    ("Thành phố Hòa Bình", "Hòa Bình", "3.200", "2.915", "91,1"),
    ("Huyện Lương Sơn", "Lương Sơn", "1.800", "1.402", "77,9"),
    ("Huyện Tân Lạc", "Tân Lạc", "1.100", "786", "71,5"),
    ("Huyện Mai Châu", "Mai Châu", "900", "655", "72,8"),
    ("Cơ quan, trường học cấp tỉnh", None, "5.900", "4.114", "69,7"),
    ("Tổng cộng", None, "12.900", "9.872", "76,5"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, loc, plan, done, rate in ROWS:
    pre = "" if loc else label + " "
    kw = {"location": loc} if loc else {}
    TABLE += [
        F(f"{label} | {plan}", plan, num(plan), "count", "đơn vị máu",
          f"{pre}Kế hoạch năm 2024", KH, status="target", **kw),
        F(f"| {done} |", done, num(done), "count", "đơn vị máu",
          f"{pre}Thực hiện 9 tháng", TH, **kw),
        F(f"| {rate}\n", rate, num(rate), "percent", "%",
          f"{pre}Tỷ lệ (%)", I(TH), **kw),
    ]

FIGS = [
    F("tổ chức 46 đợt", "46", 46, "count", "đợt hiến máu", "đợt hiến máu", M9),
    F("tiếp nhận 9.872 đơn vị máu", "9.872", 9872, "count", "đơn vị máu", "đơn vị máu tiếp nhận", M9,
      percent=76.5, change=CH("increase", 8.4, "%", "cùng kỳ năm 2023"), target=TG(12900, "đơn vị")),
    F("chiếm 41,2%", "41,2", 41.2, "percent", "%", "tỷ lệ người hiến máu nhắc lại", I(M9)),
    F("là 1.184,4 triệu đồng", "1.184,4", 1184400000, "money", "đồng", "kinh phí hỗ trợ người hiến máu", I(M9)),
] + TABLE + [
    F("cho 215 người bệnh", "215", 215, "count", "người bệnh",
      "người bệnh tan máu bẩm sinh được đáp ứng nhu cầu điều trị"),
    F("trung bình 2 đơn vị máu/tháng", "2", 2, "measure", "đơn vị máu/tháng",
      "nhu cầu máu của mỗi người bệnh tan máu bẩm sinh"),
    F("khoảng 3.030 đơn vị máu", "3.030", 3030, "count", "đơn vị máu", "đơn vị máu tiếp nhận thêm", Q4,
      approx="about", status="target"),
    F("đạt 12.950 đơn vị", "12.950", 12950, "count", "đơn vị máu", "đơn vị máu tiếp nhận cả năm", CN,
      change=CH("increase", 0.4, "%", "kế hoạch"), status="estimate"),
]

COMMENTS = [
    "UBND tỉnh Hòa Bình, Số: 287/BC-UBND (formal report, letterhead, place-and-date line 08/10/2024): hiến máu tình nguyện 9 tháng đầu năm 2024.",
    "Flattened '|' table (Đơn vị tính: đơn vị máu): every numeric cell is a figure; district rows go to location; 'Kế hoạch năm 2024' cells are",
    "status target (period from the header, scored); 'Thực hiện 9 tháng' cells take 2024 from the title (scored); 'Tỷ lệ (%)' cells are percent",
    "figures of their own (period inherited). No total for table cells (a 'Tổng cộng' row is not a part-of cue in FIGURES.md).",
    "'đạt 76,5% kế hoạch năm (12.900 đơn vị)': 76,5 is the percent and 12.900 the target of 9.872 (attributes, not figures).",
    "'vượt 0,4% kế hoạch' is a gap to plan: change with baseline 'kế hoạch'. 'ước cả năm' → estimate; 'Phấn đấu' → target.",
    "Table subjects are the row label (when not a place) and the column label, as written (FIGURES.md 'Tables').",
    "revised after the first scoring: table subjects had extra words not in the labels ('tiếp nhận máu', 'thực hiện so với kế hoạch'); now literal.",
    "Not figures: Số 287/BC-UBND, Kế hoạch số 18/KH-UBND ngày 22/01/2024, section numbers I./1./2./II., 'QUÝ IV/2024' heading.",
]

if __name__ == "__main__":
    emit("p756-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Hòa Bình")
