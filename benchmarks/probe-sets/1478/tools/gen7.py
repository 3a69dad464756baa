"""p1478-7: news agency (TTXVN): a robot vacuum factory opens in Hải Phòng (An Dương); the city's FDI and exports."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Hải Phòng: Nhà máy robot hút bụi 200 triệu USD đi vào hoạt động

20/10/2024 10:12

Hải Phòng (TTXVN) - Ngày 19/10, Công ty TNHH Công nghệ thông minh Lixin Việt Nam khánh thành nhà máy sản xuất robot hút bụi và máy hút bụi không dây tại Khu công nghiệp Tràng Duệ, huyện An Dương.

Nhà máy có tổng vốn đầu tư 200 triệu USD, xây dựng trên diện tích 18,5 ha, công suất thiết kế 4 triệu sản phẩm/năm. Giai đoạn 1 (vốn 120 triệu USD) đã đi vào vận hành với 6 dây chuyền lắp ráp tự động, sử dụng khoảng 1.700 lao động; giai đoạn 2 dự kiến nâng tổng số lao động của nhà máy lên khoảng 3.500 người.

Theo đại diện công ty, 100% sản phẩm của nhà máy dành cho xuất khẩu, chủ yếu sang Mỹ, Nhật Bản và EU. Năm 2025, công ty đặt mục tiêu xuất khẩu 2,2 triệu sản phẩm, kim ngạch khoảng 330 triệu USD; tỷ lệ nội địa hóa linh kiện đạt 35% và nâng lên 50% vào năm 2028.

Phát biểu tại lễ khánh thành, Phó Chủ tịch UBND thành phố Hải Phòng cho biết, 9 tháng năm 2024, thành phố thu hút 2,47 tỷ USD vốn FDI, bằng 98,8% kế hoạch năm, trong đó lĩnh vực điện tử, điện gia dụng chiếm trên 60%. Kim ngạch xuất khẩu của thành phố 9 tháng ước đạt 25,6 tỷ USD, tăng 14,2% so với cùng kỳ, đứng thứ 3 cả nước. Hiện Hải Phòng có 14 khu công nghiệp đi vào hoạt động với tỷ lệ lấp đầy bình quân gần 75%; thành phố phấn đấu đến năm 2030 thu hút thêm 10-12 tỷ USD vốn FDI, ưu tiên dự án công nghệ cao.

Nhân dịp này, công ty trao tặng 50 suất học bổng, mỗi suất 5 triệu đồng, cho học sinh nghèo vượt khó của huyện An Dương.

Hoàng Ngọc (TTXVN)

Từ khóa: Hải Phòng, robot hút bụi, FDI
"""

Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
Y28 = per("vào năm 2028", "2028-01-01", "2028-12-31")
N9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9b = per("9 tháng", "2024-01-01", "2024-09-30")
T30 = per("đến năm 2030", None, "2030-12-31")
AD = "An Dương"

FIGS = [
    fig("hút bụi 200 triệu", "200", 200e6, "money", "USD", subject="nhà máy robot hút bụi", location="Hải Phòng"),
    fig("đầu tư 200 triệu", "200", 200e6, "money", "USD", subject="tổng vốn đầu tư nhà máy", location=AD),
    fig("diện tích 18,5 ha", "18,5", 18.5, "measure", "ha", subject="diện tích nhà máy", location=AD),
    fig("thiết kế 4 triệu", "4", 4e6, "measure", "sản phẩm/năm", subject="công suất thiết kế nhà máy", location=AD),
    fig("(vốn 120 triệu", "120", 120e6, "money", "USD", subject="vốn giai đoạn 1", location=AD),
    fig("với 6 dây chuyền", "6", 6, "count", "dây chuyền", subject="dây chuyền lắp ráp tự động", location=AD),
    fig("khoảng 1.700 lao động", "1.700", 1700, "count", "lao động", approx="about",
        subject="lao động giai đoạn 1 sử dụng", location=AD),
    fig("khoảng 3.500 người", "3.500", 3500, "count", "người", approx="about", status="forecast",
        subject="tổng số lao động của nhà máy", location=AD),
    fig("100% sản phẩm", "100", 100, "percent", "%", subject="sản phẩm của nhà máy dành cho xuất khẩu", location=AD),
    fig("khẩu 2,2 triệu", "2,2", 2.2e6, "count", "sản phẩm", status="target",
        subject="sản phẩm công ty xuất khẩu", period=Y25, location=AD),
    fig("khoảng 330 triệu", "330", 330e6, "money", "USD", approx="about", status="target",
        subject="kim ngạch xuất khẩu của công ty", period=Y25, location=AD),
    fig("đạt 35%", "35", 35, "percent", "%", status="target",
        subject="tỷ lệ nội địa hóa linh kiện", period=Y25, location=AD),
    fig("lên 50%", "50", 50, "percent", "%", status="target",
        subject="tỷ lệ nội địa hóa linh kiện", period=Y28, location=AD),
    fig("hút 2,47 tỷ", "2,47", 2.47e9, "money", "USD", percent=98.8,
        subject="vốn FDI thành phố thu hút", period=N9),
    fig("chiếm trên 60%", "60", 60, "percent", "%", approx="over",
        subject="tỷ trọng lĩnh vực điện tử, điện gia dụng trong vốn FDI", period=N9),
    fig("ước đạt 25,6 tỷ", "25,6", 25.6e9, "money", "USD", status="estimate",
        change=chg("increase", 14.2, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu của thành phố", period=N9b),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", status="estimate",
        subject="kim ngạch xuất khẩu của thành phố", period=N9b),
    fig("có 14 khu công nghiệp", "14", 14, "count", "khu công nghiệp",
        subject="khu công nghiệp đi vào hoạt động"),
    fig("gần 75%", "75", 75, "percent", "%", approx="nearly",
        subject="tỷ lệ lấp đầy bình quân các khu công nghiệp"),
    fig("thêm 10-12 tỷ", "10", 10e9, "money", "USD", value_max=12e9, status="target",
        subject="vốn FDI thu hút thêm", period=T30),
    fig("tặng 50 suất", "50", 50, "count", "suất học bổng", subject="suất học bổng công ty trao tặng", location=AD),
    fig("mỗi suất 5 triệu", "5", 5e6, "money", "đồng/suất", subject="giá trị mỗi suất học bổng", location=AD),
]

NOTES = [
    "News agency (TTXVN): headline figure, '20/10/2024 10:12', 'Hải Phòng (TTXVN) - Ngày 19/10', byline 'Hoàng Ngọc (TTXVN)', keywords.",
    "Distractors: 10:12, 'Ngày 19/10', 'Giai đoạn 1' / 'giai đoạn 2' (phase names), KCN Tràng Duệ.",
    "The factory in huyện An Dương: its figures get location An Dương; the city figures (FDI, exports, KCN, 2030 target) Hải Phòng.",
    "Headline figure (200 triệu USD) gets Hải Phòng, the place its own sentence names. Body repeat is a figure of its own.",
    "'Giai đoạn 1 (vốn 120 triệu USD)': no part-of cue and no bracketed breakdown of the 200: no total.",
    "'giai đoạn 2 dự kiến nâng ... lên khoảng 3.500 người' forecast, no period. '100% sản phẩm ... dành cho xuất khẩu' percent, no period.",
    "'Năm 2025, công ty đặt mục tiêu' governs 2,2 triệu, 330 triệu USD and 35% (target, 2025); 'nâng lên 50% vào năm 2028' target 2028.",
    "'bằng 98,8% kế hoạch năm' → percent attribute; 'trong đó lĩnh vực điện tử ... chiếm trên 60%' a percent figure of its own.",
    "'ước đạt 25,6 tỷ USD, tăng 14,2% ..., đứng thứ 3 cả nước' → the rank continues the estimate clause: estimate; location Hải Phòng.",
    "'Hiện ... gần 75%' no period; 'phấn đấu đến năm 2030 thu hút thêm 10-12 tỷ USD' target, start null, end 2030-12-31.",
    "'mỗi suất 5 triệu đồng' → unit 'đồng/suất'.",
]

if __name__ == "__main__":
    write("p1478-7", TEXT, NOTES, FIGS, published="2024-10-20", location="Hải Phòng")
