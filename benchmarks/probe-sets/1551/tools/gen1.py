"""p1551-1: province portal (Hưng Yên): exports of protective workwear and gloves, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu đồ bảo hộ lao động 9 tháng ước đạt gần 186 triệu USD

Cập nhật: 07/10/2024 15:45 | Lượt xem: 1.863

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu quần áo, găng tay và các sản phẩm bảo hộ lao động của tỉnh Hưng Yên ước đạt 185,7 triệu USD, tăng 11,4% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm. Trong đó, găng tay các loại 92,3 triệu USD, quần áo bảo hộ 71,8 triệu USD, giày, ủng và mũ bảo hộ 21,6 triệu USD.

Toàn tỉnh hiện có 27 doanh nghiệp sản xuất đồ bảo hộ lao động, tập trung tại các khu công nghiệp Phố Nối A, Thăng Long II và Minh Quang, sử dụng trên 14.500 lao động, thu nhập bình quân 8,9 triệu đồng/người/tháng.

Công ty TNHH Bảo hộ An Khang tại huyện Văn Lâm là doanh nghiệp có kim ngạch lớn nhất tỉnh. 9 tháng, công ty xuất khẩu khoảng 38 triệu đôi găng tay sang Nhật Bản, Hàn Quốc và EU, đạt 41,5 triệu USD, chiếm 22,3% kim ngạch toàn ngành. Công ty vừa đưa vào vận hành thêm hai xưởng may với 12 dây chuyền, nâng công suất lên 5 triệu đôi/tháng.

Từ đầu năm đến nay, các doanh nghiệp trong ngành đã nộp ngân sách hơn 126 tỷ đồng, vượt 5% dự toán cả năm.

Quý IV, Sở Công Thương phấn đấu đưa kim ngạch xuất khẩu cả năm đạt 245 triệu USD, tăng khoảng 12% so với năm 2023. Sở cũng phối hợp với Cục Hải quan tỉnh hướng dẫn doanh nghiệp thực hiện Nghị định số 31/2018/NĐ-CP về xuất xứ hàng hóa.

Tin liên quan:
- Hưng Yên: Đối thoại với doanh nghiệp quý III/2024
- Khánh thành Nhà máy may mặc số 2 tại Khu công nghiệp Yên Mỹ II
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_C = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
VL = "Văn Lâm"

FIGS = [
    fig("ước đạt gần 186 triệu", "186", 186e6, "money", "USD", approx="nearly", status="estimate",
        subject="xuất khẩu đồ bảo hộ lao động", period=NINE_H),
    fig("ước đạt 185,7 triệu", "185,7", 185.7e6, "money", "USD", status="estimate", percent=76.2,
        change=chg("increase", 11.4, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu quần áo, găng tay và các sản phẩm bảo hộ lao động", period=NINE),
    fig("các loại 92,3 triệu", "92,3", 92.3e6, "money", "USD", total=185.7e6, status="estimate",
        subject="kim ngạch xuất khẩu găng tay các loại", period=inh(NINE)),
    fig("quần áo bảo hộ 71,8 triệu", "71,8", 71.8e6, "money", "USD", total=185.7e6, status="estimate",
        subject="kim ngạch xuất khẩu quần áo bảo hộ", period=inh(NINE)),
    fig("mũ bảo hộ 21,6 triệu", "21,6", 21.6e6, "money", "USD", total=185.7e6, status="estimate",
        subject="kim ngạch xuất khẩu giày, ủng và mũ bảo hộ", period=inh(NINE)),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất đồ bảo hộ lao động"),
    fig("trên 14.500 lao động", "14.500", 14500, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sản xuất đồ bảo hộ lao động sử dụng"),
    fig("bình quân 8,9 triệu", "8,9", 8.9e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động ngành bảo hộ lao động"),
    fig("khoảng 38 triệu đôi", "38", 38e6, "count", "đôi", approx="about",
        subject="găng tay công ty xuất khẩu", period=NINE_C, location=VL),
    fig("đạt 41,5 triệu", "41,5", 41.5e6, "money", "USD", percent=22.3,
        subject="kim ngạch xuất khẩu găng tay của công ty", period=NINE_C, location=VL),
    fig("thêm hai xưởng", "hai", 2, "count", "xưởng", subject="xưởng may công ty đưa vào vận hành thêm",
        location=VL),
    fig("với 12 dây chuyền", "12", 12, "count", "dây chuyền", subject="dây chuyền của hai xưởng may mới",
        location=VL),
    fig("lên 5 triệu đôi/tháng", "5", 5e6, "measure", "đôi/tháng", subject="công suất của công ty",
        location=VL),
    fig("hơn 126 tỷ", "126", 126e9, "money", "đồng", approx="over",
        change=chg("increase", 5, "%", "dự toán cả năm"),
        subject="nộp ngân sách của các doanh nghiệp trong ngành", period=YTD),
    fig("đạt 245 triệu", "245", 245e6, "money", "USD", status="target",
        change=chg("increase", 12, "%", "năm 2023", approx="about"),
        subject="kim ngạch xuất khẩu cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Hưng Yên): exports of protective workwear, gloves, boots and helmets, 9 months 2024.",
    "Breadcrumb, headline figure, 'Cập nhật: 07/10/2024 15:45 | Lượt xem: 1.863', related links.",
    "Distractors: 15:45, Lượt xem 1.863, KCN 'Phố Nối A', 'Thăng Long II', 'Yên Mỹ II', Nghị định số 31/2018/NĐ-CP,",
    "'quý III/2024' and 'Nhà máy may mặc số 2' in link titles.",
    "'bằng 76,2% kế hoạch năm' is the percent attribute; the 'Trong đó' parts have no verb of their own, so they",
    "continue the 'ước đạt' clause: estimate, total 185,7 triệu, period inherited.",
    "Company passage 'tại huyện Văn Lâm': location Văn Lâm. 'đôi' (pairs) are counted: kind count; capacity per month is a measure.",
    "'vượt 5% dự toán cả năm' is a change against the plan (spec: result against plan). 'Từ đầu năm đến nay' ends at the dateline.",
    "'Quý IV ... phấn đấu ... cả năm đạt 245 triệu USD': target, period 'cả năm' = 2024.",
]

if __name__ == "__main__":
    write("p1551-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Hưng Yên")
