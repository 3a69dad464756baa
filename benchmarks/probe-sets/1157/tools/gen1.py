"""p1157-1: Sơn La province portal, roasting establishments as of 31/8/2024 and an HTX in Mai Sơn."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp

Sơn La: Hơn 120 cơ sở rang xay, chế biến sâu cà phê

Cập nhật: 12/09/2024 08:30 | Lượt xem: 2.417

(sonla.gov.vn) - Tính đến ngày 31/8/2024, toàn tỉnh có 124 cơ sở rang xay, chế biến sâu cà phê, tăng 19 cơ sở so với cuối năm 2023. Trong đó, 11 cơ sở sản xuất cà phê đặc sản và 37 cơ sở có sản phẩm đạt chuẩn OCOP.

8 tháng năm 2024, các cơ sở đã rang xay khoảng 1.850 tấn cà phê thành phẩm, đạt 71,2% kế hoạch năm, tăng 16,4% so với cùng kỳ; doanh thu ước đạt 312 tỷ đồng. Cơ sở rang xay tập trung chủ yếu tại TP Sơn La (46 cơ sở), huyện Mai Sơn (39 cơ sở) và huyện Thuận Châu (21 cơ sở).

Hiện toàn tỉnh có 21.500 ha cà phê arabica, trong đó diện tích cho thu hoạch 19.200 ha; niên vụ 2023-2024, sản lượng cà phê nhân đạt gần 47.000 tấn. Tỷ lệ cà phê được chế biến sâu mới chiếm khoảng 9,5% sản lượng, thấp hơn nhiều so với mục tiêu 20% vào năm 2025.

Tại huyện Mai Sơn, Hợp tác xã Dịch vụ nông nghiệp Chiềng Ban đầu tư dây chuyền rang xay công suất 500 kg/ngày. Năm 2023, hợp tác xã tiêu thụ 42 tấn cà phê rang xay, trong đó 6,5 tấn cà phê đặc sản có điểm cupping từ 80 đến 84 điểm, giá bán từ 450.000 đến 600.000 đồng/kg, cao gấp 3 lần cà phê thương mại. Hợp tác xã tạo việc làm thường xuyên cho 28 lao động, thu nhập bình quân 7,2 triệu đồng/người/tháng.

Các cơ sở đầu tư máy rang, máy xay được hỗ trợ tối đa 50% kinh phí, không quá 300 triệu đồng/cơ sở theo Nghị quyết số 21/2021/NQ-HĐND. Năm 2025, tỉnh phấn đấu có 150 cơ sở rang xay, chế biến cà phê, trong đó ít nhất 15 cơ sở sản xuất cà phê đặc sản; tổ chức Lễ hội cà phê Sơn La lần thứ 2.
"""

ASOF = P("Tính đến ngày 31/8/2024", None, "2024-08-31")
M8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
NV = P("niên vụ 2023-2024", "2023-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
LIST = "cơ sở rang xay cà phê"
HTX = "Mai Sơn"

FIGS = [
    F("Hơn 120 cơ sở", "120", 120, "count", "cơ sở", approx="over",
      subject="cơ sở rang xay, chế biến sâu cà phê"),
    F("có 124 cơ sở", "124", 124, "count", "cơ sở", change=C("increase", 19, "cơ sở", "cuối năm 2023"),
      subject="cơ sở rang xay, chế biến sâu cà phê", period=ASOF),
    F("11 cơ sở sản xuất", "11", 11, "count", "cơ sở", total=124,
      subject="cơ sở sản xuất cà phê đặc sản", period=I(ASOF)),
    F("37 cơ sở có", "37", 37, "count", "cơ sở", total=124,
      subject="cơ sở có sản phẩm đạt chuẩn OCOP", period=I(ASOF)),
    F("khoảng 1.850 tấn", "1.850", 1850, "measure", "tấn", approx="about", percent=71.2,
      change=C("increase", 16.4, "%", "cùng kỳ"),
      subject="cà phê thành phẩm rang xay", period=M8),
    F("ước đạt 312 tỷ", "312", 312e9, "money", "đồng", status="estimate",
      subject="doanh thu các cơ sở rang xay", period=M8),
    F("Sơn La (46 cơ sở)", "46", 46, "count", "cơ sở", subject=LIST, period=I(ASOF), location="Sơn La"),
    F("Mai Sơn (39 cơ sở)", "39", 39, "count", "cơ sở", subject=LIST, period=I(ASOF), location="Mai Sơn"),
    F("Thuận Châu (21 cơ sở)", "21", 21, "count", "cơ sở", subject=LIST, period=I(ASOF), location="Thuận Châu"),
    F("có 21.500 ha", "21.500", 21500, "measure", "ha", subject="diện tích cà phê arabica"),
    F("thu hoạch 19.200 ha", "19.200", 19200, "measure", "ha", total=21500,
      subject="diện tích cà phê arabica cho thu hoạch"),
    F("gần 47.000 tấn", "47.000", 47000, "measure", "tấn", approx="nearly",
      subject="sản lượng cà phê nhân", period=NV),
    F("khoảng 9,5%", "9,5", 9.5, "percent", "%", approx="about", target=T(20, "%", False),
      subject="tỷ lệ cà phê được chế biến sâu"),
    F("công suất 500 kg/ngày", "500", 500, "measure", "kg/ngày",
      subject="công suất dây chuyền rang xay của hợp tác xã", location=HTX),
    F("tiêu thụ 42 tấn", "42", 42, "measure", "tấn", subject="cà phê rang xay hợp tác xã tiêu thụ",
      period=Y23, location=HTX),
    F("6,5 tấn", "6,5", 6.5, "measure", "tấn", total=42, subject="cà phê đặc sản hợp tác xã tiêu thụ",
      period=Y23, location=HTX),
    F("từ 80 đến 84 điểm", "80", 80, "measure", "điểm", value_max=84,
      subject="điểm cupping cà phê đặc sản", period=Y23, location=HTX),
    F("từ 450.000 đến", "450.000", 450000, "money", "đồng/kg", value_max=600000,
      change=C("increase", 3, "lần", "cà phê thương mại"),
      subject="giá bán cà phê đặc sản", period=Y23, location=HTX),
    F("cho 28 lao động", "28", 28, "count", "lao động",
      subject="lao động có việc làm thường xuyên tại hợp tác xã", location=HTX),
    F("7,2 triệu", "7,2", 7.2e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động hợp tác xã", location=HTX),
    F("tối đa 50%", "50", 50, "percent", "%", approx="at_most",
      subject="mức hỗ trợ kinh phí đầu tư máy rang, máy xay"),
    F("không quá 300 triệu", "300", 300e6, "money", "đồng/cơ sở", approx="at_most",
      subject="mức hỗ trợ kinh phí đầu tư máy rang, máy xay"),
    F("có 150 cơ sở", "150", 150, "count", "cơ sở", status="target",
      subject="cơ sở rang xay, chế biến cà phê", period=Y25),
    F("ít nhất 15 cơ sở", "15", 15, "count", "cơ sở", approx="at_least", total=150, status="target",
      subject="cơ sở sản xuất cà phê đặc sản", period=Y25),
]

NOTES = [
    "Province portal (Sơn La): breadcrumb, 'Cập nhật: 12/09/2024 08:30 | Lượt xem: 2.417', tag '(sonla.gov.vn) -'.",
    "Distractors: view counter 2.417, time 08:30, Nghị quyết số 21/2021/NQ-HĐND, 'lần thứ 2' (ordinal), 'cuối năm 2023' (baseline).",
    "District list 46+39+21 = 106 does not add up to 124 ('tập trung chủ yếu tại'): no total. '11 ... và 37' after 'Trong đó' take 124.",
    "'mục tiêu 20% vào năm 2025' is the target attribute of 9,5% (met false: 'thấp hơn nhiều'), not a figure of its own.",
    "'cao gấp 3 lần cà phê thương mại' after the price range is its change (3 lần); 'niên vụ 2023-2024' read like 'giai đoạn' (2023-01-01..2024-12-31).",
    "HTX passage is placed in huyện Mai Sơn: its figures take location Mai Sơn. Support rule (tối đa 50%, không quá 300 triệu) is actual, no period.",
]

if __name__ == "__main__":
    write("p1157-1", TEXT, NOTES, FIGS, published="2024-09-12", location="Sơn La")
