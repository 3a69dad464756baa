"""p510-8: Báo Bình Dương online (provincial paper) — traffic police administrative violations handled, Q1/2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """BÁO BÌNH DƯƠNG ONLINE
Trang chủ / An ninh - Trật tự

Quý I/2024: Xử phạt hơn 32.600 trường hợp vi phạm giao thông

Ngày cập nhật 15/04/2024

(BDO) Quý I/2024, lực lượng Cảnh sát giao thông Công an tỉnh Bình Dương đã phát hiện, lập biên bản 32.618 trường hợp vi phạm trật tự an toàn giao thông, tăng 18,4% so với cùng kỳ năm 2023; phạt tiền nộp kho bạc nhà nước hơn 41,2 tỷ đồng; tạm giữ 5.327 phương tiện các loại (trong đó có 4.960 mô tô, xe gắn máy và 367 ô tô); tước giấy phép lái xe có thời hạn 2.145 trường hợp.

Trong các lỗi vi phạm, vi phạm nồng độ cồn nhiều nhất với 9.872 trường hợp (chiếm 30,3%); tiếp đến là chạy quá tốc độ quy định 6.015 trường hợp, chở hàng quá tải trọng 1.204 trường hợp.

Các địa phương phát hiện nhiều vi phạm là TP Thủ Dầu Một (6.812 trường hợp), TP Thuận An (5.930 trường hợp), TP Dĩ An (5.477 trường hợp).

Qua hệ thống camera giám sát trên Quốc lộ 13 và Đại lộ Bình Dương, Phòng CSGT phát hiện 3.406 trường hợp vi phạm, gửi thông báo đến chủ phương tiện; tuy nhiên, hơn 40% trường hợp chưa đến nộp phạt.

Theo Nghị định số 100/2019/NĐ-CP (sửa đổi bởi Nghị định 123/2021/NĐ-CP), người điều khiển ô tô vi phạm nồng độ cồn ở mức cao nhất bị phạt tiền từ 30 đến 40 triệu đồng và tước giấy phép lái xe từ 22 đến 24 tháng.

Trong quý II, Công an tỉnh dự kiến tổ chức 120 đợt tuần tra, kiểm soát cao điểm, tập trung vào các tuyến đường ĐT 743, ĐT 747 và khu vực giáp ranh TP Hồ Chí Minh.

Người dân phản ánh vi phạm qua đường dây nóng Phòng CSGT: 0274.3822.187.

HỒNG NHUNG
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    F("hơn 32.600 trường hợp", "32.600", 32600, "count", "trường hợp", "trường hợp vi phạm giao thông bị xử phạt", Q1,
      approx="over"),
    F("biên bản 32.618 trường hợp", "32.618", 32618, "count", "trường hợp",
      "trường hợp vi phạm trật tự an toàn giao thông phát hiện, lập biên bản", Q1,
      change=CH("increase", 18.4, "%", "cùng kỳ năm 2023")),
    F("hơn 41,2 tỷ", "41,2", 41.2e9, "money", "đồng", "tiền phạt nộp kho bạc nhà nước", Q1, approx="over"),
    F("tạm giữ 5.327 phương tiện", "5.327", 5327, "count", "phương tiện", "phương tiện các loại bị tạm giữ", Q1),
    F("có 4.960 mô tô", "4.960", 4960, "count", "mô tô, xe gắn máy", "mô tô, xe gắn máy bị tạm giữ", Q1, total=5327),
    F("và 367 ô tô", "367", 367, "count", "ô tô", "ô tô bị tạm giữ", Q1, total=5327),
    F("thời hạn 2.145 trường hợp", "2.145", 2145, "count", "trường hợp", "trường hợp bị tước giấy phép lái xe có thời hạn", Q1),
    F("với 9.872 trường hợp", "9.872", 9872, "count", "trường hợp", "vi phạm nồng độ cồn", I(Q1), percent=30.3),
    F("định 6.015 trường hợp", "6.015", 6015, "count", "trường hợp", "chạy quá tốc độ quy định", I(Q1)),
    F("tải trọng 1.204 trường hợp", "1.204", 1204, "count", "trường hợp", "chở hàng quá tải trọng", I(Q1)),
    F("Một (6.812 trường hợp)", "6.812", 6812, "count", "trường hợp", "vi phạm phát hiện", I(Q1), location="Thủ Dầu Một"),
    F("An (5.930 trường hợp)", "5.930", 5930, "count", "trường hợp", "vi phạm phát hiện", I(Q1), location="Thuận An"),
    F("Dĩ An (5.477 trường hợp)", "5.477", 5477, "count", "trường hợp", "vi phạm phát hiện", I(Q1), location="Dĩ An"),
    F("phát hiện 3.406 trường hợp", "3.406", 3406, "count", "trường hợp", "trường hợp vi phạm phát hiện qua hệ thống camera giám sát",
      I(Q1)),
    F("hơn 40% trường hợp", "40", 40, "percent", "%", "trường hợp chưa đến nộp phạt", approx="over"),
    F("từ 30 đến 40 triệu", "30", 30e6, "money", "đồng",
      "mức phạt tiền người điều khiển ô tô vi phạm nồng độ cồn ở mức cao nhất", value_max=40e6),
    F("từ 22 đến 24 tháng", "22", 22, "measure", "tháng", "thời hạn tước giấy phép lái xe", value_max=24, optional=True),
    F("tổ chức 120 đợt", "120", 120, "count", "đợt", "đợt tuần tra, kiểm soát cao điểm",
      P("quý II", "2024-04-01", "2024-06-30"), status="forecast"),
]

COMMENTS = [
    "Báo Bình Dương online (BDO), 'Ngày cập nhật 15/04/2024' (published): CSGT Công an tỉnh Bình Dương — xử lý vi phạm hành chính",
    "về giao thông quý I/2024. Byline at the end. Distractors: Nghị định số 100/2019/NĐ-CP, Nghị định 123/2021/NĐ-CP, Quốc lộ 13,",
    "ĐT 743, ĐT 747, hotline 0274.3822.187, 'Đại lộ Bình Dương'.",
    "'(trong đó có 4.960 mô tô, xe gắn máy và 367 ô tô)' adds up to 5.327 phương tiện -> total (vehicles, same thing).",
    "'9.872 trường hợp (chiếm 30,3%)' -> percent; 'Trong các lỗi vi phạm' is no part-of figure, so no total. Districts -> location,",
    "subject the list's indicator. 'hơn 40% trường hợp chưa đến nộp phạt' follows no đạt/chiếm cue: its own percent figure.",
    "Legal fine range 'từ 30 đến 40 triệu đồng' is a stated amount (money range, required); the licence suspension 'từ 22 đến 24 tháng'",
    "is a duration in a penalty rule (optional). 'Trong quý II … dự kiến … 120 đợt' forecast, quý II takes 2024.",
]

emit("p510-8", TEXT, COMMENTS, FIGS, published="2024-04-15", location="Bình Dương")
