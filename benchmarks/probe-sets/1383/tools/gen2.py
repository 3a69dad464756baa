"""p1383-2: district portal (huyện Định Quán, Đồng Nai): a cashew cooperative, organic area, prices, district plan."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỊNH QUÁN - TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Liên hệ

HTX Điều Phú Ngọc thu mua điều cho thành viên cao hơn giá thị trường
18/04/2024 - 08:40

Từ đầu tháng 2 đến nay, Hợp tác xã Nông nghiệp Điều Phú Ngọc (xã Phú Ngọc) đã thu mua hơn 320 tấn hạt điều thô của thành viên với giá từ 31.500 đến 33.000 đồng/kg, cao hơn giá thương lái khoảng 1.000 đồng/kg.

HTX hiện có 58 thành viên, canh tác 214 ha điều, trong đó 85 ha được chứng nhận hữu cơ theo tiêu chuẩn của EU và Mỹ. Nhờ áp dụng quy trình hữu cơ, năng suất điều của HTX năm 2023 đạt bình quân 1,6 tấn/ha, gấp gần 1,5 lần năm 2020; mỗi hecta cho lãi từ 40 đến 45 triệu đồng.

Ông Trần Văn Lộc, Giám đốc HTX, cho biết năm nay HTX đã ký hợp đồng cung ứng 200 tấn điều hữu cơ cho Công ty TNHH Chế biến Nông sản Tân Phú Hưng (Khu công nghiệp Định Quán, Quốc lộ 20), giá bán cao hơn điều thường 12%. "Mỗi thành viên được tập huấn ít nhất hai lần mỗi năm về ghép cải tạo vườn điều", ông Lộc nói.

Theo Phòng Nông nghiệp và Phát triển nông thôn, toàn huyện Định Quán hiện có khoảng 5.100 ha điều, tập trung tại các xã Phú Ngọc, Ngọc Định, Gia Canh; sản lượng năm 2023 đạt 6.350 tấn. Huyện phấn đấu đến năm 2025 nâng diện tích điều hữu cơ lên 300 ha và thành lập thêm hai HTX chuyên canh điều.

Nguồn: Phòng Nông nghiệp và PTNT huyện Định Quán

Tin khác:
- Định Quán: Ra quân Tháng hành động vì an toàn thực phẩm năm 2024
- Xã Thanh Sơn tổ chức Đại hội Hội Nông dân lần thứ XII

Địa chỉ: Khu phố 4, thị trấn Định Quán, huyện Định Quán, tỉnh Đồng Nai
Điện thoại: 0251.3853.214
"""

YTD = per("Từ đầu tháng 2 đến nay", "2024-02-01", "2024-04-18")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hơn 320 tấn", "320", 320, "measure", "tấn", approx="over",
        subject="hạt điều thô HTX thu mua của thành viên", period=YTD),
    fig("từ 31.500 đến 33.000", "31.500", 31500, "money", "đồng/kg", value_max=33000,
        change=chg("increase", 1000, "đồng/kg", "giá thương lái", approx="about"),
        subject="giá thu mua hạt điều thô", period=YTD),
    fig("có 58 thành viên", "58", 58, "count", "thành viên", subject="thành viên HTX"),
    fig("canh tác 214 ha", "214", 214, "measure", "ha", subject="diện tích điều HTX canh tác"),
    fig("trong đó 85 ha", "85", 85, "measure", "ha", total=214,
        subject="diện tích điều được chứng nhận hữu cơ"),
    fig("bình quân 1,6 tấn/ha", "1,6", 1.6, "measure", "tấn/ha",
        change=chg("increase", 1.5, "lần", "năm 2020", approx="nearly"),
        subject="năng suất điều của HTX", period=Y23),
    fig("từ 40 đến 45 triệu", "40", 40e6, "money", "đồng/ha", value_max=45e6,
        subject="lãi mỗi hecta điều", period=Y23),
    fig("cung ứng 200 tấn", "200", 200, "measure", "tấn",
        subject="điều hữu cơ HTX ký hợp đồng cung ứng", period=NOW),
    fig("điều thường 12%", "12", 12, "percent", "%",
        subject="giá bán điều hữu cơ cao hơn điều thường", period=NOW),
    fig("ít nhất hai lần", "hai", 2, "measure", "lần/năm", approx="at_least",
        subject="số lần tập huấn mỗi thành viên về ghép cải tạo vườn điều"),
    fig("khoảng 5.100 ha", "5.100", 5100, "measure", "ha", approx="about",
        subject="diện tích điều toàn huyện"),
    fig("đạt 6.350 tấn", "6.350", 6350, "measure", "tấn", subject="sản lượng điều", period=Y23),
    fig("lên 300 ha", "300", 300, "measure", "ha", status="target",
        subject="diện tích điều hữu cơ", period=TO25),
    fig("thêm hai HTX", "hai", 2, "count", "HTX", status="target",
        subject="HTX chuyên canh điều thành lập thêm", period=TO25),
]

NOTES = [
    "District portal (huyện Định Quán, Đồng Nai): banner naming the district, menu, dateline '18/04/2024 - 08:40', Nguồn, Tin khác, address and phone footer.",
    "Distractors: 08:40, 'Quốc lộ 20', 'Khu phố 4', 'lần thứ XII', 'năm 2024' in a link title, phone 0251.3853.214.",
    "Location: the district (default). Xã Phú Ngọc is a commune, below the spec's province/city/district level, so it stays Định Quán.",
    "'Từ đầu tháng 2 đến nay' → 2024-02-01 .. dateline 2024-04-18 (as 'từ năm 2021 đến nay' in the spec); the price range shares that clause.",
    "'cao hơn giá thương lái khoảng 1.000 đồng/kg' is the change of the price range (about).",
    "'gấp gần 1,5 lần năm 2020' after the yield is its change (increase, 1,5 lần, nearly), not a multiple of its own.",
    "'mỗi hecta cho lãi từ 40 đến 45 triệu đồng' is a rate: unit đồng/ha; same sentence as 'năm 2023' → that period.",
    "'giá bán cao hơn điều thường 12%' has no base amount (the 200 tấn is a volume): a percent figure of its own.",
    "'ít nhất hai lần mỗi năm' (a quote, a standing practice) is a rate lần/năm, at_least; no period.",
    "'Huyện phấn đấu đến năm 2025 ... 300 ha và ... hai HTX' both target with period 'đến năm 2025'.",
]

if __name__ == "__main__":
    write("p1383-2", TEXT, NOTES, FIGS, published="2024-04-18", location="Định Quán")
