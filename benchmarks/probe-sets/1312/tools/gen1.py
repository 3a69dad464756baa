"""p1312-1: province portal (An Giang): me chua season in Tri Tôn and Tịnh Biên, a cooperative in Tri Tôn."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG
Trang chủ > Tin tức - Sự kiện > Kinh tế

Giá me chua Tri Tôn tăng gần 30%

Cập nhật: 18/02/2025 10:42 | Lượt xem: 1.386

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh An Giang hiện có khoảng 1.340 ha me chua, tập trung ở huyện Tri Tôn (712 ha) và thị xã Tịnh Biên (455 ha). Vụ thu hoạch từ tháng 12/2024 đến tháng 3/2025, sản lượng me trái ước đạt 9.800 tấn, tăng 6,5% so với vụ trước. Me trái dài, loại được các cơ sở làm mứt ưa chuộng, ước chiếm khoảng 70% sản lượng.

Tại Tri Tôn, giá me chua tươi ở các vườn dọc Tỉnh lộ 948 hiện dao động từ 17.000 đến 21.000 đồng/kg, cao hơn khoảng 4.000 đồng/kg so với cùng kỳ năm 2024. Me vắt (đã bóc vỏ, tách hạt) được thương lái thu mua 35.000-40.000 đồng/kg.

Ở xã Lê Trì, huyện Tri Tôn, Hợp tác xã Nông nghiệp Thanh Lê có 46 thành viên, liên kết bao tiêu khoảng 120 ha me của hơn 200 hộ đồng bào Khmer. Từ đầu năm đến nay, hợp tác xã đã thu mua 380 tấn me trái, sơ chế được hơn 150 tấn me vắt, doanh thu trên 4,6 tỷ đồng. Ông Chau Sóc Kha, Giám đốc hợp tác xã cho biết, mỗi ngày đơn vị giao khoảng 8 tấn me cho các cơ sở làm mứt ở TP Hồ Chí Minh và Bình Dương.

Năm 2025, tỉnh phấn đấu trồng mới 150 ha me ở các xã vùng núi, nâng tổng diện tích lên khoảng 1.500 ha đến năm 2027. Tỉnh cũng đặt mục tiêu có ít nhất 3 sản phẩm mứt me đạt OCOP 3 sao.

Tin liên quan:
- Tri Tôn: Ra mắt Hợp tác xã Me Ô Lâm
- Triển khai Nghị quyết số 09/NQ-HĐND về phát triển nông nghiệp vùng Bảy Núi
"""

SEASON = per("từ tháng 12/2024 đến tháng 3/2025", "2024-12-01", "2025-03-31")
YTD = per("Từ đầu năm đến nay", "2025-01-01", "2025-02-18")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
BY27 = per("đến năm 2027", None, "2027-12-31")
TT = "Tri Tôn"

FIGS = [
    fig("tăng gần 30%", "30", 30, "percent", "%", approx="nearly", subject="giá me chua", location=TT),
    fig("khoảng 1.340 ha", "1.340", 1340, "measure", "ha", approx="about", subject="diện tích me chua"),
    fig("Tri Tôn (712 ha)", "712", 712, "measure", "ha", subject="diện tích me chua", location=TT),
    fig("Tịnh Biên (455 ha)", "455", 455, "measure", "ha", subject="diện tích me chua", location="Tịnh Biên"),
    fig("ước đạt 9.800 tấn", "9.800", 9800, "measure", "tấn", status="estimate",
        change=chg("increase", 6.5, "%", "vụ trước"), subject="sản lượng me trái", period=SEASON),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", status="estimate",
        subject="tỷ lệ me trái dài trong sản lượng", period=inh(SEASON)),
    fig("từ 17.000 đến 21.000", "17.000", 17000, "money", "đồng/kg", value_max=21000,
        change=chg("increase", 4000, "đồng/kg", "cùng kỳ năm 2024", approx="about"),
        subject="giá me chua tươi ở các vườn", location=TT),
    fig("mua 35.000-40.000", "35.000", 35000, "money", "đồng/kg", value_max=40000,
        subject="giá thương lái thu mua me vắt", location=TT),
    fig("có 46 thành viên", "46", 46, "count", "thành viên",
        subject="thành viên Hợp tác xã Nông nghiệp Thanh Lê", location=TT),
    fig("khoảng 120 ha", "120", 120, "measure", "ha", approx="about",
        subject="diện tích me hợp tác xã liên kết bao tiêu", location=TT),
    fig("hơn 200 hộ", "200", 200, "count", "hộ", approx="over",
        subject="hộ đồng bào Khmer liên kết với hợp tác xã", location=TT),
    fig("mua 380 tấn", "380", 380, "measure", "tấn", subject="me trái hợp tác xã thu mua", period=YTD, location=TT),
    fig("hơn 150 tấn", "150", 150, "measure", "tấn", approx="over", subject="me vắt hợp tác xã sơ chế",
        period=YTD, location=TT),
    fig("trên 4,6 tỷ", "4,6", 4.6e9, "money", "đồng", approx="over", subject="doanh thu của hợp tác xã",
        period=YTD, location=TT),
    fig("khoảng 8 tấn", "8", 8, "measure", "tấn/ngày", approx="about",
        subject="me hợp tác xã giao cho các cơ sở làm mứt mỗi ngày", location=TT),
    fig("mới 150 ha", "150", 150, "measure", "ha", status="target", subject="diện tích me trồng mới", period=Y25),
    fig("khoảng 1.500 ha", "1.500", 1500, "measure", "ha", approx="about", status="target",
        subject="tổng diện tích me", period=BY27),
    fig("ít nhất 3 sản phẩm", "3", 3, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm mứt me đạt OCOP 3 sao"),
]

NOTES = [
    "Province portal (An Giang): breadcrumb, headline figure, 'Cập nhật: 18/02/2025 10:42 | Lượt xem: 1.386', related links.",
    "Distractors: 10:42, Lượt xem 1.386, 'Tỉnh lộ 948', 'OCOP 3 sao', 'Nghị quyết số 09/NQ-HĐND', dates 12/2024, 3/2025.",
    "Headline 'Giá me chua Tri Tôn tăng gần 30%': a growth rate as the claim (percent, nearly), no period phrase, location Tri Tôn.",
    "'tập trung ở huyện Tri Tôn (712 ha) và thị xã Tịnh Biên (455 ha)': no part-of cue and they do not add up to 1.340 → no total.",
    "'Vụ thu hoạch từ tháng 12/2024 đến tháng 3/2025' → 2024-12-01..2025-03-31; 'ước chiếm khoảng 70%' (next sentence) estimate, about.",
    "'cao hơn khoảng 4.000 đồng/kg so với cùng kỳ năm 2024' → change in đồng/kg on the price range. 'hiện' gives no period.",
    "Tri Tôn paragraphs (price, cooperative in xã Lê Trì) → location Tri Tôn; 'Từ đầu năm đến nay' ends at the dateline 2025-02-18.",
    "'mỗi ngày ... khoảng 8 tấn' is a rate (tấn/ngày); the buyers' places (TP Hồ Chí Minh, Bình Dương) are not its location.",
    "'Năm 2025, tỉnh phấn đấu trồng mới 150 ha ..., nâng ... lên khoảng 1.500 ha đến năm 2027': both target; each takes its own period.",
]

if __name__ == "__main__":
    write("p1312-1", TEXT, NOTES, FIGS, published="2025-02-18", location="An Giang")
