"""p1311-2: district portal (huyện Krông Pa, Gia Lai): drilled wells for ethnic-minority households (June 2024)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PA - TỈNH GIA LAI
Trang chủ | Tin tức | Kinh tế | Văn hóa - Xã hội

Hỗ trợ khoan 45 giếng cho hộ đồng bào dân tộc thiểu số thiếu nước

05/06/2024 - 08:40

Từ đầu năm 2024 đến nay, từ nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, huyện Krông Pa đã hỗ trợ khoan 45 giếng, vượt 12,5% kế hoạch, cho các hộ đồng bào Jrai tại các xã Ia Rsai, Chư Gu và Ia Mlah với tổng kinh phí hơn 1,3 tỷ đồng. Mỗi giếng được hỗ trợ 29 triệu đồng, phần còn lại do người dân đối ứng.

Theo Phòng Dân tộc huyện, mỗi giếng khoan sâu từ 60 đến 90 m, lưu lượng bình quân 1,5 m3/giờ, đủ cấp nước cho 3-4 hộ lân cận. Ông Ksor Bơn (buôn Ma Rin 2, xã Ia Rsai) cho biết trước đây gia đình 7 người phải đi bộ gần 2 km ra suối lấy nước, nay đã có giếng ngay trong vườn.

Toàn huyện hiện có 2.964 hộ thiếu nước sinh hoạt vào mùa khô, chiếm 12,8% tổng số hộ; trong đó 2.190 hộ là đồng bào dân tộc thiểu số. Năm 2024, huyện phấn đấu hỗ trợ thêm 60 giếng khoan và 300 bồn chứa nước inox loại 1.000 lít cho hộ nghèo, hộ cận nghèo, nâng tỷ lệ hộ được sử dụng nước hợp vệ sinh lên 92%.

Nguồn: Phòng Dân tộc huyện Krông Pa

Tin khác:
- Krông Pa ra quân hưởng ứng Tháng hành động vì môi trường năm 2024
- Kỳ họp thứ 14 HĐND huyện khóa XII

Cơ quan chủ quản: UBND huyện Krông Pa
Địa chỉ: 99 Hùng Vương, thị trấn Phú Túc, huyện Krông Pa, tỉnh Gia Lai
"""

YTD = per("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-06-05")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khoan 45 giếng cho hộ", "45", 45, "count", "giếng", subject="giếng khoan hỗ trợ hộ đồng bào dân tộc thiểu số"),
    fig("khoan 45 giếng, vượt", "45", 45, "count", "giếng", change=chg("increase", 12.5, "%", "kế hoạch"),
        subject="giếng huyện hỗ trợ khoan", period=YTD),
    fig("hơn 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="over", subject="tổng kinh phí hỗ trợ khoan giếng",
        period=YTD),
    fig("hỗ trợ 29 triệu", "29", 29e6, "money", "đồng/giếng", subject="mức hỗ trợ mỗi giếng"),
    fig("từ 60 đến 90 m", "60", 60, "measure", "m", value_max=90, subject="độ sâu mỗi giếng khoan"),
    fig("1,5 m3/giờ", "1,5", 1.5, "measure", "m3/giờ", subject="lưu lượng bình quân giếng khoan"),
    fig("cho 3-4 hộ", "3", 3, "count", "hộ", value_max=4, subject="hộ lân cận mỗi giếng đủ cấp nước"),
    fig("gia đình 7 người", "7", 7, "count", "người", subject="người trong gia đình ông Ksor Bơn"),
    fig("gần 2 km", "2", 2, "measure", "km", approx="nearly", subject="quãng đường đi bộ ra suối lấy nước"),
    fig("có 2.964 hộ", "2.964", 2964, "count", "hộ", percent=12.8, subject="hộ thiếu nước sinh hoạt vào mùa khô"),
    fig("đó 2.190 hộ", "2.190", 2190, "count", "hộ", total=2964,
        subject="hộ thiếu nước sinh hoạt là đồng bào dân tộc thiểu số"),
    fig("thêm 60 giếng", "60", 60, "count", "giếng khoan", status="target", subject="giếng khoan hỗ trợ thêm",
        period=Y24),
    fig("và 300 bồn", "300", 300, "count", "bồn", status="target",
        subject="bồn chứa nước inox hỗ trợ hộ nghèo, hộ cận nghèo", period=Y24),
    fig("loại 1.000 lít", "1.000", 1000, "measure", "lít", status="target", subject="dung tích bồn chứa nước inox",
        optional=True),
    fig("lên 92%", "92", 92, "percent", "%", status="target", subject="tỷ lệ hộ được sử dụng nước hợp vệ sinh",
        period=Y24),
]

NOTES = [
    "District portal (huyện Krông Pa, Gia Lai): banner naming the district, menu, '05/06/2024 - 08:40' under the headline, 'Nguồn:',",
    "'Tin khác', 'Cơ quan chủ quản', address footer. All figures are the district's: location Krông Pa (communes are not locations).",
    "Distractors: 08:40, 'buôn Ma Rin 2', 'Tháng hành động ... năm 2024', 'Kỳ họp thứ 14', 'khóa XII', '99 Hùng Vương'.",
    "Headline '45 giếng' is a figure of its own (no period). 'vượt 12,5% kế hoạch' is the gap to plan: a change with baseline 'kế hoạch'.",
    "'Mỗi giếng được hỗ trợ 29 triệu đồng' → đồng/giếng. 'vào mùa khô' is not a calendar period: no period.",
    "'chiếm 12,8% tổng số hộ' is the percent of 2.964 hộ; '; trong đó 2.190 hộ' takes total 2.964.",
    "'Năm 2024, huyện phấn đấu ...' → target for the wells, tanks and the 92% ('nâng ... lên 92%' continues the clause).",
    "'loại 1.000 lít' is the product size of the tanks (optional).",
]

if __name__ == "__main__":
    write("p1311-2", TEXT, NOTES, FIGS, published="2024-06-05", location="Krông Pa")
