"""p858-8: provincial newspaper online (Báo Bình Thuận), '(BTO) -' tag, headline figure, 10/01/2025."""
from lib import F, P, I, C, T, write

TEXT = """Báo Bình Thuận điện tử
Xã hội > Lao động - Việc làm
Gần 1.300 phụ nữ nông thôn học nghề làm đẹp
Cập nhật lúc 15:05, Thứ Sáu, 10/01/2025

(BTO) - Năm 2024, Hội Liên hiệp Phụ nữ tỉnh phối hợp với các cơ sở giáo dục nghề nghiệp mở 42 lớp đào tạo nghề cắt tóc, chăm sóc móng, trang điểm cho 1.286 hội viên phụ nữ nông thôn, đạt 107,2% chỉ tiêu được giao. Trong số học viên, 386 người là đồng bào dân tộc thiểu số, chủ yếu ở các huyện Bắc Bình, Tánh Linh, Đức Linh.

Các địa phương có nhiều học viên là Hàm Thuận Bắc (214 người), Bắc Bình (187 người), Tuy Phong (162 người) và thị xã La Gi (148 người).

Sau đào tạo, 1.058 học viên có việc làm mới hoặc tiếp tục làm nghề với thu nhập cao hơn, chiếm 82,3%. Thu nhập bình quân của học viên tăng từ 3,2 triệu đồng lên 5,5 triệu đồng/người/tháng. Đáng chú ý, 74 hội viên đã vay vốn Ngân hàng Chính sách xã hội theo Đề án 939 về hỗ trợ phụ nữ khởi nghiệp, với tổng dư nợ 3,1 tỷ đồng, để mở tiệm làm tóc, làm móng tại nhà.

Tại hội nghị tổng kết chiều 8/1, bà Nguyễn Thị Kim Thoa, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, cho biết năm 2025, Hội phấn đấu mở 45 lớp với khoảng 1.350 học viên; tổng kinh phí dự kiến khoảng 2,7 tỷ đồng, bình quân 2 triệu đồng/học viên. Hội sẽ ưu tiên mở lớp tại các xã vùng đồng bào dân tộc thiểu số, xã bãi ngang ven biển.

MINH THƯ
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
LIST = "học viên nghề làm đẹp"

FIGS = [
    F("Gần 1.300 phụ nữ", "1.300", 1300, "count", "phụ nữ", "phụ nữ nông thôn học nghề làm đẹp", approx="nearly"),
    F("mở 42 lớp", "42", 42, "count", "lớp", "lớp đào tạo nghề cắt tóc, chăm sóc móng, trang điểm", Y24),
    F("cho 1.286 hội viên", "1.286", 1286, "count", "hội viên", "hội viên phụ nữ nông thôn học nghề làm đẹp", Y24,
      percent=107.2),
    F("386 người", "386", 386, "count", "người", "học viên là đồng bào dân tộc thiểu số", I(Y24), total=1286),
    F("Hàm Thuận Bắc (214 người)", "214", 214, "count", "người", LIST, I(Y24), location="Hàm Thuận Bắc"),
    F("Bắc Bình (187 người)", "187", 187, "count", "người", LIST, I(Y24), location="Bắc Bình"),
    F("Tuy Phong (162 người)", "162", 162, "count", "người", LIST, I(Y24), location="Tuy Phong"),
    F("La Gi (148 người)", "148", 148, "count", "người", LIST, I(Y24), location="La Gi"),
    F("1.058 học viên", "1.058", 1058, "count", "học viên", "học viên có việc làm mới hoặc thu nhập cao hơn sau đào tạo",
      I(Y24), percent=82.3),
    F("từ 3,2 triệu", "3,2", 3.2e6, "money", "đồng/người/tháng", "thu nhập bình quân của học viên trước học nghề"),
    F("lên 5,5 triệu", "5,5", 5.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của học viên sau học nghề"),
    F("74 hội viên", "74", 74, "count", "hội viên", "hội viên vay vốn Ngân hàng Chính sách xã hội mở tiệm"),
    F("dư nợ 3,1 tỷ đồng", "3,1", 3.1e9, "money", "đồng", "tổng dư nợ vay vốn mở tiệm"),
    F("mở 45 lớp", "45", 45, "count", "lớp", "lớp đào tạo nghề làm đẹp", Y25, status="target"),
    F("khoảng 1.350 học viên", "1.350", 1350, "count", "học viên", "học viên học nghề làm đẹp", Y25,
      approx="about", status="target"),
    F("khoảng 2,7 tỷ đồng", "2,7", 2.7e9, "money", "đồng", "tổng kinh phí", Y25, approx="about",
      status="forecast"),
    F("2 triệu đồng/học viên", "2", 2e6, "money", "đồng/học viên", "kinh phí bình quân", Y25, status="forecast"),
]

NOTES = [
    "Báo Bình Thuận online: '(BTO) -' tag, headline 'Gần 1.300 phụ nữ ...' (no period phrase), 'Cập nhật lúc 15:05, Thứ Sáu, 10/01/2025'.",
    "'Trong số học viên, 386 người' -> total 1.286 (the whole the cue names). The district list does not add up to a whole: no total; districts -> location.",
    "'tăng từ 3,2 triệu đồng lên 5,5 triệu đồng/người/tháng': two money figures (before / after) sharing the per-unit; no change value is stated.",
    "'phấn đấu' -> target for 45 lớp and 1.350; 'tổng kinh phí dự kiến' -> forecast, continuing to 'bình quân 2 triệu đồng/học viên'.",
    "Distractors: Đề án 939, chiều 8/1, 15:05, byline.",
]

write("p858-8", TEXT, FIGS, NOTES, published="2025-01-10", location="Bình Thuận")
