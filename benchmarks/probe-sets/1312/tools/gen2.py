"""p1312-2: district portal (huyện Phúc Thọ, Hà Nội): sấu harvest 2024, prices, a household, a cooperative, targets."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚC THỌ - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức - Sự kiện | Kinh tế | Nông nghiệp

Người trồng sấu Phúc Thọ được mùa, được giá
14/06/2024 08:30

Những ngày này, tại các xã Phụng Thượng, Tam Hiệp, Long Xuyên, người dân tất bật thu hoạch sấu. Toàn huyện hiện có gần 210 ha sấu, trong đó diện tích cho quả khoảng 175 ha. Năng suất bình quân năm nay ước đạt 11,5 tấn/ha; sản lượng ước khoảng 2.000 tấn, tăng 8% so với năm 2023.

Đầu vụ (tháng 5), sấu non có giá 40.000-45.000 đồng/kg. Hiện sấu già được thương lái thu mua ổn định ở mức 15.000-18.000 đồng/kg, cao hơn khoảng 3.000 đồng/kg so với năm trước. Với giá này, mỗi ha sấu cho thu nhập từ 150 đến 180 triệu đồng, gấp khoảng ba lần trồng lúa.

Gia đình ông Nguyễn Văn Tuế ở xã Tam Hiệp có hai mươi cây sấu lâu năm, vụ này thu gần 4 tấn quả, bán được khoảng 70 triệu đồng.

Hợp tác xã Nông nghiệp Sấu Phụng Thượng có 32 thành viên. Năm nay, hợp tác xã dự kiến thu mua khoảng 300 tấn sấu để sơ chế, cung cấp cho các cơ sở làm ô mai, sấu ngâm đường ở nội thành. Hiện hợp tác xã là bạn hàng thường xuyên của 5 cơ sở ô mai.

Huyện phấn đấu đến năm 2025 có 250 ha sấu, trong đó ít nhất 50 ha đạt tiêu chuẩn VietGAP; xây dựng 2 sản phẩm từ sấu đạt OCOP 4 sao.

Tin khác:
- Phúc Thọ tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024
- Xã Hát Môn ra quân vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới 5/6

UBND huyện Phúc Thọ - Địa chỉ: Thị trấn Phúc Thọ, huyện Phúc Thọ, TP Hà Nội
Điện thoại: 024.3364.2058
"""

Y = per("năm nay", "2024-01-01", "2024-12-31")
Y2 = per("Năm nay", "2024-01-01", "2024-12-31")
M5 = per("tháng 5", "2024-05-01", "2024-05-31")
BY25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("gần 210 ha", "210", 210, "measure", "ha", approx="nearly", subject="diện tích sấu"),
    fig("khoảng 175 ha", "175", 175, "measure", "ha", approx="about", total=210, subject="diện tích sấu cho quả"),
    fig("ước đạt 11,5 tấn/ha", "11,5", 11.5, "measure", "tấn/ha", status="estimate",
        subject="năng suất bình quân", period=Y),
    fig("ước khoảng 2.000 tấn", "2.000", 2000, "measure", "tấn", approx="about", status="estimate",
        change=chg("increase", 8, "%", "năm 2023"), subject="sản lượng sấu", period=Y),
    fig("giá 40.000-45.000", "40.000", 40000, "money", "đồng/kg", value_max=45000,
        subject="giá sấu non đầu vụ", period=M5),
    fig("mức 15.000-18.000", "15.000", 15000, "money", "đồng/kg", value_max=18000,
        change=chg("increase", 3000, "đồng/kg", "năm trước", approx="about"),
        subject="giá thương lái thu mua sấu già"),
    fig("từ 150 đến 180 triệu", "150", 150e6, "money", "đồng/ha", value_max=180e6,
        change=chg("increase", 3, "lần", "trồng lúa", approx="about"), subject="thu nhập mỗi ha sấu"),
    fig("có hai mươi cây", "hai mươi", 20, "count", "cây",
        subject="cây sấu lâu năm của gia đình ông Nguyễn Văn Tuế"),
    fig("gần 4 tấn", "4", 4, "measure", "tấn", approx="nearly", subject="sấu quả gia đình ông Tuế thu"),
    fig("khoảng 70 triệu", "70", 70e6, "money", "đồng", approx="about", subject="tiền bán sấu của gia đình ông Tuế"),
    fig("có 32 thành viên", "32", 32, "count", "thành viên",
        subject="thành viên Hợp tác xã Nông nghiệp Sấu Phụng Thượng"),
    fig("khoảng 300 tấn", "300", 300, "measure", "tấn", approx="about", status="forecast",
        subject="sấu hợp tác xã thu mua để sơ chế", period=Y2),
    fig("của 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở ô mai là bạn hàng thường xuyên của hợp tác xã"),
    fig("có 250 ha", "250", 250, "measure", "ha", status="target", subject="diện tích sấu", period=BY25),
    fig("ít nhất 50 ha", "50", 50, "measure", "ha", approx="at_least", status="target", total=250,
        subject="diện tích sấu đạt tiêu chuẩn VietGAP", period=BY25),
    fig("xây dựng 2 sản phẩm", "2", 2, "count", "sản phẩm", status="target",
        subject="sản phẩm từ sấu đạt OCOP 4 sao", period=BY25),
]

NOTES = [
    "District portal (huyện Phúc Thọ, TP Hà Nội): banner, menu, headline, bare '14/06/2024 08:30' under it (published), 'Tin khác', footer.",
    "Distractors: 08:30, 'OCOP 4 sao', '6 tháng đầu năm 2024' and 'Ngày Môi trường thế giới 5/6' in link titles, phone 024.3364.2058.",
    "Default location Phúc Thọ (the district portal); communes (Phụng Thượng, Tam Hiệp) do not change it.",
    "'gần 210 ha sấu, trong đó ... khoảng 175 ha' → total 210 (same thing, ha). 'năm nay' → 2024 (published year).",
    "'ước khoảng 2.000 tấn' → estimate and about. 'Đầu vụ (tháng 5)' → May 2024. 'Hiện ...' prices: no period.",
    "'mỗi ha sấu cho thu nhập từ 150 đến 180 triệu đồng, gấp khoảng ba lần trồng lúa' → money range in đồng/ha; 'gấp khoảng ba lần'",
    "is its change (increase, 3 lần, about, baseline 'trồng lúa'), not a multiple figure of its own.",
    "'vụ này' is not a datable period. 'dự kiến thu mua khoảng 300 tấn' → forecast; 'Năm nay' → 2024.",
    "'Huyện phấn đấu đến năm 2025 ...; xây dựng 2 sản phẩm' → all three target, period end 2025-12-31; 'ít nhất 50 ha' after 'trong đó' → total 250.",
]

if __name__ == "__main__":
    write("p1312-2", TEXT, NOTES, FIGS, published="2024-06-14", location="Phúc Thọ")
