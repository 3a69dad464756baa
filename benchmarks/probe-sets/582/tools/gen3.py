import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH KON TUM
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Tum, ngày 07 tháng 10 năm 2024

BÁO CÁO
Tình hình quản lý, vận hành các công trình thủy điện 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Tính đến ngày 30/9/2024, trên địa bàn tỉnh có 37 nhà máy thủy điện đã vận hành, tổng công suất 1.325,6 MW; trong đó có 2 nhà máy thủy điện lớn (Thượng Kon Tum, Plei Krông) với công suất 320 MW.
9 tháng năm 2024, tổng sản lượng điện các nhà máy ước đạt 3.482 triệu kWh, đạt 76,8% kế hoạch năm, giảm 4,1% so với cùng kỳ. Nguyên nhân là lưu lượng nước về các hồ thấp hơn trung bình nhiều năm từ 10 đến 15%.

Bảng 1. Sản lượng điện một số nhà máy thủy điện 9 tháng năm 2024
Nhà máy | Công suất (MW) | Kế hoạch năm 2024 (triệu kWh) | Thực hiện 9 tháng (triệu kWh) | Tỷ lệ so với kế hoạch (%)
Thượng Kon Tum | 220 | 1.095 | 812,4 | 74,2
Plei Krông | 100 | 417 | 301,6 | 72,3
Đăk Psi 4 | 30 | 125,5 | 98,2 | 78,2
Đăk Re | 60 | 248 | 203,7 | 82,1

2. Công tác bảo đảm an toàn đập, hồ chứa
Có 35/37 hồ chứa đã được phê duyệt quy trình vận hành; 2 hồ còn lại đang hoàn thiện hồ sơ. Trong mùa mưa, các hồ đã vận hành xả lũ 46 lượt, lưu lượng xả lớn nhất 1.260 m³/s tại hồ Plei Krông ngày 24/9/2024; không xảy ra sự cố mất an toàn đập.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu sản lượng điện cả năm 2024 đạt 4.530 triệu kWh; hoàn thành kiểm định an toàn đập đối với 6 hồ chứa; đưa 2 nhà máy với tổng công suất 48 MW vào vận hành trước ngày 31/12/2024.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
T9 = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
TITLE = I(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))
DL = P("trước ngày 31/12/2024", None, "2024-12-31")

FIGS = [
    F("có 37 nhà máy", "37", 37, "count", "nhà máy", "nhà máy thủy điện đã vận hành", ASOF),
    F("công suất 1.325,6 MW", "1.325,6", 1325.6, "measure", "MW", "tổng công suất nhà máy thủy điện", ASOF),
    F("có 2 nhà máy thủy điện lớn", "2", 2, "count", "nhà máy", "nhà máy thủy điện lớn", ASOF, total=37),
    F("công suất 320 MW", "320", 320, "measure", "MW", "công suất nhà máy thủy điện lớn", ASOF, total=1325.6),
    F("ước đạt 3.482 triệu kWh", "3.482", 3482e6, "measure", "kWh", "tổng sản lượng điện các nhà máy", M9,
      percent=76.8, change=CH("decrease", 4.1, "%", "cùng kỳ"), status="estimate"),
    F("từ 10 đến 15%", "10", 10, "percent", "%", "lưu lượng nước về các hồ thấp hơn trung bình nhiều năm", I(M9), value_max=15),
]
rows = [
    ("Thượng Kon Tum", "220", "1.095", "812,4", "74,2", "Thượng Kon Tum | 220 | 1.095 | 812,4 | 74,2"),
    ("Plei Krông", "100", "417", "301,6", "72,3", "Plei Krông | 100 | 417 | 301,6 | 72,3"),
    ("Đăk Psi 4", "30", "125,5", "98,2", "78,2", "Đăk Psi 4 | 30 | 125,5 | 98,2 | 78,2"),
    ("Đăk Re", "60", "248", "203,7", "82,1", "Đăk Re | 60 | 248 | 203,7 | 82,1"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for name, cap, plan, done, rate, line in rows:
    FIGS += [
        F(f"{name} | {cap} |", cap, num(cap), "measure", "MW", f"Công suất nhà máy {name}"),
        F(f"| {plan} | {done}", plan, num(plan) * 1e6, "measure", "kWh", f"Sản lượng điện nhà máy {name} kế hoạch năm 2024", Y24,
          status="target"),
        F(f"| {done} | {rate}", done, num(done) * 1e6, "measure", "kWh", f"Sản lượng điện nhà máy {name} thực hiện 9 tháng", T9),
        F(f"{done} | {rate}\n", rate, num(rate), "percent", "%", f"Tỷ lệ sản lượng điện nhà máy {name} so với kế hoạch", TITLE),
    ]

FIGS += [
    F("Có 35/37 hồ chứa", "35", 35, "count", "hồ chứa", "hồ chứa đã được phê duyệt quy trình vận hành", total=37),
    F("2 hồ còn lại", "2", 2, "count", "hồ", "hồ chứa đang hoàn thiện hồ sơ quy trình vận hành"),
    F("xả lũ 46 lượt", "46", 46, "count", "lượt", "lượt vận hành xả lũ của các hồ"),
    F("lớn nhất 1.260 m³/s", "1.260", 1260, "measure", "m³/s", "lưu lượng xả lớn nhất tại hồ Plei Krông",
      P("ngày 24/9/2024", "2024-09-24", "2024-09-24")),
    F("đạt 4.530 triệu kWh", "4.530", 4530e6, "measure", "kWh", "sản lượng điện cả năm", P("cả năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("đối với 6 hồ chứa", "6", 6, "count", "hồ chứa", "hồ chứa hoàn thành kiểm định an toàn đập", status="target"),
    F("đưa 2 nhà máy", "2", 2, "count", "nhà máy", "nhà máy đưa vào vận hành", DL, status="target"),
    F("công suất 48 MW", "48", 48, "measure", "MW", "tổng công suất nhà máy đưa vào vận hành", DL, status="target"),
]

emit("p582-3", TEXT, [
    "Formal report (UBND tỉnh Kon Tum, Số: 412/BC-UBND): hydropower plants, 9-month output, flattened '|' table by plant, dam safety, Q4 tasks.",
    "Table: every numeric cell is a figure; 'Kế hoạch năm 2024' column = target (period from header, scored); 'Thực hiện 9 tháng' = actual",
    "(period from header, year from the title); 'Tỷ lệ' cells are percent figures with the title's period (inherited). Row name 'Đăk Psi 4' is no figure.",
    "'trong đó có 2 nhà máy … với công suất 320 MW': count part of 37 plants, capacity part of 1.325,6 MW.",
], FIGS, published="2024-10-07", location="Kon Tum")
