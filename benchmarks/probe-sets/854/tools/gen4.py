"""p854-4: central agency site (Cục An toàn thực phẩm, Bộ Y tế), national: poisoning from bánh mì, 2023 checks."""
from lib import F, change, period, write

TEXT = """BỘ Y TẾ
CỤC AN TOÀN THỰC PHẨM
Trang chủ » Tin tức » Hoạt động của Cục

Tăng cường bảo đảm an toàn thực phẩm đối với bánh mì, thức ăn đường phố

Ngày đăng: 05/06/2024 | Lượt xem: 1.207

Theo Cục An toàn thực phẩm, 5 tháng đầu năm 2024, cả nước ghi nhận 52 vụ ngộ độc thực phẩm với 2.337 người mắc (tăng 92,3% so với cùng kỳ năm 2023) và 9 người tử vong. Trong đó có 6 vụ liên quan đến bánh mì với 1.055 người mắc, chiếm 45,1% tổng số người mắc. Số người mắc do bánh mì gấp 3,4 lần cùng kỳ.

Các vụ ngộ độc do bánh mì xảy ra tại Đồng Nai (2 vụ, 153 người mắc), Khánh Hòa (1 vụ, 411 người mắc), Bà Rịa - Vũng Tàu (1 vụ, 240 người mắc) và một số địa phương khác. Nguyên nhân chủ yếu do vi khuẩn nhiễm vào pate, chả, rau sống; nhân bánh để ở nhiệt độ thường kéo dài 6-8 tiếng.

Năm 2023, cả nước có khoảng 45.000 cơ sở sản xuất, kinh doanh bánh mì; các đoàn thanh tra, kiểm tra 18.640 cơ sở, phát hiện 2.915 cơ sở vi phạm, chiếm 15,6%, phạt tiền trên 11,8 tỷ đồng theo Nghị định số 115/2018/NĐ-CP.

Cục đề nghị Sở Y tế 63 tỉnh, thành phố tổ chức kiểm tra chuyên đề đối với cơ sở bánh mì trong tháng 6 và tháng 7/2024, bảo đảm các điều kiện theo Luật An toàn thực phẩm số 55/2010/QH12. Phấn đấu đến hết năm 2024, 100% cơ sở sản xuất bánh mì quy mô công nghiệp được kiểm tra; tỷ lệ mẫu nhân bánh đạt chỉ tiêu vi sinh trên 90%.

CỤC AN TOÀN THỰC PHẨM - Số 135 Núi Trúc, Ba Đình, Hà Nội
Điện thoại: 024.3846.4489
"""

M5 = period("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
M5i = period("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31", inherited=True)
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
END24 = period("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("ghi nhận 52 vụ", "52", 52, "count", "vụ", "vụ ngộ độc thực phẩm", M5),
    F("với 2.337 người mắc", "2.337", 2337, "count", "người", "người mắc ngộ độc thực phẩm", M5,
      change=change("increase", 92.3, "%", "cùng kỳ năm 2023")),
    F("và 9 người tử vong", "9", 9, "count", "người", "người tử vong do ngộ độc thực phẩm", M5),
    F("có 6 vụ", "6", 6, "count", "vụ", "vụ ngộ độc liên quan đến bánh mì", M5i, total=52),
    F("với 1.055 người mắc", "1.055", 1055, "count", "người", "người mắc ngộ độc do bánh mì", M5i,
      total=2337, percent=45.1),
    F("gấp 3,4 lần", "3,4", 3.4, "multiple", "lần", "số người mắc do bánh mì so với cùng kỳ", M5i),
    F("Đồng Nai (2 vụ", "2", 2, "count", "vụ", "vụ ngộ độc do bánh mì", M5i, location="Đồng Nai"),
    F("153 người mắc", "153", 153, "count", "người", "người mắc ngộ độc do bánh mì", M5i, location="Đồng Nai"),
    F("Khánh Hòa (1 vụ", "1", 1, "count", "vụ", "vụ ngộ độc do bánh mì", M5i, location="Khánh Hòa"),
    F("411 người mắc", "411", 411, "count", "người", "người mắc ngộ độc do bánh mì", M5i, location="Khánh Hòa"),
    F("Vũng Tàu (1 vụ", "1", 1, "count", "vụ", "vụ ngộ độc do bánh mì", M5i, location="Bà Rịa - Vũng Tàu"),
    F("240 người mắc", "240", 240, "count", "người", "người mắc ngộ độc do bánh mì", M5i,
      location="Bà Rịa - Vũng Tàu"),
    F("kéo dài 6-8 tiếng", "6", 6, "measure", "tiếng", "thời gian nhân bánh để ở nhiệt độ thường", value_max=8),
    F("khoảng 45.000 cơ sở", "45.000", 45000, "count", "cơ sở", "cơ sở sản xuất, kinh doanh bánh mì", Y23,
      approx="about"),
    F("kiểm tra 18.640 cơ sở", "18.640", 18640, "count", "cơ sở", "cơ sở được thanh tra, kiểm tra", Y23),
    F("phát hiện 2.915 cơ sở", "2.915", 2915, "count", "cơ sở", "cơ sở vi phạm", Y23, percent=15.6),
    F("trên 11,8 tỷ đồng", "11,8", 11_800_000_000, "money", "đồng", "tiền phạt", Y23, approx="over"),
    F("Sở Y tế 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố được đề nghị kiểm tra chuyên đề",
      optional=True),
    F("2024, 100% cơ sở", "100", 100, "percent", "%", "cơ sở sản xuất bánh mì quy mô công nghiệp được kiểm tra",
      END24, status="target"),
    F("vi sinh trên 90%", "90", 90, "percent", "%", "tỷ lệ mẫu nhân bánh đạt chỉ tiêu vi sinh", END24,
      approx="over", status="target"),
]

NOTES = [
    "Central agency (Cục An toàn thực phẩm): national poisoning figures Jan-May 2024, bánh mì share, provinces, 2023 checks, targets.",
    "'Trong đó có 6 vụ … với 1.055 người mắc' are parts of 52 vụ / 2.337 người mắc after a sentence break: totals 52 and 2337.",
    "'Số người mắc do bánh mì gấp 3,4 lần cùng kỳ.' stands as its own sentence: a multiple figure.",
    "Province items in brackets: location is the province, subject the list's indicator; they do not add up to 6 vụ (và một số địa phương khác): no total.",
    "'6-8 tiếng' is how long the filling stood: a measure. 'Sở Y tế 63 tỉnh, thành phố' is the addressee list: optional.",
    "'2.915 cơ sở vi phạm, chiếm 15,6%': percent only (no part-of cue).",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, notes=NOTES, location="Việt Nam", published="2024-06-05")
