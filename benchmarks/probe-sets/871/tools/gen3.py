"""p871-3: formal report UBND tỉnh Hà Tĩnh, school eye care 2022-2023, flattened '|' table by district."""
from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH HÀ TĨNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Hà Tĩnh, ngày 12 tháng 7 năm 2023

BÁO CÁO
Kết quả thực hiện Kế hoạch chăm sóc mắt cho học sinh năm học 2022-2023

Thực hiện Kế hoạch số 415/KH-UBND ngày 25/8/2022 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Khám sàng lọc thị lực
Năm học 2022-2023, toàn tỉnh đã tổ chức khám mắt cho 35.640 học sinh tại 4 địa phương thí điểm, đạt 101,8% kế hoạch; phát hiện 6.842 học sinh mắc tật khúc xạ, chiếm 19,2%. Kết quả cụ thể như sau:

Đơn vị tính: học sinh
Địa phương | Số học sinh được khám | Số mắc tật khúc xạ | Tỷ lệ (%) | Được cấp kính
TP Hà Tĩnh | 12.480 | 3.120 | 25,0 | 1.046
Thị xã Hồng Lĩnh | 6.350 | 1.206 | 19,0 | 415
Huyện Can Lộc | 8.920 | 1.338 | 15,0 | 462
Huyện Thạch Hà | 7.890 | 1.178 | 14,9 | 377
Tổng cộng | 35.640 | 6.842 | 19,2 | 2.300

2. Cấp kính và tập huấn
Đã cấp miễn phí 2.300 kính cho học sinh mắc tật khúc xạ, trong đó 1.380 kính từ nguồn ngân sách tỉnh và 920 kính do các nhà tài trợ hỗ trợ. Tổng kinh phí thực hiện 1,15 tỷ đồng, bằng 95,8% dự toán được giao. Đã tập huấn cho 286 giáo viên, nhân viên y tế trường học về phát hiện sớm giảm thị lực.

II. TỒN TẠI, HẠN CHẾ
Còn khoảng 30% số học sinh được chỉ định đeo kính nhưng chưa đeo thường xuyên; 42/112 trường chưa bảo đảm tiêu chuẩn chiếu sáng lớp học.

III. NHIỆM VỤ NĂM HỌC 2023-2024
Mở rộng khám sàng lọc ra 13/13 huyện, thị xã, thành phố; phấn đấu khám cho ít nhất 80.000 học sinh, tỷ lệ học sinh mắc tật khúc xạ được đeo kính đúng số đạt trên 85%. Dự kiến kinh phí khoảng 2,4 tỷ đồng.

Nơi nhận:
- Bộ Y tế, Bộ GD&ĐT;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

SY = P("Năm học 2022-2023", "2022-09-01", "2023-05-31")
NEXT = P("NĂM HỌC 2023-2024", "2023-09-01", "2024-05-31", inherited=True)
COLS = {
    "kham": ("count", "học sinh", "số học sinh được khám"),
    "tkx": ("count", "học sinh", "số học sinh mắc tật khúc xạ"),
    "tyle": ("percent", "%", "tỷ lệ học sinh mắc tật khúc xạ"),
    "kinh": ("count", "học sinh", "số học sinh được cấp kính"),
}


def cell(anchor, number, value, col, place):
    kind, unit, subj = COLS[col]
    return F(anchor, number, value, kind, unit, subj, period=I(SY), location=place)


FIGS = [
    F("cho 35.640 học sinh", "35.640", 35640, "count", "học sinh", "học sinh được khám mắt", percent=101.8, period=SY),
    F("tại 4 địa phương", "4", 4, "count", "địa phương", "địa phương thí điểm khám mắt", period=SY),
    F("phát hiện 6.842 học sinh", "6.842", 6842, "count", "học sinh", "học sinh mắc tật khúc xạ", percent=19.2, period=SY),
    cell("Hà Tĩnh | 12.480", "12.480", 12480, "kham", "Hà Tĩnh"),
    cell("12.480 | 3.120", "3.120", 3120, "tkx", "Hà Tĩnh"),
    cell("3.120 | 25,0", "25,0", 25.0, "tyle", "Hà Tĩnh"),
    cell("25,0 | 1.046", "1.046", 1046, "kinh", "Hà Tĩnh"),
    cell("Hồng Lĩnh | 6.350", "6.350", 6350, "kham", "Hồng Lĩnh"),
    cell("6.350 | 1.206", "1.206", 1206, "tkx", "Hồng Lĩnh"),
    cell("1.206 | 19,0", "19,0", 19.0, "tyle", "Hồng Lĩnh"),
    cell("19,0 | 415", "415", 415, "kinh", "Hồng Lĩnh"),
    cell("Can Lộc | 8.920", "8.920", 8920, "kham", "Can Lộc"),
    cell("8.920 | 1.338", "1.338", 1338, "tkx", "Can Lộc"),
    cell("1.338 | 15,0", "15,0", 15.0, "tyle", "Can Lộc"),
    cell("15,0 | 462", "462", 462, "kinh", "Can Lộc"),
    cell("Thạch Hà | 7.890", "7.890", 7890, "kham", "Thạch Hà"),
    cell("7.890 | 1.178", "1.178", 1178, "tkx", "Thạch Hà"),
    cell("1.178 | 14,9", "14,9", 14.9, "tyle", "Thạch Hà"),
    cell("14,9 | 377", "377", 377, "kinh", "Thạch Hà"),
    cell("Tổng cộng | 35.640", "35.640", 35640, "kham", "Hà Tĩnh"),
    cell("35.640 | 6.842", "6.842", 6842, "tkx", "Hà Tĩnh"),
    cell("6.842 | 19,2", "19,2", 19.2, "tyle", "Hà Tĩnh"),
    cell("19,2 | 2.300", "2.300", 2300, "kinh", "Hà Tĩnh"),
    F("miễn phí 2.300 kính", "2.300", 2300, "count", "kính", "kính cấp miễn phí cho học sinh mắc tật khúc xạ", period=I(SY)),
    F("1.380 kính", "1.380", 1380, "count", "kính", "kính từ nguồn ngân sách tỉnh", total=2300, period=I(SY)),
    F("920 kính", "920", 920, "count", "kính", "kính do các nhà tài trợ hỗ trợ", total=2300, period=I(SY)),
    F("thực hiện 1,15 tỷ đồng", "1,15", 1150000000, "money", "đồng", "tổng kinh phí thực hiện", percent=95.8, period=I(SY)),
    F("cho 286 giáo viên", "286", 286, "count", "giáo viên, nhân viên y tế trường học", "giáo viên, nhân viên y tế trường học được tập huấn", period=I(SY)),
    F("khoảng 30% số học sinh", "30", 30, "percent", "%", "học sinh được chỉ định đeo kính nhưng chưa đeo thường xuyên", approx="about"),
    F("42/112 trường", "42", 42, "count", "trường", "trường chưa bảo đảm tiêu chuẩn chiếu sáng lớp học", total=112),
    F("ra 13/13 huyện", "13", 13, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố được mở rộng khám sàng lọc",
      total=13, status="target", period=NEXT),
    F("ít nhất 80.000 học sinh", "80.000", 80000, "count", "học sinh", "học sinh được khám", approx="at_least",
      status="target", period=NEXT),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ học sinh mắc tật khúc xạ được đeo kính đúng số", approx="over",
      status="target", period=NEXT),
    F("khoảng 2,4 tỷ đồng", "2,4", 2400000000, "money", "đồng", "kinh phí", approx="about", status="forecast",
      period=NEXT),
]

NOTES = [
    "Báo cáo UBND tỉnh Hà Tĩnh số 287/BC-UBND (invented), năm học 2022-2023. Date line gives published 2023-07-12.",
    "School year read as 1 September to 31 May (the spec is silent on 'năm học').",
    "Table: 'Đơn vị tính: học sinh'; district rows give location (TP Hà Tĩnh -> Hà Tĩnh), subject is the column label;",
    "the 'Tổng cộng' row is a figure of its own (Hà Tĩnh), cells carry no totals; period from the intro sentence (inherited).",
    "Section III heading 'NHIỆM VỤ NĂM HỌC 2023-2024' makes its figures targets (and the period, inherited); 'Dự kiến' -> forecast.",
    "42/112 trường -> total 112; 13/13 -> total 13. Distractors: Số: 287/BC-UBND, Kế hoạch số 415/KH-UBND ngày 25/8/2022, I./II./III., 1./2.",
]

build(3, TEXT, FIGS, published="2023-07-12", location="Hà Tĩnh", notes=NOTES)
