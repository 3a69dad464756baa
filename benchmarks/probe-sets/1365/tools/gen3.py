"""p1365-3: formal report (UBND tỉnh Kon Tum, Số: 318/BC-UBND): earthquakes 9 months 2024, flattened '|' table by district."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH KON TUM
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Tum, ngày 15 tháng 10 năm 2024

BÁO CÁO
Tình hình động đất và công tác ứng phó 9 tháng đầu năm 2024

I. TÌNH HÌNH ĐỘNG ĐẤT
1. Số trận động đất
Theo số liệu của Viện Vật lý Địa cầu, 9 tháng đầu năm 2024, trên địa bàn tỉnh xảy ra 153 trận động đất, tăng 48,5% so với cùng kỳ; tập trung chủ yếu tại huyện Kon Plông (chiếm 90,2%).

Đơn vị tính: trận
Địa bàn | Năm 2022 | Năm 2023 | 9 tháng 2024
Huyện Kon Plông | 73 | 106 | 138
Huyện Kon Rẫy | 6 | 9 | 12
Các huyện còn lại | 2 | 1 | 3
Toàn tỉnh | 81 | 116 | 153

2. Thiệt hại
Tính đến ngày 30/9/2024, động đất làm 52 nhà dân bị nứt tường, 3 trường học và 1 trụ sở UBND xã bị ảnh hưởng; tổng giá trị thiệt hại ước khoảng 0,8 tỷ đồng. UBND tỉnh đã hỗ trợ 164 triệu đồng để khắc phục.

II. CÔNG TÁC ỨNG PHÓ
Phối hợp với Viện Vật lý Địa cầu duy trì vận hành 4 trạm địa chấn và 2 trạm đo mực nước ngầm tại huyện Kon Plông. Tổ chức 14 lớp tập huấn cho 1.120 lượt cán bộ, giáo viên và người dân, đạt 112% kế hoạch năm.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu hoàn thành lắp đặt 2 trạm đo gia tốc nền trước ngày 31/12/2024; tổ chức diễn tập tại ít nhất 5 trường học; tiếp tục thực hiện Quyết định số 18/2021/QĐ-TTg về dự báo, cảnh báo thiên tai.

Nơi nhận:
- Bộ Tài nguyên và Môi trường (b/c);
- Viện Vật lý Địa cầu;
- Lưu: VT, NNTN.
"""

NINE = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = period("Tính đến ngày 30/9/2024", None, "2024-09-30")
DEADLINE = period("trước ngày 31/12/2024", None, "2024-12-31")
Q4 = period("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)
COLS = {
    "Năm 2022": period("Năm 2022", "2022-01-01", "2022-12-31"),
    "Năm 2023": period("Năm 2023", "2023-01-01", "2023-12-31"),
    "9 tháng 2024": period("9 tháng 2024", "2024-01-01", "2024-09-30"),
}
KP = "Kon Plông"

# row label -> (subject prefix, location); a place label goes to location, not subject
ROWS = [
    ("Huyện Kon Plông", "số trận động đất", "Kon Plông", ["73", "106", "138"]),
    ("Huyện Kon Rẫy", "số trận động đất", "Kon Rẫy", ["6", "9", "12"]),
    ("Các huyện còn lại", "số trận động đất các huyện còn lại", "Kon Tum", ["2", "1", "3"]),
    ("Toàn tỉnh", "số trận động đất toàn tỉnh", "Kon Tum", ["81", "116", "153"]),
]
CELLS = []
for label, subj, loc, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(F(f"{prev} | {n}", n, float(n), "count", "trận", subject=f"{subj} {col.lower()}",
                       period=COLS[col], location=loc))
        prev = n

FIGS = [
    F("xảy ra 153 trận", "153", 153, "count", "trận động đất",
      change=change("increase", 48.5, "%", "cùng kỳ"),
      subject="trận động đất xảy ra trên địa bàn tỉnh", period=NINE),
    F("(chiếm 90,2%)", "90,2", 90.2, "percent", "%",
      subject="tỷ lệ trận động đất tập trung tại huyện Kon Plông", period=NINE, location=KP),
] + CELLS + [
    F("làm 52 nhà dân", "52", 52, "count", "nhà dân", subject="nhà dân bị nứt tường do động đất", period=ASOF),
    F("3 trường học và", "3", 3, "count", "trường học", subject="trường học bị ảnh hưởng", period=ASOF),
    F("1 trụ sở", "1", 1, "count", "trụ sở UBND xã", subject="trụ sở UBND xã bị ảnh hưởng", period=ASOF),
    F("ước khoảng 0,8 tỷ", "0,8", 0.8e9, "money", "đồng", approx="about", status="estimate",
      subject="tổng giá trị thiệt hại", period=ASOF),
    F("hỗ trợ 164 triệu", "164", 164e6, "money", "đồng", subject="kinh phí UBND tỉnh hỗ trợ khắc phục",
      period=inherit(ASOF)),
    F("vận hành 4 trạm", "4", 4, "count", "trạm địa chấn", subject="trạm địa chấn duy trì vận hành",
      location=KP),
    F("và 2 trạm đo", "2", 2, "count", "trạm đo mực nước ngầm", subject="trạm đo mực nước ngầm duy trì vận hành",
      location=KP),
    F("Tổ chức 14 lớp", "14", 14, "count", "lớp tập huấn", subject="lớp tập huấn"),
    F("cho 1.120 lượt", "1.120", 1120, "count", "lượt", percent=112,
      subject="lượt cán bộ, giáo viên và người dân được tập huấn"),
    F("lắp đặt 2 trạm", "2", 2, "count", "trạm đo gia tốc nền", status="target",
      subject="trạm đo gia tốc nền hoàn thành lắp đặt", period=DEADLINE),
    F("ít nhất 5 trường", "5", 5, "count", "trường học", approx="at_least", status="target",
      subject="trường học tổ chức diễn tập", period=Q4),
]

NOTES = [
    "Formal report (UBND tỉnh Kon Tum, Số: 318/BC-UBND, 'Kon Tum, ngày 15 tháng 10 năm 2024'): earthquakes 9 months 2024.",
    "Distractors: 'Số: 318/BC-UBND', letterhead date, section numbers I.-III. and 1.-2., 'Quyết định số 18/2021/QĐ-TTg',",
    "'Lưu: VT, NNTN', the as-of and deadline dates.",
    "'(chiếm 90,2%)' after 'tập trung chủ yếu tại huyện Kon Plông' is Kon Plông's share of the 153 quakes, not a share of the",
    "153 itself: a percent figure of its own, located in Kon Plông (138/153 = 90,2%).",
    "Flattened '|' table, 'Đơn vị tính: trận': rows are districts (a place label goes to location; 'Các huyện còn lại' and",
    "'Toàn tỉnh' are labels, located in the province); periods from the column headers (scored); table cells get no total.",
    "'Tính đến ngày 30/9/2024' governs the damage sentence; the support sentence after it inherits it (not scored).",
    "'đạt 112% kế hoạch năm' → percent 112 on the figure it follows (1.120 lượt).",
    "Section III 'Phấn đấu' → target for both clauses; 2 trạm takes its own deadline 'trước ngày 31/12/2024' (null..2024-12-31);",
    "the 5 schools inherit 'QUÝ IV/2024' from the heading (not scored).",
]

if __name__ == "__main__":
    write("p1365-3", TEXT, NOTES, FIGS, published="2024-10-15", location="Kon Tum")
