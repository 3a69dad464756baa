"""p1210-2: district portal (huyện Bát Xát, Lào Cai): medicinal plants under forest canopy, tam thất cooperative in Y Tý."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT - TỈNH LÀO CAI
Trang chủ | Tin tức - Sự kiện | Kinh tế

Bát Xát đưa cây dược liệu xuống tán rừng

Thứ Ba, 05/09/2023 - 16:20

Tính đến tháng 8/2023, toàn huyện có 1.056 ha cây dược liệu, trong đó khoảng 430 ha trồng dưới tán rừng, gồm tam thất 38 ha, khoai nưa 265 ha, hoàng tinh và các loại khác 127 ha. Diện tích dược liệu tập trung tại các xã Y Tý, A Lù, Trịnh Tường và Ngải Thầu.

Trong 8 tháng năm 2023, huyện đã hỗ trợ 146 hộ dân trồng mới 52 ha khoai nưa dưới tán rừng, bằng 104% kế hoạch, tổng kinh phí gần 800 triệu đồng từ Dự án 3 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Mức hỗ trợ là 15 triệu đồng/ha.

Tại xã Y Tý, Hợp tác xã Dược liệu Sín Chải hiện có 27 thành viên, trồng 12 ha tam thất dưới tán rừng sa mu. Cây tam thất trồng 3 năm mới cho thu hoạch, năng suất củ khô bình quân 1,2 tấn/ha. Tam thất khô hiện có giá bán từ 1,5 đến 2 triệu đồng/kg. Năm 2022, hợp tác xã đạt doanh thu hơn 4,8 tỷ đồng; mỗi thành viên có thu nhập 8-10 triệu đồng/người/tháng. Theo ông Lý Seo Chử, Giám đốc hợp tác xã, năm nay dự kiến thu hoạch khoảng 3 ha, sản lượng 3,6 tấn củ khô.

Giai đoạn 2023-2025, huyện phấn đấu mở rộng diện tích dược liệu dưới tán rừng lên 600 ha, trong đó tam thất 60 ha; tổ chức Lễ hội tam thất Y Tý lần thứ 2 vào tháng 11.

Minh Phượng (Trung tâm VH-TT&TT huyện)
"""

ASOF = per("Tính đến tháng 8/2023", None, "2023-08-31")
M8 = per("Trong 8 tháng năm 2023", "2023-01-01", "2023-08-31")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
NOW = per("năm nay", "2023-01-01", "2023-12-31")
PLAN = per("Giai đoạn 2023-2025", "2023-01-01", "2025-12-31")
HTX = "Hợp tác xã Dược liệu Sín Chải"

FIGS = [
    fig("có 1.056 ha", "1.056", 1056, "measure", "ha", subject="diện tích cây dược liệu", period=ASOF),
    fig("khoảng 430 ha", "430", 430, "measure", "ha", approx="about", total=1056,
        subject="diện tích cây dược liệu trồng dưới tán rừng", period=ASOF),
    fig("tam thất 38 ha", "38", 38, "measure", "ha", total=430,
        subject="diện tích tam thất trồng dưới tán rừng", period=ASOF),
    fig("khoai nưa 265 ha", "265", 265, "measure", "ha", total=430,
        subject="diện tích khoai nưa trồng dưới tán rừng", period=ASOF),
    fig("khác 127 ha", "127", 127, "measure", "ha", total=430,
        subject="diện tích hoàng tinh và các loại khác trồng dưới tán rừng", period=ASOF),
    fig("hỗ trợ 146 hộ", "146", 146, "count", "hộ",
        subject="hộ dân được hỗ trợ trồng mới khoai nưa dưới tán rừng", period=M8),
    fig("mới 52 ha", "52", 52, "measure", "ha", percent=104,
        subject="diện tích khoai nưa dưới tán rừng trồng mới", period=M8),
    fig("gần 800 triệu", "800", 800000000, "money", "đồng", approx="nearly",
        subject="kinh phí hỗ trợ trồng mới khoai nưa", period=M8),
    fig("là 15 triệu", "15", 15000000, "money", "đồng/ha", subject="mức hỗ trợ trồng khoai nưa"),
    fig("có 27 thành viên", "27", 27, "count", "thành viên", subject=f"thành viên {HTX}"),
    fig("trồng 12 ha", "12", 12, "measure", "ha", subject=f"diện tích tam thất dưới tán rừng của {HTX}"),
    fig("trồng 3 năm", "3", 3, "measure", "năm", optional=True, subject="thời gian trồng tam thất đến thu hoạch"),
    fig("1,2 tấn/ha", "1,2", 1.2, "measure", "tấn/ha", subject="năng suất củ khô tam thất bình quân"),
    fig("từ 1,5 đến", "1,5", 1500000, "money", "đồng/kg", value_max=2000000, subject="giá bán tam thất khô"),
    fig("hơn 4,8 tỷ", "4,8", 4800000000, "money", "đồng", approx="over",
        subject="doanh thu hợp tác xã", period=Y22),
    fig("8-10 triệu", "8", 8000000, "money", "đồng/người/tháng", value_max=10000000,
        subject="thu nhập mỗi thành viên hợp tác xã", period=Y22),
    fig("khoảng 3 ha", "3", 3, "measure", "ha", approx="about", status="forecast",
        subject="diện tích tam thất thu hoạch", period=NOW),
    fig("sản lượng 3,6 tấn", "3,6", 3.6, "measure", "tấn", status="forecast",
        subject="sản lượng tam thất củ khô", period=NOW),
    fig("lên 600 ha", "600", 600, "measure", "ha", status="target",
        subject="diện tích dược liệu dưới tán rừng", period=PLAN),
    fig("tam thất 60 ha", "60", 60, "measure", "ha", total=600, status="target",
        subject="diện tích tam thất dưới tán rừng", period=PLAN),
]

NOTES = [
    "District portal (huyện Bát Xát, Lào Cai); dateline 'Thứ Ba, 05/09/2023 - 16:20'; byline at the end. Location: Bát Xát (Y Tý is a commune of it).",
    "Distractors: 16:20, 'Dự án 3', 'lần thứ 2', 'tháng 11' (a date of a festival), 'Giai đoạn 2023-2025' (period only).",
    "'khoảng 430 ha' is part of 1.056 ('trong đó'); its parts after 'gồm' add up to 430 (38+265+127). 'tam thất 60 ha' part of the 600 ha target.",
    "'năm nay' = 2023 (the dateline's year). 'trồng 3 năm mới cho thu hoạch' (crop cycle) optional. 'Mức hỗ trợ là 15 triệu đồng/ha' is a standing rate: no period.",
    "'Tam thất khô hiện có giá bán' has no period. 'dự kiến … khoảng 3 ha, sản lượng 3,6 tấn' → forecast (the cue governs the continuing clause).",
]

if __name__ == "__main__":
    write("p1210-2", TEXT, NOTES, FIGS, published="2023-09-05", location="Bát Xát")
