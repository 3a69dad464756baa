"""p526-3: UBND tỉnh Bắc Giang formal report — youth startup support, 9 months 2024, with a flattened | table."""
from lib import *

TEXT = """UBND TỈNH BẮC GIANG
Số: 415/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả hỗ trợ thanh niên khởi nghiệp 9 tháng năm 2024

Thực hiện Kế hoạch số 86/KH-UBND ngày 15/3/2024 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tuyên truyền, đào tạo
Trong 9 tháng năm 2024, các cơ quan, đơn vị đã tổ chức 46 lớp tập huấn kiến thức khởi nghiệp cho 3.215 lượt thanh niên, đạt 80,4% kế hoạch năm; tổ chức 3 cuộc thi ý tưởng khởi nghiệp cấp tỉnh với 127 dự án dự thi, tăng 21 dự án so với cùng kỳ năm 2023.

2. Hỗ trợ vốn
Tính đến ngày 30/9/2024, dư nợ cho vay thanh niên qua 512 tổ tiết kiệm và vay vốn do Đoàn Thanh niên quản lý đạt 1.046,8 tỷ đồng, chiếm 9,6% tổng dư nợ của Chi nhánh Ngân hàng Chính sách xã hội tỉnh, với 14.380 hộ còn dư nợ.

Bảng 1. Kết quả hỗ trợ dự án khởi nghiệp 9 tháng năm 2024
Nguồn vốn | Số dự án (dự án) | Số tiền (triệu đồng) | Lao động thu hút (người)
Quỹ Hỗ trợ thanh niên khởi nghiệp | 38 | 2.850 | 152
Ngân hàng Chính sách xã hội | 296 | 21.430 | 918
Ngân hàng thương mại | 17 | 9.600 | 204
Tổng cộng | 351 | 33.880 | 1.274

3. Kết quả khác
Toàn tỉnh hiện có 9 câu lạc bộ khởi nghiệp trong các trường cao đẳng, đại học; 6 sản phẩm của thanh niên được công nhận sản phẩm OCOP 3 sao.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến hết năm 2024 hỗ trợ 450 dự án khởi nghiệp, thu hút khoảng 1.600 lao động; dự kiến giải ngân thêm 12 tỷ đồng từ nguồn vốn ủy thác của tỉnh.

Nơi nhận:
- Bộ Nội vụ;
- Trung ương Đoàn TNCS Hồ Chí Minh;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
TAB = I(M9)
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
EOY = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("tổ chức 46 lớp", "46", 46, "count", "lớp", "lớp tập huấn kiến thức khởi nghiệp", M9),
    F("cho 3.215 lượt", "3.215", 3215, "count", "lượt thanh niên", "lượt thanh niên được tập huấn kiến thức khởi nghiệp", M9, percent=80.4),
    F("tổ chức 3 cuộc thi", "3", 3, "count", "cuộc thi", "cuộc thi ý tưởng khởi nghiệp cấp tỉnh", M9),
    F("với 127 dự án", "127", 127, "count", "dự án", "dự án dự thi", M9, change=CH("increase", 21, "dự án", "cùng kỳ năm 2023")),
    F("qua 512 tổ", "512", 512, "count", "tổ tiết kiệm và vay vốn", "tổ tiết kiệm và vay vốn do Đoàn Thanh niên quản lý", ASOF),
    F("đạt 1.046,8 tỷ đồng", "1.046,8", 1046.8e9, "money", "đồng",
      "dư nợ cho vay thanh niên qua tổ tiết kiệm và vay vốn do Đoàn Thanh niên quản lý", ASOF, percent=9.6),
    F("với 14.380 hộ", "14.380", 14380, "count", "hộ", "hộ còn dư nợ", ASOF),
    # table, Bảng 1 (period from the table title line)
    F("khởi nghiệp | 38 |", "38", 38, "count", "dự án", "Số dự án Quỹ Hỗ trợ thanh niên khởi nghiệp", TAB),
    F("| 2.850 |", "2.850", 2850e6, "money", "đồng", "Số tiền Quỹ Hỗ trợ thanh niên khởi nghiệp", TAB),
    F("| 152\n", "152", 152, "count", "người", "Lao động thu hút Quỹ Hỗ trợ thanh niên khởi nghiệp", TAB),
    F("| 296 |", "296", 296, "count", "dự án", "Số dự án Ngân hàng Chính sách xã hội", TAB),
    F("| 21.430 |", "21.430", 21430e6, "money", "đồng", "Số tiền Ngân hàng Chính sách xã hội", TAB),
    F("| 918\n", "918", 918, "count", "người", "Lao động thu hút Ngân hàng Chính sách xã hội", TAB),
    F("| 17 |", "17", 17, "count", "dự án", "Số dự án Ngân hàng thương mại", TAB),
    F("| 9.600 |", "9.600", 9600e6, "money", "đồng", "Số tiền Ngân hàng thương mại", TAB),
    F("| 204\n", "204", 204, "count", "người", "Lao động thu hút Ngân hàng thương mại", TAB),
    F("| 351 |", "351", 351, "count", "dự án", "Tổng cộng số dự án", TAB),
    F("| 33.880 |", "33.880", 33880e6, "money", "đồng", "Tổng cộng số tiền", TAB),
    F("| 1.274\n", "1.274", 1274, "count", "người", "Tổng cộng lao động thu hút", TAB),
    F("có 9 câu lạc bộ", "9", 9, "count", "câu lạc bộ", "câu lạc bộ khởi nghiệp trong các trường cao đẳng, đại học"),
    F("; 6 sản phẩm", "6", 6, "count", "sản phẩm", "sản phẩm của thanh niên được công nhận sản phẩm OCOP 3 sao"),
    F("hỗ trợ 450 dự án", "450", 450, "count", "dự án", "dự án khởi nghiệp được hỗ trợ", EOY, status="target"),
    F("khoảng 1.600 lao động", "1.600", 1600, "count", "lao động", "lao động thu hút", EOY, approx="about", status="target"),
    F("thêm 12 tỷ đồng", "12", 12e9, "money", "đồng", "vốn giải ngân thêm từ nguồn vốn ủy thác của tỉnh",
      P("đến hết năm 2024", None, "2024-12-31", inherited=True), status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Bắc Giang formal report Số 415/BC-UBND, 'Bắc Giang, ngày 07 tháng 10 năm 2024': youth startup support, 9 months 2024.",
    "Flattened '|' table (Bảng 1): every numeric cell is a figure; unit from the column header ('(triệu đồng)' -> ×10^6 đồng); subject = row",
    "label + column label; period from the table title line (inherited, unscored). The 'Tổng cộng' row is a figure; its parts get no total",
    "(the table states no part-of cue) — a choice. 'tăng 21 dự án so với cùng kỳ' is the change of 127. 'đạt 80,4% kế hoạch năm' = percent.",
    "'dự kiến giải ngân thêm 12 tỷ' is forecast; its period (đến hết năm 2024 vs the quý IV heading) is left unscored.",
    "Distractors: Số 415/BC-UBND, Kế hoạch số 86/KH-UBND ngày 15/3/2024, 'Bảng 1', section numbers I./II./1./2./3., 'OCOP 3 sao', 'quý IV/2024'.",
]

emit("p526-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Bắc Giang")
