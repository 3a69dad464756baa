"""p1056-3: formal report (UBND tỉnh Quảng Nam, BCĐ liên ngành ATTP), H1/2024, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG NAM
BAN CHỈ ĐẠO LIÊN NGÀNH
VỀ AN TOÀN THỰC PHẨM
Số: 287/BC-BCĐ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác bảo đảm an toàn thực phẩm 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Thanh tra, kiểm tra
Trong 6 tháng đầu năm 2024, toàn tỉnh tổ chức 327 đoàn thanh tra, kiểm tra, kiểm tra 6.184 cơ sở, trong đó 2.905 cơ sở kinh doanh thức ăn đường phố (chiếm 47%). Kết quả tại 4 địa phương trọng điểm du lịch như sau:

Đơn vị tính: cơ sở
Địa phương | Số cơ sở được kiểm tra | Số cơ sở vi phạm | Số cơ sở bị xử phạt
Tam Kỳ | 612 | 58 | 21
Hội An | 845 | 73 | 30
Điện Bàn | 534 | 49 | 16
Núi Thành | 398 | 31 | 9
Tổng cộng | 2.389 | 211 | 76

Tổng số tiền phạt là 1.286,5 triệu đồng, bằng 118% so với cùng kỳ năm 2023.

2. Giám sát, xét nghiệm
Trung tâm Kiểm soát bệnh tật tỉnh kiểm nghiệm 236 mẫu, trong đó 212 mẫu đạt (89,8%). Tuyến huyện test nhanh 2.750 mẫu tại chợ và điểm bán thức ăn đường phố, có 2.684 mẫu đạt, chiếm 97,6%. Tính đến ngày 30/6/2024, toàn tỉnh có 4.812 cơ sở thức ăn đường phố ký cam kết bảo đảm an toàn thực phẩm.

3. Ngộ độc thực phẩm
Trên địa bàn tỉnh xảy ra 2 vụ ngộ độc thực phẩm với 47 người mắc, không có trường hợp tử vong, giảm 1 vụ so với cùng kỳ.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu tỷ lệ mẫu test nhanh đạt yêu cầu trên 97%.
2. Dự kiến thành lập 150 đoàn kiểm tra dịp Tết Trung thu và Quốc khánh 2/9.

Nơi nhận:
- Bộ Y tế (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.
"""

H = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HI = I(H)
H2 = I(P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31"))


def cell(anchor, number, value, col, loc):
    return F(anchor, number, value, "count", "cơ sở", col, location=loc, period=HI)


FIGS = [
    F("tổ chức 327 đoàn", "327", 327, "count", "đoàn thanh tra, kiểm tra", "đoàn thanh tra, kiểm tra", period=H),
    F("kiểm tra 6.184 cơ sở", "6.184", 6184, "count", "cơ sở", "cơ sở được kiểm tra", period=H),
    F("trong đó 2.905 cơ sở", "2.905", 2905, "count", "cơ sở", "cơ sở kinh doanh thức ăn đường phố được kiểm tra",
      total=6184, percent=47, period=H),
    F("tại 4 địa phương", "4", 4, "count", "địa phương", "địa phương trọng điểm du lịch", optional=True),
    cell("Tam Kỳ | 612", "612", 612, "số cơ sở được kiểm tra", "Tam Kỳ"),
    cell("612 | 58", "58", 58, "số cơ sở vi phạm", "Tam Kỳ"),
    cell("58 | 21", "21", 21, "số cơ sở bị xử phạt", "Tam Kỳ"),
    cell("Hội An | 845", "845", 845, "số cơ sở được kiểm tra", "Hội An"),
    cell("845 | 73", "73", 73, "số cơ sở vi phạm", "Hội An"),
    cell("73 | 30", "30", 30, "số cơ sở bị xử phạt", "Hội An"),
    cell("Điện Bàn | 534", "534", 534, "số cơ sở được kiểm tra", "Điện Bàn"),
    cell("534 | 49", "49", 49, "số cơ sở vi phạm", "Điện Bàn"),
    cell("49 | 16", "16", 16, "số cơ sở bị xử phạt", "Điện Bàn"),
    cell("Núi Thành | 398", "398", 398, "số cơ sở được kiểm tra", "Núi Thành"),
    cell("398 | 31", "31", 31, "số cơ sở vi phạm", "Núi Thành"),
    cell("31 | 9", "9", 9, "số cơ sở bị xử phạt", "Núi Thành"),
    cell("Tổng cộng | 2.389", "2.389", 2389, "tổng cộng số cơ sở được kiểm tra", "Quảng Nam"),
    cell("2.389 | 211", "211", 211, "tổng cộng số cơ sở vi phạm", "Quảng Nam"),
    cell("211 | 76", "76", 76, "tổng cộng số cơ sở bị xử phạt", "Quảng Nam"),
    F("là 1.286,5 triệu đồng", "1.286,5", 1286500000, "money", "đồng", "tổng số tiền phạt",
      percent=118, period=HI),
    F("kiểm nghiệm 236 mẫu", "236", 236, "count", "mẫu", "mẫu kiểm nghiệm", period=HI),
    F("212 mẫu đạt", "212", 212, "count", "mẫu", "mẫu kiểm nghiệm đạt", total=236, percent=89.8, period=HI),
    F("test nhanh 2.750 mẫu", "2.750", 2750, "count", "mẫu", "mẫu test nhanh tại chợ và điểm bán thức ăn đường phố",
      period=HI),
    F("có 2.684 mẫu đạt", "2.684", 2684, "count", "mẫu", "mẫu test nhanh đạt", percent=97.6, period=HI),
    F("có 4.812 cơ sở", "4.812", 4812, "count", "cơ sở",
      "cơ sở thức ăn đường phố ký cam kết bảo đảm an toàn thực phẩm",
      period=P("Tính đến ngày 30/6/2024", None, "2024-06-30")),
    F("xảy ra 2 vụ", "2", 2, "count", "vụ", "vụ ngộ độc thực phẩm",
      change=C("decrease", 1, "vụ", "cùng kỳ"), period=HI),
    F("47 người mắc", "47", 47, "count", "người", "người mắc ngộ độc thực phẩm", period=HI),
    F("trên 97%", "97", 97, "percent", "%", "tỷ lệ mẫu test nhanh đạt yêu cầu", approx="over",
      status="target", period=H2),
    F("thành lập 150 đoàn", "150", 150, "count", "đoàn kiểm tra", "đoàn kiểm tra dịp Tết Trung thu và Quốc khánh",
      status="forecast", period=H2),
]

NOTES = [
    "Formal report of the provincial food-safety steering board (Quảng Nam), 6 tháng đầu năm 2024, flattened | table by locality.",
    "Table cells: unit from 'Đơn vị tính: cơ sở', subject = column label, the row's place as location; the Tổng cộng row",
    "(sum of the four localities) is its own figure with location Quảng Nam. Table period from the sentence above (inherited).",
    "'Kết quả tại 4 địa phương' is structure (optional). '2.905 ... (chiếm 47%)' after 'trong đó' -> total 6.184, percent 47.",
    "'1.286,5 triệu đồng, bằng 118% so với cùng kỳ' -> percent 118 (share after bằng).",
    "'có 2.684 mẫu đạt, chiếm 97,6%' follows 2.750 after a comma with no part-of cue: percent only, no total (FIGURES.md lists the cues).",
    "'giảm 1 vụ so với cùng kỳ' is the change of 2 vụ (across the 47 người clause). Section II period from its heading (inherited).",
    "Distractors: Số: 287/BC-BCĐ, ngày 08 tháng 7 năm 2024, section numbers I./II./1./2./3., Quốc khánh 2/9, Lưu: VT.",
]

write(3, TEXT, FIGS, NOTES, published="2024-07-08", location="Quảng Nam")
