"""p704-3: formal report (letterhead), UBND tỉnh Lạng Sơn, anti-smuggling/counterfeit results 2023, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH LẠNG SƠN
BAN CHỈ ĐẠO 389 TỈNH
Số: 287/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Lạng Sơn, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác chống buôn lậu, gian lận thương mại và hàng giả năm 2023

Thực hiện Kế hoạch số 35/KH-BCĐ389 ngày 10/02/2023 của Ban Chỉ đạo 389 tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Kết quả bắt giữ, xử lý
Năm 2023, các lực lượng chức năng trên địa bàn tỉnh đã bắt giữ, xử lý 1.873 vụ vi phạm, giảm 6,2% so với năm 2022; trong đó buôn lậu, hàng cấm và hàng giả lần lượt là 1.102 vụ, 607 vụ và 164 vụ. Thu nộp ngân sách nhà nước 38,75 tỷ đồng, đạt 96,9% kế hoạch. Kết quả cụ thể tại Bảng 1.

Bảng 1. Kết quả bắt giữ, xử lý theo lực lượng
Lực lượng | Số vụ | Thu nộp NSNN (triệu đồng)
Công an tỉnh | 412 | 9.860
Bộ đội Biên phòng tỉnh | 356 | 4.215
Cục Hải quan tỉnh | 298 | 12.430
Cục Quản lý thị trường tỉnh | 807 | 12.245

Các cơ quan tố tụng đã khởi tố 47 vụ, 62 bị can; riêng lĩnh vực hàng giả khởi tố 9 vụ.

2. Đánh giá chung
Tình hình buôn lậu qua biên giới có chiều hướng giảm, song hoạt động vận chuyển hàng giả qua các lối mở thuộc huyện Cao Lộc và huyện Văn Lãng vẫn diễn biến phức tạp.

II. NHIỆM VỤ NĂM 2024
Phấn đấu năm 2024 số vụ bắt giữ, xử lý tăng từ 5 đến 7% so với năm 2023; thu nộp ngân sách nhà nước đạt trên 40 tỷ đồng.

Nơi nhận:
- Ban Chỉ đạo 389 quốc gia;
- Thường trực Tỉnh ủy;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("xử lý 1.873 vụ", "1.873", 1873, "count", "vụ",
      change=CH("decrease", 6.2, "%", "năm 2022"),
      subject="vụ vi phạm bắt giữ, xử lý", period=Y),
    F("lần lượt là 1.102 vụ", "1.102", 1102, "count", "vụ", total=1873,
      subject="vụ buôn lậu", period=Y),
    F("1.102 vụ, 607 vụ", "607", 607, "count", "vụ", total=1873,
      subject="vụ hàng cấm", period=Y),
    F("và 164 vụ", "164", 164, "count", "vụ", total=1873,
      subject="vụ hàng giả", period=Y),
    F("38,75 tỷ đồng", "38,75", 38750000000, "money", "đồng", percent=96.9,
      subject="thu nộp ngân sách nhà nước", period=I(Y)),
    # table: rows are forces (not places), columns Số vụ | Thu nộp NSNN (triệu đồng); period from the text (inherited)
    F("Công an tỉnh | 412", "412", 412, "count", "vụ",
      subject="Số vụ Công an tỉnh", period=I(Y)),
    F("| 9.860", "9.860", 9860000000, "money", "đồng",
      subject="Thu nộp NSNN Công an tỉnh", period=I(Y)),
    F("Biên phòng tỉnh | 356", "356", 356, "count", "vụ",
      subject="Số vụ Bộ đội Biên phòng tỉnh", period=I(Y)),
    F("| 4.215", "4.215", 4215000000, "money", "đồng",
      subject="Thu nộp NSNN Bộ đội Biên phòng tỉnh", period=I(Y)),
    F("Hải quan tỉnh | 298", "298", 298, "count", "vụ",
      subject="Số vụ Cục Hải quan tỉnh", period=I(Y)),
    F("| 12.430", "12.430", 12430000000, "money", "đồng",
      subject="Thu nộp NSNN Cục Hải quan tỉnh", period=I(Y)),
    F("thị trường tỉnh | 807", "807", 807, "count", "vụ",
      subject="Số vụ Cục Quản lý thị trường tỉnh", period=I(Y)),
    F("| 12.245", "12.245", 12245000000, "money", "đồng",
      subject="Thu nộp NSNN Cục Quản lý thị trường tỉnh", period=I(Y)),
    F("khởi tố 47 vụ", "47", 47, "count", "vụ",
      subject="vụ các cơ quan tố tụng khởi tố", period=I(Y)),
    F("62 bị can", "62", 62, "count", "bị can",
      subject="bị can khởi tố", period=I(Y)),
    F("khởi tố 9 vụ", "9", 9, "count", "vụ",
      subject="vụ khởi tố lĩnh vực hàng giả", period=I(Y)),
    F("từ 5 đến 7%", "5", 5, "percent", "%", value_max=7, status="target",
      subject="số vụ bắt giữ, xử lý tăng so với năm 2023", period=Y24),
    F("trên 40 tỷ đồng", "40", 40000000000, "money", "đồng", approx="over", status="target",
      subject="thu nộp ngân sách nhà nước", period=Y24),
]

COMMENTS = [
    "Formal report, UBND tỉnh Lạng Sơn, Số: 287/BC-UBND, kết quả chống buôn lậu, gian lận thương mại và hàng giả năm 2023 (invented, probe set 704).",
    "Distractors: Số: 287/BC-UBND, Kế hoạch số 35/KH-BCĐ389 ngày 10/02/2023, 'Ban Chỉ đạo 389', section numbers I./1./2./II., 'Bảng 1', place-and-date line.",
    "published = the place-and-date line. 'lần lượt là' list after 'trong đó': 1.102 + 607 + 164 = 1.873 (total).",
    "Table (| separated): rows are enforcement forces (not places), so subject = column + row, location stays Lạng Sơn;",
    "'(triệu đồng)' in the header makes 9.860 = 9 860 000 000 đồng; cells sum to 1.873 vụ and 38.750 triệu, but a table gives no total (no text cue).",
    "Period of the table cells is the 'Năm 2023' of the text (inherited, unscored). Targets for 2024: range 5-7% (percent, target), 'trên 40 tỷ' (over, target).",
]

if __name__ == "__main__":
    emit("p704-3", TEXT, COMMENTS, FIGS, published="2023-12-20", location="Lạng Sơn")
