"""p1535-1: province portal (Hưng Yên): office-supply output 9 months 2024, a stapler maker in huyện Văn Lâm."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Hưng Yên
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản xuất văn phòng phẩm 9 tháng tăng hơn 11%

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, giá trị sản xuất nhóm sản phẩm văn phòng phẩm trên địa bàn tỉnh Hưng Yên ước đạt 3.420 tỷ đồng, tăng 11,3% so với cùng kỳ năm 2023, bằng 76,8% kế hoạch năm. Trong đó, nhóm dập ghim, ghim bấm và kẹp giấy ước đạt 1.260 tỷ đồng, bút viết 1.130 tỷ đồng, sổ, vở và sản phẩm giấy 1.030 tỷ đồng.

Toàn tỉnh hiện có 27 doanh nghiệp sản xuất văn phòng phẩm, sử dụng khoảng 6.800 lao động, thu nhập bình quân 8,9 triệu đồng/người/tháng. Hưng Yên đứng thứ 4 cả nước về giá trị sản xuất mặt hàng này.

Tại Khu công nghiệp Như Quỳnh A, huyện Văn Lâm, Công ty TNHH Văn phòng phẩm Hồng Phát mỗi tháng xuất xưởng khoảng 1,2 triệu chiếc dập ghim và gần 450 tấn ghim bấm các cỡ, từ ghim số 10 đến ghim 23/13. Trong 9 tháng, công ty xuất khẩu 38% sản lượng sang Nhật Bản, Hàn Quốc và EU, kim ngạch đạt 14,6 triệu USD, tăng 17% so với cùng kỳ. Công ty đang đầu tư thêm hai dây chuyền dập ghim tự động với tổng vốn 95 tỷ đồng, dự kiến vận hành từ quý I/2025, nâng công suất lên 18 triệu chiếc/năm.

Quý IV, ngành công thương phấn đấu đạt thêm 1.050 tỷ đồng giá trị sản xuất, đưa cả năm lên khoảng 4.470 tỷ đồng. Sở Công Thương sẽ tổ chức Hội chợ hàng tiêu dùng lần thứ 3 tại TP Hưng Yên.

Tin liên quan:
- Hưng Yên: Tọa đàm kết nối doanh nghiệp công nghiệp hỗ trợ năm 2024
- Khởi công nhà máy sản xuất bao bì tại Khu công nghiệp Yên Mỹ II
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_HEAD = per("9 tháng", "2024-01-01", "2024-09-30")
NINE_FIRM = per("Trong 9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
VL = "Văn Lâm"

FIGS = [
    fig("tăng hơn 11%", "11", 11, "percent", "%", approx="over",
        subject="sản xuất văn phòng phẩm", period=NINE_HEAD),
    fig("ước đạt 3.420 tỷ", "3.420", 3420e9, "money", "đồng", status="estimate", percent=76.8,
        change=chg("increase", 11.3, "%", "cùng kỳ năm 2023"),
        subject="giá trị sản xuất nhóm sản phẩm văn phòng phẩm", period=NINE),
    fig("ước đạt 1.260 tỷ", "1.260", 1260e9, "money", "đồng", total=3420e9, status="estimate",
        subject="giá trị sản xuất nhóm dập ghim, ghim bấm và kẹp giấy", period=inh(NINE)),
    fig("bút viết 1.130 tỷ", "1.130", 1130e9, "money", "đồng", total=3420e9, status="estimate",
        subject="giá trị sản xuất bút viết", period=inh(NINE)),
    fig("giấy 1.030 tỷ", "1.030", 1030e9, "money", "đồng", total=3420e9, status="estimate",
        subject="giá trị sản xuất sổ, vở và sản phẩm giấy", period=inh(NINE)),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất văn phòng phẩm"),
    fig("khoảng 6.800 lao động", "6.800", 6800, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sản xuất văn phòng phẩm sử dụng"),
    fig("bình quân 8,9 triệu", "8,9", 8.9e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("đứng thứ 4", "4", 4, "rank", "hạng",
        subject="giá trị sản xuất văn phòng phẩm"),
    fig("khoảng 1,2 triệu chiếc", "1,2", 1.2e6, "measure", "chiếc/tháng", approx="about",
        subject="dập ghim Công ty TNHH Văn phòng phẩm Hồng Phát xuất xưởng mỗi tháng", location=VL),
    fig("gần 450 tấn", "450", 450, "measure", "tấn/tháng", approx="nearly",
        subject="ghim bấm công ty xuất xưởng mỗi tháng", location=VL),
    fig("xuất khẩu 38%", "38", 38, "percent", "%",
        subject="tỷ lệ sản lượng công ty xuất khẩu", period=NINE_FIRM, location=VL),
    fig("đạt 14,6 triệu", "14,6", 14.6e6, "money", "USD", change=chg("increase", 17, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu của công ty", period=NINE_FIRM, location=VL),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền dập ghim tự động công ty đầu tư thêm", location=VL),
    fig("vốn 95 tỷ", "95", 95e9, "money", "đồng",
        subject="tổng vốn đầu tư dây chuyền dập ghim tự động", location=VL),
    fig("lên 18 triệu", "18", 18e6, "measure", "chiếc/năm", status="forecast",
        subject="công suất dập ghim của công ty", location=VL),
    fig("thêm 1.050 tỷ", "1.050", 1050e9, "money", "đồng", status="target",
        subject="giá trị sản xuất văn phòng phẩm đạt thêm", period=Q4),
    fig("khoảng 4.470 tỷ", "4.470", 4470e9, "money", "đồng", approx="about", status="target",
        subject="giá trị sản xuất cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Hưng Yên): office-supply output value 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, 'Như Quỳnh A', 'ghim số 10', 'ghim 23/13' (staple sizes), 'quý I/2025', 'lần thứ 3', 'năm 2024' and 'Yên Mỹ II' in links.",
    "Headline 'tăng hơn 11%' is a growth rate as the claim (percent, over, no change); year-less '9 tháng' takes 2024.",
    "'Trong đó' parts after a sentence break: total = 3.420 tỷ; the first part has its own 'ước đạt', the list continues it (estimate); period inherited.",
    "'bằng 76,8% kế hoạch năm' is the percent attribute of 3.420 tỷ; 'tăng 11,3% so với cùng kỳ năm 2023' its change.",
    "The stapler maker in huyện Văn Lâm gives location Văn Lâm to its passage; 'mỗi tháng' amounts are rates (chiếc/tháng, tấn/tháng).",
    "'dự kiến ... nâng công suất lên 18 triệu chiếc/năm' is a forecast; 'hai dây chuyền', '95 tỷ' are under way (actual). 'quý I/2025' only dates the start-up: no period.",
    "'Quý IV ... phấn đấu' governs both clauses (target); 'cả năm' = 2024.",
]

if __name__ == "__main__":
    write("p1535-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hưng Yên")
