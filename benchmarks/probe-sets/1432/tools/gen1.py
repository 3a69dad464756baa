"""p1432-1: province portal (Cao Bằng): stevia area 9 months 2024, dried-leaf price, a cooperative in Hòa An."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CAO BẰNG
Trang chủ > Tin tức - Sự kiện > Kinh tế

Diện tích cỏ ngọt toàn tỉnh đạt gần 420 ha

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, tổng diện tích cỏ ngọt trên địa bàn tỉnh đạt 417,5 ha, tăng 38,2 ha so với cùng kỳ năm 2023, bằng 92,8% kế hoạch năm. Trong đó, huyện Hòa An 186 ha, huyện Hà Quảng 121,3 ha, huyện Quảng Hòa 64,7 ha, các huyện còn lại 45,5 ha.

Năng suất lá khô bình quân đạt khoảng 3,2 tấn/ha/năm. Sản lượng lá khô 9 tháng ước đạt 1.050 tấn, tăng 12% so với cùng kỳ. Giá cỏ ngọt khô tại ruộng hiện dao động từ 32.000 đến 36.000 đồng/kg, cao hơn khoảng 4.000 đồng/kg so với đầu năm.

Toàn tỉnh có 5 hợp tác xã và 2 doanh nghiệp liên kết bao tiêu sản phẩm cho gần 1.900 hộ dân. Tiêu biểu là Hợp tác xã Nông nghiệp Bằng Giang ở xã Hồng Việt, huyện Hòa An, với 68 thành viên, liên kết trồng 95 ha; năm 2023 xuất bán 310 tấn lá khô, doanh thu đạt hơn 10,5 tỷ đồng. Từ đầu năm đến nay, HTX đã xuất bán 245 tấn, trong đó 180 tấn sang thị trường Nhật Bản qua Công ty TNHH Thảo dược Việt Nhật.

Quý IV, tỉnh phấn đấu trồng mới thêm 32 ha, đưa diện tích cả năm lên khoảng 450 ha. Mục tiêu đến năm 2030, diện tích cỏ ngọt toàn tỉnh đạt từ 800 đến 1.000 ha, trong đó ít nhất 30% diện tích đạt chứng nhận hữu cơ.

Tin liên quan:
- Hà Quảng: Tập huấn kỹ thuật trồng cỏ ngọt theo tiêu chuẩn VietGAP
- Hội nghị xúc tiến đầu tư nông nghiệp Cao Bằng năm 2024
Địa chỉ: Số 011 Hoàng Đình Giong, TP Cao Bằng | ĐT: 0206.3852.558
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
HA = "Hòa An"

FIGS = [
    fig("đạt gần 420 ha", "420", 420, "measure", "ha", approx="nearly",
        subject="diện tích cỏ ngọt toàn tỉnh"),
    fig("đạt 417,5 ha", "417,5", 417.5, "measure", "ha", percent=92.8,
        change=chg("increase", 38.2, "ha", "cùng kỳ năm 2023"),
        subject="tổng diện tích cỏ ngọt trên địa bàn tỉnh", period=NINE),
    fig("Hòa An 186 ha", "186", 186, "measure", "ha", total=417.5,
        subject="diện tích cỏ ngọt", period=inh(NINE), location=HA),
    fig("Hà Quảng 121,3 ha", "121,3", 121.3, "measure", "ha", total=417.5,
        subject="diện tích cỏ ngọt", period=inh(NINE), location="Hà Quảng"),
    fig("Quảng Hòa 64,7 ha", "64,7", 64.7, "measure", "ha", total=417.5,
        subject="diện tích cỏ ngọt", period=inh(NINE), location="Quảng Hòa"),
    fig("còn lại 45,5 ha", "45,5", 45.5, "measure", "ha", total=417.5,
        subject="diện tích cỏ ngọt các huyện còn lại", period=inh(NINE)),
    fig("khoảng 3,2 tấn/ha/năm", "3,2", 3.2, "measure", "tấn/ha/năm", approx="about",
        subject="năng suất lá khô bình quân"),
    fig("ước đạt 1.050 tấn", "1.050", 1050, "measure", "tấn", status="estimate",
        change=chg("increase", 12, "%", "cùng kỳ"), subject="sản lượng lá khô", period=NINE_S),
    fig("từ 32.000 đến 36.000", "32.000", 32000, "money", "đồng/kg", value_max=36000,
        change=chg("increase", 4000, "đồng/kg", "đầu năm", approx="about"),
        subject="giá cỏ ngọt khô tại ruộng"),
    fig("có 5 hợp tác xã", "5", 5, "count", "hợp tác xã",
        subject="hợp tác xã liên kết bao tiêu sản phẩm"),
    fig("và 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp",
        subject="doanh nghiệp liên kết bao tiêu sản phẩm"),
    fig("gần 1.900 hộ", "1.900", 1900, "count", "hộ", approx="nearly",
        subject="hộ dân được liên kết bao tiêu sản phẩm"),
    fig("với 68 thành viên", "68", 68, "count", "thành viên",
        subject="thành viên Hợp tác xã Nông nghiệp Bằng Giang", location=HA),
    fig("trồng 95 ha", "95", 95, "measure", "ha",
        subject="diện tích hợp tác xã liên kết trồng", location=HA),
    fig("xuất bán 310 tấn", "310", 310, "measure", "tấn",
        subject="lá khô hợp tác xã xuất bán", period=Y23, location=HA),
    fig("hơn 10,5 tỷ", "10,5", 10.5e9, "money", "đồng", approx="over",
        subject="doanh thu của hợp tác xã", period=Y23, location=HA),
    fig("xuất bán 245 tấn", "245", 245, "measure", "tấn",
        subject="lá khô HTX xuất bán", period=YTD, location=HA),
    fig("trong đó 180 tấn", "180", 180, "measure", "tấn", total=245,
        subject="lá khô xuất sang thị trường Nhật Bản", period=YTD, location=HA),
    fig("thêm 32 ha", "32", 32, "measure", "ha", status="target",
        subject="diện tích cỏ ngọt trồng mới", period=Q4),
    fig("khoảng 450 ha", "450", 450, "measure", "ha", approx="about", status="target",
        subject="diện tích cỏ ngọt cả năm", period=YEAR),
    fig("từ 800 đến 1.000 ha", "800", 800, "measure", "ha", value_max=1000, status="target",
        subject="diện tích cỏ ngọt toàn tỉnh", period=T30),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="diện tích đạt chứng nhận hữu cơ", period=T30),
]

NOTES = [
    "revised after the first run: subjects of sentences that write 'HTX' now say 'HTX', not the expanded 'hợp tác xã'",
    "(FIGURES.md: the subject is the indicator as the sentence names it); applied to every such figure.",
    "Province portal (Cao Bằng): stevia area 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links, footer.",
    "Distractors: 08:45, Lượt xem 1.386, 'năm 2024' in a link title, 'Số 011 Hoàng Đình Giong', phone 0206.3852.558.",
    "Headline 'gần 420 ha' has no period phrase: no period. 'tăng 38,2 ha so với cùng kỳ năm 2023' is a change in ha; 'bằng 92,8% kế hoạch năm' a percent.",
    "'Trong đó' parts after a sentence break: total 417,5, period inherited, location = the named district; 'các huyện còn lại' stays Cao Bằng.",
    "Price range 'hiện': no period; 'cao hơn khoảng 4.000 đồng/kg so với đầu năm' is its change (about).",
    "Cooperative passage (huyện Hòa An): location Hòa An. 'Từ đầu năm đến nay' = 2024-01-01..dateline 2024-10-14 (đến nay = now, so the",
    "year is the current one, not the 'năm 2023' of the previous clause). 'trong đó 180 tấn' total 245, same period.",
    "'Quý IV ... phấn đấu' governs both clauses (target); 'cả năm' = 2024. 'Mục tiêu đến năm 2030': range target and 'ít nhất 30%' (percent of its own).",
]

if __name__ == "__main__":
    write("p1432-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Cao Bằng")
