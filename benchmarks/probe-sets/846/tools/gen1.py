"""p846-1: province portal, Bắc Kạn, dong riềng and miến dong, 2024."""
from lib import F, change, inherit, write, year

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Bắc Kạn: Dong riềng được mùa, giá củ tăng 15%
Cập nhật: 18/12/2024 09:45 | Lượt xem: 2.315

(Cổng TTĐT Bắc Kạn) - Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2024 toàn tỉnh trồng được 1.126 ha dong riềng, đạt 102,4% kế hoạch, tăng 86 ha so với năm 2023. Trong đó, huyện Na Rì có diện tích lớn nhất với 468 ha, tiếp đến là Ba Bể (295 ha), Chợ Đồn (172 ha) và Ngân Sơn (97 ha).

Năng suất bình quân ước đạt 48,5 tấn/ha; sản lượng ước đạt trên 54.600 tấn củ tươi, tăng 7,2% so với cùng kỳ. Nhờ nhu cầu làm miến tăng mạnh, giá thu mua củ tại ruộng dao động từ 2.300 đến 2.800 đồng/kg, cao hơn khoảng 15% so với năm trước. Trừ chi phí, mỗi ha dong riềng cho lãi từ 60 đến 70 triệu đồng. Thu nhập từ dong riềng gấp 2 lần so với trồng ngô trên cùng diện tích.

Toàn tỉnh hiện có 39 cơ sở chế biến tinh bột và miến dong, trong đó 12 cơ sở có sản phẩm đạt chuẩn OCOP từ 3 sao trở lên. Sản lượng miến dong năm 2024 ước đạt 1.850 tấn, doanh thu khoảng 148 tỷ đồng. Giá miến bán lẻ phổ biến từ 80.000 đến 90.000 đồng/kg.

Thực hiện Quyết định số 1215/QĐ-UBND ngày 12/7/2022 của UBND tỉnh, năm 2025 tỉnh phấn đấu duy trì khoảng 1.200 ha dong riềng, sản lượng miến đạt 2.000 tấn; hỗ trợ 50% kinh phí mua máy nghiền củ cho các hợp tác xã ở các xã dọc Quốc lộ 3B.

Nông Hoa (Trung tâm Thông tin tỉnh)
"""

Y24 = year("năm 2024", 2024)
Y24i = inherit(Y24)
Y25 = year("năm 2025", 2025)
AREA = "diện tích dong riềng"

FIGS = [
    F("giá củ tăng 15%", "15", 15, "percent", "%", "giá củ dong riềng"),
    F("trồng được 1.126 ha", "1.126", 1126, "measure", "ha", "diện tích dong riềng trồng được",
      percent=102.4, change=change("increase", 86, "ha", "năm 2023"), period=Y24),
    F("với 468 ha", "468", 468, "measure", "ha", AREA, total=1126, period=Y24i, location="Na Rì"),
    F("Ba Bể (295 ha)", "295", 295, "measure", "ha", AREA, total=1126, period=Y24i, location="Ba Bể"),
    F("Chợ Đồn (172 ha)", "172", 172, "measure", "ha", AREA, total=1126, period=Y24i, location="Chợ Đồn"),
    F("Ngân Sơn (97 ha)", "97", 97, "measure", "ha", AREA, total=1126, period=Y24i, location="Ngân Sơn"),
    F("ước đạt 48,5 tấn/ha", "48,5", 48.5, "measure", "tấn/ha", "năng suất bình quân dong riềng",
      status="estimate", period=Y24i),
    F("trên 54.600 tấn", "54.600", 54600, "measure", "tấn", "sản lượng củ dong riềng tươi",
      approx="over", status="estimate", change=change("increase", 7.2, "%", "cùng kỳ"), period=Y24i),
    F("từ 2.300 đến 2.800 đồng/kg", "2.300", 2300, "money", "đồng/kg", "giá thu mua củ dong riềng tại ruộng",
      value_max=2800, change=change("increase", 15, "%", "năm trước", "about"), period=Y24i),
    F("từ 60 đến 70 triệu đồng", "60", 60e6, "money", "đồng/ha", "lãi mỗi ha dong riềng",
      value_max=70e6, period=Y24i),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "thu nhập từ dong riềng so với trồng ngô"),
    F("có 39 cơ sở", "39", 39, "count", "cơ sở", "cơ sở chế biến tinh bột và miến dong"),
    F("trong đó 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở có sản phẩm đạt chuẩn OCOP", total=39),
    F("từ 3 sao", "3", 3, "count", "sao", "hạng sao OCOP", optional=True),
    F("ước đạt 1.850 tấn", "1.850", 1850, "measure", "tấn", "sản lượng miến dong",
      status="estimate", period=Y24),
    F("khoảng 148 tỷ đồng", "148", 148e9, "money", "đồng", "doanh thu miến dong",
      approx="about", status="estimate", period=Y24),
    F("từ 80.000 đến 90.000 đồng/kg", "80.000", 80000, "money", "đồng/kg", "giá miến bán lẻ",
      value_max=90000),
    F("khoảng 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích dong riềng duy trì",
      approx="about", status="target", period=Y25),
    F("đạt 2.000 tấn", "2.000", 2000, "measure", "tấn", "sản lượng miến",
      status="target", period=Y25),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "kinh phí mua máy nghiền củ được hỗ trợ",
      status="target", period=Y25),
]

NOTES = [
    "Province portal (Bắc Kạn): dong riềng area, yield, output, prices, processing units, 2025 targets.",
    "Distractors: Cập nhật time, Lượt xem 2.315, Quyết định số 1215/QĐ-UBND ngày 12/7/2022, Quốc lộ 3B.",
    "District parts after 'Trong đó' take the province total 1.126 ha (the whole the cue follows).",
    "'doanh thu khoảng 148 tỷ' continues the 'ước đạt' clause: estimate. '50% kinh phí' continues 'phấn đấu': target.",
    "'gấp 2 lần' stands alone as its own sentence: a multiple figure. Headline 15% has no base amount: percent figure.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, NOTES, published="2024-12-18", location="Bắc Kạn")
