"""p1471-1: province portal (Hưng Yên): water-heater output 9 months 2024, a maker in huyện Văn Lâm."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Sản xuất bình nóng lạnh 9 tháng tăng gần 12%

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.836

Theo Cục Thống kê tỉnh, 9 tháng đầu năm 2024, sản lượng bình nóng lạnh trên địa bàn tỉnh Hưng Yên ước đạt 1,26 triệu chiếc, tăng 11,8% so với cùng kỳ năm 2023, bằng 76,4% kế hoạch năm. Trong đó, bình nóng lạnh gián tiếp (loại có bình chứa) 948.000 chiếc, bình nóng lạnh trực tiếp 312.000 chiếc.

Hiện toàn tỉnh có 7 doanh nghiệp sản xuất, lắp ráp bình nóng lạnh, tập trung tại các khu công nghiệp Phố Nối A, Thăng Long II và Minh Đức, tổng công suất thiết kế khoảng 2,1 triệu sản phẩm/năm, sử dụng gần 3.400 lao động với thu nhập bình quân 9,8 triệu đồng/người/tháng.

Tại huyện Văn Lâm, Công ty TNHH Thiết bị nhiệt Kim Ngưu 9 tháng xuất xưởng 415.000 bình, chiếm 32,9% sản lượng toàn tỉnh; doanh thu đạt 1.150 tỷ đồng, tăng 14,2% so với cùng kỳ. Tháng 8 vừa qua, công ty đưa vào vận hành dây chuyền tráng men ruột bình thứ ba, công suất 600 sản phẩm/giờ, vốn đầu tư khoảng 95 tỷ đồng.

Kim ngạch xuất khẩu bình nóng lạnh 9 tháng đạt 38,5 triệu USD, tăng 2,3 lần so với cùng kỳ, trong đó thị trường Philippines chiếm khoảng 41%.

Quý IV là mùa tiêu thụ cao điểm, các doanh nghiệp phấn đấu sản xuất thêm 390.000 chiếc, đưa sản lượng cả năm lên khoảng 1,65 triệu chiếc. Sở Công Thương đề nghị doanh nghiệp thực hiện dán nhãn năng lượng theo Quyết định số 04/2017/QĐ-TTg, áp dụng tiêu chuẩn TCVN 7898:2018.

Tin liên quan:
- Hưng Yên: Hội nghị xúc tiến đầu tư năm 2024
- Khánh thành nhà máy linh kiện điện tử tại KCN Thăng Long II
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
VL = "Văn Lâm"

FIGS = [
    fig("tháng tăng gần 12%", "12", 12, "percent", "%", approx="nearly",
        subject="sản xuất bình nóng lạnh", period=NINE_S),
    fig("ước đạt 1,26 triệu", "1,26", 1.26e6, "count", "chiếc", status="estimate", percent=76.4,
        change=chg("increase", 11.8, "%", "cùng kỳ năm 2023"),
        subject="sản lượng bình nóng lạnh", period=NINE),
    fig("chứa) 948.000 chiếc", "948.000", 948000, "count", "chiếc", total=1.26e6, status="estimate",
        subject="bình nóng lạnh gián tiếp", period=inh(NINE)),
    fig("trực tiếp 312.000 chiếc", "312.000", 312000, "count", "chiếc", total=1.26e6, status="estimate",
        subject="bình nóng lạnh trực tiếp", period=inh(NINE)),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất, lắp ráp bình nóng lạnh"),
    fig("khoảng 2,1 triệu sản phẩm/năm", "2,1", 2.1e6, "measure", "sản phẩm/năm", approx="about",
        subject="tổng công suất thiết kế"),
    fig("gần 3.400 lao động", "3.400", 3400, "count", "lao động", approx="nearly",
        subject="lao động sử dụng"),
    fig("bình quân 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("xuất xưởng 415.000 bình", "415.000", 415000, "count", "bình", percent=32.9,
        subject="bình Công ty TNHH Thiết bị nhiệt Kim Ngưu xuất xưởng", period=NINE_S, location=VL),
    fig("đạt 1.150 tỷ", "1.150", 1150e9, "money", "đồng",
        change=chg("increase", 14.2, "%", "cùng kỳ"),
        subject="doanh thu của Công ty TNHH Thiết bị nhiệt Kim Ngưu", period=NINE_S, location=VL),
    fig("công suất 600 sản phẩm/giờ", "600", 600, "measure", "sản phẩm/giờ",
        subject="công suất dây chuyền tráng men ruột bình", location=VL),
    fig("khoảng 95 tỷ", "95", 95e9, "money", "đồng", approx="about",
        subject="vốn đầu tư dây chuyền tráng men ruột bình", location=VL),
    fig("đạt 38,5 triệu USD", "38,5", 38.5e6, "money", "USD",
        change=chg("increase", 2.3, "lần", "cùng kỳ"),
        subject="kim ngạch xuất khẩu bình nóng lạnh", period=NINE_S),
    fig("chiếm khoảng 41%", "41", 41, "percent", "%", approx="about",
        subject="thị trường Philippines trong kim ngạch xuất khẩu bình nóng lạnh", period=NINE_S),
    fig("thêm 390.000 chiếc", "390.000", 390000, "count", "chiếc", status="target",
        subject="bình nóng lạnh sản xuất thêm", period=Q4),
    fig("khoảng 1,65 triệu", "1,65", 1.65e6, "count", "chiếc", approx="about", status="target",
        subject="sản lượng bình nóng lạnh cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Hưng Yên): bình nóng lạnh output 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.836', related links.",
    "Distractors: 09:35, Lượt xem 1.836, KCN 'Thăng Long II' (twice), 'Tháng 8 vừa qua', ordinal 'dây chuyền ... thứ ba',",
    "Quyết định số 04/2017/QĐ-TTg, TCVN 7898:2018, 'năm 2024' in a related link.",
    "Headline 'tăng gần 12%' is a growth rate as the claim (percent, nearly, no change); '9 tháng' takes 2024 from the dateline.",
    "'bằng 76,4% kế hoạch năm' is the percent attribute of 1,26 triệu; 'Trong đó' parts after a sentence break take total 1,26 triệu",
    "and the whole's estimate status; their period is inherited.",
    "The Kim Ngưu passage (huyện Văn Lâm) has location Văn Lâm; '32,9% sản lượng toàn tỉnh' is a share, not a total cue.",
    "The new line's capacity and investment have no period ('Tháng 8 vừa qua' dates the start-up, not the figures).",
    "'tăng 2,3 lần so với cùng kỳ' is a change in 'lần'; Philippines is a trade partner, so the 41% stays in Hưng Yên.",
    "'phấn đấu' governs both clauses of the Quý IV sentence (target).",
]

if __name__ == "__main__":
    write("p1471-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hưng Yên")
