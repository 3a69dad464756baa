from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
CỤC DU LỊCH QUỐC GIA VIỆT NAM
Trang chủ > Tin tức > Tin du lịch

Du lịch cắm trại, glamping: xu hướng mới cần quản lý chặt chẽ

05/03/2025 | 10:20

Theo số liệu tổng hợp của Cục Du lịch Quốc gia Việt Nam từ các địa phương, tính đến hết năm 2024, cả nước có khoảng 1.260 khu, điểm kinh doanh dịch vụ cắm trại và glamping, gấp 2,4 lần so với năm 2021. Các địa phương có nhiều điểm nhất lần lượt là Lâm Đồng (186 điểm), Lào Cai (94 điểm), Sơn La (81 điểm) và Hà Nội (77 điểm).

Năm 2024, các khu cắm trại, glamping trên cả nước phục vụ ước khoảng 4,8 triệu lượt khách, chiếm khoảng 4,2% tổng lượt khách du lịch nội địa; tổng thu ước đạt gần 2.900 tỷ đồng. Khách trong độ tuổi từ 18 đến 35 chiếm trên 70%. Mức chi tiêu bình quân của khách cắm trại khoảng 650.000 đồng/người/ngày, thấp hơn khoảng 40% so với khách lưu trú tại khách sạn 3 sao.

Bên cạnh kết quả tích cực, qua kiểm tra tại 12 tỉnh, thành phố, đoàn công tác của Bộ ghi nhận khoảng 35% số điểm cắm trại chưa đăng ký kinh doanh, nhiều điểm xây dựng trái phép trên đất rừng, đất nông nghiệp. Riêng năm 2024 đã xảy ra 7 vụ tai nạn, sự cố tại các khu cắm trại ven suối, hồ, làm 4 người tử vong.

Để phát triển loại hình này an toàn, bền vững, Cục Du lịch Quốc gia Việt Nam đề nghị các địa phương hướng dẫn cơ sở thực hiện đúng Luật Du lịch 2017 và Nghị định số 168/2017/NĐ-CP; phấn đấu đến năm 2026 có 100% khu, điểm cắm trại đăng ký kinh doanh và mua bảo hiểm cho khách. Dự kiến năm 2025, lượt khách cắm trại, glamping cả nước đạt khoảng 5,5 triệu lượt, tăng 15% so với năm 2024.

Cục Du lịch Quốc gia Việt Nam - 80 Quán Sứ, Hoàn Kiếm, Hà Nội - ĐT: 024.3942.3760
"""

ASOF = P("tính đến hết năm 2024", None, "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SITES = "khu, điểm kinh doanh dịch vụ cắm trại và glamping"

FIGS = [
    F("khoảng 1.260 khu", "1.260", 1260, "count", "khu, điểm kinh doanh dịch vụ cắm trại và glamping", approx="about",
      change=C("increase", 2.4, "lần", "năm 2021"), subject=SITES, period=ASOF),
    F("Lâm Đồng (186 điểm)", "186", 186, "count", "điểm", subject=SITES, period=I(ASOF), location="Lâm Đồng"),
    F("Lào Cai (94 điểm)", "94", 94, "count", "điểm", subject=SITES, period=I(ASOF), location="Lào Cai"),
    F("Sơn La (81 điểm)", "81", 81, "count", "điểm", subject=SITES, period=I(ASOF), location="Sơn La"),
    F("Hà Nội (77 điểm)", "77", 77, "count", "điểm", subject=SITES, period=I(ASOF), location="Hà Nội"),
    F("ước khoảng 4,8 triệu lượt khách", "4,8", 4800000, "count", "lượt khách", approx="about", percent=4.2,
      status="estimate", subject="lượt khách các khu cắm trại, glamping phục vụ", period=Y24),
    F("gần 2.900 tỷ đồng", "2.900", 2.9e12, "money", "đồng", approx="nearly", status="estimate",
      subject="tổng thu của các khu cắm trại, glamping", period=Y24),
    F("từ 18 đến 35", "18", 18, "measure", "tuổi", value_max=35, subject="độ tuổi khách", optional=True),
    F("trên 70%", "70", 70, "percent", "%", approx="over", subject="khách trong độ tuổi từ 18 đến 35", period=I(Y24)),
    F("khoảng 650.000 đồng", "650.000", 650000, "money", "đồng/người/ngày", approx="about",
      change=C("decrease", 40, "%", "khách lưu trú tại khách sạn 3 sao", approx="about"),
      subject="mức chi tiêu bình quân của khách cắm trại", period=I(Y24)),
    F("tại 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", subject="tỉnh, thành phố được đoàn công tác của Bộ kiểm tra"),
    F("khoảng 35%", "35", 35, "percent", "%", approx="about", subject="điểm cắm trại chưa đăng ký kinh doanh"),
    F("xảy ra 7 vụ", "7", 7, "count", "vụ", subject="vụ tai nạn, sự cố tại các khu cắm trại ven suối, hồ",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("làm 4 người", "4", 4, "count", "người", subject="người tử vong", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("có 100% khu", "100", 100, "percent", "%", status="target",
      subject="khu, điểm cắm trại đăng ký kinh doanh và mua bảo hiểm cho khách", period=P("đến năm 2026", None, "2026-12-31")),
    F("khoảng 5,5 triệu lượt", "5,5", 5500000, "count", "lượt", approx="about", status="forecast",
      change=C("increase", 15, "%", "năm 2024"), subject="lượt khách cắm trại, glamping",
      period=P("năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Ministry site (Cục Du lịch Quốc gia Việt Nam, Bộ VHTTDL), 05/03/2025: national count of camping/glamping sites, top provinces ('lần lượt'),",
    "visitors and revenue 2024, spending per head, inspections, accidents, 2026 target and 2025 forecast. National figures: Việt Nam.",
    "Distractors: 05/03/2025 | 10:20, năm 2021 (baseline), Luật Du lịch 2017, Nghị định số 168/2017/NĐ-CP, khách sạn 3 sao (a class name),",
    "address 80 Quán Sứ, Hoàn Kiếm, Hà Nội, phone 024.3942.3760. 'gấp 2,4 lần so với năm 2021' after a count is its change (unit lần).",
    "The ranking list does not add up to the 1.260 (no total); list items are located at the province. The age band 18-35 is a category (optional).",
]

if __name__ == "__main__":
    write("p1078-4", TEXT, NOTES, FIGS, published="2025-03-05", location="Việt Nam")
