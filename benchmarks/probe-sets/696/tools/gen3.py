"""p696-3: UBND tỉnh Quảng Ninh formal report — quy hoạch quảng cáo ngoài trời năm 2023, flattened | table."""
from lib import F, P, INH, CH, emit

TEXT = """UBND TỈNH QUẢNG NINH
Số: 15/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 12 tháng 01 năm 2024

BÁO CÁO
Kết quả thực hiện Quy hoạch quảng cáo ngoài trời năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Công tác cấp phép
Năm 2023, Sở Văn hóa và Thể thao tiếp nhận 1.146 hồ sơ thông báo sản phẩm quảng cáo trên bảng quảng cáo, băng rôn, đã giải quyết 1.139 hồ sơ, đạt 99,4%, thời gian giải quyết bình quân dưới 3 ngày làm việc; cấp 57 giấy phép xây dựng công trình quảng cáo, tăng 9 giấy phép so với năm 2022.

2. Hiện trạng phương tiện quảng cáo (tính đến 31/12/2023)
Bảng 1. Vị trí quảng cáo ngoài trời theo quy hoạch
Loại phương tiện | Quy hoạch đến năm 2030 (vị trí) | Đã thực hiện (vị trí) | Tỷ lệ (%)
Bảng quảng cáo tấm lớn | 312 | 205 | 65,7
Màn hình điện tử LED | 48 | 19 | 39,6
Bảng quảng cáo tại nhà chờ xe buýt | 126 | 84 | 66,7
Pano cổ động chính trị | 95 | 95 | 100
Tổng cộng | 581 | 403 | 69,4

3. Kiểm tra, xử lý vi phạm
Các lực lượng chức năng đã kiểm tra 96 lượt tổ chức, cá nhân; xử phạt 31 trường hợp, tổng số tiền phạt 412 triệu đồng; yêu cầu tháo dỡ 1.054 băng rôn, bảng rôn treo sai quy định dọc Quốc lộ 18.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu giải quyết 100% hồ sơ đúng hạn; đưa vào khai thác thêm từ 20 đến 25 vị trí bảng quảng cáo tấm lớn dọc tuyến cao tốc Hạ Long - Vân Đồn.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = INH(P("tính đến 31/12/2023", None, "2023-12-31"))
PLAN = P("Quy hoạch đến năm 2030", None, "2030-12-31")
Y24 = INH(P("NĂM 2024", "2024-01-01", "2024-12-31"))

ROWS = [  # label, subject label, plan, done, rate, anchors
    ("Bảng quảng cáo tấm lớn", "312", 312, "205", 205, "65,7", 65.7),
    ("Màn hình điện tử LED", "48", 48, "19", 19, "39,6", 39.6),
    ("Bảng quảng cáo tại nhà chờ xe buýt", "126", 126, "84", 84, "66,7", 66.7),
    ("Pano cổ động chính trị", "95", 95, "95", 95, "100", 100),
    ("Tổng cộng", "581", 581, "403", 403, "69,4", 69.4),
]

TABLE = []
for label, pn, pv, dn, dv, rn, rv in ROWS:
    name = "tổng cộng vị trí quảng cáo ngoài trời" if label == "Tổng cộng" else label
    TABLE.append(F(f"{label} | {pn} |", pn, pv, "count", "vị trí", f"{name} quy hoạch đến năm 2030", PLAN,
                   status="target"))
    TABLE.append(F(f"| {dn} | {rn}", dn, dv, "count", "vị trí", f"{name} đã thực hiện", ASOF))
    TABLE.append(F(f"{dn} | {rn}\n", rn, rv, "percent", "%", f"tỷ lệ thực hiện {name}", ASOF))

FIGS = [
    F("tiếp nhận 1.146 hồ sơ", "1.146", 1146, "count", "hồ sơ",
      "hồ sơ thông báo sản phẩm quảng cáo trên bảng quảng cáo, băng rôn tiếp nhận", Y23),
    F("giải quyết 1.139 hồ sơ", "1.139", 1139, "count", "hồ sơ", "hồ sơ thông báo sản phẩm quảng cáo đã giải quyết",
      Y23, percent=99.4),
    F("dưới 3 ngày làm việc", "3", 3, "measure", "ngày làm việc", "thời gian giải quyết bình quân", Y23,
      approx="under"),
    F("cấp 57 giấy phép", "57", 57, "count", "giấy phép", "giấy phép xây dựng công trình quảng cáo được cấp", Y23,
      change=CH("increase", 9, unit="giấy phép", baseline="năm 2022")),
] + TABLE + [
    F("kiểm tra 96 lượt", "96", 96, "count", "lượt", "lượt tổ chức, cá nhân được kiểm tra", INH(Y23)),
    F("xử phạt 31 trường hợp", "31", 31, "count", "trường hợp", "trường hợp bị xử phạt", INH(Y23)),
    F("phạt 412 triệu đồng", "412", 412000000, "money", "đồng", "tổng số tiền phạt", INH(Y23)),
    F("tháo dỡ 1.054 băng rôn", "1.054", 1054, "count", "băng rôn",
      "băng rôn, bảng rôn treo sai quy định bị yêu cầu tháo dỡ", INH(Y23)),
    F("giải quyết 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ được giải quyết đúng hạn", Y24, status="target"),
    F("từ 20 đến 25 vị trí", "20", 20, "count", "vị trí",
      "vị trí bảng quảng cáo tấm lớn đưa vào khai thác thêm dọc tuyến cao tốc Hạ Long - Vân Đồn", Y24,
      value_max=25, status="target"),
]

COMMENTS = [
    "UBND tỉnh Quảng Ninh, formal report `Số: 15/BC-UBND`, `Quảng Ninh, ngày 12 tháng 01 năm 2024` (published): kết quả thực hiện",
    "quy hoạch quảng cáo ngoài trời năm 2023, with a flattened `|` table (Quy hoạch đến năm 2030 | Đã thực hiện | Tỷ lệ (%)).",
    "Not figures: report number, section numbers `I.`, `1.`-`3.`, `II.`, `Bảng 1`, `Quốc lộ 18`, the date line.",
    "Table: every numeric cell is a figure (no attributes between cells, as shared h23); plan column → status target with the header's",
    "period (scored, as h23); done/rate cells take the section heading's `tính đến 31/12/2023` (inherited). `Tổng cộng` cells are figures.",
    "`tăng 9 giấy phép so với năm 2022` is the change of the 57 permits (unit giấy phép). Section II figures are 2024 targets (heading, inherited).",
    "`đạt 99,4%` is the share of 1.139; 1.146 received is not cued as its whole (no total).",
]

if __name__ == "__main__":
    emit("p696-3", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Quảng Ninh")
