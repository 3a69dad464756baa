"""p807-3: formal report of UBND tỉnh Bình Thuận, beach rescue 9 months 2024, flattened '|' table by locality."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BÌNH THUẬN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 298/BC-UBND
Bình Thuận, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác cứu hộ, cứu nạn tại các bãi tắm biển 9 tháng năm 2024

I. TÌNH HÌNH CHUNG
Thực hiện Kế hoạch số 1856/KH-UBND ngày 22/3/2024 của UBND tỉnh, 9 tháng năm 2024 toàn tỉnh đón khoảng 6,8 triệu lượt khách, tăng 9,4% so với cùng kỳ. Toàn tỉnh có 19 bãi tắm được cấp phép, trong đó 15 bãi đã bố trí lực lượng cứu hộ chuyên trách (đạt 78,9%).

II. KẾT QUẢ THỰC HIỆN
1. Lực lượng, trang thiết bị: các địa phương duy trì 47 chòi cứu hộ, 212 nhân viên cứu hộ; trang bị 650 phao cứu sinh, 18 ca nô và 9 mô tô nước.
2. Kết quả cứu hộ tại các địa phương:
Đơn vị tính: người
Địa phương | Nhân viên cứu hộ | Người được cứu sống | Người tử vong do đuối nước
Phan Thiết | 96 | 58 | 4
La Gi | 41 | 17 | 2
Tuy Phong | 28 | 9 | 1
Hàm Thuận Nam | 25 | 6 | 2
Bắc Bình | 22 | 5 | 0
Tổng cộng | 212 | 95 | 9
So với cùng kỳ năm 2023, số người được cứu sống tăng 21 người, số người tử vong giảm 5 người.
3. Kinh phí: tổng kinh phí chi cho công tác cứu hộ 9 tháng ước đạt 14,2 tỷ đồng, bằng 83,5% dự toán năm; trong đó ngân sách địa phương 8,7 tỷ đồng, xã hội hóa 5,5 tỷ đồng.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu 100% bãi tắm được cấp phép có lực lượng cứu hộ chuyên trách; dự kiến tuyển bổ sung khoảng 30 nhân viên cứu hộ trong quý IV/2024.

Nơi nhận:
- Bộ Văn hóa, Thể thao và Du lịch;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

P9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
P9b = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
NV, CS, TV = "nhân viên cứu hộ", "người được cứu sống", "người tử vong do đuối nước"


def row(place, cells, loc=None):
    """cells: list of (anchor, number, subject)"""
    out = []
    for anchor, number, subj in cells:
        kw = {"location": loc} if loc else {}
        out.append(F(anchor, number, float(number), "count", "người", subj, I(P9), **kw))
    return out


FIGS = [
    F("đón khoảng 6,8 triệu lượt khách", "6,8", 6.8e6, "count", "lượt khách", "lượt khách du lịch", P9,
      approx="about", change=C("increase", 9.4, "%", "cùng kỳ")),
    F("có 19 bãi tắm", "19", 19, "count", "bãi tắm", "bãi tắm được cấp phép"),
    F("trong đó 15 bãi", "15", 15, "count", "bãi", "bãi tắm đã bố trí lực lượng cứu hộ chuyên trách",
      total=19, percent=78.9),
    F("duy trì 47 chòi", "47", 47, "count", "chòi cứu hộ", "chòi cứu hộ"),
    F("47 chòi cứu hộ, 212 nhân viên", "212", 212, "count", "nhân viên cứu hộ", "nhân viên cứu hộ"),
    F("650 phao cứu sinh", "650", 650, "count", "phao cứu sinh", "phao cứu sinh"),
    F("18 ca nô", "18", 18, "count", "ca nô", "ca nô"),
    F("9 mô tô nước", "9", 9, "count", "mô tô nước", "mô tô nước"),
]
FIGS += row("Phan Thiết", [("Phan Thiết | 96", "96", NV), ("96 | 58", "58", CS), ("58 | 4", "4", TV)], "Phan Thiết")
FIGS += row("La Gi", [("La Gi | 41", "41", NV), ("41 | 17", "17", CS), ("17 | 2", "2", TV)], "La Gi")
FIGS += row("Tuy Phong", [("Tuy Phong | 28", "28", NV), ("28 | 9 |", "9", CS), ("9 | 1", "1", TV)], "Tuy Phong")
FIGS += row("Hàm Thuận Nam", [("Hàm Thuận Nam | 25", "25", NV), ("25 | 6", "6", CS), ("6 | 2", "2", TV)], "Hàm Thuận Nam")
FIGS += row("Bắc Bình", [("Bắc Bình | 22", "22", NV), ("22 | 5", "5", CS), ("5 | 0", "0", TV)], "Bắc Bình")
FIGS += row("Tổng cộng", [("Tổng cộng | 212", "212", "tổng số nhân viên cứu hộ"),
                          ("212 | 95", "95", "tổng số người được cứu sống"),
                          ("95 | 9", "9", "tổng số người tử vong do đuối nước")])
FIGS += [
    F("tăng 21 người", "21", 21, "count", "người", "số người được cứu sống tăng so với cùng kỳ năm 2023", I(P9)),
    F("giảm 5 người", "5", 5, "count", "người", "số người tử vong giảm so với cùng kỳ năm 2023", I(P9)),
    F("ước đạt 14,2 tỷ đồng", "14,2", 14.2e9, "money", "đồng", "tổng kinh phí chi cho công tác cứu hộ", P9b,
      percent=83.5, status="estimate"),
    F("địa phương 8,7 tỷ đồng", "8,7", 8.7e9, "money", "đồng", "kinh phí cứu hộ từ ngân sách địa phương", P9b,
      total=14.2e9, status="estimate"),
    F("xã hội hóa 5,5 tỷ đồng", "5,5", 5.5e9, "money", "đồng", "kinh phí cứu hộ từ xã hội hóa", P9b,
      total=14.2e9, status="estimate"),
    F("Phấn đấu 100% bãi tắm", "100", 100, "percent", "%",
      "tỷ lệ bãi tắm được cấp phép có lực lượng cứu hộ chuyên trách", Q4, status="target"),
    F("khoảng 30 nhân viên", "30", 30, "count", "nhân viên cứu hộ", "nhân viên cứu hộ tuyển bổ sung", Q4,
      approx="about", status="forecast"),
]

write("p807-3", TEXT, [
    "Formal report (Số: 298/BC-UBND) of UBND tỉnh Bình Thuận: beach rescue 9 months 2024, flattened '|' table (Đơn vị tính: người) by locality.",
    "Table cells: unit 'người' from the Đơn vị tính line, subject = column label, row place = location, period inherited from the title",
    "('9 tháng năm 2024'); the Tổng cộng row is the province (no totals on cells). 'Bắc Bình | 22 | 5 | 0': the 0 is a numeric cell, a figure.",
    "'số người được cứu sống tăng 21 người' stands without its base amount in the sentence: a count of its own, no change object.",
    "'bằng 83,5% dự toán năm' is the share of 14,2 tỷ; 'ước đạt' governs the 'trong đó' parts. Heading 'QUÝ IV/2024', section numbers, doc numbers are not figures.",
], FIGS, published="2024-10-14", location="Bình Thuận")
