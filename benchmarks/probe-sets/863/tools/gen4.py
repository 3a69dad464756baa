"""p863-4: Ministry of Information and Communications site, national press figures for 2024 (2025-01-07)."""
from lib import F, write, period, inherit, change

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ > Tin tức > Báo chí - Xuất bản
Ngày đăng: 07/01/2025 | 16:40

Báo chí địa phương đẩy mạnh chuyển đổi số trong năm 2024

Theo Cục Báo chí, tính đến ngày 31/12/2024, cả nước có 804 cơ quan báo chí, gồm 138 báo và 666 tạp chí; 72 cơ quan có giấy phép hoạt động phát thanh, truyền hình với 195 kênh. Số người được cấp thẻ nhà báo là 21.142 người, trong đó khối báo chí địa phương chiếm khoảng 38%.

Thực hiện Quy hoạch phát triển và quản lý báo chí toàn quốc theo Quyết định số 362/QĐ-TTg, đã có 12 địa phương hợp nhất báo in và đài phát thanh, truyền hình thành cơ quan báo chí đa phương tiện, gồm Quảng Ninh, Bà Rịa - Vũng Tàu, Bình Dương, Hậu Giang...; số tạp chí địa phương giảm từ 92 xuống còn 61.

Năm 2024, doanh thu của toàn ngành báo chí ước đạt 5.860 tỷ đồng, giảm 4,3% so với năm 2023; trong đó doanh thu của khối báo chí địa phương khoảng 1.270 tỷ đồng, chiếm 21,7%. Có 59 cơ quan báo chí tự chủ chi thường xuyên, tăng 8 cơ quan so với năm trước.

Trong năm 2024, các báo điện tử địa phương có lượng truy cập lớn nhất lần lượt là Báo Quảng Ninh (khoảng 210 triệu lượt), Báo Nghệ An (176 triệu lượt) và Báo Đà Nẵng (154 triệu lượt). Bình quân mỗi cơ quan báo chí địa phương có 3,6 kênh, tài khoản trên các nền tảng mạng xã hội.

Mục tiêu đến năm 2025, 100% cơ quan báo chí địa phương hoàn thành chuyển đổi số; ít nhất 50% cơ quan báo chí có doanh thu từ nội dung số.

Phòng Thông tin - Cục Báo chí
Địa chỉ: 18 Nguyễn Du, Hai Bà Trưng, Hà Nội | Điện thoại: 024.3943.7191
"""

ASOF = period("tính đến ngày 31/12/2024", None, "2024-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
IN24 = period("Trong năm 2024", "2024-01-01", "2024-12-31")
TO25 = period("đến năm 2025", None, "2025-12-31")
VIEWS = "lượng truy cập báo điện tử địa phương"

FIGS = [
    F("có 804 cơ quan báo chí", "804", 804, "count", "cơ quan báo chí", "cơ quan báo chí", ASOF),
    F("gồm 138 báo", "138", 138, "count", "báo", "báo", ASOF, total=804),
    F("và 666 tạp chí", "666", 666, "count", "tạp chí", "tạp chí", ASOF, total=804),
    F("72 cơ quan có giấy phép", "72", 72, "count", "cơ quan",
      "cơ quan có giấy phép hoạt động phát thanh, truyền hình", ASOF),
    F("với 195 kênh", "195", 195, "count", "kênh", "kênh phát thanh, truyền hình", ASOF),
    F("là 21.142 người", "21.142", 21142, "count", "người", "người được cấp thẻ nhà báo",
      inherit(ASOF)),
    F("khoảng 38%", "38", 38, "percent", "%",
      "khối báo chí địa phương trong số người được cấp thẻ nhà báo", inherit(ASOF), approx="about"),
    F("có 12 địa phương", "12", 12, "count", "địa phương",
      "địa phương hợp nhất báo in và đài phát thanh, truyền hình thành cơ quan báo chí đa phương tiện"),
    F("giảm từ 92", "92", 92, "count", "tạp chí", "tạp chí địa phương trước sắp xếp", optional=True),
    F("xuống còn 61", "61", 61, "count", "tạp chí", "tạp chí địa phương"),
    F("ước đạt 5.860 tỷ đồng", "5.860", 5.86e12, "money", "đồng",
      "doanh thu của toàn ngành báo chí", Y24, status="estimate",
      change=change("decrease", 4.3, "%", "năm 2023")),
    F("khoảng 1.270 tỷ đồng", "1.270", 1.27e12, "money", "đồng",
      "doanh thu của khối báo chí địa phương", Y24, approx="about", total=5.86e12, percent=21.7,
      status="estimate"),
    F("Có 59 cơ quan báo chí", "59", 59, "count", "cơ quan báo chí",
      "cơ quan báo chí tự chủ chi thường xuyên", inherit(Y24),
      change=change("increase", 8, "cơ quan", "năm trước")),
    F("(khoảng 210 triệu lượt)", "210", 210e6, "count", "lượt", VIEWS, IN24, approx="about",
      location="Quảng Ninh"),
    F("(176 triệu lượt)", "176", 176e6, "count", "lượt", VIEWS, IN24, location="Nghệ An"),
    F("(154 triệu lượt)", "154", 154e6, "count", "lượt", VIEWS, IN24, location="Đà Nẵng"),
    F("có 3,6 kênh", "3,6", 3.6, "measure", "kênh, tài khoản",
      "kênh, tài khoản trên các nền tảng mạng xã hội bình quân mỗi cơ quan báo chí địa phương"),
    F("2025, 100% cơ quan", "100", 100, "percent", "%",
      "cơ quan báo chí địa phương hoàn thành chuyển đổi số", TO25, status="target"),
    F("ít nhất 50%", "50", 50, "percent", "%", "cơ quan báo chí có doanh thu từ nội dung số", TO25,
      approx="at_least", status="target"),
]

NOTES = [
    "Ministry site (Bộ TT&TT): national figures on the press (location Việt Nam) and the three local papers",
    "with most page views, each placed in the province whose paper it is (Quảng Ninh, Nghệ An, Đà Nẵng).",
    "The provinces listed after '12 địa phương' do not make that national count provincial.",
    "Not figures: 'Ngày đăng: 07/01/2025 | 16:40', 'Quyết định số 362/QĐ-TTg', address '18 Nguyễn Du', phone.",
    "'giảm từ 92 xuống còn 61': 61 is the claim; 92 (the earlier count, a baseline) is optional; no change value is stated.",
    "'khoảng 38%' after 'trong đó khối báo chí địa phương chiếm' is a share of card holders: a percent figure.",
    "'3,6 kênh, tài khoản' is an average per agency: measure.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, published="2025-01-07", location="Việt Nam", notes=NOTES)
