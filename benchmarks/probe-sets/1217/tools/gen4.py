"""p1217-4: ministry site (Bộ Công Thương), national market for Mid-Autumn toys 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG
Trang chủ > Tin tức > Thị trường trong nước

Thị trường Trung thu 2023: Đồ chơi truyền thống "Made in Vietnam" chiếm ưu thế

25/09/2023 | 10:15 | In bài | Chia sẻ

Theo Vụ Thị trường trong nước (Bộ Công Thương), năm nay cả nước có khoảng 50 làng nghề, cụm nghề sản xuất đồ chơi, đèn lồng Trung thu truyền thống, trong đó Hà Nội, Hưng Yên và Quảng Nam lần lượt có 14, 9 và 6 làng nghề. Qua khảo sát tại 12 tỉnh, thành phố, hàng Việt Nam chiếm trên 80% lượng đồ chơi Trung thu bày bán tại các chợ, siêu thị, cao hơn khoảng 10 điểm phần trăm so với năm 2022.

Các hệ thống siêu thị như Co.opmart, GO!, Lotte Mart đã chuẩn bị khoảng 1.500 mặt hàng phục vụ Trung thu, trong đó đồ chơi, đèn lồng chiếm 30%. Giá đồ chơi truyền thống cơ bản ổn định: đèn ông sao từ 20.000 đến 50.000 đồng/chiếc, mặt nạ giấy bồi 30.000-70.000 đồng/chiếc, đèn kéo quân loại nhỏ khoảng 150.000 đồng/chiếc.

Cũng theo Bộ Công Thương, 8 tháng đầu năm 2023, kim ngạch nhập khẩu đồ chơi trẻ em các loại ước đạt 112 triệu USD, giảm 14,5% so với cùng kỳ năm 2022. Lực lượng quản lý thị trường các địa phương đã kiểm tra 1.265 vụ, xử lý 1.036 vụ vi phạm trong kinh doanh đồ chơi, bánh Trung thu, thu giữ hơn 42.000 sản phẩm không rõ nguồn gốc.

Bộ Công Thương đề nghị các địa phương hỗ trợ làng nghề tham gia chương trình "Đưa hàng Việt về nông thôn" và phấn đấu đến năm 2025 có ít nhất 30 sản phẩm đồ chơi Trung thu truyền thống đạt chứng nhận OCOP.

CỔNG THÔNG TIN ĐIỆN TỬ BỘ CÔNG THƯƠNG
Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội | Điện thoại: 024.2220.2222
"""

NOW = P("năm nay", "2023-01-01", "2023-12-31")
M8 = P("8 tháng đầu năm 2023", "2023-01-01", "2023-08-31")
T25 = P("đến năm 2025", None, "2025-12-31")
LIST = "làng nghề, cụm nghề sản xuất đồ chơi, đèn lồng Trung thu truyền thống"

FIGS = [
    F("khoảng 50 làng nghề", "50", 50, "count", "làng nghề", approx="about", subject=LIST, period=NOW),
    F("lần lượt có 14", "14", 14, "count", "làng nghề", total=50, subject=LIST, period=NOW, location="Hà Nội"),
    F("14, 9 và", "9", 9, "count", "làng nghề", total=50, subject=LIST, period=NOW, location="Hưng Yên"),
    F("9 và 6 làng", "6", 6, "count", "làng nghề", total=50, subject=LIST, period=NOW, location="Quảng Nam"),
    F("tại 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", subject="tỉnh, thành phố được khảo sát"),
    F("trên 80%", "80", 80, "percent", "%", approx="over",
      change=C("increase", 10, "điểm phần trăm", "năm 2022", approx="about"),
      subject="tỷ trọng hàng Việt Nam trong đồ chơi Trung thu bày bán tại các chợ, siêu thị", period=I(NOW)),
    F("khoảng 1.500 mặt hàng", "1.500", 1500, "count", "mặt hàng", approx="about",
      subject="mặt hàng phục vụ Trung thu siêu thị chuẩn bị", period=I(NOW)),
    F("chiếm 30%", "30", 30, "percent", "%",
      subject="tỷ trọng đồ chơi, đèn lồng trong mặt hàng phục vụ Trung thu", period=I(NOW)),
    F("từ 20.000 đến 50.000", "20.000", 20000, "money", "đồng/chiếc", value_max=50000, subject="giá đèn ông sao"),
    F("30.000-70.000", "30.000", 30000, "money", "đồng/chiếc", value_max=70000, subject="giá mặt nạ giấy bồi"),
    F("khoảng 150.000", "150.000", 150000, "money", "đồng/chiếc", approx="about",
      subject="giá đèn kéo quân loại nhỏ"),
    F("ước đạt 112 triệu", "112", 112000000, "money", "USD", status="estimate",
      change=C("decrease", 14.5, "%", "cùng kỳ năm 2022"),
      subject="kim ngạch nhập khẩu đồ chơi trẻ em các loại", period=M8),
    F("kiểm tra 1.265 vụ", "1.265", 1265, "count", "vụ",
      subject="vụ kiểm tra trong kinh doanh đồ chơi, bánh Trung thu", period=I(M8)),
    F("xử lý 1.036 vụ", "1.036", 1036, "count", "vụ",
      subject="vụ vi phạm trong kinh doanh đồ chơi, bánh Trung thu bị xử lý", period=I(M8)),
    F("hơn 42.000 sản phẩm", "42.000", 42000, "count", "sản phẩm", approx="over",
      subject="sản phẩm không rõ nguồn gốc bị thu giữ", period=I(M8)),
    F("ít nhất 30 sản phẩm", "30", 30, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm đồ chơi Trung thu truyền thống đạt chứng nhận OCOP", period=T25),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '25/09/2023 | 10:15 | In bài | Chia sẻ' (published), footer address and phone.",
    "National figures: default location Việt Nam. The 'lần lượt' list gives each province its own figure (location = the province),",
    "parts of the national 50 after 'trong đó' (total 50). '12 tỉnh, thành phố' surveyed is a count (Việt Nam).",
    "'trên 80%' is a share (not a growth rate), so 'cao hơn khoảng 10 điểm phần trăm so với năm 2022' is its change.",
    "'trong đó đồ chơi, đèn lồng chiếm 30%' is a percent figure of its own (no count of its own). 1.036 vụ has no part-of cue: no total.",
    "Distractors: 'Trung thu 2023' in the headline, 10:15, '54 Hai Bà Trưng', phone, 'Made in Vietnam', GO!.",
]

if __name__ == "__main__":
    write("p1217-4", TEXT, NOTES, FIGS, published="2023-09-25", location="Việt Nam")
