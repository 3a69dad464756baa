"""p1107-3: formal report of UBND tỉnh Quảng Bình, ca trù and hò khoan project, 9 months of 2024 (flattened | table)."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND
Quảng Bình, ngày 15 tháng 10 năm 2024
BÁO CÁO
Kết quả thực hiện Đề án bảo tồn, phát huy nghệ thuật ca trù và hò khoan 9 tháng năm 2024
Thực hiện Quyết định số 2145/QĐ-UBND ngày 20/6/2022 của UBND tỉnh, UBND tỉnh báo cáo như sau:
I. TÌNH HÌNH CHUNG
Tính đến ngày 30/9/2024, toàn tỉnh có 6 CLB ca trù và 14 CLB hò khoan với 415 thành viên; trong đó có 23 nghệ nhân trên 70 tuổi.
II. KẾT QUẢ THỰC HIỆN
1. Tổ chức biểu diễn
Trong 9 tháng, các CLB đã tổ chức 160 buổi biểu diễn, đạt 80% kế hoạch năm, cụ thể:
Đơn vị tính: buổi
Địa phương | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ (%)
Thành phố Đồng Hới | 60 | 48 | 80,0
Huyện Lệ Thủy | 80 | 71 | 88,8
Huyện Quảng Ninh | 30 | 19 | 63,3
Huyện Bố Trạch | 30 | 22 | 73,3
Tổng cộng | 200 | 160 | 80,0
2. Truyền dạy cho thế hệ trẻ
Từ đầu năm đến nay, các địa phương mở 11 lớp truyền dạy cho 246 học viên, vượt 10% kế hoạch năm; trong đó 180 học viên là học sinh phổ thông. Mức bồi dưỡng nghệ nhân truyền dạy là 200.000 đồng/buổi.
3. Kinh phí
Tổng kinh phí thực hiện 9 tháng là 1,26 tỷ đồng, bằng 72% dự toán năm (1,75 tỷ đồng), trong đó kinh phí hỗ trợ nghệ nhân 420 triệu đồng.
III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu tổ chức thêm 40 buổi biểu diễn để hoàn thành 100% kế hoạch năm; dự kiến tổ chức Liên hoan ca trù, hò khoan tỉnh lần thứ 2 vào tháng 12/2024 với khoảng 200 diễn viên, nghệ nhân tham gia.
Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, VX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
RATE = I(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Q4 = I(P("QUÝ IV/2024", "2024-10-01", "2024-12-31"))

SP = "buổi biểu diễn kế hoạch năm 2024"
SD = "buổi biểu diễn thực hiện 9 tháng"
SR = "tỷ lệ"
FIGS = [
    F("có 6 CLB", "6", 6, "count", "CLB", "CLB ca trù", ASOF),
    F("và 14 CLB", "14", 14, "count", "CLB", "CLB hò khoan", ASOF),
    F("với 415 thành viên", "415", 415, "count", "thành viên", "thành viên các CLB ca trù, hò khoan", ASOF),
    F("có 23 nghệ nhân", "23", 23, "count", "nghệ nhân", "nghệ nhân trên 70 tuổi", ASOF, total=415),
    F("trên 70 tuổi", "70", 70, "measure", "tuổi", "ngưỡng tuổi nghệ nhân", approx="over", optional=True),
    F("tổ chức 160 buổi", "160", 160, "count", "buổi", "buổi biểu diễn của các CLB", P("Trong 9 tháng", "2024-01-01", "2024-09-30"),
      percent=80),
    F("Đồng Hới | 60", "60", 60, "count", "buổi", SP, PLAN, status="target", location="Đồng Hới"),
    F("| 60 | 48", "48", 48, "count", "buổi", SD, DONE, location="Đồng Hới"),
    F("| 48 | 80,0", "80,0", 80, "percent", "%", SR, RATE, location="Đồng Hới"),
    F("Lệ Thủy | 80", "80", 80, "count", "buổi", SP, PLAN, status="target", location="Lệ Thủy"),
    F("| 80 | 71", "71", 71, "count", "buổi", SD, DONE, location="Lệ Thủy"),
    F("| 88,8", "88,8", 88.8, "percent", "%", SR, RATE, location="Lệ Thủy"),
    F("Quảng Ninh | 30", "30", 30, "count", "buổi", SP, PLAN, status="target", location="Quảng Ninh"),
    F("| 30 | 19", "19", 19, "count", "buổi", SD, DONE, location="Quảng Ninh"),
    F("| 63,3", "63,3", 63.3, "percent", "%", SR, RATE, location="Quảng Ninh"),
    F("Bố Trạch | 30", "30", 30, "count", "buổi", SP, PLAN, status="target", location="Bố Trạch"),
    F("| 30 | 22", "22", 22, "count", "buổi", SD, DONE, location="Bố Trạch"),
    F("| 73,3", "73,3", 73.3, "percent", "%", SR, RATE, location="Bố Trạch"),
    F("Tổng cộng | 200", "200", 200, "count", "buổi", "tổng cộng " + SP, PLAN, status="target"),
    F("| 200 | 160", "160", 160, "count", "buổi", "tổng cộng " + SD, DONE),
    F("| 160 | 80,0", "80,0", 80, "percent", "%", "tổng cộng " + SR, RATE),
    F("mở 11 lớp", "11", 11, "count", "lớp", "lớp truyền dạy", YTD),
    F("cho 246 học viên", "246", 246, "count", "học viên", "học viên các lớp truyền dạy", YTD,
      change=C("increase", 10, "%", "kế hoạch năm")),
    F("trong đó 180 học viên", "180", 180, "count", "học viên", "học viên là học sinh phổ thông", YTD, total=246),
    F("là 200.000 đồng/buổi", "200.000", 200000, "money", "đồng/buổi", "mức bồi dưỡng nghệ nhân truyền dạy"),
    F("là 1,26 tỷ đồng", "1,26", 1_260_000_000, "money", "đồng", "tổng kinh phí thực hiện", M9,
      percent=72, target=T(1_750_000_000, "đồng")),
    F("nghệ nhân 420 triệu đồng", "420", 420_000_000, "money", "đồng", "kinh phí hỗ trợ nghệ nhân", M9,
      total=1_260_000_000),
    F("thêm 40 buổi", "40", 40, "count", "buổi", "buổi biểu diễn tổ chức thêm", Q4, status="target"),
    F("hoàn thành 100%", "100", 100, "percent", "%", "tỷ lệ hoàn thành kế hoạch năm", status="target"),
    F("khoảng 200 diễn viên", "200", 200, "count", "diễn viên", "diễn viên, nghệ nhân tham gia Liên hoan ca trù, hò khoan tỉnh",
      P("tháng 12/2024", "2024-12-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Báo cáo Số: 318/BC-UBND of UBND tỉnh Quảng Bình, 15/10/2024: Đề án bảo tồn ca trù và hò khoan, 9 tháng năm 2024.",
    "Not figures: Số: 318/BC-UBND, Quyết định số 2145/QĐ-UBND ngày 20/6/2022, section numbers I-III and 1-3, 'lần thứ 2', 'QUÝ IV/2024' heading.",
    "Flattened table: every numeric cell is a figure; district rows give location; 'Kế hoạch năm 2024' -> status target; periods from column headers",
    "(scored); the 'Tỷ lệ (%)' column has no period of its own (9 tháng of the title, inherited). Cells carry no total/percent attributes.",
    "revised after the first run: the Tỷ lệ (%) cells had the invented subject 'tỷ lệ thực hiện so với kế hoạch'; now the column label 'tỷ lệ' (FIGURES.md: row label + column label).",
    "'bằng 72% dự toán năm (1,75 tỷ đồng)': 72 is the percent and 1,75 tỷ the target (plan) of 1,26 tỷ, not a figure of its own.",
    "'vượt 10% kế hoạch năm' is a gap to plan of 246 học viên: change with baseline 'kế hoạch năm'. '40 buổi' takes Q4 from the heading (inherited).",
]

write("p1107-3", TEXT, NOTES, FIGS, published="2024-10-15", location="Quảng Bình")
