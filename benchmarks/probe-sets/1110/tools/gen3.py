"""p1110-3: formal report (UBND tỉnh Khánh Hòa), Nha Trang Bay MPA, first half of 2024; flattened '|' table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH KHÁNH HÒA
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khánh Hòa, ngày 18 tháng 7 năm 2024

BÁO CÁO
Kết quả quản lý Khu bảo tồn biển vịnh Nha Trang 6 tháng đầu năm 2024

Thực hiện Nghị định số 26/2019/NĐ-CP của Chính phủ và Kết luận của Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tuần tra, kiểm soát
Khu bảo tồn có tổng diện tích 160 km2, trong đó vùng mặt nước 122 km2. Trong 6 tháng, Ban quản lý đã tổ chức 205 chuyến tuần tra, đạt 51,3% kế hoạch năm; phát hiện 23 vụ vi phạm, xử phạt 186,5 triệu đồng. Kinh phí thực hiện 6 tháng ước đạt 1,05 tỷ đồng, bằng 42% dự toán năm.

Bảng 1. Số chuyến tuần tra theo phân khu
Đơn vị tính: chuyến
Phân khu | Kế hoạch năm 2024 | Thực hiện 6 tháng | Cùng kỳ năm 2023
Vùng lõi | 180 | 96 | 88
Vùng đệm | 140 | 71 | 65
Vùng phát triển | 80 | 38 | 41
Tổng cộng | 400 | 205 | 194

2. Cứu hộ động vật biển
Đã tiếp nhận, cứu hộ 11 cá thể động vật biển (rùa biển 8, cá heo 2, cá mập voi 1); thả về tự nhiên 9 cá thể, tỷ lệ thành công 81,8%.

3. Tuyên truyền
Tổ chức 12 lớp tập huấn cho khoảng 650 ngư dân tại các phường Vĩnh Nguyên, Vĩnh Trường.

II. KHÓ KHĂN, TỒN TẠI
Tính đến 30/6/2024, lực lượng chuyên trách chỉ có 32 người, bình quân mỗi người quản lý gần 4 km2 mặt nước; 2 tàu tuần tra đã sử dụng trên 15 năm.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu thực hiện 195 chuyến tuần tra còn lại; dự kiến kinh phí 2,4 tỷ đồng, trong đó ngân sách tỉnh 1,8 tỷ đồng.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_6 = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = P("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
PREV = P("Cùng kỳ năm 2023", "2023-01-01", "2023-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31", inherited=True)
AS_OF = P("Tính đến 30/6/2024", None, "2024-06-30")

ROWS = [("Vùng lõi", "180", "96", "88"), ("Vùng đệm", "140", "71", "65"),
        ("Vùng phát triển", "80", "38", "41"), ("Tổng cộng", "400", "205", "194")]

FIGS = [
    F("tổng diện tích 160 km2", "160", 160, "measure", "km2", "tổng diện tích Khu bảo tồn biển vịnh Nha Trang"),
    F("mặt nước 122 km2", "122", 122, "measure", "km2", "diện tích vùng mặt nước của Khu bảo tồn", total=160),
    F("tổ chức 205 chuyến", "205", 205, "count", "chuyến tuần tra", "chuyến tuần tra", H1_6, percent=51.3),
    F("phát hiện 23 vụ", "23", 23, "count", "vụ vi phạm", "vụ vi phạm được phát hiện", H1_6),
    F("xử phạt 186,5 triệu đồng", "186,5", 186.5e6, "money", "đồng", "tiền xử phạt vi phạm", H1_6),
    F("ước đạt 1,05 tỷ đồng", "1,05", 1.05e9, "money", "đồng", "kinh phí thực hiện",
      P("6 tháng", "2024-01-01", "2024-06-30"), percent=42, status="estimate"),
]
for label, plan, done, prev in ROWS:
    row = f"{label} | {plan} | {done} | {prev}"
    subj = "tổng cộng chuyến tuần tra" if label == "Tổng cộng" else f"chuyến tuần tra {label.lower()}"
    FIGS += [
        F(f"{label} | {plan} |", plan, float(plan), "count", "chuyến", f"{subj} kế hoạch năm 2024", PLAN,
          status="target"),
        F(f"| {plan} | {done} |", done, float(done), "count", "chuyến", f"{subj} thực hiện 6 tháng", DONE),
        F(f"| {done} | {prev}\n", prev, float(prev), "count", "chuyến", f"{subj} cùng kỳ năm 2023", PREV),
    ]
FIGS += [
    F("cứu hộ 11 cá thể", "11", 11, "count", "cá thể", "cá thể động vật biển được tiếp nhận, cứu hộ", I(H1)),
    F("rùa biển 8,", "8", 8, "count", "cá thể", "rùa biển được cứu hộ", I(H1), total=11),
    F("cá heo 2,", "2", 2, "count", "cá thể", "cá heo được cứu hộ", I(H1), total=11),
    F("cá mập voi 1)", "1", 1, "count", "cá thể", "cá mập voi được cứu hộ", I(H1), total=11),
    F("thả về tự nhiên 9 cá thể", "9", 9, "count", "cá thể", "cá thể động vật biển được thả về tự nhiên", I(H1)),
    F("thành công 81,8%", "81,8", 81.8, "percent", "%", "tỷ lệ cứu hộ thành công", I(H1)),
    F("Tổ chức 12 lớp", "12", 12, "count", "lớp tập huấn", "lớp tập huấn cho ngư dân", I(H1)),
    F("khoảng 650 ngư dân", "650", 650, "count", "ngư dân", "ngư dân được tập huấn", I(H1), approx="about"),
    F("có 32 người", "32", 32, "count", "người", "lực lượng chuyên trách", AS_OF),
    F("gần 4 km2", "4", 4, "measure", "km2/người", "diện tích mặt nước bình quân mỗi người quản lý", AS_OF,
      approx="nearly"),
    F("2 tàu tuần tra", "2", 2, "count", "tàu tuần tra", "tàu tuần tra đã sử dụng trên 15 năm", AS_OF),
    F("trên 15 năm", "15", 15, "measure", "năm", "thời gian sử dụng của tàu tuần tra", AS_OF, approx="over"),
    F("hiện 195 chuyến", "195", 195, "count", "chuyến tuần tra", "chuyến tuần tra còn lại", H2, status="target"),
    F("kinh phí 2,4 tỷ đồng", "2,4", 2.4e9, "money", "đồng", "kinh phí 6 tháng cuối năm", H2, status="forecast"),
    F("tỉnh 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "ngân sách tỉnh", H2, total=2.4e9, status="forecast"),
]

NOTES = [
    "Formal report UBND tỉnh Khánh Hòa, Số: 287/BC-UBND, 18/7/2024; Nha Trang Bay MPA, first half 2024.",
    "Flattened '|' table (Đơn vị tính: chuyến): plan column = target (2024), 'Thực hiện 6 tháng' = H1 2024, 'Cùng kỳ năm 2023' = H1 2023;",
    "phân khu labels are categories, not places (location Khánh Hòa); the Tổng cộng row is its own figure; table cells carry no totals.",
    "revised after the first run: Tổng cộng row subjects keep the row label ('tổng cộng chuyến tuần tra ...', was 'tổng số ...'), per the table rule.",
    "Distractors: Số: 287/BC-UBND, Nghị định số 26/2019/NĐ-CP, 'Hội nghị lần thứ 15' (ordinal), date line, section numbers I.-III., 1.-3., 'Bảng 1.'",
    "'(rùa biển 8, cá heo 2, cá mập voi 1)' adds up to 11: parts with total 11. '9 cá thể' after ';' has no part-of cue: no total.",
    "'Kinh phí thực hiện 6 tháng ước đạt 1,05 tỷ đồng, bằng 42% dự toán năm' → estimate with percent 42 (share of the budget).",
    "'tỷ lệ thành công 81,8%' has its own indicator: a percent figure. 'trên 15 năm' is a service life (measure), not a period.",
    "'dự kiến kinh phí 2,4 tỷ đồng, trong đó ngân sách tỉnh 1,8 tỷ đồng': forecast continues into the trong đó clause.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, NOTES, published="2024-07-18", location="Khánh Hòa")
