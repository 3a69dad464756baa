"""p1171-4: ministry site (Bộ GTVT), national driving licence figures for 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hoạt động của Bộ
Ngày đăng: 14/02/2024 | Lượt xem: 1.027

Năm 2023, cả nước cấp mới gần 2,3 triệu giấy phép lái xe

Theo Cục Đường bộ Việt Nam, năm 2023 cả nước đã tổ chức sát hạch cho khoảng 2,7 triệu lượt thí sinh, cấp mới 2.285.400 giấy phép lái xe (GPLX), tăng 11,3% so với năm 2022; trong đó GPLX mô tô chiếm 64,2%.

Các địa phương cấp mới nhiều GPLX nhất lần lượt là TP Hồ Chí Minh (186.300 GPLX), Hà Nội (172.450 GPLX) và Thanh Hóa (98.760 GPLX); Nghệ An xếp thứ 4 với 91.200 GPLX.

Tính đến ngày 31/12/2023, cả nước có 52,6 triệu GPLX đang được quản lý trên hệ thống thông tin GPLX, trong đó khoảng 6,9 triệu GPLX ô tô. Cả nước hiện có 398 cơ sở đào tạo lái xe ô tô với khoảng 45.000 xe tập lái và 260 trung tâm sát hạch, trong đó 209 trung tâm loại 1, loại 2 sát hạch lái xe ô tô.

Dịch vụ công trực tuyến cấp đổi GPLX đã được triển khai tại 63/63 tỉnh, thành phố. Năm 2023, các Sở GTVT tiếp nhận 1.186.000 hồ sơ cấp đổi trực tuyến, chiếm 48,5% tổng số hồ sơ cấp đổi, tăng gấp 1,6 lần so với năm 2022.

Theo Thông tư số 05/2024/TT-BGTVT, từ ngày 1/6/2024 cơ sở đào tạo phải lắp thiết bị giám sát thời gian học lái xe trên cabin học lái. Dự kiến năm 2024, số GPLX cấp mới đạt khoảng 2,4 triệu; Bộ đặt mục tiêu đến năm 2025, 100% trung tâm sát hạch kết nối dữ liệu camera giám sát phòng thi lý thuyết về Cục Đường bộ Việt Nam.

Cổng thông tin điện tử Bộ Giao thông vận tải
Địa chỉ: 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3942.3829
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
NEW = "GPLX cấp mới"

FIGS = [
    F("gần 2,3 triệu", "2,3", 2300000, "count", "giấy phép lái xe", approx="nearly",
      subject="giấy phép lái xe cấp mới", period=Y23b),
    F("khoảng 2,7 triệu", "2,7", 2700000, "count", "lượt thí sinh", approx="about",
      subject="lượt thí sinh sát hạch", period=Y23),
    F("mới 2.285.400", "2.285.400", 2285400, "count", "giấy phép lái xe",
      change=C("increase", 11.3, "%", "năm 2022"), subject="giấy phép lái xe cấp mới", period=Y23),
    F("chiếm 64,2%", "64,2", 64.2, "percent", "%",
      subject="GPLX mô tô trong GPLX cấp mới", period=Y23),
    F("(186.300 GPLX)", "186.300", 186300, "count", "GPLX", subject=NEW, location="Hồ Chí Minh", period=I(Y23)),
    F("(172.450 GPLX)", "172.450", 172450, "count", "GPLX", subject=NEW, location="Hà Nội", period=I(Y23)),
    F("(98.760 GPLX)", "98.760", 98760, "count", "GPLX", subject=NEW, location="Thanh Hóa", period=I(Y23)),
    F("thứ 4", "4", 4, "rank", "hạng", subject="địa phương cấp mới nhiều GPLX", location="Nghệ An",
      period=I(Y23)),
    F("với 91.200 GPLX", "91.200", 91200, "count", "GPLX", subject=NEW, location="Nghệ An", period=I(Y23)),
    F("có 52,6 triệu", "52,6", 52600000, "count", "GPLX",
      subject="GPLX đang được quản lý trên hệ thống thông tin GPLX", period=ASOF),
    F("khoảng 6,9 triệu", "6,9", 6900000, "count", "GPLX ô tô", approx="about", total=52600000,
      subject="GPLX ô tô đang được quản lý trên hệ thống", period=ASOF),
    F("có 398 cơ sở", "398", 398, "count", "cơ sở đào tạo lái xe ô tô", subject="cơ sở đào tạo lái xe ô tô"),
    F("khoảng 45.000 xe", "45.000", 45000, "count", "xe tập lái", approx="about", subject="xe tập lái"),
    F("260 trung tâm", "260", 260, "count", "trung tâm sát hạch", subject="trung tâm sát hạch"),
    F("209 trung tâm", "209", 209, "count", "trung tâm", total=260,
      subject="trung tâm loại 1, loại 2 sát hạch lái xe ô tô"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố triển khai dịch vụ công trực tuyến cấp đổi GPLX"),
    F("1.186.000 hồ sơ", "1.186.000", 1186000, "count", "hồ sơ", percent=48.5,
      change=C("increase", 1.6, "lần", "năm 2022"),
      subject="hồ sơ cấp đổi GPLX trực tuyến tiếp nhận", period=Y23b),
    F("khoảng 2,4 triệu", "2,4", 2400000, "count", "GPLX", approx="about", status="forecast",
      subject=NEW, period=Y24),
    F("100% trung tâm", "100", 100, "percent", "%", status="target",
      subject="trung tâm sát hạch kết nối dữ liệu camera giám sát phòng thi lý thuyết", period=T25),
]

NOTES = [
    "Ministry site (Bộ GTVT): national 2023 figures on driving tests and licences. 'Ngày đăng: 14/02/2024 | Lượt xem: 1.027' (published).",
    "Default location Việt Nam; list items TP Hồ Chí Minh, Hà Nội, Thanh Hóa, Nghệ An get their province as location (subject = the list's indicator).",
    "'Nghệ An xếp thứ 4' is a rank figure; its 91.200 a count. The headline 'Năm 2023 ... gần 2,3 triệu' has its own year (scored).",
    "'trong đó GPLX mô tô chiếm 64,2%' is a share standing as its own percent figure. 'tăng gấp 1,6 lần so với năm 2022' is the change of 1.186.000.",
    "Distractors: 'Thông tư số 05/2024/TT-BGTVT', 'từ ngày 1/6/2024', 'loại 1, loại 2', address '80 Trần Hưng Đạo', phone, view counter.",
    "'Dự kiến năm 2024' forecast; 'đặt mục tiêu đến năm 2025, 100%' target.",
]

if __name__ == "__main__":
    write("p1171-4", TEXT, NOTES, FIGS, published="2024-02-14", location="Việt Nam")
