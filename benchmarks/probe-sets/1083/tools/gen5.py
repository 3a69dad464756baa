"""p1083-5: Báo Hải Phòng (Party newspaper), Đằng Hải peach village, byline + bare date at the end."""
from lib import F, write, year, period, change, target

TEXT = """Làng đào Đằng Hải vào vụ Tết

Những ngày cuối năm, dọc tuyến đường Phạm Văn Đồng và Quốc lộ 5 cũ, làng đào Đằng Hải (quận Hải An) rộn ràng vào vụ. Theo UBND phường Đằng Hải, năm 2023 toàn phường có 212 hộ trồng đào trên diện tích 52 ha, giảm 6 ha so với năm 2020 do thu hồi đất làm dự án.

Vụ Tết Giáp Thìn, các nhà vườn Đằng Hải có khoảng 48.000 cây đào, trong đó đào thế chiếm gần 30%. Ông Phạm Văn Năm, người có thâm niên hơn 20 năm trồng đào, cho biết gia đình ông có hơn 600 gốc đào, ước thu khoảng 400 triệu đồng. Mỗi vụ Tết, làng đào thuê khoảng 500 lao động thời vụ, tiền công 350.000-400.000 đồng/người/ngày.

Giá đào Đằng Hải dao động từ 400.000 đồng đến 2 triệu đồng/cành; đào thế, đào cổ thụ có giá từ 10 đến 80 triệu đồng/cây.

Theo Phòng Kinh tế quận Hải An, Tết năm 2023, các nhà vườn Đằng Hải bán ra khoảng 41.500 cây đào, doanh thu đạt trên 36 tỷ đồng. Dịp Tết Giáp Thìn, quận phối hợp tổ chức chợ hoa Tết tại 3 địa điểm, dự kiến tiêu thụ trên 45.000 cây đào. Nhiều hộ đã chuyển sang trồng đào trong chậu để thuận tiện vận chuyển.

Toàn thành phố Hải Phòng hiện có khoảng 380 ha trồng đào, tập trung ở Hải An, Kiến An, An Dương. Thành phố đặt mục tiêu đến năm 2025 xây dựng 2 làng nghề trồng đào đạt chuẩn gắn với du lịch.

THU HƯƠNG
28/12/2023
"""

Y23 = year(2023)
T23 = year(2023, "Tết năm 2023")
HP = "Hải Phòng"
FIGS = [
    F("có 212 hộ", "212", 212, "count", "hộ", "hộ trồng đào", period=Y23),
    F("diện tích 52 ha", "52", 52, "measure", "ha", "diện tích trồng đào", period=Y23,
      change=change("decrease", 6, "ha", "năm 2020")),
    F("khoảng 48.000 cây", "48.000", 48000, "count", "cây", "cây đào của các nhà vườn Đằng Hải", approx="about"),
    F("chiếm gần 30%", "30", 30, "percent", "%", "tỷ lệ đào thế", approx="nearly"),
    F("thâm niên hơn 20 năm", "20", 20, "measure", "năm", "thâm niên trồng đào của ông Phạm Văn Năm",
      approx="over", optional=True),
    F("hơn 600 gốc", "600", 600, "count", "gốc", "gốc đào của gia đình ông Phạm Văn Năm", approx="over"),
    F("khoảng 400 triệu đồng", "400", 400000000, "money", "đồng", "thu từ đào của gia đình ông Năm",
      approx="about", status="estimate"),
    F("khoảng 500 lao động", "500", 500, "count", "lao động", "lao động thời vụ làng đào thuê mỗi vụ Tết",
      approx="about"),
    F("350.000-400.000 đồng/người/ngày", "350.000", 350000, "money", "đồng/người/ngày", "tiền công lao động thời vụ",
      value_max=400000),
    F("từ 400.000 đồng đến 2 triệu đồng/cành", "400.000", 400000, "money", "đồng/cành", "giá đào Đằng Hải",
      value_max=2000000),
    F("từ 10 đến 80 triệu đồng/cây", "10", 10000000, "money", "đồng/cây", "giá đào thế, đào cổ thụ",
      value_max=80000000),
    F("khoảng 41.500 cây", "41.500", 41500, "count", "cây", "cây đào bán ra", approx="about", period=T23),
    F("trên 36 tỷ đồng", "36", 36000000000, "money", "đồng", "doanh thu", approx="over", period=T23),
    F("tại 3 địa điểm", "3", 3, "count", "địa điểm", "địa điểm tổ chức chợ hoa Tết"),
    F("trên 45.000 cây", "45.000", 45000, "count", "cây", "cây đào tiêu thụ", approx="over", status="forecast"),
    F("khoảng 380 ha", "380", 380, "measure", "ha", "diện tích trồng đào", approx="about", location=HP),
    F("xây dựng 2 làng nghề", "2", 2, "count", "làng nghề", "làng nghề trồng đào đạt chuẩn", status="target",
      period=period("đến năm 2025", None, "2025-12-31"), location=HP),
]

NOTES = [
    "Báo Hải Phòng (Party paper): Đằng Hải peach village (phường Đằng Hải, quận Hải An); byline and bare date at the end.",
    "Ward figures take the district Hải An; city-wide figures take Hải Phòng. 'Vụ Tết Giáp Thìn', 'Mỗi vụ Tết' give no",
    "period; 'Tết năm 2023' is read as the year 2023. 'trong đó đào thế chiếm gần 30%' is a share of a part: percent",
    "figure of its own. 'thâm niên hơn 20 năm' describes a person (optional). 'giảm 6 ha so với năm 2020' is the change of 52 ha.",
    "Distractors: 'Quốc lộ 5', 'đường Phạm Văn Đồng', 'Ông Phạm Văn Năm', 'Tết Giáp Thìn', '28/12/2023'.",
]

write(5, TEXT, FIGS, NOTES, published="2023-12-28", location="Hải An")
