"""p1178-1: province portal (Lào Cai): medicinal herb area, drying, a Sa Pa cooperative, 2025 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI
Trang chủ > Tin tức - Sự kiện > Kinh tế

Lào Cai sơ chế, sấy khô hơn 1.800 tấn dược liệu

Cập nhật: 08/10/2024 14:20 | Lượt xem: 2.317

9 tháng năm 2024, toàn tỉnh trồng mới 612 ha cây dược liệu, đạt 87,4% kế hoạch năm, nâng tổng diện tích dược liệu lên 4.960 ha, tăng 6,5% so với cùng kỳ. Trong đó, huyện Bát Xát có 1.420 ha, thị xã Sa Pa 1.185 ha, huyện Bắc Hà 860 ha.

Sản lượng dược liệu thu hoạch ước đạt 7.240 tấn, tăng 11,3% so với cùng kỳ. Các cơ sở trên địa bàn đã sơ chế, sấy khô được 1.860 tấn dược liệu khô, chủ yếu là thảo quả, đương quy, actiso và tam thất. Toàn tỉnh có 38 hợp tác xã và 11 doanh nghiệp tham gia chế biến dược liệu, trà thảo mộc; 46 sản phẩm đạt chuẩn OCOP từ 3 sao trở lên, trong đó 9 sản phẩm 4 sao.

Tại xã Bản Khoang (thị xã Sa Pa), Hợp tác xã Dược liệu Suối Thầu đang vận hành 2 lò sấy nhiệt và một hệ thống sấy lạnh công suất 1,5 tấn/mẻ. Mỗi năm, HTX thu mua khoảng 300 tấn lá tắm, đương quy tươi của 126 hộ thành viên; doanh thu năm 2023 đạt 4,2 tỷ đồng. Lao động của HTX có thu nhập từ 6 đến 7,5 triệu đồng/người/tháng.

Theo Sở Nông nghiệp và Phát triển nông thôn, tỉnh phấn đấu đến năm 2025 đạt 5.500 ha cây dược liệu, trong đó ít nhất 40% diện tích được chứng nhận GACP-WHO; giá trị sản phẩm dược liệu chế biến đạt khoảng 1.200 tỷ đồng/năm.

Nguồn: Sở NN&PTNT Lào Cai
Bản quyền thuộc Cổng Thông tin điện tử tỉnh Lào Cai. Địa chỉ: Tầng 4, Khối 5, Đại lộ Trần Hưng Đạo, phường Nam Cường, TP Lào Cai.
"""

Y9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
SP = "Sa Pa"

FIGS = [
    fig("sấy khô hơn 1.800 tấn", "1.800", 1800, "measure", "tấn", approx="over",
        subject="dược liệu sơ chế, sấy khô"),
    fig("trồng mới 612 ha", "612", 612, "measure", "ha", percent=87.4,
        subject="diện tích cây dược liệu trồng mới", period=Y9),
    fig("lên 4.960 ha", "4.960", 4960, "measure", "ha", change=chg("increase", 6.5, "%", "cùng kỳ"),
        subject="tổng diện tích dược liệu", period=Y9),
    fig("có 1.420 ha", "1.420", 1420, "measure", "ha", total=4960, subject="diện tích dược liệu",
        period=inh(Y9), location="Bát Xát"),
    fig("Sa Pa 1.185 ha", "1.185", 1185, "measure", "ha", total=4960, subject="diện tích dược liệu",
        period=inh(Y9), location=SP),
    fig("Bắc Hà 860 ha", "860", 860, "measure", "ha", total=4960, subject="diện tích dược liệu",
        period=inh(Y9), location="Bắc Hà"),
    fig("ước đạt 7.240 tấn", "7.240", 7240, "measure", "tấn", status="estimate",
        change=chg("increase", 11.3, "%", "cùng kỳ"), subject="sản lượng dược liệu thu hoạch", period=inh(Y9)),
    fig("được 1.860 tấn", "1.860", 1860, "measure", "tấn",
        subject="dược liệu khô các cơ sở sơ chế, sấy khô", period=inh(Y9)),
    fig("có 38 hợp tác xã", "38", 38, "count", "hợp tác xã",
        subject="hợp tác xã tham gia chế biến dược liệu, trà thảo mộc"),
    fig("11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        subject="doanh nghiệp tham gia chế biến dược liệu, trà thảo mộc"),
    fig("46 sản phẩm", "46", 46, "count", "sản phẩm", subject="sản phẩm đạt chuẩn OCOP từ 3 sao trở lên"),
    fig("9 sản phẩm", "9", 9, "count", "sản phẩm", total=46, subject="sản phẩm OCOP 4 sao"),
    fig("2 lò sấy", "2", 2, "count", "lò sấy", subject="lò sấy nhiệt của Hợp tác xã Dược liệu Suối Thầu",
        location=SP),
    fig("và một hệ thống", "một", 1, "count", "hệ thống sấy lạnh", subject="hệ thống sấy lạnh của HTX",
        location=SP),
    fig("1,5 tấn/mẻ", "1,5", 1.5, "measure", "tấn/mẻ", subject="công suất hệ thống sấy lạnh", location=SP),
    fig("khoảng 300 tấn", "300", 300, "measure", "tấn", approx="about",
        subject="lá tắm, đương quy tươi HTX thu mua mỗi năm", location=SP),
    fig("126 hộ", "126", 126, "count", "hộ thành viên", subject="hộ thành viên của HTX", location=SP),
    fig("4,2 tỷ", "4,2", 4200000000, "money", "đồng", subject="doanh thu của HTX", period=Y23, location=SP),
    fig("từ 6 đến 7,5 triệu", "6", 6000000, "money", "đồng/người/tháng", value_max=7500000,
        subject="thu nhập lao động của HTX", location=SP),
    fig("đạt 5.500 ha", "5.500", 5500, "measure", "ha", status="target",
        subject="diện tích cây dược liệu", period=T25),
    fig("ít nhất 40%", "40", 40, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ diện tích dược liệu được chứng nhận GACP-WHO", period=T25),
    fig("khoảng 1.200 tỷ", "1.200", 1200000000000, "money", "đồng/năm", approx="about", status="target",
        subject="giá trị sản phẩm dược liệu chế biến", period=T25),
]

NOTES = [
    "Province portal (Lào Cai): breadcrumb, headline figure, 'Cập nhật: 08/10/2024 14:20 | Lượt xem: 2.317' (published).",
    "Parts after 'Trong đó' (next sentence) take the whole 4.960 ha; districts go to location (Sa Pa for 'thị xã Sa Pa').",
    "'OCOP từ 3 sao', '4 sao' are rating labels (not figures). 'Tầng 4, Khối 5' is an address.",
    "Cooperative passage in xã Bản Khoang (thị xã Sa Pa): its figures take location Sa Pa across three sentences.",
    "'Mỗi năm ... thu mua khoảng 300 tấn' keeps unit 'tấn' (the frequency goes to the subject).",
    "'ít nhất 40% diện tích' after 'trong đó' is a percent figure of its own (no total).",
]

if __name__ == "__main__":
    write("p1178-1", TEXT, NOTES, FIGS, published="2024-10-08", location="Lào Cai")
