from lib import *

TEXT = """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM
CHI NHÁNH TỈNH BẮC GIANG
Số: 486/BC-BAG1
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình hoạt động ngân hàng trên địa bàn tỉnh quý III/2024

Kính gửi: Ủy ban nhân dân tỉnh Bắc Giang

Thực hiện Công văn số 3125/UBND-KTTH ngày 20/9/2024 của UBND tỉnh, Ngân hàng Nhà nước chi nhánh tỉnh Bắc Giang báo cáo như sau:

I. CÁC CHỈ TIÊU CHỦ YẾU
Bảng 1. Một số chỉ tiêu hoạt động ngân hàng
Đơn vị tính: tỷ đồng
Chỉ tiêu | 31/12/2023 | 30/9/2024 | Tăng so với 31/12/2023 (%)
Tổng nguồn vốn huy động | 98.652 | 106.418 | 7,87
- Tiền gửi dân cư | 71.230 | 77.905 | 9,37
Tổng dư nợ cho vay | 115.340 | 128.776 | 11,65
- Dư nợ ngắn hạn | 62.108 | 70.215 | 13,05
- Dư nợ trung, dài hạn | 53.232 | 58.561 | 10,01
Nợ xấu | 1.154 | 1.378 | 19,41

Tỷ lệ nợ xấu đến 30/9/2024 là 1,07% tổng dư nợ (cuối năm 2023 là 1,00%).

II. TÍN DỤNG ĐỐI VỚI CÁC LĨNH VỰC ƯU TIÊN
Dư nợ cho vay nông nghiệp, nông thôn đạt 34.520 tỷ đồng, chiếm 26,8% tổng dư nợ; cho vay doanh nghiệp nhỏ và vừa đạt 21.460 tỷ đồng với 2.315 khách hàng còn dư nợ; cho vay theo Nghị định số 55/2015/NĐ-CP đạt 9.870 tỷ đồng. Từ đầu năm đến 30/9/2024, qua chương trình kết nối ngân hàng - doanh nghiệp, các ngân hàng đã cho vay mới 4.120 tỷ đồng đối với 186 doanh nghiệp.

III. LÃI SUẤT
Lãi suất cho vay bình quân đối với các khoản vay mới giảm 0,6-0,9%/năm so với cuối năm 2023.

Nơi nhận:
- Như trên;
- NHNN Việt Nam (Vụ Tổng hợp);
- Lưu: VT, TH.
GIÁM ĐỐC
Hoàng Văn Tuấn
"""

C1 = P("31/12/2023", None, "2023-12-31")
C2 = P("30/9/2024", None, "2024-09-30")
C3 = P("30/9/2024", None, "2024-09-30", inh=True)
ROWS = [  # label, subject, v2023, v2024, pct, text cells
    ("Tổng nguồn vốn huy động", "98.652", "106.418", "7,87"),
    ("- Tiền gửi dân cư", "71.230", "77.905", "9,37"),
    ("Tổng dư nợ cho vay", "115.340", "128.776", "11,65"),
    ("- Dư nợ ngắn hạn", "62.108", "70.215", "13,05"),
    ("- Dư nợ trung, dài hạn", "53.232", "58.561", "10,01"),
    ("Nợ xấu", "1.154", "1.378", "19,41"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = []
for label, a, b, c in ROWS:
    subj = label.lstrip("- ")
    FIGS.append(F(f"{label} | {a} |", a, ty(num(a)), "money", "đồng", subj, period=C1))
    FIGS.append(F(f"{a} | {b} |", b, ty(num(b)), "money", "đồng", subj, period=C2))
    FIGS.append(F(f"{b} | {c}\n", c, num(c), "percent", "%", f"{subj} tăng so với 31/12/2023", period=C3))

D30 = P("đến 30/9/2024", None, "2024-09-30")
D30i = P("đến 30/9/2024", None, "2024-09-30", inh=True)
FIGS += [
    F("là 1,07% tổng dư nợ", "1,07", 1.07, "percent", "%", "Tỷ lệ nợ xấu", period=D30),
    F("2023 là 1,00%)", "1,00", 1.0, "percent", "%", "Tỷ lệ nợ xấu",
      period=P("cuối năm 2023", None, "2023-12-31")),
    F("đạt 34.520 tỷ đồng", "34.520", ty(34520), "money", "đồng", "Dư nợ cho vay nông nghiệp, nông thôn",
      percent=26.8, period=D30i),
    F("đạt 21.460 tỷ đồng", "21.460", ty(21460), "money", "đồng", "cho vay doanh nghiệp nhỏ và vừa", period=D30i),
    F("với 2.315 khách hàng", "2.315", 2315, "count", "khách hàng",
      "khách hàng doanh nghiệp nhỏ và vừa còn dư nợ", period=D30i),
    F("đạt 9.870 tỷ đồng", "9.870", ty(9870), "money", "đồng", "cho vay theo Nghị định số 55/2015/NĐ-CP",
      period=D30i),
    F("mới 4.120 tỷ đồng", "4.120", ty(4120), "money", "đồng",
      "cho vay mới qua chương trình kết nối ngân hàng - doanh nghiệp",
      period=P("Từ đầu năm đến 30/9/2024", "2024-01-01", "2024-09-30")),
    F("đối với 186 doanh nghiệp", "186", 186, "count", "doanh nghiệp",
      "doanh nghiệp được cho vay mới qua chương trình kết nối ngân hàng - doanh nghiệp",
      period=P("Từ đầu năm đến 30/9/2024", "2024-01-01", "2024-09-30")),
    F("giảm 0,6-0,9%/năm", "0,6", 0.6, "percent", "%",
      "Lãi suất cho vay bình quân đối với các khoản vay mới giảm", value_max=0.9,
      period=P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)),
]

COMMENTS = [
    "Formal report with letterhead (NHNN chi nhánh tỉnh Bắc Giang, 'Số: 486/BC-BAG1'); place-and-date line gives published 2024-10-08.",
    "Flattened '|' table, 'Đơn vị tính: tỷ đồng' (money ×10^9 đồng); the last column '(%)' overrides the unit. Every numeric cell is a figure.",
    "Column headers are as-of dates: '31/12/2023' -> end 2023-12-31, '30/9/2024' -> end 2024-09-30 (scored, period from a column header).",
    "Growth-column cells are growth rates standing as claims (percent, no change); their period (to 30/9/2024) is inherited, not scored.",
    "Table cells get no total (FIGURES.md gives tables no part-of rule). Subject = row label (+ column label for the % column).",
    "Distractors: 'Số: 486/BC-BAG1', 'Công văn số 3125/UBND-KTTH ngày 20/9/2024', 'Nghị định số 55/2015/NĐ-CP', section numbers, 'Bảng 1', signer.",
    "'(cuối năm 2023 là 1,00%)' is a bracketed figure of its own. 'giảm 0,6-0,9%/năm' with no base rate: a percent figure (range).",
]

write(3, TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bắc Giang")
