"""p670-3: UBND tỉnh Đồng Tháp formal report, reintegration 9 months 2024, flattened | table."""
from lib import F, P, INH, CH, TG, emit

TEXT = """UBND TỈNH ĐỒNG THÁP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 274/BC-UBND
Đồng Tháp, ngày 11 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác tái hòa nhập cộng đồng đối với người chấp hành xong án phạt tù 9 tháng năm 2024

Thực hiện Nghị định số 49/2020/NĐ-CP ngày 17/4/2020 của Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tiếp nhận, quản lý
9 tháng năm 2024, toàn tỉnh tiếp nhận 612 người chấp hành xong án phạt tù trở về địa phương, tăng 7,2% so với cùng kỳ năm 2023; trong đó có 58 người được tha tù trước thời hạn có điều kiện và 26 người được đặc xá. Ước cả năm 2024, toàn tỉnh tiếp nhận khoảng 800 người.

2. Hỗ trợ học nghề, việc làm, vay vốn
Các địa phương đã hỗ trợ học nghề cho 87 người, đạt 72,5% kế hoạch năm; giới thiệu việc làm cho 398 người. Ngân hàng Chính sách xã hội tỉnh giải ngân cho 126 người vay với số tiền hơn 14,3 tỷ đồng.

Bảng 1. Kết quả tại một số địa phương
Địa phương | Số người trở về (người) | Được hỗ trợ việc làm (người) | Vốn vay giải ngân (triệu đồng)
TP. Cao Lãnh | 48 | 31 | 1.250
TP. Sa Đéc | 37 | 22 | 840
Huyện Tháp Mười | 52 | 35 | 1.420,5
Huyện Hồng Ngự | 41 | 26 | 0
Toàn tỉnh | 612 | 398 | 14.356

3. Tái phạm tội
Có 18 người tái phạm tội, chiếm 2,94% số người trở về, giảm 0,6% so với cùng kỳ.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ
Quý IV/2024, phấn đấu hỗ trợ học nghề thêm ít nhất 30 người; dự kiến giải ngân khoảng 3 tỷ đồng cho người chấp hành xong án phạt tù.

Nơi nhận:
- Bộ Công an (C10);
- Thường trực Tỉnh ủy;
- Lưu: VT, NC.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")
I9 = INH(M9)
R = "Số người trở về"
J = "người được hỗ trợ việc làm"
V = "Vốn vay giải ngân"

FIGS = [
    F("tiếp nhận 612 người", "612", 612, "count", "người",
      "người chấp hành xong án phạt tù trở về địa phương", M9, change=CH("increase", 7.2, "%", "cùng kỳ năm 2023")),
    F("có 58 người", "58", 58, "count", "người", "người được tha tù trước thời hạn có điều kiện", M9, total=612),
    F("và 26 người", "26", 26, "count", "người", "người được đặc xá", M9, total=612),
    F("khoảng 800 người", "800", 800, "count", "người", "người chấp hành xong án phạt tù trở về địa phương",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate"),
    F("cho 87 người", "87", 87, "count", "người", "người được hỗ trợ học nghề", I9, percent=72.5),
    F("cho 398 người", "398", 398, "count", "người", "người được giới thiệu việc làm", I9),
    F("cho 126 người", "126", 126, "count", "người", "người được Ngân hàng Chính sách xã hội giải ngân cho vay", I9),
    F("hơn 14,3 tỷ", "14,3", 14.3e9, "money", "đồng", "số tiền giải ngân cho vay", I9, approx="over"),
    # table: Địa phương | Số người trở về (người) | Được hỗ trợ việc làm (người) | Vốn vay giải ngân (triệu đồng)
    F("Lãnh | 48", "48", 48, "count", "người", R, I9, location="Cao Lãnh"),
    F("48 | 31", "31", 31, "count", "người", J, I9, location="Cao Lãnh"),
    F("31 | 1.250", "1.250", 1250e6, "money", "đồng", V, I9, location="Cao Lãnh"),
    F("Đéc | 37", "37", 37, "count", "người", R, I9, location="Sa Đéc"),
    F("37 | 22", "22", 22, "count", "người", J, I9, location="Sa Đéc"),
    F("22 | 840", "840", 840e6, "money", "đồng", V, I9, location="Sa Đéc"),
    F("Mười | 52", "52", 52, "count", "người", R, I9, location="Tháp Mười"),
    F("52 | 35", "35", 35, "count", "người", J, I9, location="Tháp Mười"),
    F("35 | 1.420,5", "1.420,5", 1420.5e6, "money", "đồng", V, I9, location="Tháp Mười"),
    F("Ngự | 41", "41", 41, "count", "người", R, I9, location="Hồng Ngự"),
    F("41 | 26", "26", 26, "count", "người", J, I9, location="Hồng Ngự"),
    F("26 | 0", "0", 0, "money", "đồng", V, I9, location="Hồng Ngự"),
    F("tỉnh | 612", "612", 612, "count", "người", R, I9),
    F("612 | 398", "398", 398, "count", "người", J, I9),
    F("398 | 14.356", "14.356", 14356e6, "money", "đồng", V, I9),
    F("Có 18 người", "18", 18, "count", "người", "người tái phạm tội", I9,
      percent=2.94, change=CH("decrease", 0.6, "%", "cùng kỳ")),
    F("ít nhất 30 người", "30", 30, "count", "người", "người được hỗ trợ học nghề thêm", Q4,
      approx="at_least", status="target"),
    F("khoảng 3 tỷ", "3", 3e9, "money", "đồng", "giải ngân cho người chấp hành xong án phạt tù", Q4,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Formal report under a letterhead (Số: 274/BC-UBND, Đồng Tháp, ngày 11 tháng 10 năm 2024): reintegration results, 9 months 2024.",
    "Flattened '|' table; units and the 'triệu đồng' multiplier from the column headers; row labels that are districts go to location,",
    "'Toàn tỉnh' is the province. Table periods come from the report title (inherited). The zero cell is a figure. No totals inside the table.",
    "'Ước cả năm 2024' -> estimate; 'phấn đấu' -> target; 'dự kiến' -> forecast (its own clause). Section numbers I., II., 1.-3., 'Bảng 1',",
    "'C10', Nghị định số 49/2020/NĐ-CP ngày 17/4/2020 are not figures.",
]

if __name__ == "__main__":
    emit("p670-3", TEXT, COMMENTS, FIGS, published="2024-10-11", location="Đồng Tháp")
