"""p1153-4: ministry site (Bộ TT&TT), national publishing and book-distribution market in 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ > Tin tức - Sự kiện > Xuất bản, In và Phát hành

Thị trường xuất bản phẩm năm 2023: doanh thu tăng hơn 8%

Ngày đăng: 15/03/2024 | Lượt xem: 1.062

Theo Cục Xuất bản, In và Phát hành, năm 2023 cả nước có 57 nhà xuất bản hoạt động, xuất bản 35.412 xuất bản phẩm với khoảng 598 triệu bản; doanh thu toàn ngành ước đạt 3.890 tỷ đồng, tăng 8,3% so với năm 2022.

Về phát hành, cả nước hiện có hơn 3.600 cơ sở kinh doanh phát hành xuất bản phẩm, trong đó khoảng 220 doanh nghiệp có hệ thống từ 3 nhà sách trở lên. Các địa phương có nhiều cơ sở phát hành nhất lần lượt là TP Hồ Chí Minh (612 cơ sở), Hà Nội (548 cơ sở) và Đà Nẵng (97 cơ sở).

Kênh thương mại điện tử tiếp tục tăng trưởng mạnh: năm 2023, doanh thu bán sách trực tuyến chiếm khoảng 28% tổng doanh thu phát hành, cao hơn 5 điểm phần trăm so với năm 2022. Hội sách trực tuyến quốc gia lần thứ 4 thu hút hơn 1,2 triệu lượt truy cập với 86 đơn vị tham gia.

Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam, 63/63 tỉnh, thành phố đã tổ chức hội sách, ngày hội đọc sách; riêng trong tháng 4/2023, doanh thu bán sách tại các hội sách đạt khoảng 95 tỷ đồng.

Theo Chiến lược phát triển ngành xuất bản đến năm 2030, số bản sách bình quân đạt 7 bản/người/năm; phấn đấu 50% nhà sách ứng dụng phần mềm quản lý và bán hàng trực tuyến.

CỔNG THÔNG TIN ĐIỆN TỬ BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Địa chỉ: 18 Nguyễn Du, quận Hai Bà Trưng, Hà Nội | Điện thoại: 024.3943.7588
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
APR = P("tháng 4/2023", "2023-04-01", "2023-04-30")
TO30 = P("đến năm 2030", None, "2030-12-31")
LIST = "cơ sở kinh doanh phát hành xuất bản phẩm"

FIGS = [
    F("tăng hơn 8%", "8", 8, "percent", "%", approx="over",
      subject="doanh thu thị trường xuất bản phẩm", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("có 57 nhà xuất bản", "57", 57, "count", "nhà xuất bản", subject="nhà xuất bản hoạt động", period=Y23),
    F("xuất bản 35.412", "35.412", 35412, "count", "xuất bản phẩm", subject="xuất bản phẩm được xuất bản",
      period=Y23),
    F("khoảng 598 triệu", "598", 598000000, "count", "bản", approx="about",
      subject="bản xuất bản phẩm", period=Y23),
    F("ước đạt 3.890 tỷ", "3.890", 3890000000000, "money", "đồng", status="estimate",
      change=C("increase", 8.3, "%", "năm 2022"), subject="doanh thu toàn ngành xuất bản", period=Y23),
    F("hơn 3.600 cơ sở", "3.600", 3600, "count", "cơ sở", approx="over", subject=LIST),
    F("khoảng 220 doanh nghiệp", "220", 220, "count", "doanh nghiệp", approx="about", total=3600,
      subject="doanh nghiệp có hệ thống từ 3 nhà sách trở lên"),
    F("từ 3 nhà sách", "3", 3, "count", "nhà sách", approx="at_least", optional=True,
      subject="nhà sách trong hệ thống"),
    F("(612 cơ sở)", "612", 612, "count", "cơ sở", subject=LIST, location="TP Hồ Chí Minh"),
    F("(548 cơ sở)", "548", 548, "count", "cơ sở", subject=LIST, location="Hà Nội"),
    F("(97 cơ sở)", "97", 97, "count", "cơ sở", subject=LIST, location="Đà Nẵng"),
    F("khoảng 28%", "28", 28, "percent", "%", approx="about",
      change=C("increase", 5, "điểm phần trăm", "năm 2022"),
      subject="tỷ trọng doanh thu bán sách trực tuyến trong tổng doanh thu phát hành", period=Y23),
    F("hơn 1,2 triệu", "1,2", 1200000, "count", "lượt truy cập", approx="over",
      subject="lượt truy cập Hội sách trực tuyến quốc gia", period=I(Y23)),
    F("với 86 đơn vị", "86", 86, "count", "đơn vị", subject="đơn vị tham gia Hội sách trực tuyến quốc gia",
      period=I(Y23)),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố tổ chức hội sách, ngày hội đọc sách"),
    F("khoảng 95 tỷ", "95", 95000000000, "money", "đồng", approx="about",
      subject="doanh thu bán sách tại các hội sách", period=APR),
    F("đạt 7 bản", "7", 7, "measure", "bản/người/năm", status="target",
      subject="số bản sách bình quân", period=TO30),
    F("phấn đấu 50%", "50", 50, "percent", "%", status="target",
      subject="nhà sách ứng dụng phần mềm quản lý và bán hàng trực tuyến", period=TO30),
]

NOTES = [
    "Ministry site (Bộ TT&TT): breadcrumb, 'Ngày đăng: 15/03/2024 | Lượt xem: 1.062' (published), address/phone footer. National: Việt Nam.",
    "Headline 'doanh thu tăng hơn 8%' is a growth rate standing as the claim: percent, no change; its line states 'năm 2023'.",
    "'lần lượt là TP Hồ Chí Minh (612 cơ sở), Hà Nội (548 cơ sở) và Đà Nẵng (97 cơ sở)': list items share the indicator; places → location. No total (a top list).",
    "'khoảng 220 doanh nghiệp' after 'trong đó' is part of the 3.600 cơ sở. 'từ 3 nhà sách trở lên' is a category threshold (optional).",
    "'khoảng 28% …, cao hơn 5 điểm phần trăm so với năm 2022': the gap is the change of the 28%.",
    "Period of the e-fair figures inherited from the previous sentence of the paragraph ('năm 2023'). 63/63 gets no period (the 'riêng trong",
    "tháng 4/2023' clause narrows only the 95 tỷ). 'đến năm 2030' (in the strategy's title) governs both targets after ';'.",
    "Distractors: 'lần thứ 4', '18 Nguyễn Du', phone 024.3943.7588, view counter 1.062.",
    "revised after the first run: headline 8% subject 'tăng trưởng doanh thu …' → 'doanh thu thị trường xuất bản phẩm' (a growth rate's",
    "subject names the indicator, not the growth: FIGURES.md 'GRDP ước tăng 3,02%', shared gold h-set).",
]

if __name__ == "__main__":
    write("p1153-4", TEXT, NOTES, FIGS, published="2024-03-15", location="Việt Nam")
