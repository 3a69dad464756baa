"""p664-3: UBND tỉnh Đắk Lắk formal report — quản lý, bảo vệ động vật hoang dã 9 tháng năm 2024, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH ĐẮK LẮK
Số: 318/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Đắk Lắk, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác quản lý, bảo vệ động vật hoang dã 9 tháng năm 2024

Thực hiện Công văn số 5120/BNN-KL ngày 25/7/2024 của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN

1. Công tác cứu hộ, thả động vật hoang dã

9 tháng năm 2024, toàn tỉnh tiếp nhận, cứu hộ 94 cá thể động vật hoang dã, đạt 78,3% kế hoạch năm; thả về tự nhiên 71 cá thể tại Vườn quốc gia Yok Đôn, Vườn quốc gia Chư Yang Sin và Khu bảo tồn thiên nhiên Ea Sô.

Bảng 1. Một số chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | Ước cả năm
Cá thể động vật hoang dã được cứu hộ | cá thể | 120 | 94 | 125
Cá thể thả về tự nhiên | cá thể | 90 | 71 | 95
Vụ vi phạm về động vật hoang dã bị xử lý | vụ | - | 36 | 48
Số tiền xử phạt hành chính | triệu đồng | - | 615,4 | 820
Cơ sở nuôi động vật hoang dã được cấp mã số | cơ sở | 150 | 163 | 170

2. Công tác kiểm tra, xử lý vi phạm

Lực lượng kiểm lâm đã phát hiện, xử lý 36 vụ vi phạm, trong đó xử lý hình sự 5 vụ, xử lý hành chính 31 vụ; tịch thu 47 cá thể động vật hoang dã còn sống và 86,2 kg sản phẩm động vật hoang dã, trong đó có 12,5 kg vảy tê tê và 3,8 kg ngà voi chế tác. Tổng số tiền phạt hành chính 615,4 triệu đồng, tăng 22,7% so với cùng kỳ năm 2023.

Toàn tỉnh tổ chức 1.236 đợt tuần tra, kiểm soát lâm sản trên các tuyến Quốc lộ 14, Quốc lộ 27 và đường Hồ Chí Minh.

II. NHIỆM VỤ QUÝ IV/2024

Tiếp tục rà soát các cơ sở nuôi; phấn đấu cả năm cứu hộ ít nhất 120 cá thể, tỷ lệ thả về tự nhiên từ 75 đến 80%.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, NN.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
UC = P("Ước cả năm", "2024-01-01", "2024-12-31")
CN = P("cả năm", "2024-01-01", "2024-12-31")

R1 = "Cá thể động vật hoang dã được cứu hộ"
R2 = "Cá thể thả về tự nhiên"
R3 = "Vụ vi phạm về động vật hoang dã bị xử lý"
R4 = "Số tiền xử phạt hành chính"
R5 = "Cơ sở nuôi động vật hoang dã được cấp mã số"

FIGS = [
    F("cứu hộ 94 cá thể", "94", 94, "count", "cá thể", "cá thể động vật hoang dã tiếp nhận, cứu hộ", M9, percent=78.3),
    F("thả về tự nhiên 71 cá thể", "71", 71, "count", "cá thể", "cá thể động vật hoang dã thả về tự nhiên", M9),
    # table
    F("cá thể | 120 |", "120", 120, "count", "cá thể", R1 + " kế hoạch năm 2024", KH, status="target"),
    F("| 94 | 125", "94", 94, "count", "cá thể", R1 + " thực hiện 9 tháng", TH),
    F("| 125\n", "125", 125, "count", "cá thể", R1 + " ước cả năm", UC, status="estimate"),
    F("| 90 |", "90", 90, "count", "cá thể", R2 + " kế hoạch năm 2024", KH, status="target"),
    F("| 71 |", "71", 71, "count", "cá thể", R2 + " thực hiện 9 tháng", TH),
    F("| 95\n", "95", 95, "count", "cá thể", R2 + " ước cả năm", UC, status="estimate"),
    F("| 36 |", "36", 36, "count", "vụ", R3 + " thực hiện 9 tháng", TH),
    F("| 48\n", "48", 48, "count", "vụ", R3 + " ước cả năm", UC, status="estimate"),
    F("| 615,4 |", "615,4", 615.4e6, "money", "đồng", R4 + " thực hiện 9 tháng", TH),
    F("| 820\n", "820", 820e6, "money", "đồng", R4 + " ước cả năm", UC, status="estimate"),
    F("| 150 |", "150", 150, "count", "cơ sở", R5 + " kế hoạch năm 2024", KH, status="target"),
    F("| 163 |", "163", 163, "count", "cơ sở", R5 + " thực hiện 9 tháng", TH),
    F("| 170\n", "170", 170, "count", "cơ sở", R5 + " ước cả năm", UC, status="estimate"),
    # section 2
    F("xử lý 36 vụ vi phạm", "36", 36, "count", "vụ", "vụ vi phạm phát hiện, xử lý", I(M9)),
    F("hình sự 5 vụ", "5", 5, "count", "vụ", "vụ xử lý hình sự", I(M9), total=36),
    F("hành chính 31 vụ", "31", 31, "count", "vụ", "vụ xử lý hành chính", I(M9), total=36),
    F("tịch thu 47 cá thể", "47", 47, "count", "cá thể", "cá thể động vật hoang dã còn sống tịch thu", I(M9)),
    F("86,2 kg", "86,2", 86.2, "measure", "kg", "sản phẩm động vật hoang dã tịch thu", I(M9)),
    F("12,5 kg", "12,5", 12.5, "measure", "kg", "vảy tê tê tịch thu", I(M9), total=86.2),
    F("3,8 kg", "3,8", 3.8, "measure", "kg", "ngà voi chế tác tịch thu", I(M9), total=86.2),
    F("hành chính 615,4 triệu đồng", "615,4", 615.4e6, "money", "đồng", "tiền phạt hành chính", I(M9),
      change=CH("increase", 22.7, "%", "cùng kỳ năm 2023")),
    F("1.236 đợt", "1.236", 1236, "count", "đợt", "đợt tuần tra, kiểm soát lâm sản", I(M9)),
    F("ít nhất 120 cá thể", "120", 120, "count", "cá thể", "cá thể động vật hoang dã cứu hộ", CN,
      approx="at_least", status="target"),
    F("từ 75 đến 80%", "75", 75, "percent", "%", "tỷ lệ thả về tự nhiên", CN, value_max=80, status="target"),
]

COMMENTS = [
    "UBND tỉnh Đắk Lắk, Số: 318/BC-UBND, 'Đắk Lắk, ngày 08 tháng 10 năm 2024': quản lý, bảo vệ động vật hoang dã 9 tháng năm 2024.",
    "Flattened '|' table (Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | Ước cả năm): every numeric cell is a figure;",
    "Kế hoạch -> target, Ước -> estimate; periods from the column headers ('Thực hiện 9 tháng' takes 2024); '-' cells are no figures;",
    "the 'triệu đồng' unit cell multiplies 615,4 and 820. A plan cell is a figure of its own, not the result cell's target (as shared h23).",
    "Distractors: 'Số: 318/BC-UBND', 'Công văn số 5120/BNN-KL ngày 25/7/2024', 'Bảng 1', section numbers I./1./2./II., 'Quốc lộ 14', 'Quốc lộ 27', 'QUÝ IV/2024'.",
    "'đạt 78,3% kế hoạch năm' is the percent of 94 (no plan number in the sentence, so no target). 'phấn đấu cả năm' -> target, year 2024.",
]

if __name__ == "__main__":
    emit("p664-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Đắk Lắk")
