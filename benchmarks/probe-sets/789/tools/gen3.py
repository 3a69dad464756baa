"""p789-3: formal report (UBND tỉnh Bình Định), ATTP at bún / bánh phở producers, flattened | table."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH BÌNH ĐỊNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Bình Định, ngày 10 tháng 7 năm 2025

BÁO CÁO
Kết quả bảo đảm an toàn thực phẩm tại các làng nghề, cơ sở sản xuất bún, bánh phở 6 tháng đầu năm 2025

I. TÌNH HÌNH CHUNG
Thực hiện Kế hoạch số 45/KH-UBND ngày 06/3/2025 của UBND tỉnh, toàn tỉnh hiện có 526 cơ sở sản xuất bún, bánh phở, bánh canh, trong đó 318 cơ sở quy mô hộ gia đình; sản lượng bình quân khoảng 95 tấn/ngày.

II. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra
Trong 6 tháng đầu năm 2025, các đoàn liên ngành đã kiểm tra 402 cơ sở, đạt 76,4% kế hoạch năm; phát hiện 38 cơ sở vi phạm, chiếm 9,5% số cơ sở được kiểm tra; xử phạt 19 cơ sở với tổng số tiền 124,5 triệu đồng; tiêu hủy 1.260 kg bún, bánh phở không rõ nguồn gốc. Kết quả theo địa phương:

Đơn vị tính: cơ sở
Địa phương | Cơ sở sản xuất | Đã kiểm tra | Vi phạm
An Nhơn | 168 | 131 | 14
Tuy Phước | 112 | 86 | 9
Phù Cát | 74 | 52 | 5
Hoài Nhơn | 96 | 71 | 6
Quy Nhơn | 76 | 62 | 4
Tổng cộng | 526 | 402 | 38

2. Công tác lấy mẫu
Các đoàn đã lấy 215 mẫu bún, bánh phở, bánh canh để xét nghiệm nhanh hàn the, formol, trong đó 11 mẫu dương tính với hàn the, chiếm 5,1%.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025
Phấn đấu 100% cơ sở sản xuất bún, bánh phở trong làng nghề được kiểm tra; dự kiến 6 tháng cuối năm kiểm tra thêm 125 cơ sở, tập trung tại làng bún An Thái (thị xã An Nhơn) và huyện Tuy Phước.

Nơi nhận:
- Bộ Y tế;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

H1 = period("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
H2 = period("6 tháng cuối năm", "2025-07-01", "2025-12-31")
BD = "Bình Định"

FIGS = [
    F("có 526 cơ sở", "526", 526, "count", "cơ sở", "cơ sở sản xuất bún, bánh phở, bánh canh", location=BD),
    F("318 cơ sở", "318", 318, "count", "cơ sở", "cơ sở quy mô hộ gia đình", total=526, location=BD),
    F("khoảng 95 tấn/ngày", "95", 95, "measure", "tấn/ngày", "sản lượng bình quân", approx="about", location=BD),
    F("kiểm tra 402 cơ sở", "402", 402, "count", "cơ sở", "cơ sở được đoàn liên ngành kiểm tra", percent=76.4, period=H1, location=BD),
    F("phát hiện 38 cơ sở", "38", 38, "count", "cơ sở", "cơ sở vi phạm", percent=9.5, period=H1, location=BD),
    F("xử phạt 19 cơ sở", "19", 19, "count", "cơ sở", "cơ sở bị xử phạt", period=H1, location=BD),
    F("tiền 124,5 triệu đồng", "124,5", 124.5e6, "money", "đồng", "tổng số tiền xử phạt", period=H1, location=BD),
    F("tiêu hủy 1.260 kg", "1.260", 1260, "measure", "kg", "bún, bánh phở không rõ nguồn gốc bị tiêu hủy", period=H1, location=BD),
]

ROWS = [("An Nhơn", "168", "131", "14"), ("Tuy Phước", "112", "86", "9"), ("Phù Cát", "74", "52", "5"),
        ("Hoài Nhơn", "96", "71", "6"), ("Quy Nhơn", "76", "62", "4"), ("Tổng cộng", "526", "402", "38")]
COLS = ["cơ sở sản xuất", "cơ sở đã kiểm tra", "cơ sở vi phạm"]
for label, a, b, c in ROWS:
    loc = BD if label == "Tổng cộng" else label
    cells = [a, b, c]
    for i, (num, col) in enumerate(zip(cells, COLS)):
        left = label if i == 0 else cells[i - 1]
        anchor = f"{left} | {num}" + (" |" if i < 2 else "")
        if i == 2:
            anchor = f"| {cells[1]} | {num}\n"
        subj = col if label != "Tổng cộng" else f"tổng cộng {col}"
        FIGS.append(F(anchor, num, int(num), "count", "cơ sở", subj, period=inherit(H1), location=loc))

FIGS += [
    F("lấy 215 mẫu", "215", 215, "count", "mẫu", "mẫu bún, bánh phở, bánh canh xét nghiệm nhanh hàn the, formol",
      period=inherit(H1), location=BD),
    F("11 mẫu dương tính", "11", 11, "count", "mẫu", "mẫu dương tính với hàn the", total=215, percent=5.1,
      period=inherit(H1), location=BD),
    F("Phấn đấu 100% cơ sở", "100", 100, "percent", "%", "cơ sở sản xuất bún, bánh phở trong làng nghề được kiểm tra",
      status="target", period=inherit(period("6 THÁNG CUỐI NĂM 2025", "2025-07-01", "2025-12-31")), location=BD),
    F("thêm 125 cơ sở", "125", 125, "count", "cơ sở", "cơ sở kiểm tra thêm", status="forecast", period=H2, location=BD),
]

COMMENTS = [
    "UBND tỉnh Bình Định, Số: 287/BC-UBND, 10/7/2025 (formal report): ATTP at bún/bánh phở producers, H1/2025, flattened '|' table by district.",
    "Table: 'Đơn vị tính: cơ sở'; district column -> location, subject = column label; Tổng cộng row is its own figure (Bình Định); cells get no totals.",
    "Table periods come from the section's '6 tháng đầu năm 2025' sentence above the table (inherited, not scored).",
    "'đạt 76,4% kế hoạch năm' is the share of 402; 38 'chiếm 9,5% số cơ sở được kiểm tra' gets the percent, no total (no part-of cue).",
    "125 cơ sở: provincial plan; 'tập trung tại ... An Nhơn ... Tuy Phước' does not localise it. Heading period of section III inherited for 100%.",
    "Distractors: Số: 287/BC-UBND, Kế hoạch số 45/KH-UBND ngày 06/3/2025, section numbers I-III and 1-2, dateline, Nơi nhận block.",
]

write("p789-3", TEXT, FIGS, COMMENTS, published="2025-07-10", location=BD)
