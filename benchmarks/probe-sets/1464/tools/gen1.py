"""p1464-1: province portal (Hưng Yên): curtain exports 9 months 2024, a curtain maker in huyện Văn Lâm."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu rèm cửa 9 tháng ước đạt gần 49 triệu USD

Cập nhật: 10/10/2024 15:05 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu rèm cửa, màn sáo và sản phẩm trang trí nội thất từ vải của tỉnh Hưng Yên ước đạt 48,6 triệu USD, tăng 11,3% so với cùng kỳ năm 2023, bằng 72% kế hoạch năm. Thị trường lớn nhất là Hoa Kỳ (chiếm 41%), tiếp đến là Nhật Bản và Hàn Quốc.

Toàn tỉnh hiện có 27 doanh nghiệp sản xuất rèm, trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài, tập trung tại các khu công nghiệp Phố Nối A, Thăng Long II. Các doanh nghiệp sử dụng khoảng 4.300 lao động, thu nhập bình quân 8,7 triệu đồng/người/tháng.

Tại huyện Văn Lâm, Công ty TNHH Rèm Minh Khang mỗi tháng xuất xưởng khoảng 120.000 bộ rèm cuốn và rèm vải. Từ đầu năm đến nay, công ty đã ký thêm ba hợp đồng xuất khẩu với tổng giá trị hơn 5,2 triệu USD; doanh thu 9 tháng đạt 286 tỷ đồng, tăng 18% so với cùng kỳ. Công ty đang lắp đặt dây chuyền may rèm tự động thứ hai với vốn đầu tư 45 tỷ đồng, dự kiến vận hành trong quý I/2025.

Quý IV, ngành công thương phấn đấu xuất khẩu thêm 19 triệu USD, đưa kim ngạch cả năm lên khoảng 67,5 triệu USD. Sở Công Thương sẽ hỗ trợ doanh nghiệp tham gia Hội chợ Quốc tế Đồ gỗ và Nội thất lần thứ 16 tại TP Hồ Chí Minh.

Tin liên quan:
- Hưng Yên: Hội nghị đối thoại doanh nghiệp năm 2024
- Khánh thành Nhà máy dệt may tại Khu công nghiệp Minh Đức
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
VL = "Văn Lâm"

FIGS = [
    fig("ước đạt gần 49 triệu", "49", 49e6, "money", "USD", approx="nearly", status="estimate",
        subject="xuất khẩu rèm cửa", period=NINE_H),
    fig("ước đạt 48,6 triệu", "48,6", 48.6e6, "money", "USD", status="estimate", percent=72,
        change=chg("increase", 11.3, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu rèm cửa, màn sáo và sản phẩm trang trí nội thất từ vải", period=NINE),
    fig("(chiếm 41%)", "41", 41, "percent", "%",
        subject="tỷ trọng thị trường Hoa Kỳ trong kim ngạch xuất khẩu rèm", period=inh(NINE)),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất rèm"),
    fig("trong đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=27,
        subject="doanh nghiệp sản xuất rèm có vốn đầu tư nước ngoài"),
    fig("khoảng 4.300 lao động", "4.300", 4300, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sản xuất rèm sử dụng"),
    fig("bình quân 8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động"),
    fig("khoảng 120.000 bộ", "120.000", 120000, "measure", "bộ/tháng", approx="about",
        subject="rèm cuốn và rèm vải Công ty TNHH Rèm Minh Khang xuất xưởng mỗi tháng", location=VL),
    fig("thêm ba hợp đồng", "ba", 3, "count", "hợp đồng",
        subject="hợp đồng xuất khẩu công ty ký thêm", period=YTD, location=VL),
    fig("hơn 5,2 triệu", "5,2", 5.2e6, "money", "USD", approx="over",
        subject="tổng giá trị hợp đồng xuất khẩu", period=YTD, location=VL),
    fig("đạt 286 tỷ", "286", 286e9, "money", "đồng", change=chg("increase", 18, "%", "cùng kỳ"),
        subject="doanh thu công ty", period=NINE_H, location=VL),
    fig("tư 45 tỷ", "45", 45e9, "money", "đồng",
        subject="vốn đầu tư dây chuyền may rèm tự động", location=VL),
    fig("thêm 19 triệu", "19", 19e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu thêm", period=Q4),
    fig("khoảng 67,5 triệu", "67,5", 67.5e6, "money", "USD", approx="about", status="target",
        subject="kim ngạch xuất khẩu cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Hưng Yên): curtain exports 9 months 2024; breadcrumb, 'Cập nhật: 10/10/2024 15:05 | Lượt xem: 1.386', related links.",
    "Distractors: 15:05, Lượt xem 1.386, KCN 'Phố Nối A', 'Thăng Long II', 'dây chuyền ... thứ hai' (ordinal), 'quý I/2025', 'lần thứ 16',",
    "'năm 2024' in a related link.",
    "Headline '9 tháng ... gần 49 triệu USD' is its own figure (nearly, estimate); year-less '9 tháng' takes 2024.",
    "'Hoa Kỳ (chiếm 41%)' has no number of its own: a percent figure; Hoa Kỳ is a trade partner, location stays Hưng Yên.",
    "Company passage in huyện Văn Lâm: location Văn Lâm; 'mỗi tháng ... 120.000 bộ' is a rate (bộ/tháng, measure).",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-10. The 45 tỷ investment precedes 'dự kiến' (its own clause): actual, no period.",
    "'Quý IV' and 'cả năm' take 2024; 'phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1464-1", TEXT, NOTES, FIGS, published="2024-10-10", location="Hưng Yên")
