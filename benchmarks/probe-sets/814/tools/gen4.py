"""p814-4: ministry site (Bộ TT&TT, Cục Xuất bản, In và Phát hành): national publishing figures 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ / Tin tức / Xuất bản, In và Phát hành

Ngành xuất bản năm 2024: doanh thu vượt 4.300 tỷ đồng
Ngày đăng: 08/01/2025 | Lượt xem: 1.206

Theo Cục Xuất bản, In và Phát hành, năm 2024 cả nước có 57 nhà xuất bản đang hoạt động, xuất bản 38.250 xuất bản phẩm với hơn 612 triệu bản, tăng lần lượt 4,2% và 6,8% so với năm 2023. Tổng doanh thu của các nhà xuất bản ước đạt 4.310 tỷ đồng, đạt 104,5% kế hoạch; nộp ngân sách nhà nước khoảng 285 tỷ đồng.

Sách điện tử tiếp tục tăng trưởng mạnh với 4.860 xuất bản phẩm, chiếm 12,7%; doanh thu sách điện tử đạt khoảng 96 tỷ đồng, gấp 1,6 lần năm 2023.

Các nhà xuất bản có số bản in lớn nhất gồm Nhà xuất bản Giáo dục Việt Nam (hơn 298 triệu bản), Nhà xuất bản Kim Đồng (khoảng 31 triệu bản) và Nhà xuất bản Trẻ (19,5 triệu bản).

Mức hưởng thụ xuất bản phẩm bình quân đạt 6,1 bản/người/năm, tăng 0,3 bản so với năm trước. Cả nước hiện có 15.200 cơ sở phát hành và 1.470 cơ sở in xuất bản phẩm; 34/63 tỉnh, thành phố đã tổ chức đường sách hoặc phố sách.

Năm 2025, ngành đặt mục tiêu đạt 650 triệu bản, mức hưởng thụ 6,5 bản/người/năm và nâng tỷ lệ xuất bản phẩm điện tử lên 15%. Cục cũng sẽ phối hợp tổ chức Ngày Sách và Văn hóa đọc Việt Nam lần thứ 4 với khoảng 200 đơn vị dự kiến tham gia.

Cục Xuất bản, In và Phát hành - Địa chỉ: số 65 Tràng Thi, quận Hoàn Kiếm, Hà Nội - Điện thoại: 024.3942.7163
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("vượt 4.300 tỷ đồng", "4.300", 4300e9, "money", "đồng",
      "doanh thu ngành xuất bản", P("năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("có 57 nhà xuất bản", "57", 57, "count", "nhà xuất bản",
      "nhà xuất bản đang hoạt động", Y24),
    F("xuất bản 38.250 xuất bản phẩm", "38.250", 38250, "count", "xuất bản phẩm",
      "xuất bản phẩm được xuất bản", Y24, change=C("increase", 4.2, "%", "năm 2023")),
    F("hơn 612 triệu bản", "612", 612e6, "count", "bản",
      "bản xuất bản phẩm", Y24, approx="over", change=C("increase", 6.8, "%", "năm 2023")),
    F("ước đạt 4.310 tỷ đồng", "4.310", 4310e9, "money", "đồng",
      "tổng doanh thu của các nhà xuất bản", I(Y24), status="estimate", percent=104.5),
    F("khoảng 285 tỷ đồng", "285", 285e9, "money", "đồng",
      "nộp ngân sách nhà nước", I(Y24), approx="about", status="estimate"),
    F("với 4.860 xuất bản phẩm", "4.860", 4860, "count", "xuất bản phẩm",
      "sách điện tử", I(Y24), percent=12.7),
    F("khoảng 96 tỷ đồng", "96", 96e9, "money", "đồng",
      "doanh thu sách điện tử", I(Y24), approx="about",
      change=C("increase", 1.6, "lần", "năm 2023")),
    F("(hơn 298 triệu bản)", "298", 298e6, "count", "bản",
      "số bản in của Nhà xuất bản Giáo dục Việt Nam", I(Y24), approx="over"),
    F("(khoảng 31 triệu bản)", "31", 31e6, "count", "bản",
      "số bản in của Nhà xuất bản Kim Đồng", I(Y24), approx="about"),
    F("(19,5 triệu bản)", "19,5", 19.5e6, "count", "bản",
      "số bản in của Nhà xuất bản Trẻ", I(Y24)),
    F("đạt 6,1 bản", "6,1", 6.1, "measure", "bản/người/năm",
      "mức hưởng thụ xuất bản phẩm bình quân", I(Y24),
      change=C("increase", 0.3, "bản", "năm trước")),
    F("có 15.200 cơ sở", "15.200", 15200, "count", "cơ sở phát hành", "cơ sở phát hành"),
    F("1.470 cơ sở in", "1.470", 1470, "count", "cơ sở in", "cơ sở in xuất bản phẩm"),
    F("34/63 tỉnh", "34", 34, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã tổ chức đường sách hoặc phố sách", total=63),
    F("đạt 650 triệu bản", "650", 650e6, "count", "bản",
      "bản xuất bản phẩm", Y25, status="target"),
    F("hưởng thụ 6,5 bản", "6,5", 6.5, "measure", "bản/người/năm",
      "mức hưởng thụ xuất bản phẩm", Y25, status="target"),
    F("lên 15%", "15", 15, "percent", "%",
      "tỷ lệ xuất bản phẩm điện tử", Y25, status="target"),
    F("khoảng 200 đơn vị", "200", 200, "count", "đơn vị",
      "đơn vị tham gia Ngày Sách và Văn hóa đọc Việt Nam lần thứ 4", I(Y25),
      approx="about", status="forecast"),
]

NOTES = [
    "Bộ TT&TT (Cục Xuất bản, In và Phát hành): national publishing results 2024 and 2025 targets. National: location Việt Nam.",
    "Not figures: 'Ngày đăng: 08/01/2025', 'Lượt xem: 1.206', 'lần thứ 4', address 'số 65 Tràng Thi', phone 024.3942.7163.",
    "'tăng lần lượt 4,2% và 6,8%' distributes one change to each of 38.250 xuất bản phẩm and 612 triệu bản.",
    "'đạt 104,5% kế hoạch' after 4.310 tỷ is its percent; 'ước đạt' governs the continuing clause 'nộp ngân sách ... khoảng 285 tỷ'.",
    "'chiếm 12,7%' names no whole number: percent 12,7, no total. 'gấp 1,6 lần năm 2023' follows a money figure: its change (unit lần), not a multiple.",
    "Publishers in a list are not places: location stays Việt Nam; the indicator 'số bản in' goes into the subject.",
    "'hiện có' stock figures and 34/63 get no period. Headline 'năm 2024' is stated in the headline: scored.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, NOTES, published="2025-01-08", location="Việt Nam")
