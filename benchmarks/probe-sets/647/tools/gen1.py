"""p647-1: Đà Nẵng city portal, traffic accidents, congestion points, black spots, cameras, parking (H1/2024)."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Giao thông - Đô thị

Đà Nẵng còn 9 điểm ùn tắc giao thông thường xuyên

Cập nhật: 15/07/2024 10:20

(Cổng TTĐT) - Theo Sở Giao thông vận tải, 6 tháng đầu năm 2024, trên địa bàn thành phố xảy ra 187 vụ tai nạn giao thông, giảm 11,4% so với cùng kỳ năm 2023; làm chết 52 người, giảm 7 người; bị thương 161 người.

Toàn thành phố hiện còn 9 điểm ùn tắc giao thông thường xuyên, giảm 4 điểm so với cuối năm 2023, tập trung tại các quận Hải Châu (4 điểm), Thanh Khê (3 điểm) và Sơn Trà (2 điểm). Các điểm này chủ yếu nằm trên đường 2 Tháng 9, đường Nguyễn Văn Linh và nút giao phía Tây cầu Rồng.

Đối với điểm đen tai nạn giao thông, Sở đã xử lý dứt điểm 6/8 điểm đen được xác định trong năm 2023; 2 điểm còn lại đang được thi công với tổng kinh phí khoảng 4,8 tỷ đồng.

Hệ thống giám sát giao thông của thành phố hiện có 1.126 camera, trong đó 348 camera có chức năng phát hiện vi phạm. Từ đầu năm đến nay, hệ thống đã ghi nhận hơn 21.500 trường hợp vi phạm, tăng 2,3 lần so với cùng kỳ; lực lượng chức năng đã xử phạt 14.870 trường hợp, đạt 69,2% số trường hợp được ghi nhận, nộp ngân sách trên 23,6 tỷ đồng.

Về giao thông tĩnh, toàn thành phố có 64 bãi đỗ xe công cộng với tổng diện tích khoảng 18,5 ha, đáp ứng khoảng 25% nhu cầu đỗ xe. Thành phố phấn đấu đến năm 2025 nâng lên 80 bãi đỗ xe, đáp ứng từ 35 đến 40% nhu cầu.

Thực hiện Quyết định số 1520/QĐ-UBND, thời gian tới Sở sẽ tổ chức lại giao thông tại nút giao Quốc lộ 14B – đường tránh Nam Hải Vân. Người dân phản ánh qua đường dây nóng 0236.3822.999.

Lượt xem: 3.482
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-15")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Đà Nẵng còn 9 điểm", "9", 9, "count", "điểm", "điểm ùn tắc giao thông thường xuyên"),
    F("xảy ra 187 vụ", "187", 187, "count", "vụ", "tai nạn giao thông", H1,
      change=CH("decrease", 11.4, "%", "cùng kỳ năm 2023")),
    F("làm chết 52 người", "52", 52, "count", "người", "người chết do tai nạn giao thông", H1,
      change=CH("decrease", 7, "người", "cùng kỳ năm 2023")),
    F("bị thương 161 người", "161", 161, "count", "người", "người bị thương do tai nạn giao thông", H1),
    F("hiện còn 9 điểm", "9", 9, "count", "điểm", "điểm ùn tắc giao thông thường xuyên",
      change=CH("decrease", 4, "điểm", "cuối năm 2023")),
    F("Hải Châu (4 điểm)", "4", 4, "count", "điểm", "điểm ùn tắc giao thông thường xuyên",
      total=9, location="Hải Châu"),
    F("Thanh Khê (3 điểm)", "3", 3, "count", "điểm", "điểm ùn tắc giao thông thường xuyên",
      total=9, location="Thanh Khê"),
    F("Sơn Trà (2 điểm)", "2", 2, "count", "điểm", "điểm ùn tắc giao thông thường xuyên",
      total=9, location="Sơn Trà"),
    F("dứt điểm 6/8", "6", 6, "count", "điểm đen", "điểm đen tai nạn giao thông được xử lý dứt điểm", total=8),
    F("; 2 điểm còn lại", "2", 2, "count", "điểm", "điểm đen còn lại đang được thi công"),
    F("khoảng 4,8 tỷ đồng", "4,8", 4.8e9, "money", "đồng", "tổng kinh phí thi công các điểm đen còn lại",
      approx="about"),
    F("có 1.126 camera", "1.126", 1126, "count", "camera", "camera của hệ thống giám sát giao thông"),
    F("348 camera", "348", 348, "count", "camera", "camera có chức năng phát hiện vi phạm", total=1126),
    F("hơn 21.500 trường hợp", "21.500", 21500, "count", "trường hợp", "trường hợp vi phạm hệ thống ghi nhận",
      YTD, approx="over", change=CH("increase", 2.3, "lần", "cùng kỳ")),
    F("xử phạt 14.870 trường hợp", "14.870", 14870, "count", "trường hợp", "trường hợp vi phạm bị xử phạt",
      YTD, percent=69.2),
    F("trên 23,6 tỷ đồng", "23,6", 23.6e9, "money", "đồng", "tiền xử phạt nộp ngân sách", YTD, approx="over"),
    F("có 64 bãi", "64", 64, "count", "bãi đỗ xe", "bãi đỗ xe công cộng"),
    F("khoảng 18,5 ha", "18,5", 18.5, "measure", "ha", "tổng diện tích bãi đỗ xe công cộng", approx="about"),
    F("khoảng 25% nhu cầu", "25", 25, "percent", "%", "tỷ lệ đáp ứng nhu cầu đỗ xe của bãi đỗ xe công cộng",
      approx="about"),
    F("lên 80 bãi", "80", 80, "count", "bãi đỗ xe", "bãi đỗ xe công cộng", T25, status="target"),
    F("từ 35 đến 40%", "35", 35, "percent", "%", "tỷ lệ đáp ứng nhu cầu đỗ xe", T25,
      value_max=40, status="target"),
]

COMMENTS = [
    "Đà Nẵng city portal (breadcrumb, Cập nhật, Lượt xem): accidents and congestion points H1/2024, black spots, cameras, public parking.",
    "District items in brackets after 'tập trung tại' add up to the 9 points: total 9, location the district.",
    "'2 điểm còn lại' has no total cue (no trong đó / gồm / trong số): no total. 'hiện' sentences carry no period.",
    "Distractors: đường 2 Tháng 9, Quốc lộ 14B, Quyết định số 1520/QĐ-UBND, hotline, Lượt xem, năm 2023 of identification.",
]

if __name__ == "__main__":
    emit("p647-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Đà Nẵng")
