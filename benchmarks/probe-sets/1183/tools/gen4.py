"""p1183-4: ministry site (Bộ NN&PTNT), national forestry seedling quality."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Lâm nghiệp

Nâng cao chất lượng giống cây lâm nghiệp phục vụ trồng rừng gỗ lớn

Ngày đăng: 05/06/2023 | Lượt xem: 1.482

Theo Cục Lâm nghiệp, cả nước hiện có khoảng 4.600 cơ sở sản xuất, kinh doanh giống cây lâm nghiệp, trong đó khoảng 1.200 cơ sở có vườn ươm công nghệ cao hoặc phòng nuôi cấy mô. Năm 2022, các cơ sở đã cung ứng trên 1,1 tỷ cây giống, tương đương khoảng 280.000 ha rừng trồng mới. Tỷ lệ cây giống được sản xuất từ nguồn giống đã công nhận đạt khoảng 75%, tăng 5 điểm phần trăm so với năm 2021.

Các địa phương có sản lượng cây giống lớn nhất lần lượt là Quảng Ninh (95 triệu cây), Phú Thọ (82 triệu cây), Tuyên Quang (78 triệu cây) và Yên Bái (64 triệu cây).

Hiện cả nước có 172 giống cây lâm nghiệp được công nhận, trong đó 98 giống keo và 31 giống bạch đàn (như các dòng U6, PN2, UP35). Tuy vậy, giá cây keo mô tại nhiều vườn ươm từ 1.500 đến 2.000 đồng/cây, cao hơn khoảng 3 lần keo hạt, nên nhiều hộ trồng rừng nhỏ vẫn chọn giống trôi nổi.

Mục tiêu đến năm 2025, 80% diện tích trồng rừng sản xuất sử dụng giống được công nhận; đến năm 2030 đạt trên 85%, trong đó giống nuôi cấy mô chiếm ít nhất 30%. Bộ dự kiến hỗ trợ xây dựng thêm 15 vườn ươm công nghệ cao trong năm 2024.

Tin liên quan:
- Hội nghị toàn quốc về giống cây lâm nghiệp lần thứ 3
- Ra quân trồng rừng đầu xuân Quý Mão

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, quận Ba Đình, Hà Nội
Điện thoại: 024.3845.9670
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("trong năm 2024", "2024-01-01", "2024-12-31")
RANK = "sản lượng cây giống"

FIGS = [
    fig("khoảng 4.600 cơ sở", "4.600", 4600, "count", "cơ sở", approx="about",
        subject="cơ sở sản xuất, kinh doanh giống cây lâm nghiệp"),
    fig("khoảng 1.200 cơ sở", "1.200", 1200, "count", "cơ sở", approx="about", total=4600,
        subject="cơ sở có vườn ươm công nghệ cao hoặc phòng nuôi cấy mô"),
    fig("trên 1,1 tỷ", "1,1", 1_100_000_000, "count", "cây giống", approx="over",
        subject="cây giống các cơ sở đã cung ứng", period=Y22),
    fig("khoảng 280.000 ha", "280.000", 280000, "measure", "ha", approx="about",
        subject="diện tích rừng trồng mới tương đương", period=Y22),
    fig("khoảng 75%", "75", 75, "percent", "%", approx="about",
        change=chg("increase", 5, "điểm phần trăm", "năm 2021"),
        subject="tỷ lệ cây giống được sản xuất từ nguồn giống đã công nhận", period=inh(Y22)),
    fig("Quảng Ninh (95", "95", 95_000_000, "count", "cây", subject=RANK, location="Quảng Ninh"),
    fig("Phú Thọ (82", "82", 82_000_000, "count", "cây", subject=RANK, location="Phú Thọ"),
    fig("Tuyên Quang (78", "78", 78_000_000, "count", "cây", subject=RANK, location="Tuyên Quang"),
    fig("Yên Bái (64", "64", 64_000_000, "count", "cây", subject=RANK, location="Yên Bái"),
    fig("có 172 giống", "172", 172, "count", "giống", subject="giống cây lâm nghiệp được công nhận"),
    fig("98 giống keo", "98", 98, "count", "giống", total=172, subject="giống keo được công nhận"),
    fig("31 giống bạch đàn", "31", 31, "count", "giống", total=172, subject="giống bạch đàn được công nhận"),
    fig("từ 1.500 đến 2.000", "1.500", 1500, "money", "đồng/cây", value_max=2000,
        change=chg("increase", 3, "lần", "keo hạt", approx="about"), subject="giá cây keo mô tại vườn ươm"),
    fig("2025, 80%", "80", 80, "percent", "%", status="target",
        subject="tỷ lệ diện tích trồng rừng sản xuất sử dụng giống được công nhận", period=T25),
    fig("trên 85%", "85", 85, "percent", "%", approx="over", status="target",
        subject="tỷ lệ diện tích trồng rừng sản xuất sử dụng giống được công nhận", period=T30),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ giống nuôi cấy mô", period=T30),
    fig("thêm 15 vườn", "15", 15, "count", "vườn ươm", status="forecast",
        subject="vườn ươm công nghệ cao được hỗ trợ xây dựng thêm", period=Y24),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national forestry seedlings. 'Ngày đăng: 05/06/2023 | Lượt xem: 1.482', related links, address footer.",
    "Distractors: clone names 'U6, PN2, UP35', 'lần thứ 3', 'Số 2 Ngọc Hà', phone 024.3845.9670, view counter.",
    "'tương đương khoảng 280.000 ha' is an equivalent area, not a share: a measure figure of its own.",
    "'lần lượt là Quảng Ninh (95 triệu cây) ...' list: subject = the indicator, province = location; the list sentence has no period.",
    "'cao hơn khoảng 3 lần keo hạt' is the change of the price range. 'Mục tiêu đến năm 2025 ... ; đến năm 2030 ...': targets.",
    "'hiện' / 'Hiện' figures get no period. National figures: location Việt Nam.",
]

if __name__ == "__main__":
    build("p1183-4", TEXT, NOTES, FIGS, published="2023-06-05", location="Việt Nam")
