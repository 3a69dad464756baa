"""p1292-3: formal report (UBND tỉnh Hà Tĩnh, Số: 27/BC-UBND): passenger transport 2024, flattened '|' table by station."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH HÀ TĨNH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả hoạt động vận tải hành khách bằng xe ô tô năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tình hình chung
Toàn tỉnh hiện có 9 bến xe khách (2 bến loại 2, 3 bến loại 3, 4 bến loại 4) và 214 tuyến cố định liên tỉnh với 1.036 xe đăng ký khai thác. Năm 2024, sản lượng vận chuyển hành khách đường bộ ước đạt 18,6 triệu lượt khách, tăng 6,1% so với năm 2023, bằng 101,2% kế hoạch; luân chuyển ước đạt 1.482 triệu HK.km.

2. Hoạt động tại các bến xe
Đơn vị tính: lượt xe xuất bến
Bến xe | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Bến xe khách Trung tâm | 21.450 | 23.180 | 108,1
Bến xe khách Phía Bắc | 9.870 | 10.560 | 107,0
Bến xe khách Phía Nam | 4.120 | 3.950 | 95,9
Các bến xe huyện | 11.300 | 12.040 | 106,5
Tổng cộng | 46.740 | 49.730 | 106,4

3. Công tác quản lý
Trong năm, Sở Giao thông vận tải đã cấp mới 186 phù hiệu xe tuyến cố định; kiểm tra 57 doanh nghiệp, hợp tác xã vận tải, xử phạt 412 trường hợp vi phạm với tổng số tiền 1,27 tỷ đồng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu năm 2025 sản lượng vận chuyển hành khách đạt 19,5 triệu lượt khách, tăng khoảng 5% so với năm 2024; 100% xe tuyến cố định lắp thiết bị giám sát hành trình và camera theo Nghị định số 10/2020/NĐ-CP. Dự kiến trong quý III/2025 đưa vào hoạt động Bến xe khách Phía Tây với tổng mức đầu tư 62 tỷ đồng.

Nơi nhận:
- Bộ Giao thông vận tải (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, GT.
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y23c = period("Năm 2023", "2023-01-01", "2023-12-31")
IN_YEAR = period("Trong năm", "2024-01-01", "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": Y23c, "năm 2024": Y24, "so với cùng kỳ": None}


def cell(anchor, number, row, col):
    p = COLS[col]
    if p is None:
        return F(anchor, number, float(number.replace(",", ".")), "percent", "%",
                 subject=f"lượt xe xuất bến {row} so với cùng kỳ")
    return F(anchor, number, float(number.replace(".", "")), "count", "lượt xe xuất bến",
             subject=f"lượt xe xuất bến {row} {col}", period=p)


ROWS = [("Trung tâm", "Bến xe khách Trung tâm", ["21.450", "23.180", "108,1"]),
        ("Phía Bắc", "Bến xe khách Phía Bắc", ["9.870", "10.560", "107,0"]),
        ("Phía Nam", "Bến xe khách Phía Nam", ["4.120", "3.950", "95,9"]),
        ("huyện", "các bến xe huyện", ["11.300", "12.040", "106,5"]),
        ("Tổng cộng", "tổng cộng", ["46.740", "49.730", "106,4"])]
CELLS = []
for key, label, nums in ROWS:
    prev = key
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, label, col))
        prev = n

FIGS = [
    F("có 9 bến", "9", 9, "count", "bến xe khách", subject="bến xe khách toàn tỉnh"),
    F("(2 bến", "2", 2, "count", "bến", total=9, subject="bến xe khách loại 2"),
    F("3 bến loại", "3", 3, "count", "bến", total=9, subject="bến xe khách loại 3"),
    F("4 bến loại", "4", 4, "count", "bến", total=9, subject="bến xe khách loại 4"),
    F("và 214 tuyến", "214", 214, "count", "tuyến", subject="tuyến cố định liên tỉnh"),
    F("với 1.036 xe", "1.036", 1036, "count", "xe", subject="xe đăng ký khai thác tuyến cố định"),
    F("ước đạt 18,6 triệu", "18,6", 18.6e6, "count", "lượt khách", status="estimate", percent=101.2,
      change=change("increase", 6.1, "%", "năm 2023"),
      subject="sản lượng vận chuyển hành khách đường bộ", period=Y24),
    F("ước đạt 1.482 triệu", "1.482", 1482e6, "measure", "HK.km", status="estimate",
      subject="luân chuyển hành khách", period=Y24),
] + CELLS + [
    F("mới 186 phù hiệu", "186", 186, "count", "phù hiệu",
      subject="phù hiệu xe tuyến cố định cấp mới", period=IN_YEAR),
    F("kiểm tra 57", "57", 57, "count", "doanh nghiệp, hợp tác xã",
      subject="doanh nghiệp, hợp tác xã vận tải được kiểm tra", period=IN_YEAR),
    F("xử phạt 412", "412", 412, "count", "trường hợp",
      subject="trường hợp vi phạm bị xử phạt", period=IN_YEAR),
    F("tiền 1,27 tỷ", "1,27", 1.27e9, "money", "đồng",
      subject="tổng số tiền xử phạt vi phạm", period=IN_YEAR),
    F("đạt 19,5 triệu", "19,5", 19.5e6, "count", "lượt khách", status="target",
      change=change("increase", 5, "%", "năm 2024", approx="about"),
      subject="sản lượng vận chuyển hành khách", period=Y25),
    F("; 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ xe tuyến cố định lắp thiết bị giám sát hành trình và camera", period=Y25),
    F("đầu tư 62 tỷ", "62", 62e9, "money", "đồng", status="forecast",
      subject="tổng mức đầu tư Bến xe khách Phía Tây"),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ TĨNH', 'Số: 27/BC-UBND', 'Hà Tĩnh, ngày 15 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: Số 27/BC-UBND, letterhead date, section numbers, station grades 'loại 2/3/4' (the counts before them are figures),",
    "'Nghị định số 10/2020/NĐ-CP', 'quý III/2025', 'Lưu: VT, GT'.",
    "'9 bến xe khách (2 bến ..., 3 bến ..., 4 bến ...)' is a bracketed breakdown that adds up: total 9. 'Hiện' counts have no period.",
    "'ước đạt 18,6 triệu ..., tăng 6,1% ..., bằng 101,2% kế hoạch' → estimate, change, percent attribute; 'luân chuyển ước đạt' → estimate (HK.km).",
    "Flattened '|' table, 'Đơn vị tính: lượt xe xuất bến'; rows are stations named by direction (no place), so location stays Hà Tĩnh;",
    "year columns give the period (scored). 'So với cùng kỳ (%)' cells are percent figures (index on last year), no period in the header.",
    "Rows above 'Tổng cộng' follow no part-of cue, so no cell has a total.",
    "'Trong năm' takes 2024 (report year, nearest earlier period). Section II: 'Phấn đấu năm 2025 ...; 100% ...' → target for both clauses;",
    "'Dự kiến trong quý III/2025 ... tổng mức đầu tư 62 tỷ' → forecast; quý III is when the station opens, not the period of the amount.",
]

if __name__ == "__main__":
    write("p1292-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Hà Tĩnh")
