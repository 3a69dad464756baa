"""p1144-7: department site (Sở VHTTDL Đồng Tháp), no dateline, Sa Đéc flower village, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ĐỒNG THÁP
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính

Làng hoa Sa Đéc hút khách dịp lễ hội mùa Xuân

Lễ hội Làng hoa Sa Đéc năm 2025 diễn ra từ ngày 18/1 đến ngày 2/2/2025 tại phường Tân Quy Đông, thành phố Sa Đéc với 120 gian hàng của hơn 70 nhà vườn, trưng bày khoảng 2.000 loại hoa kiểng. Trong thời gian lễ hội, làng hoa đón trên 350.000 lượt khách, tăng 12% so với năm trước; doanh thu bán hoa kiểng và dịch vụ ước đạt 180 tỷ đồng.

Làng hoa hiện có 820 ha hoa kiểng với khoảng 3.500 hộ trồng; năm 2024 cung ứng ra thị trường khoảng 70 triệu sản phẩm.

Lượt khách đến các điểm du lịch hoa kiểng trên địa bàn tỉnh:
Đơn vị tính: lượt khách
Địa bàn
Năm 2023
Năm 2024
Thành phố Sa Đéc
1.250.000
1.430.000
Thành phố Cao Lãnh
410.000
465.000
Huyện Tháp Mười
185.000
226.000
Tổng số
1.845.000
2.121.000

Năm 2025, ngành du lịch tỉnh phấn đấu các điểm du lịch hoa kiểng đón 2,4 triệu lượt khách và tổ chức ít nhất 3 lễ hội, sự kiện gắn với hoa kiểng. Dịp lễ hội, lực lượng chức năng bố trí 180 người trực bảo đảm an ninh, trật tự và 4 bãi giữ xe miễn phí.

Tin liên quan:
- Hội thi cắm hoa nghệ thuật lần thứ 3
- Đón đoàn famtrip khảo sát làng hoa Sa Đéc

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ĐỒNG THÁP
Địa chỉ: Số 2 Tôn Đức Thắng, Phường 1, TP Cao Lãnh, tỉnh Đồng Tháp
Điện thoại: 0277.3851.424
Tổng lượt truy cập: 2.305.118 | Đang trực tuyến: 41
"""

FEST = P("từ ngày 18/1 đến ngày 2/2/2025", "2025-01-18", "2025-02-02")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24s = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
SD = "Sa Đéc"
CAP = "lượt khách đến các điểm du lịch hoa kiểng"


def cell(anchor, number, value, row, col, period, location):
    subj = f"{CAP} {row} {col}" if row else f"{CAP} {col}"
    return F(anchor, number, value, "count", "lượt khách", subject=subj.strip(), period=period,
             location=location)


FIGS = [
    F("với 120 gian hàng", "120", 120, "count", "gian hàng", subject="gian hàng Lễ hội Làng hoa Sa Đéc",
      period=FEST, location=SD),
    F("hơn 70 nhà vườn", "70", 70, "count", "nhà vườn", approx="over", subject="nhà vườn có gian hàng",
      period=FEST, location=SD),
    F("khoảng 2.000 loại", "2.000", 2000, "count", "loại hoa kiểng", approx="about",
      subject="loại hoa kiểng trưng bày", period=FEST, location=SD),
    F("trên 350.000 lượt", "350.000", 350000, "count", "lượt khách", approx="over",
      change=C("increase", 12, "%", "năm trước"), subject="lượt khách làng hoa đón", period=I(FEST),
      location=SD),
    F("ước đạt 180 tỷ", "180", 180e9, "money", "đồng", status="estimate",
      subject="doanh thu bán hoa kiểng và dịch vụ", period=I(FEST), location=SD),
    F("có 820 ha", "820", 820, "measure", "ha", subject="diện tích hoa kiểng làng hoa", location=SD),
    F("khoảng 3.500 hộ", "3.500", 3500, "count", "hộ", approx="about", subject="hộ trồng hoa kiểng",
      location=SD),
    F("khoảng 70 triệu", "70", 70e6, "count", "sản phẩm", approx="about",
      subject="sản phẩm cung ứng ra thị trường", period=Y24s, location=SD),
    cell("Sa Đéc\n1.250.000", "1.250.000", 1250000, "", "năm 2023", Y23, "Sa Đéc"),
    cell("1.250.000\n1.430.000", "1.430.000", 1430000, "", "năm 2024", Y24, "Sa Đéc"),
    cell("Cao Lãnh\n410.000", "410.000", 410000, "", "năm 2023", Y23, "Cao Lãnh"),
    cell("410.000\n465.000", "465.000", 465000, "", "năm 2024", Y24, "Cao Lãnh"),
    cell("Tháp Mười\n185.000", "185.000", 185000, "", "năm 2023", Y23, "Tháp Mười"),
    cell("185.000\n226.000", "226.000", 226000, "", "năm 2024", Y24, "Tháp Mười"),
    cell("Tổng số\n1.845.000", "1.845.000", 1845000, "tổng số", "năm 2023", Y23, "Đồng Tháp"),
    cell("1.845.000\n2.121.000", "2.121.000", 2121000, "tổng số", "năm 2024", Y24, "Đồng Tháp"),
    F("đón 2,4 triệu", "2,4", 2.4e6, "count", "lượt khách", status="target",
      subject="lượt khách các điểm du lịch hoa kiểng", period=Y25),
    F("ít nhất 3 lễ hội", "3", 3, "count", "lễ hội, sự kiện", approx="at_least", status="target",
      subject="lễ hội, sự kiện gắn với hoa kiểng", period=Y25),
    F("bố trí 180 người", "180", 180, "count", "người", subject="người trực bảo đảm an ninh, trật tự", location=SD),
    F("4 bãi giữ xe", "4", 4, "count", "bãi giữ xe", subject="bãi giữ xe miễn phí", location=SD),
]

NOTES = [
    "Department site (Sở VHTTDL Đồng Tháp) with no dateline: menu, related links, footer address, phone, 'Tổng lượt truy cập', 'Đang trực tuyến'. published = none.",
    "The festival is placed 'tại phường Tân Quy Đông, thành phố Sa Đéc': its figures and the following sentences about the flower village are Sa Đéc.",
    "One-cell-per-line table, 'Đơn vị tính: lượt khách'; rows are places (→ location), so the subject is the caption's indicator + column label;",
    "'Tổng số' row keeps Đồng Tháp and adds 'tổng số'. Periods come from the column headers (Năm 2023 / Năm 2024).",
    "Distractors: 'lần thứ 3', 'Số 2 Tôn Đức Thắng', 'Phường 1', phone '0277.3851.424', counters '2.305.118', '41', dates 18/1 and 2/2/2025.",
    "Security staff and parking lots 'Dịp lễ hội' have no stated period (the 2025 target sentence before them is a different clause of plans).",
    "Revised after the first run: security staff and parking lots serve the Sa Đéc festival, so Sa Đéc (was Đồng Tháp; inconsistent with p1144-8).",
]

if __name__ == "__main__":
    write("p1144-7", TEXT, NOTES, FIGS, location="Đồng Tháp")
