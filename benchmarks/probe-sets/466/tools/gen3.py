from lib import *

TEXT = """
ỦY BAN NHÂN DÂN
HUYỆN MAI CHÂU
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Mai Châu, ngày 18 tháng 11 năm 2024

BÁO CÁO
Kết quả phát triển du lịch cộng đồng năm 2024, kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Kết quả chung
Thực hiện Quyết định số 1426/QĐ-UBND ngày 15/6/2023 của UBND tỉnh Hòa Bình, năm 2024 hoạt động du lịch cộng đồng trên địa bàn huyện thu hút 1.240 hộ tham gia, tạo việc làm cho khoảng 3.600 lao động. Thu nhập bình quân của hộ làm du lịch ước đạt 148 triệu đồng/hộ/năm, tăng 16 triệu đồng so với năm 2023. Huyện đã mở 9 lớp tập huấn nghiệp vụ (nấu ăn, buồng phòng, tiếng Anh giao tiếp) cho 315 học viên; 100% homestay được kiểm tra về phòng cháy, chữa cháy.

2. Một số chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị tính | Thực hiện năm 2023 | Ước thực hiện năm 2024 | Kế hoạch năm 2025
Tổng lượt khách | nghìn lượt | 612 | 705 | 780
Lượt khách quốc tế | nghìn lượt | 118 | 142 | 160
Doanh thu du lịch | tỷ đồng | 486 | 575 | 650
Số homestay | cơ sở | 128 | 146 | 165
Số giường lưu trú | giường | 2.450 | 2.810 | 3.100
Tỷ lệ homestay đạt tiêu chuẩn | % | 61,7 | 68,5 | 75

II. NHIỆM VỤ NĂM 2025
Phấn đấu có thêm 3 điểm du lịch cộng đồng được công nhận, nâng tổng số lên 11 điểm; mở 10 lớp tập huấn cho khoảng 350 học viên.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở VHTTDL;
- Lưu: VT, VHTT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hà Văn Thắng
"""

y24 = Y(2024)
y24i = Y(2024, inh=True)
y25i = Y(2025, "NĂM 2025", inh=True)

def col(y, stat):
    return dict(period=Y(y, f"năm {y}"), **({"status": stat} if stat != "actual" else {}))

rows = [
    ("Tổng lượt khách", "lượt", 1000, ["612", "705", "780"]),
    ("Lượt khách quốc tế", "lượt", 1000, ["118", "142", "160"]),
    ("Doanh thu du lịch", "đồng", 10**9, ["486", "575", "650"]),
    ("Số homestay", "cơ sở", 1, ["128", "146", "165"]),
    ("Số giường lưu trú", "giường", 1, ["2.450", "2.810", "3.100"]),
    ("Tỷ lệ homestay đạt tiêu chuẩn", "%", 1, ["61,7", "68,5", "75"]),
]
cols = [("thực hiện năm 2023", 2023, "actual"), ("ước thực hiện năm 2024", 2024, "estimate"),
        ("kế hoạch năm 2025", 2025, "target")]

FIGS = [
    F("thu hút 1.240 hộ", "1.240", 1240, "count", "hộ", "hộ tham gia hoạt động du lịch cộng đồng", y24),
    F("khoảng 3.600 lao động", "3.600", 3600, "count", "lao động", "lao động có việc làm từ du lịch cộng đồng", y24,
      approx="about"),
    F("ước đạt 148 triệu", "148", 148000000, "money", "đồng/hộ/năm", "thu nhập bình quân của hộ làm du lịch", y24i,
      status="estimate",
      change={"direction": "increase", "value": 16000000, "unit": "đồng", "baseline": "năm 2023"}),
    F("mở 9 lớp", "9", 9, "count", "lớp", "lớp tập huấn nghiệp vụ", y24i),
    F("cho 315 học viên", "315", 315, "count", "học viên", "học viên lớp tập huấn nghiệp vụ", y24i),
    F("100% homestay", "100", 100, "percent", "%", "homestay được kiểm tra về phòng cháy, chữa cháy", y24i),
]
for label, unit, mult, cells in rows:
    for (cname, y, stat), cell in zip(cols, cells):
        anchor = f"| {cell} |" if cell != cells[-1] else f"| {cell}\n"
        v = float(cell.replace(".", "").replace(",", ".")) * mult
        v = int(v) if v == int(v) else v
        kind = "percent" if unit == "%" else "money" if unit == "đồng" else "count"
        FIGS.append(F(anchor, cell, v, kind, unit, f"{label} {cname}", **col(y, stat)))

FIGS += [
    F("thêm 3 điểm", "3", 3, "count", "điểm du lịch cộng đồng", "điểm du lịch cộng đồng được công nhận thêm", y25i,
      status="target"),
    F("lên 11 điểm", "11", 11, "count", "điểm", "tổng số điểm du lịch cộng đồng được công nhận", y25i, status="target"),
    F("mở 10 lớp", "10", 10, "count", "lớp", "lớp tập huấn", y25i, status="target"),
    F("khoảng 350 học viên", "350", 350, "count", "học viên", "học viên lớp tập huấn", y25i, status="target",
      approx="about"),
]

COMMENTS = [
    "Formal report, letterhead 'Số: 287/BC-UBND', place-and-date line 'Mai Châu, ngày 18 tháng 11 năm 2024' (published).",
    "Distractors: 'Quyết định số 1426/QĐ-UBND ngày 15/6/2023', section numbers I./II./1./2., 'Lưu: VT, VHTT', 'KT. CHỦ TỊCH'.",
    "Flattened '|' table with a 'Đơn vị tính' column: 'nghìn lượt' multiplies by 10^3 (unit lượt), 'tỷ đồng' by 10^9 (money).",
    "Column headers give period and status: Thực hiện 2023 actual, Ước thực hiện 2024 estimate, Kế hoạch 2025 target (as shared h23: not inherited).",
    "Table cells have no totals (no part-of cue in the table). Subject = row label + column label.",
    "Narrative: 'ước đạt 148 triệu đồng/hộ/năm, tăng 16 triệu đồng so với năm 2023' = estimate with a money change.",
    "Section II 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu': targets for 2025, period inherited from the heading.",
    "The place is named: Hòa Bình (in the decision clause) and the district Mai Châu; default location Mai Châu.",
]

write("p466-3", TEXT, FIGS, COMMENTS, published="2024-11-18", location="Mai Châu")
