"""p664-6: national press (VnExpress style) — vảy tê tê, ngà voi thu giữ năm 2023, vụ án, cứu hộ (ENV report)."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự › Pháp luật

Thứ ba, 12/3/2024, 06:30 (GMT+7)

Hơn 3,7 tấn vảy tê tê bị thu giữ trong năm 2023

Cả nước thu giữ 3.742 kg vảy tê tê và 1.086 kg ngà voi trong năm ngoái, theo báo cáo vừa công bố của Trung tâm Giáo dục Thiên nhiên (ENV).

Năm 2023, các cơ quan chức năng phát hiện 1.158 vụ vi phạm liên quan đến động vật hoang dã, giảm 7,2% so với năm 2022. Lượng vảy tê tê bị thu giữ giảm khoảng 60% so với năm trước, đây là năm thứ 3 liên tiếp chỉ số này đi xuống. Ngược lại, lượng ngà voi thu giữ gấp 2,4 lần.

Các địa phương thu giữ nhiều vảy tê tê nhất là Hải Phòng (1.420 kg), TP Hồ Chí Minh (986 kg) và Quảng Ninh (612 kg).

Số vụ án hình sự được khởi tố là 412 vụ với 587 bị can; tòa án các cấp đã xét xử 296 vụ. Trong số 296 vụ được xét xử, có 213 vụ bị cáo lĩnh án tù giam, chiếm 72%; mức phạt tiền phổ biến từ 50 đến 200 triệu đồng.

Cũng trong năm 2023, các trung tâm cứu hộ trên cả nước tiếp nhận khoảng 2.300 cá thể động vật hoang dã, trong đó có 684 cá thể tê tê. Tuy nhiên, 8 trung tâm cứu hộ lớn hiện chỉ đáp ứng được khoảng 40-50% nhu cầu.

"Nhiều vụ vận chuyển được cắt nhỏ, ngụy trang trong hàng hóa", bà Bùi Thị Hà, Phó giám đốc ENV, nói. Người dân có thể báo tin vi phạm qua đường dây nóng miễn phí 1800-1522.

Minh Anh
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Yh = P("năm 2023", "2023-01-01", "2023-12-31")
YN = P("năm ngoái", "2023-01-01", "2023-12-31")
Yc = P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Hơn 3,7 tấn", "3,7", 3.7, "measure", "tấn", "vảy tê tê bị thu giữ", Yh, approx="over"),
    F("3.742 kg", "3.742", 3742, "measure", "kg", "vảy tê tê thu giữ", YN),
    F("1.086 kg", "1.086", 1086, "measure", "kg", "ngà voi thu giữ", YN),
    F("1.158 vụ", "1.158", 1158, "count", "vụ", "vụ vi phạm liên quan đến động vật hoang dã phát hiện", Y23,
      change=CH("decrease", 7.2, "%", "năm 2022")),
    F("khoảng 60%", "60", 60, "percent", "%", "lượng vảy tê tê bị thu giữ giảm so với năm trước", I(Y23), approx="about"),
    F("năm thứ 3 liên tiếp", "3", 3, "rank", "năm", "năm liên tiếp lượng vảy tê tê thu giữ giảm", optional=True),
    F("gấp 2,4 lần", "2,4", 2.4, "multiple", "lần", "lượng ngà voi thu giữ", I(Y23)),
    F("(1.420 kg)", "1.420", 1420, "measure", "kg", "vảy tê tê thu giữ", I(Y23), location="Hải Phòng"),
    F("(986 kg)", "986", 986, "measure", "kg", "vảy tê tê thu giữ", I(Y23), location="Hồ Chí Minh"),
    F("(612 kg)", "612", 612, "measure", "kg", "vảy tê tê thu giữ", I(Y23), location="Quảng Ninh"),
    F("là 412 vụ", "412", 412, "count", "vụ", "vụ án hình sự được khởi tố", I(Y23)),
    F("587 bị can", "587", 587, "count", "bị can", "bị can bị khởi tố", I(Y23)),
    F("xét xử 296 vụ", "296", 296, "count", "vụ", "vụ án tòa án các cấp đã xét xử", I(Y23)),
    F("Trong số 296 vụ", "296", 296, "count", "vụ", "vụ án được xét xử", optional=True),
    F("có 213 vụ", "213", 213, "count", "vụ", "vụ bị cáo lĩnh án tù giam", I(Y23), total=296, percent=72),
    F("từ 50 đến 200 triệu đồng", "50", 50e6, "money", "đồng", "mức phạt tiền phổ biến", I(Y23), value_max=200e6),
    F("khoảng 2.300 cá thể", "2.300", 2300, "count", "cá thể", "cá thể động vật hoang dã các trung tâm cứu hộ tiếp nhận",
      Yc, approx="about"),
    F("có 684 cá thể", "684", 684, "count", "cá thể", "cá thể tê tê tiếp nhận", Yc, total=2300),
    F("8 trung tâm", "8", 8, "count", "trung tâm", "trung tâm cứu hộ lớn"),
    F("khoảng 40-50%", "40", 40, "percent", "%", "tỷ lệ nhu cầu cứu hộ được các trung tâm đáp ứng", approx="about",
      value_max=50),
]

COMMENTS = [
    "National press ('Thứ ba, 12/3/2024, 06:30 (GMT+7)', byline at the end): vảy tê tê, ngà voi thu giữ, vụ án, cứu hộ năm 2023 (ENV).",
    "Distractors: '(GMT+7)', hotline '1800-1522' (looks like a range), 'năm thứ 3 liên tiếp' (a streak: optional, as shared h04/h05).",
    "'năm ngoái' in a 2024 article = 2023. 'giảm khoảng 60% so với năm trước' is a rate as its own claim; 'gấp 2,4 lần' standing alone: multiple.",
    "'Trong số 296 vụ được xét xử, có 213 vụ' restates the 296 already given: the restatement is optional (as shared h13), 213 takes total 296.",
    "Province list: indicator as subject, province as location (TP Hồ Chí Minh -> 'Hồ Chí Minh'). '8 trung tâm … hiện': no period.",
]

if __name__ == "__main__":
    emit("p664-6", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Việt Nam")
