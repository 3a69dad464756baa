"""p1291-1: province portal (Hải Dương): the 2024 rươi season, area, output, prices, a household in Tứ Kỳ, processing, 2025 plan."""
from lib import fig, per, year, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẢI DƯƠNG
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Hải Dương thu gần 300 tỷ đồng từ rươi năm 2024

Cập nhật: 12/11/2024 08:45 | Lượt xem: 1.386

Theo Sở Nông nghiệp và Phát triển nông thôn, vụ rươi năm 2024 toàn tỉnh Hải Dương có khoảng 1.150 ha bãi rươi, tập trung ở các huyện Tứ Kỳ, Thanh Hà và Kim Thành. Sản lượng rươi ước đạt 1.020 tấn, tăng 18,5% so với vụ năm 2023; tổng giá trị ước gần 300 tỷ đồng.

Tứ Kỳ là huyện có diện tích rươi lớn nhất tỉnh với 620 ha, chiếm 53,9% diện tích toàn tỉnh; năng suất bình quân năm nay đạt 1,1 tấn/ha, có ruộng đạt 1,5 tấn/ha. Tại chợ rươi xã Quang Phục (Tứ Kỳ), giá rươi tươi đầu vụ lên tới 650.000 đồng/kg, giữa vụ dao động từ 380.000 đến 450.000 đồng/kg. Gia đình ông Phạm Văn Lừng ở thôn Đông Lĩnh, xã Quang Phục có 3 mẫu ruộng rươi, năm nay thu khoảng 1,5 tấn, trừ chi phí còn lãi hơn 400 triệu đồng.

Huyện Thanh Hà có 285 ha bãi rươi, sản lượng ước 240 tấn. Huyện Kim Thành có khoảng 245 ha.

Bên cạnh bán rươi tươi, nhiều hộ chế biến chả rươi, mắm rươi, rươi cấp đông để bán quanh năm. Toàn tỉnh hiện có 46 cơ sở chế biến sản phẩm từ rươi, trong đó 4 sản phẩm đạt OCOP 3 sao. Giá chả rươi thành phẩm từ 450.000-550.000 đồng/kg.

Năm 2025, ngành nông nghiệp phấn đấu mở rộng diện tích bãi rươi lên 1.300 ha, hỗ trợ 10 cơ sở xây dựng nhãn hiệu tập thể theo Quyết định số 2217/QĐ-UBND của UBND tỉnh.

Tin liên quan:
- Tứ Kỳ tổ chức Lễ hội Văn hóa ẩm thực rươi lần thứ nhất
- Thanh Hà: Hội nghị kết nối tiêu thụ nông sản năm 2024
"""

Y24 = year("năm 2024", 2024)
NAY = year("năm nay", 2024)
Y25 = year("Năm 2025", 2025)
TK, TH, KT = "Tứ Kỳ", "Thanh Hà", "Kim Thành"

FIGS = [
    fig("thu gần 300 tỷ", "300", 300e9, "money", "đồng", approx="nearly",
        subject="thu từ rươi", period=Y24),
    fig("khoảng 1.150 ha", "1.150", 1150, "measure", "ha", approx="about",
        subject="diện tích bãi rươi", period=per("vụ rươi năm 2024", "2024-01-01", "2024-12-31")),
    fig("ước đạt 1.020 tấn", "1.020", 1020, "measure", "tấn", status="estimate",
        change=chg("increase", 18.5, "%", "vụ năm 2023"), subject="sản lượng rươi", period=inh(Y24)),
    fig("ước gần 300 tỷ", "300", 300e9, "money", "đồng", approx="nearly", status="estimate",
        subject="tổng giá trị rươi", period=inh(Y24)),
    fig("với 620 ha", "620", 620, "measure", "ha", percent=53.9,
        subject="diện tích rươi", period=inh(Y24), location=TK),
    fig("đạt 1,1 tấn/ha", "1,1", 1.1, "measure", "tấn/ha",
        subject="năng suất bình quân", period=NAY, location=TK),
    fig("đạt 1,5 tấn/ha", "1,5", 1.5, "measure", "tấn/ha",
        subject="năng suất ruộng rươi", period=NAY, location=TK),
    fig("lên tới 650.000", "650.000", 650000, "money", "đồng/kg",
        subject="giá rươi tươi đầu vụ", period=inh(NAY), location=TK),
    fig("từ 380.000 đến 450.000", "380.000", 380000, "money", "đồng/kg", value_max=450000,
        subject="giá rươi tươi giữa vụ", period=inh(NAY), location=TK),
    fig("có 3 mẫu", "3", 3, "measure", "mẫu",
        subject="ruộng rươi của gia đình ông Phạm Văn Lừng", location=TK),
    fig("khoảng 1,5 tấn,", "1,5", 1.5, "measure", "tấn", approx="about",
        subject="rươi gia đình ông Phạm Văn Lừng thu", period=NAY, location=TK),
    fig("hơn 400 triệu", "400", 400e6, "money", "đồng", approx="over",
        subject="lãi của gia đình ông Phạm Văn Lừng", period=NAY, location=TK),
    fig("có 285 ha", "285", 285, "measure", "ha",
        subject="diện tích bãi rươi", period=inh(Y24), location=TH),
    fig("ước 240 tấn", "240", 240, "measure", "tấn", status="estimate",
        subject="sản lượng rươi", period=inh(Y24), location=TH),
    fig("khoảng 245 ha", "245", 245, "measure", "ha", approx="about",
        subject="diện tích bãi rươi", period=inh(Y24), location=KT),
    fig("có 46 cơ sở", "46", 46, "count", "cơ sở",
        subject="cơ sở chế biến sản phẩm từ rươi"),
    fig("trong đó 4 sản phẩm", "4", 4, "count", "sản phẩm",
        subject="sản phẩm đạt OCOP 3 sao"),
    fig("từ 450.000-550.000", "450.000", 450000, "money", "đồng/kg", value_max=550000,
        subject="giá chả rươi thành phẩm"),
    fig("lên 1.300 ha", "1.300", 1300, "measure", "ha", status="target",
        subject="diện tích bãi rươi", period=Y25),
    fig("hỗ trợ 10 cơ sở", "10", 10, "count", "cơ sở", status="target",
        subject="cơ sở được hỗ trợ xây dựng nhãn hiệu tập thể", period=Y25),
]

NOTES = [
    "Province portal (Hải Dương): rươi season 2024; breadcrumb, 'Cập nhật: 12/11/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, Quyết định số 2217/QĐ-UBND, 'OCOP 3 sao', 'lần thứ nhất', 'năm 2024' in a link title.",
    "Headline 'thu gần 300 tỷ đồng từ rươi năm 2024' is a figure of its own (no 'ước' in it: actual).",
    "Tứ Kỳ, Thanh Hà, Kim Thành passages carry the district as location; 'năm nay' = 2024 (published).",
    "'46 cơ sở, trong đó 4 sản phẩm': parts count another thing (sản phẩm vs cơ sở), so no total.",
    "'Năm 2025 ... phấn đấu' governs both clauses: target, period 2025.",
]

if __name__ == "__main__":
    write("p1291-1", TEXT, NOTES, FIGS, published="2024-11-12", location="Hải Dương")
