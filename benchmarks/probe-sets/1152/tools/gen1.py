"""p1152-1: province portal (Đà Nẵng), 9 months 2024 e-waste and used-battery collection."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG
Trang chủ > Tin tức > Tài nguyên - Môi trường

Đà Nẵng thu gom hơn 14 tấn rác thải điện tử, pin cũ trong 9 tháng

Cập nhật: 08/10/2024 14:20 | Lượt xem: 2.317

Theo Sở Tài nguyên và Môi trường, 9 tháng năm 2024, mạng lưới điểm tiếp nhận trên địa bàn thành phố đã thu gom 14.260 kg rác thải điện tử và pin cũ, đạt 83,9% kế hoạch năm, tăng 23,5% so với cùng kỳ. Trong đó, pin các loại khoảng 3.600 kg; điện thoại, máy tính và thiết bị điện tử nhỏ gần 10.700 kg.

Hiện thành phố duy trì 126 điểm thu gom cố định (tăng 38 điểm so với cuối năm 2023), đặt tại trụ sở UBND phường, trường học, siêu thị và chung cư; trong đó 47 điểm đặt tại trường học. Riêng quận Hải Châu có 29 điểm, nhiều nhất thành phố.

Ngày 15/9, chương trình "Đổi rác điện tử lấy cây xanh" lần thứ 5 được tổ chức tại Công viên APEC (đường Bạch Đằng), thu hút khoảng 3.200 lượt người dân tham gia. Mỗi kg pin cũ được đổi một cây sen đá; ban tổ chức đã trao hơn 2.400 phần quà và thu về 1.860 kg rác thải điện tử chỉ trong một buổi sáng.

Rác thải sau thu gom được chuyển giao cho Công ty TNHH Môi trường Xanh Miền Trung, đơn vị có giấy phép xử lý chất thải nguy hại, với đơn giá khoảng 18.500 đồng/kg do ngân sách thành phố chi trả. Tổng kinh phí 9 tháng ước hơn 260 triệu đồng.

Sở phấn đấu cả năm 2024 thu gom ít nhất 17 tấn; đến cuối năm mở rộng mạng lưới lên 150 điểm, bảo đảm mỗi phường có ít nhất hai điểm tiếp nhận. Thông tin liên hệ: Phòng Quản lý chất thải, điện thoại 0236.3830.327.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
H9 = P("trong 9 tháng", "2024-01-01", "2024-09-30")
D15 = P("Ngày 15/9", "2024-09-15", "2024-09-15")
K9 = P("Tổng kinh phí 9 tháng", "2024-01-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
EOY = P("đến cuối năm", None, "2024-12-31")

FIGS = [
    F("thu gom hơn 14 tấn", "14", 14, "measure", "tấn", approx="over",
      subject="rác thải điện tử, pin cũ thu gom", period=H9),
    F("thu gom 14.260 kg", "14.260", 14260, "measure", "kg", percent=83.9,
      change=C("increase", 23.5, "%", "cùng kỳ"),
      subject="rác thải điện tử và pin cũ thu gom", period=M9),
    F("khoảng 3.600 kg", "3.600", 3600, "measure", "kg", approx="about", total=14260,
      subject="pin các loại thu gom", period=I(M9)),
    F("gần 10.700 kg", "10.700", 10700, "measure", "kg", approx="nearly", total=14260,
      subject="điện thoại, máy tính và thiết bị điện tử nhỏ thu gom", period=I(M9)),
    F("duy trì 126 điểm", "126", 126, "count", "điểm", change=C("increase", 38, "điểm", "cuối năm 2023"),
      subject="điểm thu gom cố định"),
    F("47 điểm", "47", 47, "count", "điểm", total=126, subject="điểm thu gom cố định đặt tại trường học"),
    F("có 29 điểm", "29", 29, "count", "điểm", subject="điểm thu gom cố định", location="Hải Châu"),
    F("khoảng 3.200 lượt", "3.200", 3200, "count", "lượt người dân", approx="about",
      subject="lượt người dân tham gia chương trình Đổi rác điện tử lấy cây xanh", period=D15),
    F("đổi một cây sen đá", "một", 1, "measure", "cây sen đá/kg pin cũ", optional=True,
      subject="quà đổi cho mỗi kg pin cũ"),
    F("hơn 2.400 phần quà", "2.400", 2400, "count", "phần quà", approx="over",
      subject="phần quà ban tổ chức đã trao", period=I(D15)),
    F("thu về 1.860 kg", "1.860", 1860, "measure", "kg",
      subject="rác thải điện tử thu về tại chương trình", period=I(D15)),
    F("khoảng 18.500 đồng/kg", "18.500", 18500, "money", "đồng/kg", approx="about",
      subject="đơn giá xử lý rác thải sau thu gom"),
    F("ước hơn 260 triệu", "260", 260000000, "money", "đồng", approx="over", status="estimate",
      subject="tổng kinh phí xử lý", period=K9),
    F("ít nhất 17 tấn", "17", 17, "measure", "tấn", approx="at_least", status="target",
      subject="rác thải điện tử, pin cũ thu gom", period=Y24),
    F("lên 150 điểm", "150", 150, "count", "điểm", status="target",
      subject="mạng lưới điểm thu gom", period=EOY),
    F("ít nhất hai điểm", "hai", 2, "measure", "điểm/phường", approx="at_least", status="target",
      subject="điểm tiếp nhận mỗi phường", period=EOY),
]

NOTES = [
    "Province portal (Đà Nẵng): breadcrumb, headline 'hơn 14 tấn ... trong 9 tháng', 'Cập nhật: 08/10/2024 14:20 | Lượt xem: 2.317' (published).",
    "Year-less '9 tháng', 'Ngày 15/9', 'cả năm', 'đến cuối năm' take 2024. Parts after 'Trong đó' (next sentence) get total 14260, period inherited.",
    "'Riêng quận Hải Châu có 29 điểm': 'riêng' is not a cue of FIGURES.md, so no total; location Hải Châu.",
    "'Mỗi kg pin cũ được đổi một cây sen đá' is an exchange rule (optional); 'kg' is its denominator, not a figure.",
    "Distractors: 08/10/2024 14:20, Lượt xem 2.317, 'lần thứ 5', 'một buổi sáng' (duration), phone 0236.3830.327, đường Bạch Đằng.",
    "'mỗi phường có ít nhất hai điểm' is a per-unit norm: measure 'điểm/phường', target, in the 'đến cuối năm' clause.",
]

if __name__ == "__main__":
    write("p1152-1", TEXT, NOTES, FIGS, published="2024-10-08", location="Đà Nẵng")
