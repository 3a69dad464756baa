"""p1116-1: Thanh Hóa province portal, 9 months 2024 trainees in motorbike/car repair."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Lao động - Việc làm

Thanh Hóa: Hơn 2.100 lao động được đào tạo nghề sửa chữa ô tô, xe máy

Cập nhật: 18/10/2024 09:45 | Lượt xem: 1.236

(thanhhoa.gov.vn) - 9 tháng đầu năm 2024, các cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh Thanh Hóa đã tuyển sinh, đào tạo nghề sửa chữa ô tô, xe máy cho 2.146 học viên, đạt 78,6% kế hoạch năm, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, trình độ cao đẳng 415 học viên, trung cấp 628 học viên, sơ cấp và đào tạo dưới 3 tháng 1.103 học viên.

Toàn tỉnh hiện có 23 cơ sở giáo dục nghề nghiệp tham gia đào tạo nhóm nghề công nghệ ô tô, sửa chữa máy động lực, tập trung chủ yếu tại TP Thanh Hóa (9 cơ sở), thị xã Bỉm Sơn (3 cơ sở) và huyện Triệu Sơn (2 cơ sở). Trong 9 tháng, các trường đã mở 74 lớp, bình quân mỗi lớp khoảng 29 học viên.

Năm 2024, tỷ lệ học viên nghề sửa chữa ô tô, xe máy có việc làm sau tốt nghiệp ước đạt 86,5%, cao hơn 4,2 điểm phần trăm so với năm 2023. Thu nhập bình quân của lao động mới ra trường từ 6,5 đến 8 triệu đồng/tháng; thợ có tay nghề bậc cao tại các gara ở TP Thanh Hóa đạt trên 12 triệu đồng/tháng.

Người học thuộc hộ nghèo, hộ cận nghèo, người khuyết tật được hỗ trợ chi phí học nghề tối đa 4 triệu đồng/người/khóa theo Quyết định số 46/2015/QĐ-TTg của Thủ tướng Chính phủ.

Năm 2025, tỉnh phấn đấu đào tạo nghề sửa chữa ô tô, xe máy cho 3.000 lao động, trong đó ít nhất 40% là lao động nông thôn; lần thứ 3 tổ chức hội thi tay nghề thợ sửa chữa ô tô trẻ cấp tỉnh.
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_SHORT = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 2.100 lao động", "2.100", 2100, "count", "lao động", approx="over",
      subject="lao động được đào tạo nghề sửa chữa ô tô, xe máy"),
    F("cho 2.146 học viên", "2.146", 2146, "count", "học viên", percent=78.6,
      change=C("increase", 12.4, "%", "cùng kỳ năm 2023"),
      subject="học viên được tuyển sinh, đào tạo nghề sửa chữa ô tô, xe máy", period=NINE),
    F("cao đẳng 415 học viên", "415", 415, "count", "học viên", total=2146,
      subject="học viên trình độ cao đẳng", period=I(NINE)),
    F("trung cấp 628 học viên", "628", 628, "count", "học viên", total=2146,
      subject="học viên trình độ trung cấp", period=I(NINE)),
    F("dưới 3 tháng", "3", 3, "measure", "tháng", approx="under", optional=True,
      subject="thời gian đào tạo", period=I(NINE)),
    F("3 tháng 1.103 học viên", "1.103", 1103, "count", "học viên", total=2146,
      subject="học viên trình độ sơ cấp và đào tạo dưới 3 tháng", period=I(NINE)),
    F("hiện có 23 cơ sở", "23", 23, "count", "cơ sở giáo dục nghề nghiệp",
      subject="cơ sở giáo dục nghề nghiệp tham gia đào tạo nhóm nghề công nghệ ô tô, sửa chữa máy động lực"),
    F("Thanh Hóa (9 cơ sở)", "9", 9, "count", "cơ sở",
      subject="cơ sở giáo dục nghề nghiệp tham gia đào tạo nhóm nghề công nghệ ô tô", location="Thanh Hóa"),
    F("Bỉm Sơn (3 cơ sở)", "3", 3, "count", "cơ sở",
      subject="cơ sở giáo dục nghề nghiệp tham gia đào tạo nhóm nghề công nghệ ô tô", location="Bỉm Sơn"),
    F("Triệu Sơn (2 cơ sở)", "2", 2, "count", "cơ sở",
      subject="cơ sở giáo dục nghề nghiệp tham gia đào tạo nhóm nghề công nghệ ô tô", location="Triệu Sơn"),
    F("mở 74 lớp", "74", 74, "count", "lớp", subject="lớp đào tạo nghề đã mở", period=NINE_SHORT),
    F("khoảng 29 học viên", "29", 29, "measure", "học viên/lớp", approx="about",
      subject="học viên bình quân mỗi lớp", period=NINE_SHORT),
    F("ước đạt 86,5%", "86,5", 86.5, "percent", "%", status="estimate",
      change=C("increase", 4.2, "điểm phần trăm", "năm 2023"),
      subject="tỷ lệ học viên nghề sửa chữa ô tô, xe máy có việc làm sau tốt nghiệp", period=Y24),
    F("từ 6,5 đến 8 triệu", "6,5", 6500000, "money", "đồng/tháng", value_max=8000000,
      subject="thu nhập bình quân của lao động mới ra trường", period=I(Y24)),
    F("trên 12 triệu", "12", 12000000, "money", "đồng/tháng", approx="over",
      subject="thu nhập thợ có tay nghề bậc cao tại các gara", period=I(Y24), location="Thanh Hóa"),
    F("tối đa 4 triệu", "4", 4000000, "money", "đồng/người/khóa", approx="at_most",
      subject="hỗ trợ chi phí học nghề"),
    F("cho 3.000 lao động", "3.000", 3000, "count", "lao động", status="target",
      subject="lao động được đào tạo nghề sửa chữa ô tô, xe máy", period=Y25),
    F("ít nhất 40%", "40", 40, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ lao động nông thôn trong số lao động được đào tạo", period=Y25),
]

NOTES = [
    "Province portal (Thanh Hóa): motorbike/car repair training, 9 months 2024. Breadcrumb, 'Cập nhật: 18/10/2024 09:45 | Lượt xem: 1.236'.",
    "Distractors: view counter 1.236, time 09:45, Quyết định số 46/2015/QĐ-TTg, 'lần thứ 3' (ordinal).",
    "'dưới 3 tháng' names a training category (optional). District list 9+3+2 does not add up to 23: no total.",
    "Headline 'Hơn 2.100 lao động' has no period. 'hiện có' gets no period. The support level sentence is a standing rule: no period.",
]

if __name__ == "__main__":
    write("p1116-1", TEXT, NOTES, FIGS, published="2024-10-18", location="Thanh Hóa")
