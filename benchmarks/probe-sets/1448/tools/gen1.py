"""p1448-1: province portal (Hà Nam): false-eyelash industry, 9 months 2024; Kim Bảng, a firm in xã Thụy Lôi."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Hà Nam
Trang chủ > Tin tức - Sự kiện > Kinh tế

Nghề làm mi giả tạo việc làm cho hơn 12 nghìn lao động

Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.862

Theo Sở Công Thương, đến hết tháng 9/2024, toàn tỉnh Hà Nam có 146 cơ sở sản xuất, gia công mi giả, tăng 18 cơ sở so với cuối năm 2023, trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài. Các cơ sở thu hút khoảng 12.400 lao động, chủ yếu là lao động nữ ở nông thôn, thu nhập bình quân từ 6 đến 8 triệu đồng/người/tháng.

9 tháng đầu năm 2024, giá trị sản xuất mi giả toàn tỉnh ước đạt 1.280 tỷ đồng, tăng 15,6% so với cùng kỳ năm 2023, bằng 76% kế hoạch năm. Kim ngạch xuất khẩu mi giả ước đạt 58,4 triệu USD, chiếm 4,1% tổng kim ngạch xuất khẩu của tỉnh. Thị trường chính là Mỹ, Hàn Quốc và Nhật Bản. Giá mi chồn thủ công xuất khẩu dao động 2-5 USD/cặp, cao gấp ba lần mi sợi tổng hợp làm bằng máy.

Huyện Kim Bảng là địa phương có nghề mi giả phát triển nhất với 52 cơ sở, gần 4.900 lao động. Tại xã Thụy Lôi, Công ty TNHH Mi Hoa Sen đang vận hành 3 xưởng với 620 công nhân, mỗi tháng xuất đi khoảng 1,5 triệu cặp mi.

Quý IV, ngành công thương phấn đấu kim ngạch xuất khẩu mi giả đạt thêm 22 triệu USD, đưa cả năm lên trên 80 triệu USD. Tỉnh khuyến khích các cơ sở áp dụng tiêu chuẩn ISO 9001:2015 và tham gia Chương trình OCOP.

Tin liên quan:
- Hà Nam: Hội nghị đối thoại với doanh nghiệp FDI năm 2024
- Khánh thành nhà xưởng số 2 tại Khu công nghiệp Đồng Văn IV
"""

ASOF = per("đến hết tháng 9/2024", None, "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
KB = "Kim Bảng"

FIGS = [
    fig("hơn 12 nghìn", "12", 12000, "count", "lao động", approx="over",
        subject="việc làm cho lao động nghề làm mi giả"),
    fig("có 146 cơ sở", "146", 146, "count", "cơ sở",
        change=chg("increase", 18, "cơ sở", "cuối năm 2023"),
        subject="cơ sở sản xuất, gia công mi giả", period=ASOF),
    fig("trong đó 9 doanh", "9", 9, "count", "doanh nghiệp", total=146,
        subject="doanh nghiệp có vốn đầu tư nước ngoài", period=ASOF),
    fig("khoảng 12.400 lao động", "12.400", 12400, "count", "lao động", approx="about",
        subject="lao động các cơ sở thu hút", period=inh(ASOF)),
    fig("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="thu nhập bình quân", period=inh(ASOF)),
    fig("ước đạt 1.280 tỷ", "1.280", 1280e9, "money", "đồng", status="estimate", percent=76,
        change=chg("increase", 15.6, "%", "cùng kỳ năm 2023"),
        subject="giá trị sản xuất mi giả", period=NINE),
    fig("ước đạt 58,4 triệu", "58,4", 58.4e6, "money", "USD", status="estimate", percent=4.1,
        subject="kim ngạch xuất khẩu mi giả", period=inh(NINE)),
    fig("với 52 cơ sở", "52", 52, "count", "cơ sở", subject="cơ sở nghề mi giả", location=KB),
    fig("gần 4.900 lao động", "4.900", 4900, "count", "lao động", approx="nearly",
        subject="lao động nghề mi giả", location=KB),
    fig("vận hành 3 xưởng", "3", 3, "count", "xưởng", subject="xưởng Công ty TNHH Mi Hoa Sen vận hành",
        location=KB),
    fig("với 620 công nhân", "620", 620, "count", "công nhân", subject="công nhân Công ty TNHH Mi Hoa Sen",
        location=KB),
    fig("khoảng 1,5 triệu cặp", "1,5", 1.5e6, "measure", "cặp mi/tháng", approx="about",
        subject="cặp mi xuất đi mỗi tháng", location=KB),
    fig("dao động 2-5 USD", "2", 2, "money", "USD/cặp", value_max=5,
        change=chg("increase", 3, "lần", "mi sợi tổng hợp làm bằng máy"),
        subject="giá mi chồn thủ công xuất khẩu"),
    fig("thêm 22 triệu", "22", 22e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu mi giả đạt thêm", period=Q4),
    fig("trên 80 triệu", "80", 80e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu mi giả cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Hà Nam): false-eyelash industry to end of Sept 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.862', related links.",
    "Distractors: 08:35, Lượt xem 1.862, 'tháng 9/2024' (as-of date), ISO 9001:2015, OCOP, 'nhà xưởng số 2', 'Đồng Văn IV', 'năm 2024' in a link.",
    "Headline 'hơn 12 nghìn lao động' = 12000 (over), no period. 'tăng 18 cơ sở so với cuối năm 2023' is the change of 146; 'trong đó 9 doanh nghiệp' takes total 146.",
    "'khoảng 12.400 lao động' and the wage stand in the next sentence: as-of period inherited (not scored).",
    "'bằng 76% kế hoạch năm' is a percent attribute (the share of the plan), as in the shared gold. 'chiếm 4,1%' likewise.",
    "Kim Bảng passage (xã Thụy Lôi is a commune of Kim Bảng): location Kim Bảng. 'mỗi tháng ... 1,5 triệu cặp mi' is a rate: measure, cặp mi/tháng.",
    "The lash price sentence stands in the province export paragraph: province default. 'cao gấp ba lần' = change x3 (lần) of the price.",
    "'Quý IV' year-less -> 2024; 'phấn đấu' governs both clauses (target); 'cả năm' 2024.",
]

if __name__ == "__main__":
    write("p1448-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hà Nam")
