from lib import *

A = """UBND TỈNH QUẢNG NGÃI
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 1024/BC-SKHCN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 20 tháng 6 năm 2024

BÁO CÁO
Tình hình thực hiện nhiệm vụ và dự toán kinh phí sự nghiệp khoa học và công nghệ 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quản lý nhiệm vụ khoa học và công nghệ
6 tháng đầu năm 2024, Sở đã tổ chức xét duyệt 18 nhiệm vụ mở mới, nghiệm thu 9 nhiệm vụ; thẩm định công nghệ 7 dự án đầu tư với tổng vốn 2.150 tỷ đồng; hướng dẫn 46 tổ chức, cá nhân đăng ký xác lập quyền sở hữu công nghiệp.

2. Tình hình giải ngân kinh phí
Ước giải ngân 6 tháng đạt 21,535 tỷ đồng, bằng 47,9% dự toán năm. Chi tiết tại Bảng 1.

Bảng 1. Kinh phí sự nghiệp khoa học và công nghệ
Đơn vị tính: triệu đồng
STT | Nội dung | Dự toán năm 2024 | Ước thực hiện 6 tháng | Tỷ lệ (%)
1 | Nhiệm vụ KH&CN cấp tỉnh | 28.500 | 11.970 | 42,0
2 | Hỗ trợ doanh nghiệp đổi mới công nghệ | 6.000 | 1.850 | 30,8
3 | Hoạt động sở hữu trí tuệ | 2.400 | 1.320 | 55,0
4 | Tiêu chuẩn, đo lường, chất lượng | 3.100 | 1.395 | 45,0
5 | Quỹ Phát triển KH&CN tỉnh | 5.000 | 5.000 | 100,0
 | Tổng cộng | 45.000 | 21.535 | 47,9

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu giải ngân 100% dự toán được giao; nghiệm thu từ 12 đến 15 nhiệm vụ đến hạn.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, KHTC.
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
Y24 = P("Dự toán năm 2024", "2024-01-01", "2024-12-31")
U6 = P("Ước thực hiện 6 tháng", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIG = [
    F("duyệt 18 nhiệm vụ", "18", 18, "count", "nhiệm vụ", "nhiệm vụ mở mới được xét duyệt", period=H6),
    F("nghiệm thu 9 nhiệm vụ", "9", 9, "count", "nhiệm vụ", "nhiệm vụ được nghiệm thu", period=H6),
    F("công nghệ 7 dự án", "7", 7, "count", "dự án", "dự án đầu tư được thẩm định công nghệ", period=H6),
    F("vốn 2.150 tỷ đồng", "2.150", 2150e9, "money", "đồng", "tổng vốn dự án đầu tư được thẩm định công nghệ", period=H6),
    F("hướng dẫn 46 tổ chức", "46", 46, "count", "tổ chức, cá nhân", "tổ chức, cá nhân được hướng dẫn đăng ký xác lập quyền sở hữu công nghiệp", period=H6),
    F("đạt 21,535 tỷ đồng", "21,535", 21535e6, "money", "đồng", "giải ngân",
      percent=47.9, status="estimate", period=P("6 tháng", "2024-01-01", "2024-06-30")),
]
rows = [
    ("Nhiệm vụ KH&CN cấp tỉnh", "28.500", 28500, "11.970", 11970, "42,0", 42.0),
    ("Hỗ trợ doanh nghiệp đổi mới công nghệ", "6.000", 6000, "1.850", 1850, "30,8", 30.8),
    ("Hoạt động sở hữu trí tuệ", "2.400", 2400, "1.320", 1320, "55,0", 55.0),
    ("Tiêu chuẩn, đo lường, chất lượng", "3.100", 3100, "1.395", 1395, "45,0", 45.0),
    ("Quỹ Phát triển KH&CN tỉnh", "5.000", 5000, "5.000", 5000, "100,0", 100.0),
    ("Tổng cộng", "45.000", 45000, "21.535", 21535, "47,9", 47.9),
]
for lab, p_s, p_v, e_s, e_v, r_s, r_v in rows:
    FIG.append(F(f"{lab} | {p_s}", p_s, p_v * 1e6, "money", "đồng", f"{lab} dự toán năm 2024", status="target", period=Y24))
    FIG.append(F(f"{e_s} | {r_s}", e_s, e_v * 1e6, "money", "đồng", f"{lab} ước thực hiện 6 tháng", status="estimate", period=U6))
    FIG.append(F(f"| {r_s}\n", r_s, r_v, "percent", "%", f"{lab} tỷ lệ ước thực hiện so với dự toán", period=H6i))
FIG += [
    F("giải ngân 100% dự toán", "100", 100, "percent", "%", "giải ngân dự toán được giao", status="target",
      period=P("6 THÁNG CUỐI NĂM", "2024-07-01", "2024-12-31", inh=True)),
    F("từ 12 đến 15 nhiệm vụ", "12", 12, "count", "nhiệm vụ", "nhiệm vụ đến hạn được nghiệm thu", value_max=15, status="target",
      period=P("6 THÁNG CUỐI NĂM", "2024-07-01", "2024-12-31", inh=True)),
]

build(5, A, FIG, comments=[
    "Formal report with letterhead (Sở KH&CN Quảng Ngãi, Số: 1024/BC-SKHCN, 'Quảng Ngãi, ngày 20 tháng 6 năm 2024'): tasks and S&T budget, H1 2024,",
    "with a flattened '|' table (Đơn vị tính: triệu đồng; columns Dự toán năm 2024 | Ước thực hiện 6 tháng | Tỷ lệ (%)).",
    "Distractors: document number, national motto, section numbers 'I.', '1.', '2.', 'II.', 'Bảng 1', row numbers (STT 1-5), 'Lưu: VT, KHTC'.",
    "'21,535 tỷ': lone comma + 3 digits before a multiplier is a decimal → 21 535 000 000; 'bằng 47,9% dự toán năm' is its share; 'Ước' → estimate.",
    "Table: every numeric cell is a figure; money cells × 10^6 đồng; 'Dự toán' column → status target (a plan, FIGURES.md lists dự toán with kế hoạch),",
    "'Ước thực hiện' → estimate; the '(%)' column has no cue of its own (actual) and no period in its header: period inherited from the title.",
    "revised after first run: subject of 21,535 tỷ cut to 'giải ngân' (FIGURES.md: as the sentence names it; the words came from the heading).",
    "Subject = row label + column label. The 'Tổng cộng' row cells are figures; no totals attribute on the part rows (no rule for table totals).",
    "Section II: the heading's '6 THÁNG CUỐI NĂM' = 2024-07-01..2024-12-31 (year from the title); it stands in the heading, not the sentence: inherited.",
], published="2024-06-20", location="Quảng Ngãi")
