"""p643-1: Nghệ An province portal — Thư viện tỉnh: số hóa tài liệu, thư viện số, bạn đọc, luân chuyển sách, H1/2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Thư viện tỉnh số hóa hơn 12.000 trang tài liệu trong 6 tháng đầu năm

Cập nhật: 18/07/2024 08:30

(Cổng TTĐT Nghệ An) - Sáu tháng đầu năm 2024, Thư viện tỉnh Nghệ An đã số hóa 12.460 trang tài liệu, đạt 62,3% kế hoạch năm, trong đó có 8.150 trang tài liệu địa chí và 2.310 trang báo, tạp chí cũ. Tính đến ngày 30/6/2024, kho tài liệu số của Thư viện có 1.842 tài liệu với khoảng 386.000 trang. Với kết quả này, Nghệ An hiện xếp thứ 4 cả nước về số tài liệu số hóa.

Thư viện số của tỉnh hiện có 15.720 biểu ghi thư mục và 3.450 cuốn sách điện tử. Trong 6 tháng, trang thư viện số thu hút 214.600 lượt truy cập, tăng 18,5% so với cùng kỳ năm 2023; số lượt tải tài liệu đạt gần 27.000 lượt.

Công tác phát triển bạn đọc tiếp tục chuyển biến: Thư viện cấp mới 1.935 thẻ bạn đọc, nâng tổng số bạn đọc có thẻ lên 9.870 người; phục vụ 98.400 lượt bạn đọc và luân chuyển 152.300 lượt sách, báo.

Thư viện tỉnh đã luân chuyển 14.500 bản sách về thư viện, tủ sách cơ sở, tập trung ở các huyện miền núi Kỳ Sơn (3.200 bản), Tương Dương (2.800 bản) và Quế Phong (2.150 bản). Xe thư viện lưu động tổ chức 46 chuyến phục vụ tại 46 trường học, thu hút hơn 21.000 lượt học sinh.

Năm 2024, Thư viện tỉnh phấn đấu số hóa 20.000 trang tài liệu, cấp mới 3.500 thẻ bạn đọc; đến năm 2025, 100% thư viện cấp huyện kết nối với thư viện số của tỉnh theo Quyết định số 1862/QĐ-UBND.

Thông tin chi tiết liên hệ Phòng Tin học - Thư viện tỉnh Nghệ An, số 23 đường Lê Mao, TP Vinh; điện thoại 0238.3844.512.

Lượt xem: 1.284
"""

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
DIST = "bản sách luân chuyển về thư viện, tủ sách cơ sở"

FIGS = [
    F("số hóa hơn 12.000 trang", "12.000", 12000, "count", "trang tài liệu", "trang tài liệu Thư viện tỉnh số hóa",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("số hóa 12.460 trang", "12.460", 12460, "count", "trang tài liệu", "trang tài liệu Thư viện tỉnh Nghệ An đã số hóa",
      H1, percent=62.3),
    F("có 8.150 trang", "8.150", 8150, "count", "trang tài liệu", "trang tài liệu địa chí", H1, total=12460),
    F("và 2.310 trang", "2.310", 2310, "count", "trang báo", "trang báo, tạp chí cũ", H1, total=12460),
    F("có 1.842 tài liệu", "1.842", 1842, "count", "tài liệu", "tài liệu trong kho tài liệu số của Thư viện", ASOF),
    F("khoảng 386.000 trang", "386.000", 386000, "count", "trang", "trang tài liệu trong kho tài liệu số", ASOF,
      approx="about"),
    F("xếp thứ 4 cả nước", "4", 4, "rank", "hạng", "số tài liệu số hóa"),
    F("có 15.720 biểu ghi", "15.720", 15720, "count", "biểu ghi", "biểu ghi thư mục của thư viện số"),
    F("và 3.450 cuốn", "3.450", 3450, "count", "cuốn sách điện tử", "sách điện tử của thư viện số"),
    F("thu hút 214.600 lượt", "214.600", 214600, "count", "lượt truy cập", "lượt truy cập trang thư viện số",
      P("Trong 6 tháng", "2024-01-01", "2024-06-30"), change=CH("increase", 18.5, "%", "cùng kỳ năm 2023")),
    F("gần 27.000 lượt", "27.000", 27000, "count", "lượt", "số lượt tải tài liệu",
      P("Trong 6 tháng", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("cấp mới 1.935 thẻ", "1.935", 1935, "count", "thẻ bạn đọc", "thẻ bạn đọc cấp mới", I(H1)),
    F("lên 9.870 người", "9.870", 9870, "count", "người", "tổng số bạn đọc có thẻ"),
    F("phục vụ 98.400 lượt", "98.400", 98400, "count", "lượt bạn đọc", "lượt bạn đọc Thư viện phục vụ", I(H1)),
    F("luân chuyển 152.300 lượt", "152.300", 152300, "count", "lượt sách", "lượt sách, báo luân chuyển", I(H1)),
    F("luân chuyển 14.500 bản", "14.500", 14500, "count", "bản sách", DIST, I(H1)),
    F("Kỳ Sơn (3.200 bản)", "3.200", 3200, "count", "bản", DIST, I(H1), location="Kỳ Sơn"),
    F("Tương Dương (2.800 bản)", "2.800", 2800, "count", "bản", DIST, I(H1), location="Tương Dương"),
    F("Quế Phong (2.150 bản)", "2.150", 2150, "count", "bản", DIST, I(H1), location="Quế Phong"),
    F("tổ chức 46 chuyến", "46", 46, "count", "chuyến", "chuyến xe thư viện lưu động phục vụ", I(H1)),
    F("tại 46 trường học", "46", 46, "count", "trường học", "trường học được xe thư viện lưu động phục vụ", I(H1)),
    F("hơn 21.000 lượt", "21.000", 21000, "count", "lượt học sinh", "lượt học sinh xe thư viện lưu động thu hút",
      I(H1), approx="over"),
    F("số hóa 20.000 trang", "20.000", 20000, "count", "trang tài liệu", "trang tài liệu số hóa", Y24, status="target"),
    F("cấp mới 3.500 thẻ", "3.500", 3500, "count", "thẻ bạn đọc", "thẻ bạn đọc cấp mới", Y24, status="target"),
    F("2025, 100% thư viện", "100", 100, "percent", "%", "thư viện cấp huyện kết nối với thư viện số của tỉnh",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT Nghệ An (province portal): Thư viện tỉnh — số hóa tài liệu, thư viện số, bạn đọc, luân chuyển sách, 6 tháng đầu năm 2024.",
    "Breadcrumb, 'Cập nhật: 18/07/2024 08:30' (published), 'Lượt xem: 1.284', 'Quyết định số 1862/QĐ-UBND', 'số 23 đường Lê Mao',",
    "phone 0238.3844.512 and 'ngày 30/6/2024' are not figures. Headline '6 tháng đầu năm' takes 2024 from the dateline.",
    "'đạt 62,3% kế hoạch năm' is the percent of 12.460; 8.150/2.310 are parts after 'trong đó' (total 12.460). District items in",
    "brackets after 'tập trung ở' neither add up nor follow a part-of cue: no total. Stocks ('hiện có', 'nâng tổng số … lên') get no period.",
    "revised after scoring: subject of 'hơn 21.000 lượt' now uses the sentence's own verb (thu hút), not the paraphrase 'tham gia'.",
]

if __name__ == "__main__":
    emit("p643-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Nghệ An")
