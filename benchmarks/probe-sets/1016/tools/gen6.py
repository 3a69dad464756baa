"""p1016-6: national newspaper, online birth registration in TP Hồ Chí Minh (8 months of 2024)."""
from lib import F, period, inherit, write_set

TEXT = """Thời sự › Dân sinh
Thứ bảy, 28/9/2024, 08:15 (GMT+7)

Làm khai sinh cho con qua mạng, nhận kết quả sau 3 ngày

Hồ sơ đăng ký khai sinh trực tuyến ở TP HCM tăng mạnh, giấy khai sinh điện tử được trả về tài khoản định danh của cha mẹ.

Anh Trần Văn Ba, ngụ phường 12, quận Gò Vấp, nộp hồ sơ liên thông khai sinh, thường trú và thẻ bảo hiểm y tế cho con trai qua Cổng Dịch vụ công quốc gia tối 16/9. Ngày 19/9, anh nhận thông báo có kết quả, bản điện tử giấy khai sinh được gửi vào tài khoản VNeID. Cán bộ tư pháp phường cho biết mỗi ngày phường tiếp nhận 20-25 hồ sơ khai sinh, phần lớn nộp qua mạng.

Theo Sở Tư pháp TP HCM, 8 tháng đầu năm 2024, các phường, xã, thị trấn trên địa bàn thành phố đã đăng ký khai sinh cho 68.420 trường hợp, trong đó 41.870 trường hợp nộp hồ sơ trực tuyến, chiếm 61,2%. Số hồ sơ khai sinh trực tuyến gấp 1,8 lần cùng kỳ năm ngoái.

Riêng nhóm thủ tục liên thông theo Nghị định số 63/2024/NĐ-CP, từ ngày 1/7 đến nay, thành phố tiếp nhận 15.630 hồ sơ, đã trả kết quả 14.980 hồ sơ. Thời gian giải quyết giảm từ 16 ngày nếu làm riêng từng thủ tục xuống còn tối đa 5 ngày làm việc. Đăng ký khai sinh đúng hạn được miễn lệ phí; phí cấp bản sao trích lục khai sinh là 8.000 đồng/bản.

Bà Phạm Thị Bảy, Phó giám đốc Sở Tư pháp, cho biết thành phố có 312 phường, xã, thị trấn, tất cả đã kết nối phần mềm hộ tịch với Cơ sở dữ liệu quốc gia về dân cư. Tuy vậy, khoảng 8% hồ sơ trực tuyến vẫn bị trả lại do người dân nhập sai thông tin, tập trung ở quận 8, quận Bình Tân và huyện Bình Chánh.

Dự kiến cả năm 2024, thành phố đăng ký khai sinh cho khoảng 102.000 trường hợp; Sở đặt mục tiêu đến cuối năm nâng tỷ lệ hồ sơ khai sinh trực tuyến lên 75%.

Lê Tuyết
"""

M8 = period("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
SINCE = period("từ ngày 1/7 đến nay", "2024-07-01", "2024-09-28")
Y24 = period("cả năm 2024", "2024-01-01", "2024-12-31")
BY_END = period("đến cuối năm", None, "2024-12-31")

FIGS = [
    F("sau 3 ngày", "3", 3, "measure", "ngày", "thời gian nhận kết quả đăng ký khai sinh qua mạng"),
    F("20-25 hồ sơ", "20", 20, "measure", "hồ sơ/ngày", "hồ sơ khai sinh phường tiếp nhận mỗi ngày", value_max=25,
      location="Gò Vấp"),
    F("cho 68.420 trường hợp", "68.420", 68420, "count", "trường hợp", "trường hợp đăng ký khai sinh", M8),
    F("41.870 trường hợp", "41.870", 41870, "count", "trường hợp", "trường hợp nộp hồ sơ khai sinh trực tuyến", M8,
      total=68420, percent=61.2),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", "hồ sơ khai sinh trực tuyến so với cùng kỳ năm ngoái", inherit(M8)),
    F("tiếp nhận 15.630 hồ sơ", "15.630", 15630, "count", "hồ sơ", "hồ sơ liên thông tiếp nhận", SINCE),
    F("kết quả 14.980 hồ sơ", "14.980", 14980, "count", "hồ sơ", "hồ sơ liên thông đã trả kết quả", SINCE),
    F("từ 16 ngày", "16", 16, "measure", "ngày", "thời gian giải quyết nếu làm riêng từng thủ tục"),
    F("tối đa 5 ngày", "5", 5, "measure", "ngày làm việc", "thời gian giải quyết thủ tục liên thông", approx="at_most"),
    F("8.000 đồng/bản", "8.000", 8000, "money", "đồng/bản", "phí cấp bản sao trích lục khai sinh"),
    F("có 312 phường", "312", 312, "count", "phường, xã, thị trấn",
      "phường, xã, thị trấn kết nối phần mềm hộ tịch với Cơ sở dữ liệu quốc gia về dân cư"),
    F("khoảng 8% hồ sơ", "8", 8, "percent", "%", "hồ sơ trực tuyến bị trả lại", inherit(M8), approx="about"),
    F("khoảng 102.000 trường hợp", "102.000", 102000, "count", "trường hợp", "trường hợp đăng ký khai sinh", Y24,
      approx="about", status="forecast"),
    F("lên 75%", "75", 75, "percent", "%", "tỷ lệ hồ sơ khai sinh trực tuyến", BY_END, status="target"),
]

NOTES = [
    "National newspaper style, 'Thứ bảy, 28/9/2024, 08:15 (GMT+7)', byline at the end. Location TP Hồ Chí Minh.",
    "Distractors: 'Anh Trần Văn Ba', 'phường 12', 'quận Gò Vấp', 'tối 16/9', 'Ngày 19/9', 'Nghị định số 63/2024/NĐ-CP', 'quận 8',",
    "'Bà Phạm Thị Bảy'. 'gấp 1,8 lần cùng kỳ' stands as its own sentence: a multiple. Processing times, fee, per-day intake and the",
    "count of communes are standing facts (no period). 14.980 follows 15.630 without a part-of cue: no total.",
    "'từ ngày 1/7 đến nay' takes 2024 and ends at the dateline; 'đến cuối năm' = end of 2024. 'Dự kiến' → forecast; 'đặt mục tiêu' → target.",
]

if __name__ == "__main__":
    write_set("p1016-6", TEXT, NOTES, FIGS, published="2024-09-28", location="TP Hồ Chí Minh")
