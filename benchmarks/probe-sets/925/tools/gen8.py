"""p925-8: Báo Lạng Sơn online, headline figure, '(BLS) -' tag: smuggled / unknown-origin drugs seized in Q1/2025."""
from lib import F, P, I, C, T, write

TEXT = """BÁO LẠNG SƠN ĐIỆN TỬ
Pháp luật - Thứ Ba, 22/04/2025 10:05

Thu giữ gần 46.000 viên thuốc không rõ nguồn gốc trong quý I

(BLS) - Quý I/2025, lực lượng chức năng trên địa bàn tỉnh đã phát hiện, xử lý 27 vụ vận chuyển, kinh doanh thuốc nhập lậu, thuốc không rõ nguồn gốc, tăng 6 vụ so với cùng kỳ năm 2024; thu giữ gần 46.000 viên thuốc tân dược và 1.250 hộp thuốc đông y các loại, tổng trị giá hơn 1,2 tỷ đồng.

Trong số 27 vụ, Cục Quản lý thị trường tỉnh phát hiện 15 vụ, Công an tỉnh 8 vụ, Bộ đội Biên phòng tỉnh 4 vụ. Các vụ việc tập trung ở các huyện Cao Lộc (9 vụ), Văn Lãng (6 vụ) và Lộc Bình (5 vụ).

Điển hình, ngày 12/3, tại Km 18, Quốc lộ 1A (xã Tân Thành, huyện Cao Lộc), Đội Quản lý thị trường số 1 kiểm tra xe ô tô tải biển kiểm soát 12C-045.78, phát hiện 18.600 viên thuốc kháng sinh, giảm đau có nhãn mác nước ngoài, không có hóa đơn chứng từ. Chủ hàng khai mua với giá khoảng 1.500 đồng/viên để bán lại cho một số quầy thuốc ở vùng biên.

Cũng trong quý, Sở Y tế kiểm tra 214 nhà thuốc, quầy thuốc, phát hiện 19 cơ sở vi phạm, xử phạt 126 triệu đồng. Toàn tỉnh có 812 cơ sở bán lẻ thuốc, trong đó 96,3% đạt GPP.

Theo Ban Chỉ đạo 389 tỉnh, năm 2025 tỉnh phấn đấu giảm ít nhất 20% số vụ buôn lậu thuốc so với năm 2024; 100% quầy thuốc tuyến xã được kiểm tra ít nhất 1 lần/năm.

Hoàng Anh
"""

Q1 = P("trong quý I", "2025-01-01", "2025-03-31")
QB = P("Quý I/2025", "2025-01-01", "2025-03-31")
D12 = P("ngày 12/3", "2025-03-12", "2025-03-12")
CQ = P("Cũng trong quý", "2025-01-01", "2025-03-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("gần 46.000 viên thuốc không", "46.000", 46000, "count", "viên", "thuốc không rõ nguồn gốc bị thu giữ", Q1,
      approx="nearly"),
    F("xử lý 27 vụ", "27", 27, "count", "vụ", "vụ vận chuyển, kinh doanh thuốc nhập lậu, thuốc không rõ nguồn gốc", QB,
      change=C("increase", 6, "vụ", "cùng kỳ năm 2024")),
    F("gần 46.000 viên thuốc tân", "46.000", 46000, "count", "viên", "thuốc tân dược bị thu giữ", QB, approx="nearly"),
    F("1.250 hộp", "1.250", 1250, "count", "hộp", "thuốc đông y bị thu giữ", QB),
    F("hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng trị giá thuốc bị thu giữ", QB, approx="over"),
    F("Trong số 27 vụ", "27", 27, "count", "vụ", None, None, optional=True),
    F("phát hiện 15 vụ", "15", 15, "count", "vụ", "vụ do Cục Quản lý thị trường tỉnh phát hiện", I(QB), total=27),
    F("tỉnh 8 vụ", "8", 8, "count", "vụ", "vụ do Công an tỉnh phát hiện", I(QB), total=27),
    F("tỉnh 4 vụ", "4", 4, "count", "vụ", "vụ do Bộ đội Biên phòng tỉnh phát hiện", I(QB), total=27),
    F("Cao Lộc (9 vụ)", "9", 9, "count", "vụ", "vụ việc", I(QB), location="Cao Lộc"),
    F("Văn Lãng (6 vụ)", "6", 6, "count", "vụ", "vụ việc", I(QB), location="Văn Lãng"),
    F("Lộc Bình (5 vụ)", "5", 5, "count", "vụ", "vụ việc", I(QB), location="Lộc Bình"),
    F("phát hiện 18.600 viên", "18.600", 18600, "count", "viên", "thuốc kháng sinh, giảm đau có nhãn mác nước ngoài", D12,
      location="Cao Lộc"),
    F("khoảng 1.500 đồng/viên", "1.500", 1500, "money", "đồng/viên", "giá mua thuốc", approx="about", location="Cao Lộc"),
    F("kiểm tra 214 nhà thuốc", "214", 214, "count", "nhà thuốc, quầy thuốc", "nhà thuốc, quầy thuốc được kiểm tra", CQ),
    F("phát hiện 19 cơ sở", "19", 19, "count", "cơ sở", "cơ sở vi phạm", CQ),
    F("xử phạt 126 triệu đồng", "126", 126e6, "money", "đồng", "tiền xử phạt", CQ),
    F("có 812 cơ sở", "812", 812, "count", "cơ sở", "cơ sở bán lẻ thuốc"),
    F("96,3%", "96,3", 96.3, "percent", "%", "cơ sở bán lẻ thuốc đạt GPP"),
    F("ít nhất 20%", "20", 20, "percent", "%", "mức giảm số vụ buôn lậu thuốc so với năm 2024", Y25, approx="at_least",
      status="target"),
    F("100% quầy thuốc", "100", 100, "percent", "%", "quầy thuốc tuyến xã được kiểm tra", Y25, status="target"),
    F("ít nhất 1 lần/năm", "1", 1, "measure", "lần/năm", None, None, approx="at_least", status="target", optional=True),
]

NOTES = [
    "Báo Lạng Sơn online, '(BLS) -' tag implies Lạng Sơn; dateline 'Thứ Ba, 22/04/2025 10:05'. Headline 'trong quý I' takes 2025.",
    "Not figures: 'Km 18', 'Quốc lộ 1A', 'Đội Quản lý thị trường số 1', plate '12C-045.78', 'Ban Chỉ đạo 389' (a name), '10:05'.",
    "'Trong số 27 vụ' repeats the whole (optional); the three agencies' cases after it add up to 27 (total 27). The district list",
    "(9, 6, 5) does not add up: no total. The Km 18 seizure happened in huyện Cao Lộc (location Cao Lộc).",
    "'giảm ít nhất 20% số vụ ... so với năm 2024' is a target rate with no base amount: a percent figure, no change object.",
    "'ít nhất 1 lần/năm' is the frequency norm of the 100% target: optional. '812 cơ sở' and '96,3%' have no period phrase.",
]

write(8, TEXT, FIGS, NOTES, published="2025-04-22", location="Lạng Sơn")
