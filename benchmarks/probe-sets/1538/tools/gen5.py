"""p1538-5: national newspaper: exports and imports of hand farm tools, 8 months of 2024; a firm in Hải Dương."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh > Xuất nhập khẩu

Thứ bảy, 14/9/2024, 08:05 (GMT+7)

Xuất khẩu cuốc, xẻng, liềm 8 tháng đạt gần 125 triệu USD

Nhu cầu dụng cụ làm vườn tại Mỹ và châu Âu phục hồi giúp kim ngạch xuất khẩu nông cụ cầm tay của Việt Nam tăng mạnh.

Theo Tổng cục Hải quan, 8 tháng đầu năm 2024, cả nước xuất khẩu 124,6 triệu USD dụng cụ cầm tay dùng trong nông nghiệp (mã HS 8201, gồm xẻng, cuốc, liềm, cào, chĩa), tăng 18,3% so với cùng kỳ năm 2023. Riêng tháng 8, kim ngạch đạt 17,9 triệu USD, tăng 4,1% so với tháng 7.

Mỹ tiếp tục là thị trường lớn nhất với 47,9 triệu USD, chiếm 38,4% tổng kim ngạch; tiếp đến là Nhật Bản 21,2 triệu USD, Australia 9,8 triệu USD và Hàn Quốc 7,5 triệu USD.

Ở chiều ngược lại, nhập khẩu nông cụ cầm tay giảm 7% xuống còn 46,2 triệu USD, trong đó hơn 80% có xuất xứ Trung Quốc. Tại các chợ nông thôn, một chiếc xẻng nhập khẩu có giá bán lẻ 45.000-60.000 đồng, rẻ hơn 30-40% so với hàng rèn trong nước.

Tại Hải Dương, Công ty CP Dụng cụ nông nghiệp Tân Phong (KCN Nam Sách) cho biết từ đầu năm đến nay đã xuất sang Mỹ hơn 2,4 triệu chiếc xẻng, cào, bằng 75% đơn hàng cả năm. Doanh nghiệp đang tuyển thêm 150 công nhân, nâng tổng số lao động lên khoảng 1.100 người.

Hiệp hội Cơ khí Việt Nam dự báo kim ngạch xuất khẩu nông cụ cầm tay cả năm 2024 có thể đạt khoảng 190 triệu USD, gấp 1,4 lần năm 2023.

Minh Khôi
"""

M8h = per("8 tháng", "2024-01-01", "2024-08-31")
M8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
T8 = per("tháng 8", "2024-08-01", "2024-08-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-09-14")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
HD = "Hải Dương"

FIGS = [
    fig("gần 125 triệu", "125", 125e6, "money", "USD", approx="nearly",
        subject="xuất khẩu cuốc, xẻng, liềm", period=M8h),
    fig("xuất khẩu 124,6 triệu", "124,6", 124.6e6, "money", "USD",
        change=chg("increase", 18.3, "%", "cùng kỳ năm 2023"),
        subject="xuất khẩu dụng cụ cầm tay dùng trong nông nghiệp", period=M8),
    fig("đạt 17,9 triệu", "17,9", 17.9e6, "money", "USD", change=chg("increase", 4.1, "%", "tháng 7"),
        subject="kim ngạch xuất khẩu dụng cụ cầm tay dùng trong nông nghiệp", period=T8),
    fig("với 47,9 triệu", "47,9", 47.9e6, "money", "USD", percent=38.4,
        subject="kim ngạch xuất khẩu sang thị trường Mỹ", period=inh(M8)),
    fig("Nhật Bản 21,2 triệu", "21,2", 21.2e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang thị trường Nhật Bản", period=inh(M8)),
    fig("Australia 9,8 triệu", "9,8", 9.8e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang thị trường Australia", period=inh(M8)),
    fig("Hàn Quốc 7,5 triệu", "7,5", 7.5e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang thị trường Hàn Quốc", period=inh(M8)),
    fig("còn 46,2 triệu", "46,2", 46.2e6, "money", "USD", change=chg("decrease", 7, "%"),
        subject="nhập khẩu nông cụ cầm tay", period=inh(M8)),
    fig("hơn 80% có", "80", 80, "percent", "%", approx="over",
        subject="nhập khẩu nông cụ cầm tay có xuất xứ Trung Quốc", period=inh(M8)),
    fig("lẻ 45.000-60.000", "45.000", 45000, "money", "đồng/chiếc", value_max=60000,
        change=chg("decrease", 30, "%", "hàng rèn trong nước"),
        subject="giá bán lẻ xẻng nhập khẩu"),
    fig("hơn 2,4 triệu", "2,4", 2.4e6, "count", "chiếc", approx="over", percent=75,
        subject="xẻng, cào Công ty CP Dụng cụ nông nghiệp Tân Phong xuất sang Mỹ", period=YTD, location=HD),
    fig("thêm 150 công nhân", "150", 150, "count", "công nhân", subject="công nhân doanh nghiệp tuyển thêm",
        location=HD),
    fig("khoảng 1.100 người", "1.100", 1100, "count", "người", approx="about",
        subject="tổng số lao động của doanh nghiệp", location=HD),
    fig("khoảng 190 triệu", "190", 190e6, "money", "USD", approx="about", status="forecast",
        change=chg("increase", 1.4, "lần", "năm 2023"),
        subject="kim ngạch xuất khẩu nông cụ cầm tay", period=Y24),
]

NOTES = [
    "National newspaper: 'Thứ bảy, 14/9/2024, 08:05 (GMT+7)' (published), sapo, byline at the end. Default location Việt Nam.",
    "Distractors: 08:05, GMT+7, 'mã HS 8201' (a product code), 'KCN Nam Sách', 'tháng 7' and 'năm 2023' as baselines.",
    "Headline 'gần 125 triệu USD' is its own figure (nearly); '8 tháng' takes 2024 (published). 'Riêng tháng 8' → August 2024.",
    "Market list (Mỹ, Nhật Bản, Australia, Hàn Quốc) shares the indicator kim ngạch xuất khẩu; foreign markets are not locations (Việt Nam).",
    "'chiếm 38,4% tổng kim ngạch' → percent attribute of 47,9 triệu USD. List and import figures inherit '8 tháng đầu năm 2024' (not scored).",
    "'giảm 7% xuống còn 46,2 triệu USD' → change decrease 7% of 46,2 triệu; 'trong đó hơn 80% có xuất xứ Trung Quốc' → percent figure (over).",
    "'rẻ hơn 30-40% so với hàng rèn trong nước' → change decrease of the price range; the change holds the lower end 30 (no slot for a range).",
    "Firm in Hải Dương: location Hải Dương; 'từ đầu năm đến nay' → 2024-01-01..2024-09-14; 'bằng 75% đơn hàng cả năm' → percent 75.",
    "'dự báo ... cả năm 2024 ... khoảng 190 triệu USD, gấp 1,4 lần năm 2023' → forecast, about, change increase 1.4 lần.",
]

if __name__ == "__main__":
    write("p1538-5", TEXT, NOTES, FIGS, published="2024-09-14", location="Việt Nam")
