"""p643-5: Báo Bắc Giang (Party newspaper) — bạn đọc có thẻ, thư viện số, xe thư viện lưu động, năm 2023, kế hoạch 2024."""
from lib import F, P, I, CH, emit

TEXT = """Thư viện tỉnh Bắc Giang: Thu hút bạn đọc bằng dịch vụ số

(BGĐT) - Năm 2023, Thư viện tỉnh Bắc Giang cấp mới 2.430 thẻ bạn đọc, nâng tổng số bạn đọc có thẻ lên 12.650 người, tăng 8,3% so với năm 2022. Đáng chú ý, có 1.120 thẻ được đăng ký trực tuyến qua Cổng dịch vụ công, chiếm 46,1% số thẻ cấp mới.

Thư viện hiện có 215.000 bản sách, trong đó 18.400 bản sách điện tử. Trang thư viện số năm 2023 đạt 176.500 lượt truy cập, trung bình khoảng 480 lượt mỗi ngày.

Để đưa sách về cơ sở, Thư viện tỉnh duy trì 2 xe thư viện lưu động; năm 2023 thực hiện 96 chuyến phục vụ tại 10 huyện, thị xã, thành phố, luân chuyển khoảng 25.000 bản sách. Các huyện Lục Ngạn, Sơn Động và Yên Thế được phục vụ nhiều nhất, lần lượt 14, 12 và 11 chuyến.

Bà Nguyễn Thị Hạnh, Giám đốc Thư viện tỉnh cho biết, năm 2024 đơn vị phấn đấu số hóa thêm 15.000 trang tài liệu, trong đó khoảng 40% là tài liệu địa chí; đưa số bạn đọc có thẻ lên 14.000 người. Kinh phí dự kiến cho các hoạt động chuyển đổi số năm 2024 khoảng 2,6 tỷ đồng, trong đó ngân sách tỉnh 2,1 tỷ đồng.

Thư viện tỉnh (số 9 đường Nguyễn Văn Cừ, TP Bắc Giang) mở cửa cả thứ Bảy, Chủ nhật; bạn đọc đăng ký thẻ qua số điện thoại 0204.3854.321 hoặc tại Ngày hội đọc sách lần thứ 5 tổ chức vào tháng 4 tới.

Thu Hà

15/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TRIPS = "chuyến xe thư viện lưu động phục vụ"

FIGS = [
    F("cấp mới 2.430 thẻ", "2.430", 2430, "count", "thẻ bạn đọc", "thẻ bạn đọc cấp mới", Y23),
    F("lên 12.650 người", "12.650", 12650, "count", "người", "tổng số bạn đọc có thẻ", Y23,
      change=CH("increase", 8.3, "%", "năm 2022")),
    F("có 1.120 thẻ", "1.120", 1120, "count", "thẻ", "thẻ được đăng ký trực tuyến qua Cổng dịch vụ công", I(Y23),
      percent=46.1),
    F("có 215.000 bản", "215.000", 215000, "count", "bản sách", "bản sách Thư viện hiện có"),
    F("đó 18.400 bản", "18.400", 18400, "count", "bản sách điện tử", "bản sách điện tử", total=215000),
    F("đạt 176.500 lượt", "176.500", 176500, "count", "lượt truy cập", "lượt truy cập trang thư viện số",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 480 lượt", "480", 480, "count", "lượt", "lượt truy cập trung bình mỗi ngày",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("duy trì 2 xe", "2", 2, "count", "xe thư viện lưu động", "xe thư viện lưu động Thư viện tỉnh duy trì"),
    F("thực hiện 96 chuyến", "96", 96, "count", "chuyến", TRIPS, P("năm 2023", "2023-01-01", "2023-12-31")),
    F("tại 10 huyện", "10", 10, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố được xe thư viện phục vụ",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 25.000 bản", "25.000", 25000, "count", "bản sách", "bản sách xe thư viện lưu động luân chuyển",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("lần lượt 14,", "14", 14, "count", "chuyến", TRIPS, I(Y23), location="Lục Ngạn"),
    F("14, 12 và", "12", 12, "count", "chuyến", TRIPS, I(Y23), location="Sơn Động"),
    F("và 11 chuyến", "11", 11, "count", "chuyến", TRIPS, I(Y23), location="Yên Thế"),
    F("thêm 15.000 trang", "15.000", 15000, "count", "trang tài liệu", "trang tài liệu số hóa thêm", Y24,
      status="target"),
    F("khoảng 40% là", "40", 40, "percent", "%", "tỷ lệ tài liệu địa chí trong số trang số hóa thêm", Y24,
      approx="about", status="target"),
    F("lên 14.000 người", "14.000", 14000, "count", "người", "số bạn đọc có thẻ", Y24, status="target"),
    F("khoảng 2,6 tỷ đồng", "2,6", 2_600_000_000, "money", "đồng", "kinh phí cho các hoạt động chuyển đổi số",
      Y24, approx="about", status="forecast"),
    F("tỉnh 2,1 tỷ đồng", "2,1", 2_100_000_000, "money", "đồng", "ngân sách tỉnh cho các hoạt động chuyển đổi số",
      Y24, total=2_600_000_000, status="forecast"),
]

COMMENTS = [
    "Báo Bắc Giang (BGĐT, Party newspaper): Thư viện tỉnh — bạn đọc có thẻ, thư viện số, xe thư viện lưu động (2023), plans for 2024.",
    "Byline 'Thu Hà' and the bare date '15/01/2024' at the end give `published`.",
    "Distractors: 'số 9 đường Nguyễn Văn Cừ', phone 0204.3854.321, 'lần thứ 5', 'tháng 4 tới', the date at the end.",
    "'tăng 8,3% so với năm 2022' is the change of 12.650 (the nearer figure). '1.120 thẻ …, chiếm 46,1% số thẻ cấp mới': percent 46.1;",
    "no part-of cue ('Đáng chú ý, có'), so no total. 'lần lượt 14, 12 và 11 chuyến' are three figures, each with its district as location.",
    "'trong đó khoảng 40% là tài liệu địa chí' is a percent figure (the part has no count), target like its clause. 'dự kiến' → forecast,",
    "continuing into 'trong đó ngân sách tỉnh 2,1 tỷ đồng' (total 2,6 tỷ). '2 xe' is a stock: no period.",
]

if __name__ == "__main__":
    emit("p643-5", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Bắc Giang")
