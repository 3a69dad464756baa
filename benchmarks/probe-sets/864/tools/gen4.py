"""p864-4: Cục Thể dục thể thao (Bộ VHTTDL) site, national count of community sports facilities, 3/2025."""
from lib import F, write, period, year, asof, change, target

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH - CỤC THỂ DỤC THỂ THAO
Trang chủ | Tin hoạt động | Thể thao quần chúng
Ngày đăng: 05/03/2025 | Lượt xem: 1.147

Cả nước có hơn 24.600 công trình thể thao phục vụ cộng đồng

Theo số liệu tổng hợp của Cục Thể dục thể thao, tính đến hết năm 2024, cả nước có 24.652 công trình thể thao phục vụ cộng đồng, gồm 11.850 sân vận động, sân bóng đá các loại, 2.734 nhà thi đấu, nhà tập luyện, 1.918 bể bơi và 8.150 sân tập đa năng. Trong đó, số công trình do khu vực tư nhân đầu tư, khai thác chiếm khoảng 38%, tăng gần 6 điểm phần trăm so với năm 2020.

Các địa phương có nhiều công trình thể thao nhất lần lượt là Hà Nội (1.842 công trình), TP Hồ Chí Minh (1.615 công trình), Thanh Hóa (1.093 công trình) và Nghệ An (1.027 công trình). Tỷ lệ xã, phường, thị trấn có sân thể thao trung tâm đạt 78,4%; tỷ lệ thôn, bản có nhà văn hóa - khu thể thao đạt 86,1%. Tuy nhiên, mới có 19/63 tỉnh, thành phố có sân vận động đủ tiêu chuẩn tổ chức các trận đấu quốc tế và 27 tỉnh, thành phố có nhà thi đấu trên 3.000 chỗ ngồi.

Năm 2024, tổng vốn đầu tư xây dựng, cải tạo công trình thể thao đạt khoảng 8.400 tỷ đồng, gấp 1,6 lần năm 2020; trong đó vốn ngân sách nhà nước chiếm 44%.

Theo Chiến lược phát triển thể dục, thể thao Việt Nam đến năm 2030 ban hành kèm theo Quyết định số 1722/QĐ-TTg, đến năm 2030 phấn đấu 100% xã, phường, thị trấn có sân thể thao trung tâm và 45% dân số tập luyện thể dục thể thao thường xuyên. Cục dự kiến trình Bộ danh mục 12 dự án nhà thi đấu, bể bơi trọng điểm vùng trong quý III/2025.

Địa chỉ: 36 Trần Phú, Ba Đình, Hà Nội | Điện thoại: 024.3845.6721
"""

END24 = asof("tính đến hết năm 2024", "2024-12-31")
I24 = {**END24, "inherited": True}
Y24 = year("Năm 2024", 2024)
T30 = asof("đến năm 2030", "2030-12-31")
assert 11850 + 2734 + 1918 + 8150 == 24652

FIGS = [
    F("hơn 24.600 công trình", "24.600", 24600, "count", "công trình", "công trình thể thao phục vụ cộng đồng", approx="over"),
    F("có 24.652 công trình", "24.652", 24652, "count", "công trình", "công trình thể thao phục vụ cộng đồng", period=END24),
    F("gồm 11.850 sân", "11.850", 11850, "count", "sân vận động, sân bóng đá", "sân vận động, sân bóng đá các loại",
      total=24652, period=END24),
    F("2.734 nhà thi đấu", "2.734", 2734, "count", "nhà thi đấu, nhà tập luyện", "nhà thi đấu, nhà tập luyện", total=24652, period=END24),
    F("1.918 bể bơi", "1.918", 1918, "count", "bể bơi", "bể bơi", total=24652, period=END24),
    F("8.150 sân tập", "8.150", 8150, "count", "sân tập đa năng", "sân tập đa năng", total=24652, period=END24),
    F("chiếm khoảng 38%", "38", 38, "percent", "%", "công trình do khu vực tư nhân đầu tư, khai thác", approx="about",
      change=change("increase", 6, "điểm phần trăm", "năm 2020", approx="nearly"), period=I24),
    F("Hà Nội (1.842", "1.842", 1842, "count", "công trình", "công trình thể thao", location="Hà Nội", period=I24),
    F("TP Hồ Chí Minh (1.615", "1.615", 1615, "count", "công trình", "công trình thể thao", location="TP Hồ Chí Minh", period=I24),
    F("Thanh Hóa (1.093", "1.093", 1093, "count", "công trình", "công trình thể thao", location="Thanh Hóa", period=I24),
    F("Nghệ An (1.027", "1.027", 1027, "count", "công trình", "công trình thể thao", location="Nghệ An", period=I24),
    F("đạt 78,4%", "78,4", 78.4, "percent", "%", "tỷ lệ xã, phường, thị trấn có sân thể thao trung tâm"),
    F("đạt 86,1%", "86,1", 86.1, "percent", "%", "tỷ lệ thôn, bản có nhà văn hóa - khu thể thao"),
    F("có 19/63 tỉnh", "19", 19, "count", "tỉnh, thành phố", "tỉnh, thành phố có sân vận động đủ tiêu chuẩn tổ chức các trận đấu quốc tế",
      total=63),
    F("và 27 tỉnh", "27", 27, "count", "tỉnh, thành phố", "tỉnh, thành phố có nhà thi đấu trên 3.000 chỗ ngồi"),
    F("trên 3.000 chỗ ngồi", "3.000", 3000, "count", "chỗ ngồi", "quy mô nhà thi đấu", approx="over", optional=True),
    F("khoảng 8.400 tỷ đồng", "8.400", 8400e9, "money", "đồng", "tổng vốn đầu tư xây dựng, cải tạo công trình thể thao",
      approx="about", change=change("increase", 1.6, "lần", "năm 2020"), period=Y24),
    F("chiếm 44%", "44", 44, "percent", "%", "vốn ngân sách nhà nước trong tổng vốn đầu tư xây dựng, cải tạo công trình thể thao",
      period=Y24),
    F("phấn đấu 100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn có sân thể thao trung tâm", status="target", period=T30),
    F("và 45% dân số", "45", 45, "percent", "%", "dân số tập luyện thể dục thể thao thường xuyên", status="target", period=T30),
    F("danh mục 12 dự án", "12", 12, "count", "dự án", "dự án nhà thi đấu, bể bơi trọng điểm vùng", status="forecast"),
]

COMMENTS = [
    "Cục Thể dục thể thao (Bộ VHTTDL) site: national count of community sports facilities at end-2024, top provinces, investment, 2030 targets.",
    "Location Việt Nam throughout except the ranked provinces; the list 'lần lượt là Hà Nội (...)' shares its head's indicator;",
    "a ranking list does not add up to the whole, so no total. The four types after 'gồm' add up to 24.652 (total).",
    "38% after 'Trong đó ... chiếm' has no base amount in its clause: a percent figure with its change in điểm phần trăm.",
    "'gấp 1,6 lần năm 2020' after 8.400 tỷ is its change (unit lần). 44% after 'trong đó' is a share figure of its own.",
    "'trên 3.000 chỗ ngồi' is a size class: optional. 12 dự án: forecast (dự kiến); 'quý III/2025' is when it is submitted: no period.",
    "Not figures: 'Ngày đăng: 05/03/2025', 'Lượt xem: 1.147', 'Chiến lược ... đến năm 2030' (a name), 'Quyết định số 1722/QĐ-TTg',",
    "'36 Trần Phú', phone '024.3845.6721'.",
]

write("p864-4", TEXT, FIGS, COMMENTS, published="2025-03-05", location="Việt Nam")
