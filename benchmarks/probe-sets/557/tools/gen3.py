"""p557-3: UBND tỉnh Quảng Trị formal report, budget 9 months 2024, flattened | table."""
from lib import F, P, I, CH, B, emit

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 15 tháng 10 năm 2024

BÁO CÁO
Tình hình thực hiện dự toán ngân sách nhà nước 9 tháng năm 2024

I. KẾT QUẢ THU, CHI NGÂN SÁCH

1. Thu ngân sách
Thực hiện Nghị quyết số 96/NQ-HĐND ngày 08/12/2023 của HĐND tỉnh, tổng thu ngân sách nhà nước trên địa bàn 9 tháng năm 2024 đạt 2.745,3 tỷ đồng, bằng 74,2% dự toán HĐND tỉnh giao, tăng 9,8% so với cùng kỳ. Kết quả cụ thể như sau:

Bảng 1. Thu, chi ngân sách 9 tháng năm 2024 (Đơn vị tính: tỷ đồng)
Chỉ tiêu | Dự toán năm 2024 | Thực hiện 9 tháng | So dự toán (%)
Tổng thu NSNN trên địa bàn | 3.700 | 2.745,3 | 74,2
Thu nội địa | 3.180 | 2.396,1 | 75,3
Thu tiền sử dụng đất | 900 | 512,6 | 57
Thu từ hoạt động xuất nhập khẩu | 520 | 349,2 | 67,2
Tổng chi ngân sách địa phương | 9.850 | 6.412,7 | 65,1

Thu nội địa (không kể tiền sử dụng đất) đạt 1.883,5 tỷ đồng, tăng 11,2% so với cùng kỳ; có 12/16 khoản thu đạt trên 70% dự toán.

2. Chi ngân sách
Tổng chi ngân sách địa phương 9 tháng đạt 6.412,7 tỷ đồng, trong đó chi đầu tư phát triển 2.104,5 tỷ đồng, bằng 61,8% kế hoạch; chi thường xuyên 4.250 tỷ đồng. Giải ngân vốn đầu tư công đến 30/9/2024 đạt 58,3%, cao hơn bình quân cả nước (47,3%).

II. NHIỆM VỤ 3 THÁNG CUỐI NĂM
Phấn đấu tổng thu ngân sách trên địa bàn năm 2024 đạt 3.750 tỷ đồng, vượt 1,4% dự toán; tỷ lệ giải ngân vốn đầu tư công đạt trên 95%.

Nơi nhận:
- Bộ Tài chính;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T9 = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
D24 = P("Dự toán năm 2024", "2024-01-01", "2024-12-31")
H9 = P("9 tháng", "2024-01-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    # row label, anchor prefix, plan, actual, pct (strings)
    ("Tổng thu NSNN trên địa bàn", "địa bàn | ", "3.700", "2.745,3", "74,2"),
    ("Thu nội địa", "Thu nội địa | ", "3.180", "2.396,1", "75,3"),
    ("Thu tiền sử dụng đất", "sử dụng đất | ", "900", "512,6", "57"),
    ("Thu từ hoạt động xuất nhập khẩu", "xuất nhập khẩu | ", "520", "349,2", "67,2"),
    ("Tổng chi ngân sách địa phương", "ngân sách địa phương | ", "9.850", "6.412,7", "65,1"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("đạt 2.745,3 tỷ đồng", "2.745,3", B(2745.3), "money", "đồng", "tổng thu ngân sách nhà nước trên địa bàn", M9,
      percent=74.2, change=CH("increase", 9.8, baseline="cùng kỳ")),
]
for label, pre, plan, act, pct in ROWS:
    FIGS.append(F(pre + plan, plan, B(num(plan)), "money", "đồng", f"{label} dự toán năm 2024", D24, status="target"))
    FIGS.append(F(f"{plan} | {act}", act, B(num(act)), "money", "đồng", f"{label} thực hiện 9 tháng", T9))
    FIGS.append(F(f"{act} | {pct}", pct, num(pct), "percent", "%", f"{label} so dự toán", I(H9)))

FIGS += [
    F("đạt 1.883,5 tỷ đồng", "1.883,5", B(1883.5), "money", "đồng", "thu nội địa (không kể tiền sử dụng đất)", I(M9),
      change=CH("increase", 11.2, baseline="cùng kỳ")),
    F("có 12/16 khoản thu", "12", 12, "count", "khoản thu", "khoản thu đạt trên 70% dự toán", I(M9), total=16),
    F("đạt trên 70% dự toán", "70", 70, "percent", "%", "tiến độ thu so với dự toán", approx="over", optional=True),
    F("9 tháng đạt 6.412,7 tỷ đồng", "6.412,7", B(6412.7), "money", "đồng", "tổng chi ngân sách địa phương", H9),
    F("chi đầu tư phát triển 2.104,5 tỷ", "2.104,5", B(2104.5), "money", "đồng", "chi đầu tư phát triển", H9,
      total=B(6412.7), percent=61.8),
    F("chi thường xuyên 4.250 tỷ", "4.250", B(4250), "money", "đồng", "chi thường xuyên", H9, total=B(6412.7)),
    F("đạt 58,3%", "58,3", 58.3, "percent", "%", "giải ngân vốn đầu tư công", P("đến 30/9/2024", end="2024-09-30")),
    F("(47,3%)", "47,3", 47.3, "percent", "%", "giải ngân vốn đầu tư công bình quân cả nước",
      P("đến 30/9/2024", end="2024-09-30"), location="Việt Nam"),
    F("đạt 3.750 tỷ đồng", "3.750", B(3750), "money", "đồng", "tổng thu ngân sách trên địa bàn", Y24,
      change=CH("increase", 1.4, baseline="dự toán"), status="target"),
    F("đạt trên 95%", "95", 95, "percent", "%", "tỷ lệ giải ngân vốn đầu tư công", Y24, approx="over", status="target"),
]

COMMENTS = [
    "Formal report (UBND TỈNH QUẢNG TRỊ, Số: 215/BC-UBND, 'Quảng Trị, ngày 15 tháng 10 năm 2024'): thu, chi NS 9 tháng 2024 (invented).",
    "Flattened '|' table, unit from '(Đơn vị tính: tỷ đồng)': every numeric cell is a figure; 'Dự toán năm 2024' column -> target;",
    "'Thực hiện 9 tháng' -> actual; 'So dự toán (%)' cells are percent figures (actual), period inherited from the title (header has none).",
    "The lead 2.745,3 and the table's 2.745,3 / 6.412,7 in text and table are separate mentions, each a figure.",
    "'cao hơn bình quân cả nước (47,3%)': the bracketed national average is a percent figure of its own (location Việt Nam);",
    "'vượt 1,4% dự toán' is the gap to plan, a change. Distractors: Số 215/BC-UBND, Nghị quyết số 96/NQ-HĐND ngày 08/12/2023,",
    "'Bảng 1', section numbers I./II./1./2., '3 tháng cuối năm'.",
]

if __name__ == "__main__":
    emit("p557-3", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Quảng Trị")
