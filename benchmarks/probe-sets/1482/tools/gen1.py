"""p1482-1: province portal (Bến Tre): coconut-fibre twine and rope, 6 months 2024, a rope village in Mỏ Cày Nam."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẾN TRE
Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu dây thừng xơ dừa 6 tháng tăng hơn 12%

Cập nhật: 12/07/2024 10:35 | Lượt xem: 1.863

Theo Sở Công Thương, 6 tháng đầu năm 2024, các cơ sở se dây trên địa bàn tỉnh sản xuất khoảng 18.500 tấn chỉ xơ dừa và dây thừng xơ dừa, tăng 8,4% so với cùng kỳ năm 2023. Kim ngạch xuất khẩu dây, thảm từ xơ dừa ước đạt 41,6 triệu USD, tăng 12,3% so với cùng kỳ, bằng 52% kế hoạch năm.

Toàn tỉnh hiện có 214 cơ sở se chỉ, se dây xơ dừa, trong đó 37 doanh nghiệp và 177 hộ kinh doanh, giải quyết việc làm cho gần 6.000 lao động, thu nhập từ 4,5 đến 6 triệu đồng/người/tháng.

Tại huyện Mỏ Cày Nam, làng nghề se dây dừa An Thạnh có 126 hộ tham gia, mỗi ngày cung ứng khoảng 25 tấn dây thừng các loại. Bà Trần Thị Kim Hoa, chủ cơ sở Kim Hoa ở ấp 5, cho biết cơ sở có 3 máy se dây tự động, công suất 1.200 mét/ngày mỗi máy. Theo bà Hoa, giá dây thừng xơ dừa loại 14 ly hiện từ 9.000 đến 11.000 đồng/kg, cao hơn khoảng 1.500 đồng/kg so với đầu năm.

Từ đầu năm đến nay, tỉnh đã hỗ trợ 2,8 tỷ đồng cho 46 cơ sở đổi mới máy móc theo Chương trình khuyến công; 3 sản phẩm dây thừng xơ dừa được công nhận OCOP 4 sao. Mục tiêu đến năm 2025, kim ngạch xuất khẩu sản phẩm từ xơ dừa đạt 100 triệu USD, trong đó dây và chỉ chiếm khoảng 40%.

Tin liên quan:
- Bến Tre: Khai mạc Lễ hội Dừa lần thứ 6 năm 2024
- Hướng dẫn hồ sơ đề nghị công nhận làng nghề truyền thống
"""

H6 = per("6 tháng", "2024-01-01", "2024-06-30")
S6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
T25 = per("đến năm 2025", None, "2025-12-31")
MCN = "Mỏ Cày Nam"

FIGS = [
    fig("tăng hơn 12%", "12", 12, "percent", "%", approx="over",
        subject="xuất khẩu dây thừng xơ dừa", period=H6),
    fig("khoảng 18.500 tấn", "18.500", 18500, "measure", "tấn", approx="about",
        change=chg("increase", 8.4, "%", "cùng kỳ năm 2023"),
        subject="chỉ xơ dừa và dây thừng xơ dừa các cơ sở se dây sản xuất", period=S6),
    fig("ước đạt 41,6 triệu", "41,6", 41.6e6, "money", "USD", status="estimate", percent=52,
        change=chg("increase", 12.3, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu dây, thảm từ xơ dừa", period=inh(S6)),
    fig("có 214 cơ sở", "214", 214, "count", "cơ sở", subject="cơ sở se chỉ, se dây xơ dừa"),
    fig("37 doanh nghiệp", "37", 37, "count", "doanh nghiệp", total=214,
        subject="doanh nghiệp se chỉ, se dây xơ dừa"),
    fig("177 hộ kinh doanh", "177", 177, "count", "hộ kinh doanh", total=214,
        subject="hộ kinh doanh se chỉ, se dây xơ dừa"),
    fig("gần 6.000 lao động", "6.000", 6000, "count", "lao động", approx="nearly",
        subject="lao động được giải quyết việc làm tại các cơ sở se dây"),
    fig("từ 4,5 đến 6 triệu", "4,5", 4.5e6, "money", "đồng/người/tháng", value_max=6e6,
        subject="thu nhập của lao động se dây"),
    fig("có 126 hộ", "126", 126, "count", "hộ",
        subject="hộ tham gia làng nghề se dây dừa An Thạnh", location=MCN),
    fig("khoảng 25 tấn", "25", 25, "measure", "tấn/ngày", approx="about",
        subject="dây thừng các loại làng nghề cung ứng mỗi ngày", location=MCN),
    fig("có 3 máy", "3", 3, "count", "máy se dây", subject="máy se dây tự động của cơ sở Kim Hoa", location=MCN),
    fig("1.200 mét/ngày", "1.200", 1200, "measure", "mét/ngày", subject="công suất mỗi máy se dây", location=MCN),
    fig("loại 14 ly", "14", 14, "measure", "ly", subject="cỡ dây thừng xơ dừa", location=MCN, optional=True),
    fig("từ 9.000 đến 11.000", "9.000", 9000, "money", "đồng/kg", value_max=11000,
        change=chg("increase", 1500, "đồng/kg", "đầu năm", approx="about"),
        subject="giá dây thừng xơ dừa loại 14 ly", location=MCN),
    fig("hỗ trợ 2,8 tỷ", "2,8", 2.8e9, "money", "đồng",
        subject="kinh phí tỉnh hỗ trợ cơ sở đổi mới máy móc theo Chương trình khuyến công", period=YTD),
    fig("cho 46 cơ sở", "46", 46, "count", "cơ sở", subject="cơ sở được hỗ trợ đổi mới máy móc", period=YTD),
    fig("3 sản phẩm", "3", 3, "count", "sản phẩm",
        subject="sản phẩm dây thừng xơ dừa được công nhận OCOP 4 sao", period=YTD),
    fig("đạt 100 triệu", "100", 100e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu sản phẩm từ xơ dừa", period=T25),
    fig("chiếm khoảng 40%", "40", 40, "percent", "%", approx="about", status="target",
        subject="tỷ trọng dây và chỉ trong kim ngạch xuất khẩu sản phẩm từ xơ dừa", period=T25),
]

NOTES = [
    "Province portal (Bến Tre): coconut-fibre twine and rope, 6 months 2024; breadcrumb, 'Cập nhật: 12/07/2024 10:35 | Lượt xem: 1.863'.",
    "Distractors: 10:35, Lượt xem 1.863, 'ấp 5', 'OCOP 4 sao', 'lần thứ 6 năm 2024' in a related link.",
    "Headline 'tăng hơn 12%' is a growth rate as the claim (percent, over, no change); year-less '6 tháng' takes the published year.",
    "41,6 triệu USD: change 12,3% (first), 'bằng 52% kế hoạch năm' is its percent; period stated in the previous sentence (inherited).",
    "37 doanh nghiệp and 177 hộ kinh doanh follow 'trong đó' after 214 cơ sở and add up to it: total 214.",
    "Village passage in huyện Mỏ Cày Nam: location Mỏ Cày Nam; 'loại 14 ly' is a product size (optional).",
    "'cao hơn khoảng 1.500 đồng/kg so với đầu năm' is the change of the price range (unit đồng/kg).",
    "'Từ đầu năm đến nay' ends at the dateline and governs both clauses of its sentence; 'Mục tiêu đến năm 2025' → target, start null.",
    "'trong đó dây và chỉ chiếm khoảng 40%' has no amount of its own: a percent figure (target).",
]

if __name__ == "__main__":
    write("p1482-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Bến Tre")
