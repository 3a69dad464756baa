"""p1245-1: province portal (Khánh Hòa): sea-cage fish output 9 months 2024, Vạn Ninh."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA
Trang chủ > Tin tức - Sự kiện > Nông nghiệp

Nuôi cá biển lồng bè 9 tháng đạt gần 6.900 tấn

Cập nhật: 14/10/2024 09:45 | Lượt xem: 1.536

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, sản lượng cá biển nuôi lồng bè trên địa bàn tỉnh ước đạt 6.870 tấn, tăng 11,4% so với cùng kỳ năm 2023, bằng 72,3% kế hoạch năm. Trong đó, cá chẽm 2.150 tấn, cá mú 1.840 tấn, cá bớp 1.320 tấn, còn lại là cá chim vây vàng và các loài khác.

Toàn tỉnh hiện có khoảng 5.600 lồng nuôi cá biển, trong đó hơn 1.200 lồng tròn bằng nhựa HDPE; tổng thể tích lồng nuôi đạt 412.000 m3. Nghề nuôi cá lồng tạo việc làm cho gần 3.000 lao động với thu nhập từ 7 đến 9 triệu đồng/người/tháng. Giá cá chẽm thương phẩm hiện dao động 95.000-105.000 đồng/kg, cao hơn khoảng 10.000 đồng/kg so với đầu năm.

Huyện Vạn Ninh là vùng nuôi lớn nhất với 2.380 lồng, chiếm 42,5% số lồng toàn tỉnh, tập trung ở vịnh Vân Phong. Anh Trần Văn Lộc (thôn 2, xã Vạn Thạnh) nuôi 24 lồng cá chẽm, mỗi vụ thu hoạch khoảng 30 tấn, lãi hơn 600 triệu đồng.

Từ đầu năm đến nay, các địa phương đã cấp 312 giấy xác nhận đăng ký nuôi trồng thủy sản lồng bè theo Nghị định số 26/2019/NĐ-CP; Chi cục Thủy sản tổ chức 14 lớp tập huấn cho khoảng 700 lượt hộ nuôi.

Quý IV, ngành nông nghiệp phấn đấu thu hoạch thêm khoảng 2.600 tấn, đưa sản lượng cả năm đạt trên 9.500 tấn.

Tin liên quan:
- Vạn Ninh: Triển khai quy hoạch vùng nuôi biển vịnh Vân Phong
- Cảnh báo môi trường nuôi trồng thủy sản tháng 10/2024
"""

M9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9H = period("9 tháng", "2024-01-01", "2024-09-30")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = period("Quý IV", "2024-10-01", "2024-12-31")
YR = period("cả năm", "2024-01-01", "2024-12-31")
VN = "Vạn Ninh"

FIGS = [
    F("đạt gần 6.900 tấn", "6.900", 6900, "measure", "tấn", "nuôi cá biển lồng bè", M9H, approx="nearly"),
    F("ước đạt 6.870 tấn", "6.870", 6870, "measure", "tấn", "sản lượng cá biển nuôi lồng bè", M9,
      status="estimate", percent=72.3, change=change("increase", 11.4, "%", "cùng kỳ năm 2023")),
    F("cá chẽm 2.150 tấn", "2.150", 2150, "measure", "tấn", "sản lượng cá chẽm", inherit(M9),
      total=6870, status="estimate"),
    F("cá mú 1.840 tấn", "1.840", 1840, "measure", "tấn", "sản lượng cá mú", inherit(M9),
      total=6870, status="estimate"),
    F("cá bớp 1.320 tấn", "1.320", 1320, "measure", "tấn", "sản lượng cá bớp", inherit(M9),
      total=6870, status="estimate"),
    F("khoảng 5.600 lồng", "5.600", 5600, "count", "lồng", "lồng nuôi cá biển", approx="about"),
    F("hơn 1.200 lồng", "1.200", 1200, "count", "lồng", "lồng tròn bằng nhựa HDPE", approx="over", total=5600),
    F("412.000 m3", "412.000", 412000, "measure", "m3", "tổng thể tích lồng nuôi"),
    F("gần 3.000 lao động", "3.000", 3000, "count", "lao động", "lao động có việc làm từ nghề nuôi cá lồng",
      approx="nearly"),
    F("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", "thu nhập của lao động nuôi cá lồng",
      value_max=9e6),
    F("dao động 95.000-105.000", "95.000", 95000, "money", "đồng/kg", "giá cá chẽm thương phẩm",
      value_max=105000, change=change("increase", 10000, "đồng/kg", "đầu năm", approx="about")),
    F("với 2.380 lồng", "2.380", 2380, "count", "lồng", "số lồng nuôi của vùng nuôi lớn nhất", percent=42.5,
      location=VN),
    F("nuôi 24 lồng", "24", 24, "count", "lồng", "lồng cá chẽm anh Trần Văn Lộc nuôi", location=VN),
    F("khoảng 30 tấn", "30", 30, "measure", "tấn/vụ", "cá chẽm thu hoạch mỗi vụ", approx="about", location=VN),
    F("hơn 600 triệu", "600", 600e6, "money", "đồng/vụ", "lãi mỗi vụ", approx="over", location=VN),
    F("cấp 312 giấy", "312", 312, "count", "giấy xác nhận",
      "giấy xác nhận đăng ký nuôi trồng thủy sản lồng bè", YTD),
    F("tổ chức 14 lớp", "14", 14, "count", "lớp", "lớp tập huấn", YTD),
    F("khoảng 700 lượt", "700", 700, "count", "lượt hộ", "lượt hộ nuôi được tập huấn", YTD, approx="about"),
    F("thêm khoảng 2.600 tấn", "2.600", 2600, "measure", "tấn", "sản lượng cá biển thu hoạch thêm", Q4,
      approx="about", status="target"),
    F("trên 9.500 tấn", "9.500", 9500, "measure", "tấn", "sản lượng cả năm", YR, approx="over", status="target"),
]

NOTES = [
    "Province portal (Khánh Hòa): sea-cage fish output 9 months 2024; 'Cập nhật: 14/10/2024 09:45 | Lượt xem: 1.536'.",
    "Distractors: 09:45, Lượt xem 1.536, 'thôn 2', Nghị định số 26/2019/NĐ-CP, 'tháng 10/2024' in a related link.",
    "Headline '9 tháng đạt gần 6.900 tấn': own figure, actual ('đạt', no 'ước' in the headline), year from published.",
    "'Trong đó' parts after a sentence break take total 6.870 and the whole's estimate status; their period is inherited.",
    "Price range 95.000-105.000 with 'cao hơn khoảng 10.000 đồng/kg so với đầu năm' → change in đồng/kg (approx about).",
    "Farmer passage and 2.380 lồng → location Vạn Ninh; 'mỗi vụ' is a denominator (tấn/vụ, đồng/vụ).",
    "'Quý IV ... phấn đấu' governs both clauses (target); 'cả năm' → 2024.",
]

if __name__ == "__main__":
    write("p1245-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Khánh Hòa")
