"""p1244-2: district portal (huyện Lục Yên, Yên Bái): a ba ba gai cooperative's 2023 results; district's farmers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC YÊN - TỈNH YÊN BÁI
Trang chủ | Tin tức | Kinh tế | Văn bản chỉ đạo điều hành

HTX Thủy sản Minh Phát thu hơn 3 tỷ đồng từ ba ba gai
18/01/2024 - 08:40

Năm 2023, Hợp tác xã Thủy sản Minh Phát ở xã Minh Xuân xuất bán 7,2 tấn ba ba gai thương phẩm và 15.000 con giống, doanh thu đạt 3,4 tỷ đồng, tăng 18% so với năm 2022, vượt mục tiêu đề ra là 3 tỷ đồng.

Hợp tác xã được thành lập năm 2017 với 7 thành viên, nay đã có 23 thành viên, trong đó 9 thành viên là đồng bào dân tộc Tày. Tổng diện tích ao nuôi khoảng 4,5 ha, chia thành 36 ô nuôi; mật độ thả từ 1 đến 2 con/m2. Ba ba gai phải nuôi từ 3 đến 4 năm mới đạt trọng lượng 2-3 kg/con, giá bán tại ao từ 550.000 đồng/kg trở lên.

Ông Hoàng Văn Sình, Giám đốc HTX cho biết: "Thu nhập của thành viên hiện đạt bình quân 8,5 triệu đồng/người/tháng, cao gấp khoảng 2,5 lần so với trồng lúa". Năm 2024, HTX dự kiến mở rộng thêm 1,5 ha ao nuôi và xây dựng hai bể ấp trứng.

Toàn huyện hiện có 48 hộ nuôi ba ba với tổng diện tích 11,8 ha, gồm 31 hộ nuôi ba ba gai và 17 hộ nuôi ba ba hoa. Mục tiêu đến năm 2025, huyện có ít nhất 2 sản phẩm từ ba ba đạt chuẩn OCOP 3 sao trở lên.

Tin khác:
- Lục Yên: Tổng kết công tác khuyến nông năm 2023
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15

Địa chỉ: Tổ dân phố số 4, thị trấn Yên Thế, huyện Lục Yên. Điện thoại: 0216.3844.125
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y17 = per("năm 2017", "2017-01-01", "2017-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
HTX = "Hợp tác xã Thủy sản Minh Phát"

FIGS = [
    fig("thu hơn 3 tỷ", "3", 3e9, "money", "đồng", approx="over",
        subject="thu từ ba ba gai của HTX Thủy sản Minh Phát"),
    fig("xuất bán 7,2 tấn", "7,2", 7.2, "measure", "tấn",
        subject=f"ba ba gai thương phẩm {HTX} xuất bán", period=Y23),
    fig("15.000 con giống", "15.000", 15000, "count", "con giống",
        subject=f"con giống {HTX} xuất bán", period=Y23),
    fig("đạt 3,4 tỷ", "3,4", 3.4e9, "money", "đồng",
        change=chg("increase", 18, "%", "năm 2022"), target=tgt(3e9, "đồng", True),
        subject=f"doanh thu của {HTX}", period=Y23),
    fig("với 7 thành viên", "7", 7, "count", "thành viên",
        subject="thành viên hợp tác xã khi thành lập", period=Y17),
    fig("có 23 thành viên", "23", 23, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("trong đó 9 thành viên", "9", 9, "count", "thành viên", total=23,
        subject="thành viên là đồng bào dân tộc Tày"),
    fig("khoảng 4,5 ha", "4,5", 4.5, "measure", "ha", approx="about",
        subject="tổng diện tích ao nuôi của hợp tác xã"),
    fig("36 ô nuôi", "36", 36, "count", "ô nuôi", subject="ô nuôi"),
    fig("từ 1 đến 2 con/m2", "1", 1, "measure", "con/m2", value_max=2, subject="mật độ thả"),
    fig("từ 3 đến 4 năm", "3", 3, "measure", "năm", value_max=4, subject="thời gian nuôi ba ba gai"),
    fig("2-3 kg/con", "2", 2, "measure", "kg/con", value_max=3, subject="trọng lượng ba ba gai"),
    fig("từ 550.000 đồng/kg", "550.000", 550000, "money", "đồng/kg", approx="at_least",
        subject="giá bán ba ba gai tại ao"),
    fig("bình quân 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng",
        change=chg("increase", 2.5, "lần", "trồng lúa", approx="about"),
        subject="thu nhập bình quân của thành viên"),
    fig("thêm 1,5 ha", "1,5", 1.5, "measure", "ha", status="forecast",
        subject="diện tích ao nuôi HTX mở rộng thêm", period=Y24),
    fig("hai bể", "hai", 2, "count", "bể ấp trứng", status="forecast",
        subject="bể ấp trứng HTX xây dựng", period=Y24),
    fig("có 48 hộ", "48", 48, "count", "hộ", subject="hộ nuôi ba ba toàn huyện"),
    fig("tích 11,8 ha", "11,8", 11.8, "measure", "ha", subject="tổng diện tích nuôi ba ba toàn huyện"),
    fig("gồm 31 hộ", "31", 31, "count", "hộ", total=48, subject="hộ nuôi ba ba gai"),
    fig("và 17 hộ", "17", 17, "count", "hộ", total=48, subject="hộ nuôi ba ba hoa"),
    fig("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm từ ba ba đạt chuẩn OCOP 3 sao trở lên", period=T25),
]

NOTES = [
    "District portal (huyện Lục Yên, Yên Bái): banner, menu, '18/01/2024 - 08:40' under the headline, 'Tin khác', address footer.",
    "Distractors: 08:40, 'Tổ dân phố số 4', phone 0216.3844.125, 'lần thứ 15', 'OCOP 3 sao', founding 'năm 2017', 'năm 2023' in a link title.",
    "All figures are in huyện Lục Yên (xã Minh Xuân is a commune of it): location Lục Yên.",
    "'tăng 18% so với năm 2022' is the change and 'vượt mục tiêu đề ra là 3 tỷ đồng' the target (met) of the 3,4 tỷ revenue.",
    "'thành lập năm 2017 với 7 thành viên': the 7 members hold in 2017, so period năm 2017; 'nay đã có 23' has no period.",
    "'phải nuôi từ 3 đến 4 năm mới đạt' is the grow-out time as a claim (measure, năm), not a time locator.",
    "'từ 550.000 đồng/kg trở lên': 'trở lên' (and above) read as at_least.",
    "'cao gấp khoảng 2,5 lần so với trồng lúa' after the wage is its change (lần, about). 'dự kiến' governs both 2024 clauses (forecast).",
    "'gồm 31 hộ … và 17 hộ' are parts of 48 hộ.",
]

if __name__ == "__main__":
    write("p1244-2", TEXT, NOTES, FIGS, published="2024-01-18", location="Lục Yên")
