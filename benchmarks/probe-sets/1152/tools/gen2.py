"""p1152-2: district portal (huyện Gia Lâm, Hà Nội), school campaign 'Pin cũ đổi cây xanh'."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIA LÂM
Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường
Thứ Năm, 30/05/2024 - 16:05

Học sinh Gia Lâm góp gần 2,9 tấn pin cũ đổi cây xanh

Sáng 29/5, tại Trường THCS Trâu Quỳ (số 12 đường Ngô Xuân Quảng, thị trấn Trâu Quỳ), UBND huyện phối hợp Huyện đoàn tổng kết chiến dịch "Pin cũ đổi cây xanh" trong trường học.

Chiến dịch có sự tham gia của 42/58 trường học trên địa bàn huyện (18 trường tiểu học, 16 trường THCS và 8 trường mầm non). Từ tháng 11/2023 đến nay, các trường đã thu gom được 2.865 kg pin cũ, gấp 1,7 lần năm học trước; trong đó khối tiểu học góp nhiều nhất với 1.240 kg.

Dẫn đầu là Trường Tiểu học Đa Tốn với 236 kg; tiếp đến là Trường THCS Dương Xá và Trường Tiểu học Kiêu Kỵ, lần lượt 198 kg và 171 kg. Em Nguyễn Minh Khang, lớp 5A Trường Tiểu học Đa Tốn, một mình gom gần 13 kg pin nhờ vận động hàng xóm trong thôn.

Theo cách quy đổi cứ 1 kg pin đổi một cây xanh hoặc hai quyển vở, Ban tổ chức đã trao 1.940 cây xanh và 1.850 quyển vở cho học sinh. Số cây được trồng tại khuôn viên các trường và dọc đê tả ngạn sông Đuống.

Toàn bộ số pin được Công ty CP Môi trường Thuận Thành tiếp nhận, xử lý miễn phí theo quy trình chất thải nguy hại. Theo đại diện doanh nghiệp, mỗi viên pin tiểu nếu bị chôn lấp có thể làm ô nhiễm khoảng 500 lít nước.

Năm 2025, huyện dự kiến mở rộng chiến dịch tới 100% trường học, phấn đấu thu gom khoảng 4 tấn pin cũ và đặt thêm 35 thùng thu gom tại nhà văn hóa các thôn, tổ dân phố.

Minh Anh - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

SINCE = P("Từ tháng 11/2023 đến nay", "2023-11-01", "2024-05-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
CAMP = "trường học tham gia chiến dịch Pin cũ đổi cây xanh"

FIGS = [
    F("góp gần 2,9 tấn", "2,9", 2.9, "measure", "tấn", approx="nearly",
      subject="pin cũ học sinh góp"),
    F("của 42/58", "42", 42, "count", "trường học", total=58, subject=CAMP),
    F("(18 trường", "18", 18, "count", "trường", total=42, subject="trường tiểu học tham gia chiến dịch"),
    F("16 trường THCS", "16", 16, "count", "trường", total=42, subject="trường THCS tham gia chiến dịch"),
    F("8 trường mầm non", "8", 8, "count", "trường", total=42, subject="trường mầm non tham gia chiến dịch"),
    F("được 2.865 kg", "2.865", 2865, "measure", "kg",
      change=C("increase", 1.7, "lần", "năm học trước"),
      subject="pin cũ các trường thu gom", period=SINCE),
    F("với 1.240 kg", "1.240", 1240, "measure", "kg", total=2865,
      subject="pin cũ khối tiểu học thu gom", period=SINCE),
    F("Đa Tốn với 236 kg", "236", 236, "measure", "kg",
      subject="pin cũ thu gom Trường Tiểu học Đa Tốn", period=I(SINCE)),
    F("lần lượt 198 kg", "198", 198, "measure", "kg",
      subject="pin cũ thu gom Trường THCS Dương Xá", period=I(SINCE)),
    F("và 171 kg", "171", 171, "measure", "kg",
      subject="pin cũ thu gom Trường Tiểu học Kiêu Kỵ", period=I(SINCE)),
    F("gần 13 kg", "13", 13, "measure", "kg", approx="nearly",
      subject="pin em Nguyễn Minh Khang gom", period=I(SINCE)),
    F("đổi một cây xanh", "một", 1, "measure", "cây xanh/kg pin", optional=True,
      subject="quy đổi pin lấy cây xanh"),
    F("hai quyển vở", "hai", 2, "measure", "quyển vở/kg pin", optional=True,
      subject="quy đổi pin lấy vở"),
    F("trao 1.940 cây", "1.940", 1940, "count", "cây xanh",
      subject="cây xanh Ban tổ chức đã trao cho học sinh", period=I(SINCE)),
    F("1.850 quyển", "1.850", 1850, "count", "quyển vở",
      subject="quyển vở Ban tổ chức đã trao cho học sinh", period=I(SINCE)),
    F("khoảng 500 lít", "500", 500, "measure", "lít nước", approx="about", optional=True,
      subject="nước bị ô nhiễm bởi mỗi viên pin tiểu chôn lấp"),
    F("tới 100%", "100", 100, "percent", "%", status="forecast",
      subject="trường học tham gia chiến dịch", period=Y25),
    F("khoảng 4 tấn", "4", 4, "measure", "tấn", approx="about", status="target",
      subject="pin cũ thu gom", period=Y25),
    F("thêm 35 thùng", "35", 35, "count", "thùng thu gom", status="target",
      subject="thùng thu gom đặt thêm tại nhà văn hóa các thôn, tổ dân phố", period=Y25),
]

NOTES = [
    "District portal (huyện Gia Lâm, Hà Nội): 'Thứ Năm, 30/05/2024 - 16:05' (published), byline at the end. Location Gia Lâm throughout.",
    "'42/58 trường học' then a bracketed breakdown (18+16+8 = 42) -> parts take total 42. 'trong đó khối tiểu học ... 1.240 kg' -> total 2865.",
    "'gấp 1,7 lần năm học trước' after a count is its change (lần). 'Từ tháng 11/2023 đến nay' ends at the published date.",
    "School list with 'lần lượt': items are schools (not places), so the school goes into the subject. Period of the campaign inherited.",
    "Exchange rule 'cứ 1 kg pin đổi một cây xanh hoặc hai quyển vở': '1 kg' is the rate's denominator (not a figure); the two rates are optional.",
    "'khoảng 500 lít nước' per battery is a general claim (optional). Distractors: 'số 12 đường Ngô Xuân Quảng', 'Sáng 29/5', 'lớp 5A', 'một mình'.",
    "'dự kiến mở rộng ... tới 100%' forecast; 'phấn đấu thu gom ... và đặt thêm 35 thùng' target; all in 'Năm 2025'.",
]

if __name__ == "__main__":
    write("p1152-2", TEXT, NOTES, FIGS, published="2024-05-30", location="Gia Lâm")
