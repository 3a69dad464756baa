"""p1282-2: district portal (huyện Thanh Oai, Hà Nội): làng nghề giò chả Ước Lễ vào vụ Tết."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH OAI - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức - Sự kiện | Kinh tế | Làng nghề

Làng giò chả Ước Lễ tất bật vào vụ Tết
15/01/2025 - 10:20

Những ngày giáp Tết Ất Tỵ, làng nghề giò chả Ước Lễ (xã Tân Ước) đỏ lửa suốt ngày đêm. Toàn xã hiện có 52 hộ làm giò chả thường xuyên, trong đó 9 hộ đã thành lập doanh nghiệp hoặc đăng ký nhãn hiệu riêng. Ngày thường, mỗi hộ chế biến khoảng 1-2 tạ thịt lợn mỗi ngày; dịp Tết, lượng thịt tăng lên 5-7 tạ/ngày.

Theo ông Nguyễn Văn Thọ, Chủ tịch UBND xã Tân Ước, năm 2024 làng nghề tiêu thụ khoảng 1.100 tấn giò chả các loại, doanh thu đạt hơn 230 tỷ đồng, tăng 8% so với năm 2023. Giò chả Ước Lễ hiện có 3 sản phẩm đạt OCOP 4 sao và một sản phẩm được công nhận OCOP 5 sao quốc gia.

Giá bán tại làng khá ổn định: giò lụa 220.000-250.000 đồng/kg, chả quế 260.000 đồng/kg, riêng giò bò khoảng 380.000 đồng/kg, tăng khoảng 20.000 đồng/kg so với Tết năm trước. Dự kiến trong tháng 1/2025, làng nghề cung ứng ra thị trường khoảng 350 tấn giò chả, gấp 2,5 lần tháng thường.

Để giữ uy tín thương hiệu, từ đầu tháng 12/2024 đến nay, xã đã tổ chức 4 lớp tập huấn an toàn thực phẩm cho hơn 200 lượt người; phối hợp với Đội Quản lý thị trường số 14 kiểm tra 30 cơ sở, lấy 45 mẫu giò chả test nhanh hàn the, kết quả 100% mẫu đạt yêu cầu.

Nguồn: Đài Truyền thanh huyện Thanh Oai

Tin khác:
- Thanh Oai tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 21
- Xã Bích Hòa ra quân làm thủy lợi đông xuân

Địa chỉ: Số 8 đường Kim Bài, thị trấn Kim Bài, huyện Thanh Oai, TP Hà Nội. Điện thoại: 024.3387.3421
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T1 = per("tháng 1/2025", "2025-01-01", "2025-01-31")
SINCE = per("từ đầu tháng 12/2024 đến nay", "2024-12-01", "2025-01-15")

FIGS = [
    fig("có 52 hộ", "52", 52, "count", "hộ", subject="hộ làm giò chả thường xuyên"),
    fig("trong đó 9 hộ", "9", 9, "count", "hộ", total=52,
        subject="hộ đã thành lập doanh nghiệp hoặc đăng ký nhãn hiệu riêng"),
    fig("khoảng 1-2 tạ", "1", 1, "measure", "tạ", value_max=2, approx="about",
        subject="thịt lợn mỗi hộ chế biến ngày thường"),
    fig("5-7 tạ/ngày", "5", 5, "measure", "tạ/ngày", value_max=7, subject="lượng thịt dịp Tết"),
    fig("khoảng 1.100 tấn", "1.100", 1100, "measure", "tấn", approx="about",
        subject="giò chả các loại làng nghề tiêu thụ", period=Y24),
    fig("hơn 230 tỷ", "230", 230e9, "money", "đồng", approx="over", change=chg("increase", 8, "%", "năm 2023"),
        subject="doanh thu", period=Y24),
    fig("có 3 sản phẩm", "3", 3, "count", "sản phẩm", subject="sản phẩm đạt OCOP 4 sao"),
    fig("và một sản phẩm", "một", 1, "count", "sản phẩm", subject="sản phẩm được công nhận OCOP 5 sao quốc gia"),
    fig("220.000-250.000", "220.000", 220000, "money", "đồng/kg", value_max=250000, subject="giá bán giò lụa"),
    fig("chả quế 260.000", "260.000", 260000, "money", "đồng/kg", subject="giá bán chả quế"),
    fig("khoảng 380.000", "380.000", 380000, "money", "đồng/kg", approx="about",
        change=chg("increase", 20000, "đồng/kg", "Tết năm trước", approx="about"), subject="giá bán giò bò"),
    fig("khoảng 350 tấn", "350", 350, "measure", "tấn", approx="about", status="forecast",
        change=chg("increase", 2.5, "lần", "tháng thường"),
        subject="giò chả làng nghề cung ứng ra thị trường", period=T1),
    fig("4 lớp", "4", 4, "count", "lớp", subject="lớp tập huấn an toàn thực phẩm", period=SINCE),
    fig("hơn 200 lượt người", "200", 200, "count", "lượt người", approx="over",
        subject="lượt người được tập huấn", period=SINCE),
    fig("kiểm tra 30 cơ sở", "30", 30, "count", "cơ sở", subject="cơ sở được kiểm tra", period=SINCE),
    fig("lấy 45 mẫu", "45", 45, "count", "mẫu", subject="mẫu giò chả test nhanh hàn the", period=SINCE),
    fig("100% mẫu", "100", 100, "percent", "%", subject="mẫu đạt yêu cầu", period=SINCE),
]

NOTES = [
    "District portal (huyện Thanh Oai, Hà Nội): banner, menu, date '15/01/2025 - 10:20' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Figures describe the làng nghề in xã Tân Ước, huyện Thanh Oai: default location Thanh Oai (a commune is below the spec's places).",
    "'mỗi hộ ... khoảng 1-2 tạ thịt lợn mỗi ngày': adverbs go to the subject, unit 'tạ' (revised after the first run, was 'tạ/ngày',",
    "shared gold 004 habit); the written '5-7 tạ/ngày' keeps its denominator. 'dịp Tết' has no dates: no period.",
    "'tăng khoảng 20.000 đồng/kg so với Tết năm trước' is the change of the giò bò price; 'gấp 2,5 lần tháng thường' the change of 350 tấn.",
    "'từ đầu tháng 12/2024 đến nay' runs to the dateline. 'kết quả 100% mẫu đạt yêu cầu' is a percent figure of its own (no đạt/chiếm cue).",
    "Distractors: '15/01/2025 - 10:20', 'Tết Ất Tỵ', 'OCOP 4 sao', 'OCOP 5 sao', 'Đội Quản lý thị trường số 14', 'lần thứ 21',",
    "'Số 8 đường Kim Bài', phone 024.3387.3421.",
]

if __name__ == "__main__":
    write("p1282-2", TEXT, NOTES, FIGS, published="2025-01-15", location="Thanh Oai")
