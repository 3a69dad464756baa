from lib import F, P, C, T, emit

TEXT = """ỦY BAN NHÂN DÂN
XÃ TÂN ĐỨC
Số: 87/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Đức, ngày 18 tháng 6 năm 2024

BÁO CÁO
Kết quả thực hiện chuyển đổi số 6 tháng đầu năm 2024

Thực hiện Công văn số 215/UBND-VHTT ngày 05/6/2024 của UBND huyện Phú Bình, UBND xã Tân Đức báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Các chỉ tiêu chủ yếu
Đơn vị tính: %
Chỉ tiêu | Kế hoạch năm 2024 | Ước thực hiện 6 tháng | So với kế hoạch
Hồ sơ TTHC nộp trực tuyến | 70 | 74,5 | Vượt
Hộ gia đình có đường truyền cáp quang | 85 | 81,2 | Chưa đạt
Người trưởng thành có điện thoại thông minh | 90 | 87,6 | Chưa đạt
Hộ sản xuất có tài khoản bán hàng trên sàn TMĐT | 25 | 19,4 | Chưa đạt

2. Kết quả cụ thể
Trong 6 tháng đầu năm, Bộ phận Một cửa xã tiếp nhận 1.426 hồ sơ, trong đó 1.062 hồ sơ nộp trực tuyến; 100% hồ sơ được giải quyết đúng hạn. Tổ công nghệ số cộng đồng của xã gồm 12 tổ ở 12 thôn với 84 thành viên, đã tổ chức 36 buổi hướng dẫn, hỗ trợ 1.150 lượt người dân kích hoạt tài khoản VNeID mức độ 2.
Về thanh toán không dùng tiền mặt, 3 chợ nông thôn và 146 hộ kinh doanh đã sử dụng mã QR; doanh thu bán hàng qua sàn thương mại điện tử của các hộ sản xuất ước đạt 2,35 tỷ đồng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu hoàn thành các chỉ tiêu kế hoạch năm 2024; tổ chức ít nhất 20 buổi tập huấn kỹ năng số cho người dân.

Nơi nhận:
- UBND huyện (b/c);
- Lưu: VT.
CHỦ TỊCH
Hoàng Văn Thắng
"""

PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
H1C = P("Ước thực hiện 6 tháng", "2024-01-01", "2024-06-30")
H1 = P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1_I = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H2_I = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inh=True)

ROWS = [
    ("Hồ sơ TTHC nộp trực tuyến", "70", 70, "74,5", 74.5),
    ("Hộ gia đình có đường truyền cáp quang", "85", 85, "81,2", 81.2),
    ("Người trưởng thành có điện thoại thông minh", "90", 90, "87,6", 87.6),
    ("Hộ sản xuất có tài khoản bán hàng trên sàn TMĐT", "25", 25, "19,4", 19.4),
]
FIGS = []
for label, pn, pv, an, av in ROWS:
    FIGS.append(F(f"{label} | {pn} |", pn, pv, "percent", "%", f"{label} kế hoạch năm 2024", PLAN, status="target"))
    FIGS.append(F(f"| {pn} | {an} |", an, av, "percent", "%", f"{label} ước thực hiện 6 tháng", H1C, status="estimate"))

FIGS += [
    F("tiếp nhận 1.426 hồ sơ", "1.426", 1426, "count", "hồ sơ", "hồ sơ Bộ phận Một cửa xã tiếp nhận", H1),
    F("1.062 hồ sơ", "1.062", 1062, "count", "hồ sơ", "hồ sơ nộp trực tuyến", H1, total=1426),
    F("100% hồ sơ", "100", 100, "percent", "%", "hồ sơ được giải quyết đúng hạn", H1),
    F("gồm 12 tổ", "12", 12, "count", "tổ", "tổ công nghệ số cộng đồng của xã", H1_I),
    F("12 thôn", "12", 12, "count", "thôn", optional=True),
    F("84 thành viên", "84", 84, "count", "thành viên", "thành viên tổ công nghệ số cộng đồng", H1_I),
    F("36 buổi", "36", 36, "count", "buổi hướng dẫn", "buổi hướng dẫn của tổ công nghệ số cộng đồng", H1_I),
    F("1.150 lượt", "1.150", 1150, "count", "lượt người dân", "lượt người dân được hỗ trợ kích hoạt tài khoản VNeID", H1_I),
    F("3 chợ", "3", 3, "count", "chợ nông thôn", "chợ nông thôn sử dụng mã QR", H1_I),
    F("146 hộ", "146", 146, "count", "hộ kinh doanh", "hộ kinh doanh sử dụng mã QR", H1_I),
    F("ước đạt 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng",
      "doanh thu bán hàng qua sàn thương mại điện tử của các hộ sản xuất", H1_I, status="estimate"),
    F("ít nhất 20 buổi", "20", 20, "count", "buổi tập huấn", "buổi tập huấn kỹ năng số cho người dân", H2_I,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Formal report with letterhead (UBND xã Tân Đức, huyện Phú Bình, Thái Nguyên; 'Số: 87/BC-UBND'); 'Tân Đức, ngày 18 tháng 6 năm 2024' is its date.",
    "A commune is below the location level of FIGURES.md (province, city or district): every figure takes the district Phú Bình.",
    "Flattened '|' table with 'Đơn vị tính: %': every numeric cell is a figure; subject = row label + column label; the 'Kế hoạch năm 2024'",
    "column gives status target and period 2024, the 'Ước thực hiện 6 tháng' column status estimate and period H1 2024 (year from the title).",
    "'So với kế hoạch' cells are words. A plan cell is a figure of its own, so result cells carry no target attribute (as in shared h23).",
    "Distractors: 'Số: 87/BC-UBND', 'Công văn số 215/UBND-VHTT ngày 05/6/2024', section numbers I./II./1./2., 'Bộ phận Một cửa', 'mức độ 2', 'Lưu: VT'.",
    "'trong đó 1.062 hồ sơ' is part of 1.426 hồ sơ. '12 thôn' (structure) optional. Later sentences inherit the H1 period.",
    "Section II heading '6 THÁNG CUỐI NĂM 2024' gives 'ít nhất 20 buổi' its period (inherited) and 'Phấn đấu' its status target.",
]

emit("p434-4", TEXT, COMMENTS, FIGS, published="2024-06-18", location="Phú Bình")
