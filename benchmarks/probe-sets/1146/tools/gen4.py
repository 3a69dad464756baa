"""p1146-4: ministry site (Bộ NN&PTNT, Cục Thú y), national slaughter management, May 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC THÚ Y
Trang chủ > Tin tức > Kiểm soát giết mổ

Tăng cường quản lý giết mổ, kiểm soát giết mổ gia súc, gia cầm

Ngày đăng: 15/05/2023 | Lượt xem: 1.907

Ngày 12/5, tại Hà Nội, Cục Thú y tổ chức hội nghị sơ kết công tác quản lý giết mổ. Theo báo cáo, tính đến tháng 4/2023 cả nước có 27.146 cơ sở, điểm giết mổ gia súc, gia cầm, trong đó chỉ có 1.284 cơ sở giết mổ tập trung, chiếm 4,7%; số còn lại là điểm giết mổ nhỏ lẻ. Tỷ lệ cơ sở được kiểm soát giết mổ bình quân cả nước khoảng 37%, tăng 3 điểm phần trăm so với năm 2021.

Các địa phương có tỷ lệ gia súc giết mổ tập trung cao là TP Hồ Chí Minh (98%), Đồng Nai (91%) và Bình Dương (87%); ngược lại, tại nhiều tỉnh miền núi phía Bắc tỷ lệ này chưa đến 10%. Hiện mới có 57/63 địa phương bố trí được nhân viên kiểm soát giết mổ tại cơ sở tập trung, với tổng số gần 2.600 người.

Năm 2022, lực lượng thú y cả nước đã kiểm tra 14.320 lượt cơ sở giết mổ, phát hiện 1.735 vụ vi phạm, tạm giữ và tiêu hủy hơn 310 tấn thịt, phụ phẩm động vật không rõ nguồn gốc; tổng số tiền phạt khoảng 9,8 tỷ đồng, gấp 1,6 lần năm 2021.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030 ban hành kèm theo Quyết định số 1520/QĐ-TTg, đến năm 2025 có 50% gia súc được giết mổ tại cơ sở giết mổ tập trung, đến năm 2030 đạt 80%. Cục Thú y đề nghị các địa phương rà soát quy hoạch, ưu tiên hỗ trợ dự án giết mổ công nghiệp; hiện cả nước mới có 21 cơ sở giết mổ đạt tiêu chuẩn xuất khẩu.

CỤC THÚ Y - Số 15 ngõ 78 đường Giải Phóng, Đống Đa, Hà Nội. ĐT: 024.38696788
"""

ASOF = P("tính đến tháng 4/2023", None, "2023-04-30")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
RATE = "tỷ lệ gia súc giết mổ tập trung"

FIGS = [
    F("có 27.146 cơ sở", "27.146", 27146, "count", "cơ sở, điểm",
      subject="cơ sở, điểm giết mổ gia súc, gia cầm", period=ASOF),
    F("có 1.284 cơ sở", "1.284", 1284, "count", "cơ sở", total=27146, percent=4.7,
      subject="cơ sở giết mổ tập trung", period=ASOF),
    F("khoảng 37%", "37", 37, "percent", "%", approx="about",
      change=C("increase", 3, "điểm phần trăm", "năm 2021"),
      subject="tỷ lệ cơ sở được kiểm soát giết mổ bình quân cả nước", period=I(ASOF)),
    F("Minh (98%)", "98", 98, "percent", "%", subject=RATE, location="TP Hồ Chí Minh"),
    F("Đồng Nai (91%)", "91", 91, "percent", "%", subject=RATE, location="Đồng Nai"),
    F("Bình Dương (87%)", "87", 87, "percent", "%", subject=RATE, location="Bình Dương"),
    F("chưa đến 10%", "10", 10, "percent", "%", approx="under",
      subject="tỷ lệ gia súc giết mổ tập trung tại nhiều tỉnh miền núi phía Bắc"),
    F("có 57/63", "57", 57, "count", "địa phương", total=63,
      subject="địa phương bố trí được nhân viên kiểm soát giết mổ tại cơ sở tập trung"),
    F("gần 2.600 người", "2.600", 2600, "count", "người", approx="nearly",
      subject="nhân viên kiểm soát giết mổ tại cơ sở tập trung"),
    F("kiểm tra 14.320 lượt", "14.320", 14320, "count", "lượt",
      subject="lượt cơ sở giết mổ được kiểm tra", period=Y22),
    F("1.735 vụ", "1.735", 1735, "count", "vụ", subject="vụ vi phạm bị phát hiện", period=Y22),
    F("hơn 310 tấn", "310", 310, "measure", "tấn", approx="over",
      subject="thịt, phụ phẩm động vật không rõ nguồn gốc bị tạm giữ và tiêu hủy", period=Y22),
    F("khoảng 9,8 tỷ", "9,8", 9800000000, "money", "đồng", approx="about",
      change=C("increase", 1.6, "lần", "năm 2021"), subject="tổng số tiền phạt", period=Y22),
    F("có 50% gia súc", "50", 50, "percent", "%", status="target",
      subject="tỷ lệ gia súc được giết mổ tại cơ sở giết mổ tập trung", period=TO25),
    F("đạt 80%", "80", 80, "percent", "%", status="target",
      subject="tỷ lệ gia súc được giết mổ tại cơ sở giết mổ tập trung", period=TO30),
    F("có 21 cơ sở", "21", 21, "count", "cơ sở", subject="cơ sở giết mổ đạt tiêu chuẩn xuất khẩu"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT / Cục Thú y): national slaughter management. 'Ngày đăng: 15/05/2023 | Lượt xem: 1.907', address footer.",
    "Distractors: 'Ngày 12/5, tại Hà Nội' (meeting date and place, not the figures' place), 'giai đoạn 2021-2030',",
    "   Quyết định số 1520/QĐ-TTg, address 'Số 15 ngõ 78 đường Giải Phóng', phone 024.38696788, view counter.",
    "All figures national (Việt Nam) except the province list. 'nhiều tỉnh miền núi phía Bắc' names no province: Việt Nam kept.",
    "'gấp 1,6 lần năm 2021' after the fine total is its change. 'tăng 3 điểm phần trăm' is the change of the 37% level.",
    "Targets 'đến năm 2025' / 'đến năm 2030' end-only periods.",
]

if __name__ == "__main__":
    write("p1146-4", TEXT, NOTES, FIGS, published="2023-05-15", location="Việt Nam")
