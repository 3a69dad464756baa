"""p943-8: provincial newspaper online (Báo Bắc Giang style), headline figure, (BGĐT) tag; Sơn Động, 7 months 2024."""
from lib import F, P, I, C, T, emit

TEXT = """Báo Bắc Giang điện tử
Kinh tế | Nông nghiệp
Cập nhật lúc 07:35, Thứ Ba, 06/08/2024

Sơn Động thu gần 40 tỷ đồng từ măng tre

(BGĐT) - 7 tháng đầu năm, huyện Sơn Động thu hoạch khoảng 7.800 tấn măng tre các loại, tăng 18% so với cùng kỳ năm 2023; giá trị đạt gần 40 tỷ đồng.

Toàn huyện hiện có 1.920 ha tre Bát Độ, tre điền trúc và mai lấy măng, trong đó 1.540 ha đã cho thu hoạch. Các xã có sản lượng lớn là An Lạc, Vân Sơn và Thanh Luận với sản lượng lần lượt đạt 1.650 tấn, 1.320 tấn và 980 tấn.

Giá măng tươi hiện ở mức 5.000-6.000 đồng/kg, măng ngâm ớt đóng chai 45.000 đồng/kg. Thu nhập bình quân từ tre lấy măng đạt 80-100 triệu đồng/ha/năm. Con số này gấp 2,5 lần so với trồng keo.

Hiện huyện đã hình thành 5 chuỗi liên kết sản xuất, tiêu thụ măng với sự tham gia của 2 doanh nghiệp, 4 hợp tác xã và hơn 1.100 hộ dân. Măng tre Sơn Động được thu mua tại các điểm dọc Quốc lộ 31 và Tỉnh lộ 291 rồi chuyển về Hà Nội, Hải Phòng.

Theo kế hoạch, cả năm 2024 huyện phấn đấu đạt 12.500 tấn măng; đến năm 2025 trồng mới 300 ha, xây dựng thêm 2 sản phẩm OCOP từ măng. Ông Nguyễn Văn Tư, Trưởng phòng Nông nghiệp và PTNT huyện cho biết, dự kiến sản lượng năm 2024 có thể vượt kế hoạch khoảng 5%.

Hương Thu
"""

M7 = P("7 tháng đầu năm", "2024-01-01", "2024-07-31")
FY = P("cả năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("thu gần 40 tỷ đồng", "40", 40e9, "money", "đồng", "giá trị thu từ măng tre", approx="nearly"),
    F("khoảng 7.800 tấn", "7.800", 7800, "measure", "tấn", "măng tre thu hoạch", M7, approx="about",
      change=C("increase", 18, baseline="cùng kỳ năm 2023")),
    F("đạt gần 40 tỷ đồng", "40", 40e9, "money", "đồng", "giá trị măng tre thu hoạch", M7, approx="nearly"),
    F("có 1.920 ha", "1.920", 1920, "measure", "ha", "diện tích tre Bát Độ, tre điền trúc và mai lấy măng"),
    F("trong đó 1.540 ha", "1.540", 1540, "measure", "ha", "diện tích tre đã cho thu hoạch", total=1920),
    F("đạt 1.650 tấn", "1.650", 1650, "measure", "tấn", "sản lượng măng", I(M7)),
    F("1.320 tấn", "1.320", 1320, "measure", "tấn", "sản lượng măng", I(M7)),
    F("980 tấn", "980", 980, "measure", "tấn", "sản lượng măng", I(M7)),
    F("5.000-6.000 đồng/kg", "5.000", 5000, "money", "đồng/kg", "giá măng tươi", value_max=6000),
    F("45.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá măng ngâm ớt đóng chai"),
    F("80-100 triệu đồng/ha/năm", "80", 80e6, "money", "đồng/ha/năm", "thu nhập bình quân từ tre lấy măng",
      value_max=100e6),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "thu nhập từ tre lấy măng so với trồng keo"),
    F("5 chuỗi liên kết", "5", 5, "count", "chuỗi liên kết", "chuỗi liên kết sản xuất, tiêu thụ măng"),
    F("2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp tham gia chuỗi liên kết"),
    F("4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã tham gia chuỗi liên kết"),
    F("hơn 1.100 hộ dân", "1.100", 1100, "count", "hộ dân", "hộ dân tham gia chuỗi liên kết", approx="over"),
    F("đạt 12.500 tấn", "12.500", 12500, "measure", "tấn", "sản lượng măng", FY, status="target"),
    F("trồng mới 300 ha", "300", 300, "measure", "ha", "diện tích tre trồng mới", T25, status="target"),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm OCOP từ măng", T25, status="target"),
    F("khoảng 5%", "5", 5, "percent", "%", "sản lượng măng vượt kế hoạch", P("năm 2024", "2024-01-01", "2024-12-31"),
      approx="about", status="forecast"),
]

NOTES = [
    "Provincial newspaper online (Báo Bắc Giang style), invented; 'Cập nhật lúc 07:35, Thứ Ba, 06/08/2024', tag '(BGĐT) -'.",
    "All figures describe huyện Sơn Động (communes An Lạc, Vân Sơn, Thanh Luận lie in it): location Sơn Động.",
    "'7 tháng đầu năm' takes 2024 (dateline before it; baseline 'cùng kỳ năm 2023'). 'tăng 18%' follows 7.800 tấn: its change.",
    "Not figures: Quốc lộ 31, Tỉnh lộ 291, the name Nguyễn Văn Tư, the time 07:35.",
    "'Con số này gấp 2,5 lần so với trồng keo.' stands as its own sentence: a multiple figure.",
    "'vượt kế hoạch khoảng 5%' has no base amount in its clause: a percent figure (forecast, 'dự kiến').",
    "'Theo kế hoạch, ... phấn đấu' governs the sentence through 'đến năm 2025 ... 2 sản phẩm': targets.",
]

if __name__ == "__main__":
    emit("p943-8", TEXT, FIGS, NOTES, published="2024-08-06", location="Sơn Động")
