"""p925-4: Cục Quản lý Dược (Bộ Y tế) site, national connection of retail pharmacies, certificates, counterfeit drugs."""
from lib import F, P, I, C, T, write

TEXT = """BỘ Y TẾ - CỤC QUẢN LÝ DƯỢC
Tin tức > Hoạt động của Cục
Ngày đăng: 28/03/2024 | Lượt xem: 1.174

Hơn 58.000 cơ sở bán lẻ thuốc đã kết nối liên thông dữ liệu

Theo Cục Quản lý Dược, tính đến ngày 15/3/2024, cả nước đã có 58.426/62.757 cơ sở bán lẻ thuốc kết nối liên thông với Hệ thống cơ sở dữ liệu dược quốc gia, đạt 93,1%. Trong đó, khối nhà thuốc đạt tỷ lệ 97,2%, khối quầy thuốc đạt 90,5%. Có 41/63 tỉnh, thành phố đạt tỷ lệ kết nối trên 95%. Một số địa phương có tỷ lệ thấp là Lai Châu (61,3%), Điện Biên (68,9%) và Hà Giang (72,4%). Hà Nội và TP Hồ Chí Minh có số cơ sở bán lẻ thuốc nhiều nhất, lần lượt là 8.950 và 7.312 cơ sở.

Tính đến cuối năm 2023, cả nước có hơn 186.000 người được cấp chứng chỉ hành nghề dược; riêng trong năm 2023, các Sở Y tế đã cấp mới khoảng 21.000 chứng chỉ, tăng 12% so với năm 2022.

Cũng trong năm 2023, các lực lượng chức năng đã phát hiện, xử lý 1.127 vụ việc kinh doanh thuốc giả, thuốc không rõ nguồn gốc, giảm 8,6% so với năm 2022; thu giữ hơn 2,3 triệu đơn vị thuốc các loại. Thực hiện Thông tư số 02/2018/TT-BYT, các địa phương đã tổ chức đánh giá định kỳ việc duy trì đáp ứng GPP tại 14.680 cơ sở.

Bộ Y tế đặt mục tiêu đến năm 2025, 100% cơ sở bán lẻ thuốc trên toàn quốc kết nối liên thông và thực hiện bán thuốc theo đơn điện tử; số dược sĩ đại học đạt 3,5 người/1 vạn dân.

Cục Quản lý Dược - Bộ Y tế
Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội. Điện thoại: 024.3736.6483
"""

AS = P("tính đến ngày 15/3/2024", end="2024-03-15")
E23 = P("Tính đến cuối năm 2023", end="2023-12-31")
R23 = P("riêng trong năm 2023", "2023-01-01", "2023-12-31")
C23 = P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("Hơn 58.000 cơ sở", "58.000", 58000, "count", "cơ sở", "cơ sở bán lẻ thuốc đã kết nối liên thông dữ liệu",
      approx="over"),
    F("58.426/62.757", "58.426", 58426, "count", "cơ sở", "cơ sở bán lẻ thuốc kết nối liên thông", AS, total=62757,
      percent=93.1),
    F("tỷ lệ 97,2%", "97,2", 97.2, "percent", "%", "tỷ lệ kết nối liên thông khối nhà thuốc", I(AS)),
    F("đạt 90,5%", "90,5", 90.5, "percent", "%", "tỷ lệ kết nối liên thông khối quầy thuốc", I(AS)),
    F("Có 41/63", "41", 41, "count", "tỉnh, thành phố", "tỉnh, thành phố đạt tỷ lệ kết nối trên 95%", I(AS), total=63),
    F("kết nối trên 95%", "95", 95, "percent", "%", None, None, approx="over", optional=True),
    F("Lai Châu (61,3%)", "61,3", 61.3, "percent", "%", "tỷ lệ kết nối liên thông", I(AS), location="Lai Châu"),
    F("Điện Biên (68,9%)", "68,9", 68.9, "percent", "%", "tỷ lệ kết nối liên thông", I(AS), location="Điện Biên"),
    F("Hà Giang (72,4%)", "72,4", 72.4, "percent", "%", "tỷ lệ kết nối liên thông", I(AS), location="Hà Giang"),
    F("là 8.950", "8.950", 8950, "count", "cơ sở", "cơ sở bán lẻ thuốc", I(AS), location="Hà Nội"),
    F("và 7.312 cơ sở", "7.312", 7312, "count", "cơ sở", "cơ sở bán lẻ thuốc", I(AS), location="Hồ Chí Minh"),
    F("hơn 186.000 người", "186.000", 186000, "count", "người", "người được cấp chứng chỉ hành nghề dược", E23,
      approx="over"),
    F("khoảng 21.000 chứng chỉ", "21.000", 21000, "count", "chứng chỉ", "chứng chỉ hành nghề dược cấp mới", R23,
      approx="about", change=C("increase", 12, "%", "năm 2022")),
    F("xử lý 1.127 vụ", "1.127", 1127, "count", "vụ việc", "vụ việc kinh doanh thuốc giả, thuốc không rõ nguồn gốc", C23,
      change=C("decrease", 8.6, "%", "năm 2022")),
    F("hơn 2,3 triệu đơn vị", "2,3", 2.3e6, "count", "đơn vị thuốc", "thuốc các loại bị thu giữ", C23, approx="over"),
    F("tại 14.680 cơ sở", "14.680", 14680, "count", "cơ sở", "cơ sở được đánh giá định kỳ việc duy trì đáp ứng GPP",
      I(C23)),
    F("2025, 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở bán lẻ thuốc kết nối liên thông và bán thuốc theo đơn điện tử", T25, status="target"),
    F("đạt 3,5 người", "3,5", 3.5, "measure", "người/1 vạn dân", "số dược sĩ đại học trên 1 vạn dân", T25, status="target"),
]

NOTES = [
    "Cục Quản lý Dược (Bộ Y tế) site: national figures (location Việt Nam) on pharmacy data connection, practising certificates,",
    "counterfeit/unknown-origin drug cases. Provinces in the list of low rates and Hà Nội / TP Hồ Chí Minh ('lần lượt') are the",
    "locations of their items. 'trên 95%' in '41/63 tỉnh, thành phố đạt tỷ lệ kết nối trên 95%' is a category threshold: optional.",
    "'Thông tư số 02/2018/TT-BYT', '138A Giảng Võ', '024.3736.6483', 'Lượt xem: 1.174' are not figures; the ministry's address does",
    "not localise anything. 'Tính đến cuối năm 2023' (as-of) and 'riêng trong năm 2023' (the year) give different periods in one sentence.",
    "Headline 'Hơn 58.000' has no period of its own (none in the headline).",
]

write(4, TEXT, FIGS, NOTES, published="2024-03-28", location="Việt Nam")
