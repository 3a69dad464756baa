from lib import F, P, I, CH, TG, emit

TEXT = """BỘ GIAO THÔNG VẬN TẢI
Trang chủ > Tin tức > Hoạt động của Bộ

9 tháng năm 2023, cả nước cấp mới hơn 1,2 triệu giấy phép lái xe

Ngày đăng: 16/10/2023 | Lượt xem: 2.915

Theo Cục Đường bộ Việt Nam, 9 tháng năm 2023, các trung tâm sát hạch trên cả nước đã tổ chức sát hạch cho 1.586.420 lượt thí sinh, cấp mới 1.214.650 giấy phép lái xe (GPLX); trong đó GPLX ô tô 512.300, GPLX mô tô 702.350. Riêng quý III/2023 cấp mới 438.920 GPLX, tăng 6,7% so với quý II.

Tỷ lệ đạt sát hạch bình quân đối với ô tô là 64,8%, mô tô là 82,3%. Các địa phương cấp mới nhiều GPLX nhất là TP Hồ Chí Minh (168.240), Hà Nội (142.615) và Đồng Nai (51.380).

Hiện cả nước có 2.142 cơ sở đào tạo lái xe, trong đó 425 cơ sở đào tạo lái xe ô tô, và 318 trung tâm sát hạch lái xe loại 1, loại 2. Đã có 1.052 cabin học lái xe ô tô mô phỏng được lắp đặt tại 372/425 cơ sở đào tạo lái xe ô tô.

Về đổi GPLX trực tuyến, 63/63 tỉnh, thành phố đã triển khai; Cổng dịch vụ công của Bộ GTVT đã tiếp nhận 742.518 hồ sơ, tăng 2,3 lần so với cùng kỳ năm 2022. Bình quân cả nước có khoảng 128 GPLX ô tô/1.000 dân.

Theo Thông tư số 05/2023/TT-BGTVT, GPLX bằng giấy bìa phải đổi sang GPLX vật liệu PET; hiện còn khoảng 17 triệu GPLX bằng giấy chưa được đổi. Ước cả năm 2023 cả nước cấp mới khoảng 1,65 triệu GPLX.

Cục Đường bộ Việt Nam - Đường dây nóng: 024.3857.1444
"""

N9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
FIGS = [
    F("hơn 1,2 triệu giấy phép", "1,2", 1200000, "count", "giấy phép lái xe", "giấy phép lái xe cấp mới", N9,
      approx="over"),
    F("cho 1.586.420 lượt thí sinh", "1.586.420", 1586420, "count", "lượt thí sinh", "lượt thí sinh sát hạch", N9),
    F("cấp mới 1.214.650 giấy phép", "1.214.650", 1214650, "count", "giấy phép lái xe", "giấy phép lái xe (GPLX) cấp mới", N9),
    F("GPLX ô tô 512.300", "512.300", 512300, "count", "GPLX", "GPLX ô tô cấp mới", N9, total=1214650),
    F("GPLX mô tô 702.350", "702.350", 702350, "count", "GPLX", "GPLX mô tô cấp mới", N9, total=1214650),
    F("cấp mới 438.920 GPLX", "438.920", 438920, "count", "GPLX", "GPLX cấp mới",
      P("quý III/2023", "2023-07-01", "2023-09-30"), change=CH("increase", 6.7, baseline="quý II")),
    F("ô tô là 64,8%", "64,8", 64.8, "percent", "%", "tỷ lệ đạt sát hạch bình quân đối với ô tô", I(N9)),
    F("mô tô là 82,3%", "82,3", 82.3, "percent", "%", "tỷ lệ đạt sát hạch bình quân đối với mô tô", I(N9)),
    F("(168.240)", "168.240", 168240, "count", "GPLX", "GPLX cấp mới", I(N9), location="TP Hồ Chí Minh"),
    F("(142.615)", "142.615", 142615, "count", "GPLX", "GPLX cấp mới", I(N9), location="Hà Nội"),
    F("(51.380)", "51.380", 51380, "count", "GPLX", "GPLX cấp mới", I(N9), location="Đồng Nai"),
    F("có 2.142 cơ sở", "2.142", 2142, "count", "cơ sở đào tạo lái xe", "cơ sở đào tạo lái xe"),
    F("trong đó 425 cơ sở", "425", 425, "count", "cơ sở đào tạo lái xe ô tô", "cơ sở đào tạo lái xe ô tô", total=2142),
    F("và 318 trung tâm", "318", 318, "count", "trung tâm sát hạch", "trung tâm sát hạch lái xe loại 1, loại 2"),
    F("có 1.052 cabin", "1.052", 1052, "count", "cabin", "cabin học lái xe ô tô mô phỏng được lắp đặt"),
    F("372/425 cơ sở", "372", 372, "count", "cơ sở đào tạo lái xe ô tô", "cơ sở đào tạo lái xe ô tô lắp đặt cabin",
      total=425),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố triển khai đổi GPLX trực tuyến", total=63),
    F("tiếp nhận 742.518 hồ sơ", "742.518", 742518, "count", "hồ sơ",
      "hồ sơ đổi GPLX trực tuyến Cổng dịch vụ công của Bộ GTVT tiếp nhận", I(N9),
      change=CH("increase", 2.3, "lần", baseline="cùng kỳ năm 2022")),
    F("khoảng 128 GPLX", "128", 128, "measure", "GPLX ô tô/1.000 dân", "GPLX ô tô bình quân", approx="about"),
    F("khoảng 17 triệu GPLX", "17", 17000000, "count", "GPLX", "GPLX bằng giấy chưa được đổi", approx="about"),
    F("khoảng 1,65 triệu GPLX", "1,65", 1650000, "count", "GPLX", "GPLX cấp mới",
      P("cả năm 2023", "2023-01-01", "2023-12-31"), approx="about", status="estimate"),
]

COMMENTS = [
    "Ministry site (Bộ GTVT, citing Cục Đường bộ Việt Nam): national licence tests and new/renewed GPLX, 9 tháng năm 2023. 'Ngày đăng: 16/10/2023'.",
    "Distractors: 'Lượt xem: 2.915', 'quý III/2023', baseline 'quý II', 'loại 1, loại 2', 'Thông tư số 05/2023/TT-BGTVT', 'vật liệu PET', hotline 024.3857.1444.",
    "GPLX ô tô + mô tô add up to 1.214.650 after 'trong đó': total. '372/425' total 425; '63/63' total 63. Province list items: location = province, subject = the list's indicator.",
    "'tăng 2,3 lần so với cùng kỳ năm 2022' is the change (unit lần) of 742.518 hồ sơ. '128 GPLX ô tô/1.000 dân' is a rate: measure, denominator in the unit.",
    "'Ước cả năm 2023 … khoảng 1,65 triệu' → estimate, about. 'Hiện'/'hiện còn' sentences: no period.",
]

if __name__ == "__main__":
    emit("p719-4", TEXT, COMMENTS, FIGS, published="2023-10-16", location="Việt Nam")
