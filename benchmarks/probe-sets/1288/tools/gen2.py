"""p1288-2: district portal (huyện Ba Chẽ, Quảng Ninh): golden camellia tea (trà hoa vàng), a cooperative."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BA CHẼ - TỈNH QUẢNG NINH
Trang chủ / Tin tức / Kinh tế - Nông nghiệp

Trà hoa vàng mang lại thu nhập ổn định cho người dân Ba Chẽ

Đăng ngày: 22/11/2023

Toàn huyện hiện có 412 ha cây trà hoa vàng, trong đó khoảng 150 ha đã cho thu hoạch hoa. Năm 2023, sản lượng hoa tươi ước đạt 36 tấn, tương đương khoảng 4,5 tấn hoa khô, giá trị ước đạt 27 tỷ đồng.

Hợp tác xã Trà hoa vàng Đạp Thanh (thôn Khe Tâm, xã Đạp Thanh) hiện có 18 thành viên, liên kết với hơn 70 hộ trồng trên diện tích 95 ha. Mỗi năm, hợp tác xã thu mua khoảng 8 tấn hoa tươi với giá 1,2-1,5 triệu đồng/kg để chế biến thành trà hoa khô, trà túi lọc và cao trà. Năm 2023, hợp tác xã tiêu thụ 1.850 hộp trà túi lọc và 620 kg trà hoa khô, doanh thu đạt 4,3 tỷ đồng, vượt 8% kế hoạch; thu nhập bình quân của người lao động khoảng 7,5 triệu đồng/người/tháng.

Ông Hoàng Văn Sáng, Giám đốc hợp tác xã cho biết: "Mỗi cây trà hoa vàng trưởng thành cho từ 1,5 đến 2 kg hoa tươi mỗi năm. Hoa được sấy lạnh ở nhiệt độ dưới 40 độ C nên giữ được màu vàng và hương vị".

Theo kế hoạch, năm 2024 huyện phấn đấu mở rộng thêm 50 ha trà hoa vàng, nâng tổng diện tích lên trên 460 ha; mục tiêu đến năm 2025 có ba chục hộ sản xuất đạt tiêu chuẩn hữu cơ và ít nhất 2 sản phẩm trà hoa vàng đạt OCOP 5 sao.

Nguồn: Trung tâm Truyền thông và Văn hóa huyện Ba Chẽ

Tin khác:
- Ba Chẽ tổ chức Hội chợ nông sản lần thứ 4 năm 2023
- Xã Thanh Sơn ra mắt mô hình Khu dân cư kiểu mẫu

Địa chỉ: Khu 3, thị trấn Ba Chẽ, huyện Ba Chẽ, tỉnh Quảng Ninh. Điện thoại: 0203.3888.126
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("có 412 ha", "412", 412, "measure", "ha", subject="diện tích cây trà hoa vàng"),
    fig("khoảng 150 ha", "150", 150, "measure", "ha", approx="about", total=412,
        subject="diện tích trà hoa vàng đã cho thu hoạch hoa"),
    fig("ước đạt 36 tấn", "36", 36, "measure", "tấn", status="estimate",
        subject="sản lượng hoa tươi", period=Y23),
    fig("khoảng 4,5 tấn", "4,5", 4.5, "measure", "tấn", approx="about", status="estimate",
        subject="hoa khô", period=Y23),
    fig("ước đạt 27 tỷ", "27", 27e9, "money", "đồng", status="estimate",
        subject="giá trị sản lượng hoa", period=Y23),
    fig("có 18 thành viên", "18", 18, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("hơn 70 hộ", "70", 70, "count", "hộ", approx="over", subject="hộ trồng liên kết với hợp tác xã"),
    fig("diện tích 95 ha", "95", 95, "measure", "ha", subject="diện tích các hộ liên kết trồng"),
    fig("khoảng 8 tấn", "8", 8, "measure", "tấn/năm", approx="about",
        subject="hoa tươi hợp tác xã thu mua mỗi năm"),
    fig("giá 1,2-1,5 triệu", "1,2", 1.2e6, "money", "đồng/kg", value_max=1.5e6,
        subject="giá thu mua hoa tươi"),
    fig("tiêu thụ 1.850 hộp", "1.850", 1850, "count", "hộp", subject="trà túi lọc hợp tác xã tiêu thụ",
        period=Y23),
    fig("và 620 kg", "620", 620, "measure", "kg", subject="trà hoa khô hợp tác xã tiêu thụ", period=Y23),
    fig("đạt 4,3 tỷ", "4,3", 4.3e9, "money", "đồng", change=chg("increase", 8, "%", "kế hoạch"),
        subject="doanh thu hợp tác xã", period=Y23),
    fig("khoảng 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", approx="about",
        subject="thu nhập bình quân của người lao động", period=Y23),
    fig("từ 1,5 đến 2 kg", "1,5", 1.5, "measure", "kg/năm", value_max=2,
        subject="hoa tươi mỗi cây trà hoa vàng trưởng thành cho"),
    fig("dưới 40 độ", "40", 40, "measure", "độ C", approx="under", subject="nhiệt độ sấy lạnh hoa",
        optional=True),
    fig("thêm 50 ha", "50", 50, "measure", "ha", status="target",
        subject="diện tích trà hoa vàng mở rộng thêm", period=Y24),
    fig("trên 460 ha", "460", 460, "measure", "ha", approx="over", status="target",
        subject="tổng diện tích trà hoa vàng", period=Y24),
    fig("có ba chục hộ", "ba chục", 30, "count", "hộ", status="target",
        subject="hộ sản xuất đạt tiêu chuẩn hữu cơ", period=TO25),
    fig("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm trà hoa vàng đạt OCOP 5 sao", period=TO25),
]

NOTES = [
    "District portal (huyện Ba Chẽ, Quảng Ninh): banner, breadcrumb, 'Đăng ngày: 22/11/2023', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'thôn Khe Tâm', 'OCOP 5 sao', 'lần thứ 4', 'Khu 3', phone 0203.3888.126, years in links.",
    "Location Ba Chẽ (district) for every figure; the cooperative is in xã Đạp Thanh of the district.",
    "'tương đương khoảng 4,5 tấn hoa khô' converts the fresh harvest into dried flowers: an amount, not a share, so its own figure.",
    "'vượt 8% kế hoạch' is a change with baseline 'kế hoạch' (spec: a gap to a plan).",
    "'Mỗi năm ... khoảng 8 tấn' is a yearly rate (tấn/năm); 'Mỗi cây ... từ 1,5 đến 2 kg hoa tươi mỗi năm' → kg/năm, 'Mỗi cây' is the denominator.",
    "'dưới 40 độ C' is a processing setting, not a statistic: optional.",
    "'năm 2024 huyện phấn đấu ...; mục tiêu đến năm 2025 ...': target; 'ba chục hộ' = 30 (number words).",
]

if __name__ == "__main__":
    write("p1288-2", TEXT, NOTES, FIGS, published="2023-11-22", location="Ba Chẽ")
