"""p839-4: Bộ Xây dựng site, national cremation facilities, rates and cemetery land."""
from lib import F, P, I, C, T, build

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hạ tầng kỹ thuật
Ngày đăng: 22/04/2024 | Lượt xem: 1.108

Nâng tỷ lệ sử dụng hình thức hỏa táng: còn nhiều dư địa

Theo báo cáo của Cục Hạ tầng kỹ thuật, tính đến cuối năm 2023, cả nước có 82 cơ sở hỏa táng đang hoạt động tại 47 tỉnh, thành phố, với tổng số 214 lò đốt; trong đó 61 cơ sở do doanh nghiệp đầu tư theo hình thức xã hội hóa, chiếm 74,4%. Còn 16 tỉnh, thành phố chưa có cơ sở hỏa táng, chủ yếu thuộc khu vực miền núi phía Bắc và Tây Nguyên.

Năm 2023, tỷ lệ hỏa táng bình quân cả nước ước đạt 27,8%, tăng 2,3 điểm phần trăm so với năm 2022. Tại các đô thị loại đặc biệt, tỷ lệ này cao hơn nhiều: TP Hồ Chí Minh khoảng 88%, Hà Nội hơn 72%; trong khi tại nhiều tỉnh đồng bằng sông Cửu Long chỉ đạt dưới 15%.

Theo Chương trình khuyến khích hỏa táng ban hành kèm Quyết định số 1617/QĐ-TTg, mục tiêu đến năm 2025 tỷ lệ hỏa táng toàn quốc đạt 30%, trong đó tại các đô thị loại đặc biệt đạt 80%; đến năm 2030 toàn quốc đạt 40%.

Về nghĩa trang, cả nước hiện có khoảng 86.000 nghĩa trang với tổng diện tích trên 110.000 ha, phần lớn là nghĩa trang nhỏ lẻ do cộng đồng dân cư tự quản; chỉ khoảng 9% được đầu tư xây dựng theo quy hoạch. Diện tích bình quân cho một phần mộ chôn cất một lần tại nhiều nơi vẫn lên tới 8-10 m2, vượt xa mức tối đa 5 m2 theo quy chuẩn.

Bộ Xây dựng đang hoàn thiện dự thảo Nghị định thay thế Nghị định số 23/2016/NĐ-CP, dự kiến trình Chính phủ trong quý III/2024. Theo dự thảo, dự kiến Nhà nước hỗ trợ tối thiểu 50% chi phí đầu tư hạ tầng cho các cơ sở hỏa táng tại địa phương chưa có cơ sở.

Bộ Xây dựng - 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3976.0271
"""

END23 = P("tính đến cuối năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 82 cơ sở", "82", 82, "count", "cơ sở hỏa táng", "cơ sở hỏa táng đang hoạt động", END23),
    F("tại 47 tỉnh", "47", 47, "count", "tỉnh, thành phố", "tỉnh, thành phố có cơ sở hỏa táng", END23),
    F("số 214 lò", "214", 214, "count", "lò đốt", "lò đốt", END23),
    F("trong đó 61 cơ sở", "61", 61, "count", "cơ sở", "cơ sở hỏa táng do doanh nghiệp đầu tư theo hình thức xã hội hóa",
      END23, total=82, percent=74.4),
    F("Còn 16 tỉnh", "16", 16, "count", "tỉnh, thành phố", "tỉnh, thành phố chưa có cơ sở hỏa táng", I(END23)),
    F("ước đạt 27,8%", "27,8", 27.8, "percent", "%", "tỷ lệ hỏa táng bình quân cả nước", Y23, status="estimate",
      change=C("increase", 2.3, "điểm phần trăm", "năm 2022")),
    F("khoảng 88%", "88", 88, "percent", "%", "tỷ lệ hỏa táng", I(Y23), approx="about",
      location="Hồ Chí Minh"),
    F("hơn 72%", "72", 72, "percent", "%", "tỷ lệ hỏa táng", I(Y23), approx="over", location="Hà Nội"),
    F("dưới 15%", "15", 15, "percent", "%", "tỷ lệ hỏa táng tại nhiều tỉnh đồng bằng sông Cửu Long", I(Y23),
      approx="under"),
    F("đạt 30%", "30", 30, "percent", "%", "tỷ lệ hỏa táng toàn quốc", TO25, status="target"),
    F("đạt 80%", "80", 80, "percent", "%", "tỷ lệ hỏa táng tại các đô thị loại đặc biệt", TO25, status="target"),
    F("đạt 40%", "40", 40, "percent", "%", "tỷ lệ hỏa táng toàn quốc", P("đến năm 2030", None, "2030-12-31"),
      status="target"),
    F("khoảng 86.000 nghĩa trang", "86.000", 86000, "count", "nghĩa trang", "nghĩa trang", approx="about"),
    F("trên 110.000 ha", "110.000", 110000, "measure", "ha", "tổng diện tích nghĩa trang", approx="over"),
    F("khoảng 9%", "9", 9, "percent", "%", "nghĩa trang được đầu tư xây dựng theo quy hoạch", approx="about"),
    F("lên tới 8-10 m2", "8", 8, "measure", "m2", "diện tích bình quân cho một phần mộ chôn cất một lần",
      value_max=10),
    F("tối đa 5 m2", "5", 5, "measure", "m2", "diện tích tối đa một phần mộ theo quy chuẩn", approx="at_most",
      optional=True),
    F("tối thiểu 50%", "50", 50, "percent", "%", "Nhà nước hỗ trợ chi phí đầu tư hạ tầng cơ sở hỏa táng",
      approx="at_least", status="forecast"),
]

build("p839-4", TEXT, FIGS, published="2024-04-22", location="Việt Nam", comments=[
    "Cổng TTĐT Bộ Xây dựng: cơ sở hỏa táng, tỷ lệ hỏa táng cả nước năm 2023, mục tiêu 2025/2030, nghĩa trang.",
    "National figures: location Việt Nam; TP Hồ Chí Minh and Hà Nội items take their city; 'nhiều tỉnh đồng bằng sông Cửu Long'",
    "is a region (no province/city/district), kept at the article's Việt Nam. 'tối đa 5 m2 theo quy chuẩn' is a norm (optional).",
    "Distractors: Lượt xem 1.108, Quyết định số 1617/QĐ-TTg, Nghị định số 23/2016/NĐ-CP, quý III/2024 (schedule), 37 Lê Đại Hành, phone.",
])
