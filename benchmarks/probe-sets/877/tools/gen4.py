"""p877-4: Bộ NN&PTNT site — national jellyfish output and exports 2023."""
from lib import F, P, I, C, T, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin hoạt động > Thủy sản
Ngày đăng: 05/03/2024 | Lượt xem: 1.164

Xuất khẩu sứa năm 2023 thu gần 47 triệu USD

Theo Cục Thủy sản, năm 2023 cả nước khai thác khoảng 112.000 tấn sứa tươi, tăng 9,5% so với năm 2022. Các địa phương có sản lượng lớn lần lượt là Thanh Hóa (24.300 tấn), Thái Bình (18.700 tấn), Nghệ An (15.200 tấn) và Nam Định (13.900 tấn).

Kim ngạch xuất khẩu sứa và sản phẩm từ sứa năm 2023 đạt gần 47 triệu USD, tăng 14,2% so với năm 2022. Trung Quốc tiếp tục là thị trường lớn nhất với 29,6 triệu USD, chiếm 63% tổng kim ngạch; tiếp đến là Nhật Bản 8,4 triệu USD và Hàn Quốc 5,1 triệu USD. Giá xuất khẩu bình quân sứa muối đạt 2.150 USD/tấn, cao hơn 6% so với năm 2022.

Hiện cả nước có khoảng 430 cơ sở sơ chế sứa, trong đó 27 cơ sở đủ điều kiện xuất khẩu sang Nhật Bản và Hàn Quốc. Nghề khai thác, sơ chế sứa tạo việc làm thời vụ cho khoảng 15.000 lao động ven biển từ Quảng Ninh đến Bình Thuận.

Năm 2024, ngành thủy sản phấn đấu kim ngạch xuất khẩu sứa đạt 50 triệu USD. Đến năm 2030, 100% cơ sở sơ chế sứa phải đáp ứng QCVN 11-MT:2015/BTNMT về nước thải chế biến thủy sản.

Cục Thủy sản đề nghị các địa phương ven biển hướng dẫn ngư dân khai thác sứa đúng mùa vụ, thực hiện Thông tư số 19/2018/TT-BNNPTNT về bảo vệ nguồn lợi thủy sản, đồng thời kiểm soát chặt việc sử dụng phèn, muối trong sơ chế để bảo đảm an toàn thực phẩm.

Cục Thủy sản - Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội. Điện thoại: 024.3771.0321
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NOTES = [
    "Bộ NN&PTNT: xuất khẩu sứa năm 2023, national output, provinces ranked with 'lần lượt' (no total: a ranking does not add up), markets.",
    "Trade partners (Trung Quốc, Nhật Bản, Hàn Quốc) are not places of the figure: location Việt Nam, the market goes into the subject.",
    "'Ngày đăng: 05/03/2024' gives published; 'Lượt xem: 1.164', 'QCVN 11-MT:2015/BTNMT', 'Thông tư số 19/2018/TT-BNNPTNT', address and phone are not figures.",
    "Province list items in paragraph 1 inherit năm 2023 from the previous sentence; the price sentence inherits năm 2023; 'Hiện' gives no period.",
]
FIGS = [
    F("thu gần 47 triệu USD", "47", 47e6, "money", "USD", approx="nearly", subject="xuất khẩu sứa",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 112.000 tấn", "112.000", 112000, "measure", "tấn", approx="about", change=C("+", 9.5, "%", "năm 2022"),
      subject="sản lượng sứa tươi khai thác", period=Y23),
    F("Thanh Hóa (24.300 tấn)", "24.300", 24300, "measure", "tấn", subject="sản lượng sứa khai thác",
      period=I(Y23), location="Thanh Hóa"),
    F("Thái Bình (18.700 tấn)", "18.700", 18700, "measure", "tấn", subject="sản lượng sứa khai thác",
      period=I(Y23), location="Thái Bình"),
    F("Nghệ An (15.200 tấn)", "15.200", 15200, "measure", "tấn", subject="sản lượng sứa khai thác",
      period=I(Y23), location="Nghệ An"),
    F("Nam Định (13.900 tấn)", "13.900", 13900, "measure", "tấn", subject="sản lượng sứa khai thác",
      period=I(Y23), location="Nam Định"),
    F("đạt gần 47 triệu USD", "47", 47e6, "money", "USD", approx="nearly", change=C("+", 14.2, "%", "năm 2022"),
      subject="kim ngạch xuất khẩu sứa và sản phẩm từ sứa", period=Y23),
    F("với 29,6 triệu USD", "29,6", 29.6e6, "money", "USD", percent=63,
      subject="kim ngạch xuất khẩu sứa sang Trung Quốc", period=I(Y23)),
    F("Nhật Bản 8,4 triệu USD", "8,4", 8.4e6, "money", "USD", subject="kim ngạch xuất khẩu sứa sang Nhật Bản",
      period=I(Y23)),
    F("Hàn Quốc 5,1 triệu USD", "5,1", 5.1e6, "money", "USD", subject="kim ngạch xuất khẩu sứa sang Hàn Quốc",
      period=I(Y23)),
    F("đạt 2.150 USD/tấn", "2.150", 2150, "money", "USD/tấn", change=C("+", 6, "%", "năm 2022"),
      subject="giá xuất khẩu bình quân sứa muối", period=I(Y23)),
    F("khoảng 430 cơ sở", "430", 430, "count", "cơ sở", approx="about", subject="cơ sở sơ chế sứa"),
    F("27 cơ sở", "27", 27, "count", "cơ sở", total=430,
      subject="cơ sở đủ điều kiện xuất khẩu sang Nhật Bản và Hàn Quốc"),
    F("khoảng 15.000 lao động", "15.000", 15000, "count", "lao động", approx="about",
      subject="lao động thời vụ nghề khai thác, sơ chế sứa"),
    F("đạt 50 triệu USD", "50", 50e6, "money", "USD", status="target", subject="kim ngạch xuất khẩu sứa",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("2030, 100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="cơ sở sơ chế sứa đáp ứng QCVN về nước thải", period=P("Đến năm 2030", None, "2030-12-31")),
]

emit("p877-4", TEXT, NOTES, FIGS, published="2024-03-05", location="Việt Nam")
