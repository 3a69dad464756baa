from lib import F, P, inh, CH, emit

TEXT = """Thời sự › Giao thông
Thứ tư, 13/11/2024, 10:05 (GMT+7)

Hà Nội gửi gần 160.000 thông báo phạt nguội trong 10 tháng

Từ đầu năm đến nay, camera giám sát giao thông ở Hà Nội phát hiện hơn 172.000 trường hợp vi phạm, nhưng chỉ khoảng 38% chủ phương tiện đã đến nộp phạt.

Theo Phòng Cảnh sát giao thông Công an TP Hà Nội, 10 tháng năm 2024, hệ thống camera giám sát, xử lý vi phạm đã ghi nhận 172.348 trường hợp vi phạm, tăng 2,3 lần so với cùng kỳ năm 2023; trung bình mỗi ngày ghi nhận từ 500 đến 600 trường hợp. Trong đó, lỗi vượt đèn đỏ chiếm 46,7%, đi sai làn đường chiếm 21,5%, chạy quá tốc độ chiếm 17,2%.

Cơ quan chức năng đã gửi 159.820 thông báo vi phạm đến chủ phương tiện qua đường bưu điện và ứng dụng VNeID. Đến ngày 31/10, mới có 60.745 trường hợp đến làm việc và nộp phạt (tương đương 38%), với tổng số tiền gần 98,6 tỷ đồng.

Hiện toàn thành phố có 1.837 camera giám sát giao thông, trong đó 296 camera có chức năng phát hiện, xử lý vi phạm. Camera xử phạt được lắp nhiều nhất ở quận Hoàn Kiếm (58 camera), Đống Đa (47 camera) và Cầu Giấy (41 camera).

Theo Đại tá Nguyễn Quang Minh, Trưởng phòng Cảnh sát giao thông, tỷ lệ nộp phạt thấp do nhiều chủ xe đã thay đổi nơi cư trú hoặc bán xe nhưng chưa làm thủ tục sang tên. Người nhận thông báo có thể đến trụ sở Phòng tại số 54 Trần Hưng Đạo hoặc tra cứu trên Cổng thông tin điện tử của Cục Cảnh sát giao thông.

Theo kế hoạch, đến hết năm 2025, thành phố phấn đấu lắp đặt bổ sung khoảng 1.000 camera tại các nút giao trọng điểm, nâng tỷ lệ chủ phương tiện chấp hành nộp phạt lên trên 70%.

Đoàn Loan
"""

T10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-13")
D31 = P("Đến ngày 31/10", None, "2024-10-31")
E25 = P("đến hết năm 2025", None, "2025-12-31")

FIGS = [
    F("gần 160.000 thông báo", "160.000", 160000, "count", "thông báo",
      "thông báo phạt nguội được gửi", P("trong 10 tháng", "2024-01-01", "2024-10-31"), approx="nearly"),
    F("hơn 172.000 trường hợp", "172.000", 172000, "count", "trường hợp",
      "trường hợp vi phạm camera giám sát giao thông phát hiện", YTD, approx="over"),
    F("khoảng 38% chủ phương tiện", "38", 38, "percent", "%",
      "chủ phương tiện đã đến nộp phạt", YTD, approx="about"),
    F("ghi nhận 172.348 trường hợp", "172.348", 172348, "count", "trường hợp",
      "trường hợp vi phạm hệ thống camera giám sát, xử lý vi phạm ghi nhận", T10,
      change=CH("increase", 2.3, "lần", "cùng kỳ năm 2023")),
    F("từ 500 đến 600 trường hợp", "500", 500, "measure", "trường hợp/ngày",
      "trung bình mỗi ngày ghi nhận trường hợp vi phạm", T10, value_max=600),
    F("chiếm 46,7%", "46,7", 46.7, "percent", "%", "lỗi vượt đèn đỏ", inh(T10)),
    F("chiếm 21,5%", "21,5", 21.5, "percent", "%", "đi sai làn đường", inh(T10)),
    F("chiếm 17,2%", "17,2", 17.2, "percent", "%", "chạy quá tốc độ", inh(T10)),
    F("gửi 159.820 thông báo", "159.820", 159820, "count", "thông báo",
      "thông báo vi phạm gửi đến chủ phương tiện", inh(T10)),
    F("có 60.745 trường hợp", "60.745", 60745, "count", "trường hợp",
      "trường hợp đến làm việc và nộp phạt", D31, percent=38),
    F("gần 98,6 tỷ đồng", "98,6", 98.6e9, "money", "đồng",
      "tổng số tiền nộp phạt", D31, approx="nearly"),
    F("có 1.837 camera", "1.837", 1837, "count", "camera", "camera giám sát giao thông"),
    F("trong đó 296 camera", "296", 296, "count", "camera",
      "camera có chức năng phát hiện, xử lý vi phạm", total=1837),
    F("Hoàn Kiếm (58 camera)", "58", 58, "count", "camera", "camera xử phạt được lắp", location="Hoàn Kiếm"),
    F("Đống Đa (47 camera)", "47", 47, "count", "camera", "camera xử phạt được lắp", location="Đống Đa"),
    F("Cầu Giấy (41 camera)", "41", 41, "count", "camera", "camera xử phạt được lắp", location="Cầu Giấy"),
    F("khoảng 1.000 camera", "1.000", 1000, "count", "camera",
      "camera lắp đặt bổ sung tại các nút giao trọng điểm", E25, approx="about", status="target"),
    F("lên trên 70%", "70", 70, "percent", "%",
      "tỷ lệ chủ phương tiện chấp hành nộp phạt", E25, approx="over", status="target"),
]

emit("p273-3", TEXT, [
    "National online newspaper (VnExpress style): Hà Nội camera-detected violations ('phạt nguội'). Dateline 'Thứ tư, 13/11/2024, 10:05 (GMT+7)', byline at the end.",
    "Distractors: '(GMT+7)', 'Đến ngày 31/10' (as-of date, a period), 'số 54 Trần Hưng Đạo' (address), app name VNeID.",
    "'Từ đầu năm đến nay' runs to the dateline (2024-11-13). 'trong 10 tháng' in the headline takes 2024 from the dateline.",
    "'tăng 2,3 lần so với cùng kỳ năm 2023' is the change of 172.348 (unit lần). 'trung bình mỗi ngày … từ 500 đến 600 trường hợp': a rate, measure in trường hợp/ngày, range.",
    "'Trong đó, lỗi vượt đèn đỏ chiếm 46,7%, …': shares with no base amount are percent figures of their own, no total (shared h01).",
    "'(tương đương 38%)' is the share of 60.745 (of the 159.820 notices). Camera counts are current stock ('Hiện'): no period.",
    "District list items (quận Hoàn Kiếm, Đống Đa, Cầu Giấy) take the district as location. Plan to 2025: 'phấn đấu' → target.",
], FIGS, published="2024-11-13", location="Hà Nội")
