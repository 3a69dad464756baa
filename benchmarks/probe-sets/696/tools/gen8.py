"""p696-8: Báo Cần Thơ — đấu giá quyền khai thác 24 vị trí bảng quảng cáo tấm lớn (10/2024)."""
from lib import F, P, INH, CH, emit

TEXT = """BÁO CẦN THƠ
Kinh tế › Đô thị
Thứ Năm, 10/10/2024 - 10:25

Đấu giá thành công 24 vị trí bảng quảng cáo tấm lớn, thu hơn 12,6 tỷ đồng

(CT) - Ngày 8/10, Trung tâm Dịch vụ đấu giá tài sản TP Cần Thơ tổ chức phiên đấu giá quyền khai thác 24 vị trí bảng quảng cáo tấm lớn trên các tuyến đường Võ Văn Kiệt, Nguyễn Văn Cừ và Quốc lộ 91B, thời hạn khai thác 5 năm.

Có 17 doanh nghiệp đăng ký tham gia, trong đó 9 doanh nghiệp trúng đấu giá. Tổng giá trúng đấu giá đạt 12,68 tỷ đồng, cao hơn 38,6% so với tổng giá khởi điểm (9,15 tỷ đồng). Trong đó, vị trí có giá trúng cao nhất tại nút giao Quốc lộ 91B - Nguyễn Văn Linh với 1,42 tỷ đồng; vị trí thấp nhất 215 triệu đồng.

Đây là lần thứ hai thành phố tổ chức đấu giá vị trí quảng cáo; năm 2022, phiên đấu giá 16 vị trí thu về 7,3 tỷ đồng. Tính chung 9 tháng năm 2024, thu ngân sách từ cấp phép và cho thuê vị trí quảng cáo ngoài trời của thành phố đạt 5,84 tỷ đồng, tăng 21,7% so với cùng kỳ.

Theo Sở Văn hóa, Thể thao và Du lịch, đến năm 2030 thành phố quy hoạch 156 vị trí bảng quảng cáo tấm lớn, hiện đã đưa vào khai thác 71 vị trí, đạt 45,5%. Thành phố dự kiến tiếp tục đấu giá 30 vị trí trong quý IV/2024; số tiền thu được nộp ngân sách để chỉnh trang đô thị.

Ngọc Thanh
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")

FIGS = [
    F("thành công 24 vị trí", "24", 24, "count", "vị trí", "vị trí bảng quảng cáo tấm lớn đấu giá thành công"),
    F("thu hơn 12,6 tỷ đồng", "12,6", 12600000000, "money", "đồng", "tiền thu từ đấu giá vị trí bảng quảng cáo tấm lớn",
      approx="over"),
    F("khai thác 24 vị trí", "24", 24, "count", "vị trí",
      "vị trí bảng quảng cáo tấm lớn đưa ra đấu giá quyền khai thác"),
    F("thời hạn khai thác 5 năm", "5", 5, "measure", "năm", "thời hạn khai thác", optional=True),
    F("Có 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp", "doanh nghiệp đăng ký tham gia đấu giá"),
    F("trong đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp trúng đấu giá", total=17),
    F("đạt 12,68 tỷ đồng", "12,68", 12680000000, "money", "đồng", "tổng giá trúng đấu giá",
      change=CH("increase", 38.6, baseline="tổng giá khởi điểm")),
    F("(9,15 tỷ đồng)", "9,15", 9150000000, "money", "đồng", "tổng giá khởi điểm"),
    F("với 1,42 tỷ đồng", "1,42", 1420000000, "money", "đồng", "giá trúng của vị trí cao nhất", total=12680000000),
    F("thấp nhất 215 triệu đồng", "215", 215000000, "money", "đồng", "giá trúng của vị trí thấp nhất",
      total=12680000000),
    F("phiên đấu giá 16 vị trí", "16", 16, "count", "vị trí", "vị trí đấu giá", Y22),
    F("thu về 7,3 tỷ đồng", "7,3", 7300000000, "money", "đồng", "tiền thu về từ phiên đấu giá", Y22),
    F("đạt 5,84 tỷ đồng", "5,84", 5840000000, "money", "đồng",
      "thu ngân sách từ cấp phép và cho thuê vị trí quảng cáo ngoài trời",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), change=CH("increase", 21.7, baseline="cùng kỳ")),
    F("quy hoạch 156 vị trí", "156", 156, "count", "vị trí", "vị trí bảng quảng cáo tấm lớn quy hoạch",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("khai thác 71 vị trí", "71", 71, "count", "vị trí", "vị trí bảng quảng cáo tấm lớn đã đưa vào khai thác",
      percent=45.5),
    F("đấu giá 30 vị trí", "30", 30, "count", "vị trí", "vị trí bảng quảng cáo tấm lớn tiếp tục đấu giá",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "Báo Cần Thơ (provincial paper, bureau tag `(CT)`): đấu giá quyền khai thác 24 vị trí bảng quảng cáo tấm lớn. Dateline `Thứ Năm, 10/10/2024 - 10:25`.",
    "Not figures: `Ngày 8/10` (event date, no period given), `Quốc lộ 91B`, `lần thứ hai` (ordinal). `thời hạn khai thác 5 năm` optional.",
    "`(9,15 tỷ đồng)` is the baseline amount in brackets: a money figure of its own; the change 38,6% belongs to 12,68 tỷ.",
    "`Trong đó` after the bracket: the highest and lowest winning prices are parts of the total winning price 12,68 tỷ (same thing),",
    "not of the starting price in the bracket just before the cue. `9 doanh nghiệp` follows `trong đó` after 17.",
    "156 (the plan `đến năm 2030`) is a target; `hiện đã … 71 vị trí, đạt 45,5%` is actual with percent, no period. `dự kiến` → forecast.",
]

if __name__ == "__main__":
    emit("p696-8", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Cần Thơ")
