"""p1227-2: district portal (huyện Chợ Gạo, Tiền Giang): sign language class for deaf people and families."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHỢ GẠO
Trang chủ | Tin tức - Sự kiện | Văn hóa - Xã hội

Khai giảng lớp ngôn ngữ ký hiệu cho người khiếm thính và người thân

Thứ Tư, 15/05/2024 - 14:30

Sáng 14/5, tại Nhà văn hóa ấp 4, xã Long Bình Điền, Hội Bảo trợ người khuyết tật và trẻ mồ côi huyện phối hợp với Trung tâm Hỗ trợ phát triển giáo dục hòa nhập tỉnh khai giảng lớp ngôn ngữ ký hiệu cho 32 học viên, gồm 18 người khiếm thính và 14 người thân trong gia đình. Lớp học kéo dài 2 tháng với 72 tiết, do một giáo viên khiếm thính và một phiên dịch viên đứng lớp.

Theo kết quả rà soát, tính đến ngày 30/4/2024, toàn huyện có 1.126 người khuyết tật, trong đó 187 người khuyết tật nghe, nói và 164 người khuyết tật nhìn. Khoảng 60% người khiếm thính trong độ tuổi đi học chưa được học ngôn ngữ ký hiệu bài bản; trên địa bàn huyện chưa có phiên dịch viên ngôn ngữ ký hiệu chuyên nghiệp nào.

Tại xã Song Bình, gia đình ông Nguyễn Văn Lực có hai người con khiếm thính bẩm sinh. Nhờ biết ngôn ngữ ký hiệu, người con trai lớn đã học xong nghề may công nghiệp và hiện làm việc tại một cơ sở may trong huyện với thu nhập khoảng 6,5 triệu đồng/tháng. "Trước đây cả nhà chỉ ra dấu theo cách tự nghĩ, nay vợ chồng tôi cùng đi học để hiểu con hơn", ông Lực chia sẻ.

Tổng kinh phí mở lớp hơn 85 triệu đồng, trong đó ngân sách huyện hỗ trợ 50 triệu đồng, phần còn lại do các nhà hảo tâm đóng góp. Mỗi học viên được hỗ trợ 30.000 đồng/buổi học.

Trong năm 2024, huyện dự kiến mở thêm 2 lớp tại xã Tân Thuận Bình và thị trấn Chợ Gạo cho khoảng 60 học viên; phấn đấu đến năm 2025 có ít nhất 3 người được cấp chứng chỉ phiên dịch ngôn ngữ ký hiệu.

Thanh Tâm - Trung tâm VH-TT&TT huyện Chợ Gạo
Địa chỉ: Ô 1, khu 2, thị trấn Chợ Gạo | Điện thoại: 0273.3855.247
"""

ASOF = P("tính đến ngày 30/4/2024", None, "2024-04-30")
Y24 = P("Trong năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("cho 32 học viên", "32", 32, "count", "học viên", subject="học viên lớp ngôn ngữ ký hiệu"),
    F("gồm 18 người", "18", 18, "count", "người khiếm thính", total=32,
      subject="học viên lớp ngôn ngữ ký hiệu là người khiếm thính"),
    F("và 14 người thân", "14", 14, "count", "người thân", total=32,
      subject="học viên lớp ngôn ngữ ký hiệu là người thân trong gia đình"),
    F("kéo dài 2 tháng", "2", 2, "measure", "tháng", subject="thời gian lớp học ngôn ngữ ký hiệu"),
    F("với 72 tiết", "72", 72, "measure", "tiết", subject="thời lượng lớp học ngôn ngữ ký hiệu"),
    F("do một giáo viên", "một", 1, "count", "giáo viên", optional=True,
      subject="giáo viên khiếm thính đứng lớp"),
    F("và một phiên dịch viên", "một", 1, "count", "phiên dịch viên", optional=True,
      subject="phiên dịch viên đứng lớp"),
    F("có 1.126 người", "1.126", 1126, "count", "người khuyết tật",
      subject="người khuyết tật toàn huyện", period=ASOF),
    F("187 người", "187", 187, "count", "người khuyết tật", total=1126,
      subject="người khuyết tật nghe, nói", period=ASOF),
    F("164 người", "164", 164, "count", "người khuyết tật", total=1126,
      subject="người khuyết tật nhìn", period=ASOF),
    F("Khoảng 60%", "60", 60, "percent", "%", approx="about",
      subject="người khiếm thính trong độ tuổi đi học chưa được học ngôn ngữ ký hiệu bài bản", period=I(ASOF)),
    F("có hai người con", "hai", 2, "count", "người con",
      subject="người con khiếm thính bẩm sinh của gia đình ông Nguyễn Văn Lực"),
    F("khoảng 6,5 triệu", "6,5", 6500000, "money", "đồng/tháng", approx="about",
      subject="thu nhập của người con trai lớn khiếm thính"),
    F("hơn 85 triệu", "85", 85000000, "money", "đồng", approx="over",
      subject="tổng kinh phí mở lớp ngôn ngữ ký hiệu"),
    F("hỗ trợ 50 triệu", "50", 50000000, "money", "đồng", total=85000000,
      subject="ngân sách huyện hỗ trợ kinh phí mở lớp"),
    F("30.000 đồng/buổi", "30.000", 30000, "money", "đồng/buổi", subject="hỗ trợ cho mỗi học viên"),
    F("thêm 2 lớp", "2", 2, "count", "lớp", status="forecast",
      subject="lớp ngôn ngữ ký hiệu mở thêm", period=Y24),
    F("khoảng 60 học viên", "60", 60, "count", "học viên", approx="about", status="forecast",
      subject="học viên các lớp ngôn ngữ ký hiệu mở thêm", period=Y24),
    F("ít nhất 3 người", "3", 3, "count", "người", approx="at_least", status="target",
      subject="người được cấp chứng chỉ phiên dịch ngôn ngữ ký hiệu", period=TO25),
]

NOTES = [
    "District portal (huyện Chợ Gạo, Tiền Giang): sign language class opened 14/5/2024. Dateline 'Thứ Tư, 15/05/2024 - 14:30'.",
    "Distractors: 'Sáng 14/5', 'ấp 4', 'Ô 1, khu 2', phone 0273.3855.247, time 14:30; 'chưa có ... nào' (zero, no numeral).",
    "18 + 14 = 32 after 'gồm': total 32. 187 and 164 are parts of 1.126 (trong đó). 50 triệu is part of 'hơn 85 triệu' (trong đó).",
    "'một giáo viên ... một phiên dịch viên' may be read as the article 'a': optional. 'hai người con' is a count (number word).",
    "Location: district portal → Chợ Gạo for all; the Song Bình family and the class in Long Bình Điền are communes of the district.",
    "Class opening figures get no period (event date 'Sáng 14/5' only). 'dự kiến' → forecast, 'phấn đấu đến năm 2025' → target.",
]

if __name__ == "__main__":
    write("p1227-2", TEXT, NOTES, FIGS, published="2024-05-15", location="Chợ Gạo")
