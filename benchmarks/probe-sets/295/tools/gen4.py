from lib import *

TEXT = """TỔNG CỤC THUẾ
CỤC THUẾ TỈNH QUẢNG NGÃI
Số: 1523/BC-CTQNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 06 tháng 01 năm 2025

BÁO CÁO
Tổng kết công tác thuế năm 2024 và nhiệm vụ năm 2025

I. KẾT QUẢ THU NGÂN SÁCH NĂM 2024
1. Tổng thu ngân sách nhà nước do cơ quan thuế quản lý năm 2024 đạt 25.418 tỷ đồng, bằng 117,6% dự toán Bộ Tài chính giao, bằng 108,2% dự toán HĐND tỉnh giao và tăng 21,3% so với năm 2023. Kết quả một số khoản thu chủ yếu:

Đơn vị tính: tỷ đồng
Chỉ tiêu
Dự toán HĐND giao
Thực hiện
So dự toán (%)
So cùng kỳ (%)
Thu từ Nhà máy lọc dầu Dung Quất
13.500
15.872
117,6
124,5
Thu nội địa (không kể dầu, tiền sử dụng đất)
7.940
8.316
104,7
109,8
Thu tiền sử dụng đất
2.050
1.230
60,0
71,4

2. Số nợ thuế đến 31/12/2024 là 628 tỷ đồng, chiếm 2,5% tổng thu. Năm 2024, cơ quan thuế đã hoàn thuế giá trị gia tăng cho 86 hồ sơ với số tiền 3.145 tỷ đồng.

3. Trong năm, toàn ngành đã thực hiện 312 cuộc thanh tra, kiểm tra tại trụ sở người nộp thuế, kiến nghị xử lý hơn 186,4 tỷ đồng.

II. NHIỆM VỤ NĂM 2025
Dự toán thu năm 2025 được giao 26.700 tỷ đồng, trong đó thu nội địa (không kể dầu, tiền sử dụng đất) 9.200 tỷ đồng. Phấn đấu thu vượt ít nhất 5% dự toán; giảm nợ thuế xuống dưới 2% tổng thu.

Nơi nhận:
- Tổng cục Thuế (b/c);
- UBND tỉnh;
- Lưu: VT, NVDTPC.
CỤC TRƯỞNG
(đã ký)
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
D31 = P("đến 31/12/2024", None, "2024-12-31")

rows = [("Thu từ Nhà máy lọc dầu Dung Quất", "13.500", "15.872", "117,6", "124,5", "\nThu nội địa"),
        ("Thu nội địa (không kể dầu, tiền sử dụng đất)", "7.940", "8.316", "104,7", "109,8", "\nThu tiền"),
        ("Thu tiền sử dụng đất", "2.050", "1.230", "60,0", "71,4", "\n\n2. Số")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, plan, act, vs_plan, vs_prev, after in rows:
    TABLE += [
        F(f"{label}\n{plan}\n", plan, ty(num(plan)), "money", "đồng", f"{label} dự toán HĐND giao",
          status="target", period=I(Y24)),
        F(f"{plan}\n{act}\n", act, ty(num(act)), "money", "đồng", f"{label} thực hiện", period=I(Y24)),
        F(f"{act}\n{vs_plan}\n", vs_plan, num(vs_plan), "percent", "%", f"{label} so dự toán", period=I(Y24)),
        F(f"{vs_plan}\n{vs_prev}{after}", vs_prev, num(vs_prev), "percent", "%", f"{label} so cùng kỳ", period=I(Y24)),
    ]

FIGS = [
    F("đạt 25.418 tỷ đồng", "25.418", ty(25418), "money", "đồng",
      "Tổng thu ngân sách nhà nước do cơ quan thuế quản lý", percent=117.6,
      change=ch("+", 21.3, baseline="năm 2023"), period=Y24),
    F("bằng 108,2% dự toán HĐND", "108,2", 108.2, "percent", "%",
      "Tổng thu ngân sách nhà nước so với dự toán HĐND tỉnh giao", period=Y24, optional=True),
] + TABLE + [
    F("là 628 tỷ đồng", "628", ty(628), "money", "đồng", "Số nợ thuế", percent=2.5, period=D31),
    F("cho 86 hồ sơ", "86", 86, "count", "hồ sơ", "hồ sơ hoàn thuế giá trị gia tăng", period=Y24),
    F("tiền 3.145 tỷ đồng", "3.145", ty(3145), "money", "đồng", "số tiền hoàn thuế giá trị gia tăng", period=Y24),
    F("thực hiện 312 cuộc", "312", 312, "count", "cuộc thanh tra, kiểm tra",
      "cuộc thanh tra, kiểm tra tại trụ sở người nộp thuế", period=P("Trong năm", "2024-01-01", "2024-12-31")),
    F("hơn 186,4 tỷ đồng", "186,4", ty(186.4), "money", "đồng", "kiến nghị xử lý", approx="over",
      period=P("Trong năm", "2024-01-01", "2024-12-31")),
    F("giao 26.700 tỷ đồng", "26.700", ty(26700), "money", "đồng", "Dự toán thu", status="target", period=Y25),
    F("đất) 9.200 tỷ đồng", "9.200", ty(9200), "money", "đồng",
      "thu nội địa (không kể dầu, tiền sử dụng đất)", total=ty(26700), status="target", period=Y25),
    F("ít nhất 5% dự toán", "5", 5, "percent", "%", "thu vượt dự toán", approx="at_least", status="target",
      period=I(Y25)),
    F("dưới 2% tổng thu", "2", 2, "percent", "%", "nợ thuế so với tổng thu", approx="under", status="target",
      period=I(Y25)),
]

COMMENTS = [
    "Formal report with letterhead (Cục Thuế tỉnh Quảng Ngãi, 'Số: 1523/BC-CTQNG'); the place-and-date line is its date (2025-01-06).",
    "One-cell-per-line table (as h23) under 'Đơn vị tính: tỷ đồng': columns Dự toán HĐND giao | Thực hiện | So dự toán (%) | So cùng kỳ (%).",
    "Money cells = value x 10^9 đồng; '(%)' columns are percents; 'Dự toán' column -> status target (FIGURES.md: Kế hoạch/Chỉ tiêu column).",
    "Subject = row label + column label; period 'năm 2024' from the text and section heading above (inherited). Row numbers 1./2., I./II. are not figures.",
    "25.418 tỷ: 'bằng 117,6% dự toán Bộ Tài chính' is its percent; the second share 'bằng 108,2% dự toán HĐND' is optional (FIGURES.md: one attribute each).",
    "Section II: 'Dự toán thu … được giao' = plan -> status target; '9.200 tỷ' after 'trong đó' is a part (total 26.700 tỷ).",
    "revised: 9.200 tỷ subject now as the sentence names it ('thu nội địa (không kể dầu, tiền sử dụng đất)'), without the added 'dự toán'.",
    "Distractors: document number, date line '06 tháng 01 năm 2025', 'Lưu: VT, NVDTPC', section numbers.",
]

write(4, TEXT, COMMENTS, FIGS, published="2025-01-06", location="Quảng Ngãi")
