"""p659-3: UBND tỉnh Tây Ninh formal report — anti-smuggling on the border, 9 tháng năm 2024, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH TÂY NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Tây Ninh, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác phòng, chống buôn lậu, gian lận thương mại trên tuyến biên giới 9 tháng năm 2024

Thực hiện Kế hoạch số 45/KH-BCĐ389 và kết luận tại phiên họp thứ 3 của Ban Chỉ đạo 389 tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Kết quả chung
Trong 9 tháng năm 2024, các lực lượng chức năng trên tuyến biên giới đã phát hiện, bắt giữ 1.046 vụ vi phạm, giảm 8,4% so với cùng kỳ; thu nộp ngân sách nhà nước 12,37 tỷ đồng, đạt 82,5% kế hoạch năm; trị giá hàng hóa vi phạm ước tính 46.830 triệu đồng.

Bảng 1. Kết quả bắt giữ theo lực lượng
Lực lượng | Số vụ bắt giữ | Trị giá hàng hóa (triệu đồng)
Bộ đội Biên phòng | 412 | 18.265
Công an | 287 | 11.940
Hải quan | 203 | 9.715
Quản lý thị trường | 144 | 6.910
Cộng | 1.046 | 46.830

2. Kết quả của Bộ đội Biên phòng tỉnh
Bộ đội Biên phòng tỉnh bắt giữ 412 vụ, chiếm 39,4% tổng số vụ toàn tuyến; thu giữ 18.600 bao thuốc lá ngoại, 27,5 tấn đường cát, 1.920 lít rượu ngoại và 86 con gia súc nhập lậu; xử lý vi phạm hành chính 376 vụ, phạt tiền hơn 3,1 tỷ đồng; khởi tố 9 vụ/14 đối tượng.

II. NHIỆM VỤ QUÝ IV NĂM 2024
Phấn đấu cả năm 2024 thu nộp ngân sách đạt 15 tỷ đồng; giảm ít nhất 10% số vụ vận chuyển đường cát lậu qua biên giới so với năm 2023.

Nơi nhận:
- Ban Chỉ đạo 389 quốc gia;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y = P("cả năm 2024", "2024-01-01", "2024-12-31")
V = "Số vụ bắt giữ"
T = "Trị giá hàng hóa"

FIGS = [
    F("bắt giữ 1.046 vụ vi phạm", "1.046", 1046, "count", "vụ", "vụ vi phạm bị phát hiện, bắt giữ trên tuyến biên giới", M9,
      change=CH("decrease", 8.4, "%", "cùng kỳ")),
    F("12,37 tỷ đồng", "12,37", 12.37e9, "money", "đồng", "thu nộp ngân sách nhà nước", M9, percent=82.5),
    F("ước tính 46.830 triệu đồng", "46.830", 46830e6, "money", "đồng", "trị giá hàng hóa vi phạm", M9,
      status="estimate"),
    F("Bộ đội Biên phòng | 412", "412", 412, "count", "vụ", V + " của Bộ đội Biên phòng", I(M9)),
    F("412 | 18.265", "18.265", 18265e6, "money", "đồng", T + " của Bộ đội Biên phòng", I(M9)),
    F("Công an | 287", "287", 287, "count", "vụ", V + " của Công an", I(M9)),
    F("287 | 11.940", "11.940", 11940e6, "money", "đồng", T + " của Công an", I(M9)),
    F("Hải quan | 203", "203", 203, "count", "vụ", V + " của Hải quan", I(M9)),
    F("203 | 9.715", "9.715", 9715e6, "money", "đồng", T + " của Hải quan", I(M9)),
    F("Quản lý thị trường | 144", "144", 144, "count", "vụ", V + " của Quản lý thị trường", I(M9)),
    F("144 | 6.910", "6.910", 6910e6, "money", "đồng", T + " của Quản lý thị trường", I(M9)),
    F("Cộng | 1.046", "1.046", 1046, "count", "vụ", V + " cộng", I(M9)),
    F("1.046 | 46.830", "46.830", 46830e6, "money", "đồng", T + " cộng", I(M9)),
    F("bắt giữ 412 vụ, chiếm", "412", 412, "count", "vụ", "vụ Bộ đội Biên phòng tỉnh bắt giữ", I(M9), percent=39.4),
    F("18.600 bao", "18.600", 18600, "count", "bao", "thuốc lá ngoại thu giữ", I(M9)),
    F("27,5 tấn", "27,5", 27.5, "measure", "tấn", "đường cát thu giữ", I(M9)),
    F("1.920 lít", "1.920", 1920, "measure", "lít", "rượu ngoại thu giữ", I(M9)),
    F("86 con gia súc", "86", 86, "count", "con", "gia súc nhập lậu thu giữ", I(M9)),
    F("hành chính 376 vụ", "376", 376, "count", "vụ", "vụ xử lý vi phạm hành chính", I(M9)),
    F("hơn 3,1 tỷ đồng", "3,1", 3.1e9, "money", "đồng", "tiền phạt vi phạm hành chính", I(M9), approx="over"),
    F("khởi tố 9 vụ/14", "9", 9, "count", "vụ", "vụ bị khởi tố", I(M9)),
    F("vụ/14 đối tượng", "14", 14, "count", "đối tượng", "đối tượng bị khởi tố", I(M9)),
    F("đạt 15 tỷ đồng", "15", 15e9, "money", "đồng", "thu nộp ngân sách", Y, status="target"),
    F("ít nhất 10%", "10", 10, "percent", "%", "giảm số vụ vận chuyển đường cát lậu qua biên giới so với năm 2023", Y,
      approx="at_least", status="target"),
]

COMMENTS = [
    "UBND tỉnh Tây Ninh, báo cáo số 287/BC-UBND: phòng, chống buôn lậu trên tuyến biên giới 9 tháng năm 2024, with a '|' table",
    "(Lực lượng | Số vụ bắt giữ | Trị giá hàng hóa (triệu đồng)). Every numeric cell is a figure; the money column is ×10^6 from",
    "its header; table cells take the report's period (inherited); rows carry no total (no cue; 'Cộng' is a cell of its own).",
    "'ước tính' governs only the last clause (trị giá). '412 vụ, chiếm 39,4% tổng số vụ' names no whole: percent only, no total.",
    "'9 vụ/14 đối tượng': two figures. Distractors: Số 287/BC-UBND, Kế hoạch số 45/KH-BCĐ389, Ban Chỉ đạo 389, phiên họp thứ 3, section numbers, QUÝ IV.",
]

if __name__ == "__main__":
    emit("p659-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Tây Ninh")
