"""p1016-2: district portal of Mường Khương (Lào Cai), mobile birth registration, 9 months of 2024."""
from lib import F, period, inherit, change, write_set

TEXT = """Cổng thông tin điện tử huyện Mường Khương
Trang chủ / Tin tức - Sự kiện / Tư pháp - Hộ tịch

Mường Khương đẩy mạnh đăng ký khai sinh lưu động cho trẻ em vùng cao

Thứ Ba, 15/10/2024 - 10:20

9 tháng đầu năm 2024, UBND 16 xã, thị trấn trên địa bàn huyện Mường Khương đã đăng ký khai sinh cho 1.146 trường hợp, trong đó đăng ký khai sinh quá hạn 287 trường hợp, chiếm 25%, giảm 64 trường hợp so với cùng kỳ năm 2023. Ước cả năm, huyện đăng ký khai sinh cho khoảng 1.550 trường hợp.

Qua rà soát từ đầu năm đến nay, huyện phát hiện 134 trẻ em chưa được đăng ký khai sinh, chủ yếu ở các xã Tả Ngải Chồ, Pha Long, Dìn Chin. Đến nay đã đăng ký cho 121 trẻ, số còn lại 13 trẻ đang được hướng dẫn bổ sung giấy tờ chứng minh việc sinh.

Để hỗ trợ người dân ở xa, Phòng Tư pháp huyện phối hợp với UBND các xã tổ chức 9 đợt đăng ký hộ tịch lưu động tại các thôn, bản dọc Quốc lộ 4D và tổ dân phố số 3, thị trấn Mường Khương. Riêng đợt lưu động trong tháng 8/2024 tại xã Tả Ngải Chồ (cách trung tâm huyện hơn 30 km), cán bộ đã tiếp nhận và giải quyết 56 hồ sơ khai sinh, 18 hồ sơ đăng ký kết hôn.

Tỷ lệ trẻ em dưới 1 tuổi được đăng ký khai sinh của huyện trong 9 tháng đạt 97,6%; huyện phấn đấu đến hết năm 2024 đạt 100%. Tính đến ngày 30/9/2024, kho lưu trữ của Phòng Tư pháp còn 1.380 cuốn sổ hộ tịch giấy chưa được số hóa; huyện dự kiến hoàn thành số hóa trong quý II/2025.

Hoàng Lan (Phòng Văn hóa và Thông tin huyện)
"""

H9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")
YTD = period("từ đầu năm đến nay", "2024-01-01", "2024-10-15")
NOW = period("Đến nay", None, "2024-10-15")
AUG = period("tháng 8/2024", "2024-08-01", "2024-08-31")
M9 = period("trong 9 tháng", "2024-01-01", "2024-09-30")
BY_END = period("đến hết năm 2024", None, "2024-12-31")
ASOF = period("Tính đến ngày 30/9/2024", None, "2024-09-30")

FIGS = [
    F("UBND 16 xã, thị trấn", "16", 16, "count", "xã, thị trấn", "xã, thị trấn", H9, optional=True),
    F("cho 1.146 trường hợp", "1.146", 1146, "count", "trường hợp", "trường hợp đăng ký khai sinh", H9),
    F("quá hạn 287 trường hợp", "287", 287, "count", "trường hợp", "trường hợp đăng ký khai sinh quá hạn", H9,
      total=1146, percent=25, change=change("decrease", 64, "trường hợp", "cùng kỳ năm 2023")),
    F("khoảng 1.550 trường hợp", "1.550", 1550, "count", "trường hợp", "trường hợp đăng ký khai sinh", YEAR,
      approx="about", status="estimate"),
    F("phát hiện 134 trẻ em", "134", 134, "count", "trẻ em", "trẻ em chưa được đăng ký khai sinh", YTD),
    F("đăng ký cho 121 trẻ", "121", 121, "count", "trẻ", "trẻ chưa đăng ký khai sinh đã được đăng ký", NOW),
    F("còn lại 13 trẻ", "13", 13, "count", "trẻ", "trẻ còn lại chưa được đăng ký khai sinh", NOW),
    F("tổ chức 9 đợt", "9", 9, "count", "đợt", "đợt đăng ký hộ tịch lưu động", inherit(H9)),
    F("hơn 30 km", "30", 30, "measure", "km", "khoảng cách từ xã Tả Ngải Chồ đến trung tâm huyện", approx="over"),
    F("giải quyết 56 hồ sơ", "56", 56, "count", "hồ sơ", "hồ sơ khai sinh tiếp nhận và giải quyết lưu động", AUG),
    F("18 hồ sơ đăng ký kết hôn", "18", 18, "count", "hồ sơ", "hồ sơ đăng ký kết hôn", AUG),
    F("dưới 1 tuổi", "1", 1, "measure", "tuổi", "trẻ em", approx="under", optional=True),
    F("đạt 97,6%", "97,6", 97.6, "percent", "%", "tỷ lệ trẻ em dưới 1 tuổi được đăng ký khai sinh", M9),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ trẻ em dưới 1 tuổi được đăng ký khai sinh", BY_END,
      status="target"),
    F("còn 1.380 cuốn", "1.380", 1380, "count", "cuốn", "sổ hộ tịch giấy chưa được số hóa", ASOF),
]

NOTES = [
    "District portal (huyện Mường Khương, Lào Cai): mobile birth registration, 9 months of 2024. Dateline 'Thứ Ba, 15/10/2024 - 10:20'.",
    "Distractors: 'Quốc lộ 4D', 'tổ dân phố số 3', 'quý II/2025' (a schedule), byline. '16 xã, thị trấn' (all units of the district) is optional.",
    "121 and 13 follow 134 without a part-of cue: no total. 'Đến nay' is an as-of at the dateline; 'cả năm' = 2024.",
    "The 30 km distance is a standing fact: no period although 'tháng 8/2024' stands in its sentence.",
]

if __name__ == "__main__":
    write_set("p1016-2", TEXT, NOTES, FIGS, published="2024-10-15", location="Mường Khương")
