"""p1254-8: radio/TV site (Đài PT-TH Nghệ An): cá nục / cá trích in huyện Quỳnh Lưu, fish sauce in thị xã Hoàng Mai, province rank."""
from lib import fig, per, inh, chg, write

TEXT = """NGHỆ AN TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Quỳnh Lưu: Sản lượng cá nục, cá trích 6 tháng đạt hơn 4 nghìn tấn

Nghệ An TV | 26/06/2024 17:30

Thời gian qua, ngư dân các xã bãi ngang huyện Quỳnh Lưu tích cực bám biển khai thác cá nục, cá trích, mang lại nguồn thu ổn định.

Theo UBND huyện Quỳnh Lưu, 6 tháng đầu năm, sản lượng khai thác hải sản của huyện ước đạt 16.200 tấn, tăng 5,6% so với cùng kỳ, bằng 54% kế hoạch năm; trong đó cá nục, cá trích ước khoảng 4.150 tấn. Toàn huyện có 715 tàu cá, gồm 203 tàu công suất lớn và 512 tàu nhỏ đánh bắt ven bờ.

Tại xã Quỳnh Long, Tổ đoàn kết số 3 có 7 tàu lưới vây liên kết khai thác. Anh Hồ Văn Cường, tổ trưởng, cho biết mỗi đêm thả lưới, tàu của anh thu từ 1,5 đến 2 tấn cá nục, cá trích; mỗi lao động trên tàu thu nhập 10-12 triệu đồng/tháng. Thương lái thu mua cá nục tại bến với giá 22.000 đồng/kg, cá trích 15.000 đồng/kg.

Cá nục, cá trích còn là nguyên liệu cho các cơ sở làm nước mắm, cá khô ở xã Quỳnh Dị, thị xã Hoàng Mai. Hiện thị xã có 38 cơ sở chế biến, mỗi năm sản xuất trên 2 triệu lít nước mắm.

Toàn tỉnh Nghệ An 6 tháng đầu năm 2024 khai thác 78.400 tấn hải sản, đứng thứ hai khu vực Bắc Trung Bộ. Năm nay, tỉnh phấn đấu sản lượng khai thác hải sản đạt 155.000 tấn.

Bình luận (0)
Ý kiến bạn đọc | Chia sẻ
"""

H1H = per("6 tháng", "2024-01-01", "2024-06-30")
H1S = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NN = per("Năm nay", "2024-01-01", "2024-12-31")
QL, HM = "Quỳnh Lưu", "Hoàng Mai"

FIGS = [
    fig("hơn 4 nghìn", "4", 4000, "measure", "tấn", approx="over",
        subject="sản lượng cá nục, cá trích", period=H1H, location=QL),
    fig("ước đạt 16.200 tấn", "16.200", 16200, "measure", "tấn", status="estimate", percent=54,
        change=chg("increase", 5.6, "%", "cùng kỳ"),
        subject="sản lượng khai thác hải sản của huyện", period=H1S, location=QL),
    fig("ước khoảng 4.150 tấn", "4.150", 4150, "measure", "tấn", approx="about", status="estimate", total=16200,
        subject="sản lượng khai thác cá nục, cá trích", period=H1S, location=QL),
    fig("có 715 tàu", "715", 715, "count", "tàu cá", subject="tàu cá", location=QL),
    fig("gồm 203 tàu", "203", 203, "count", "tàu", total=715, subject="tàu công suất lớn", location=QL),
    fig("và 512 tàu", "512", 512, "count", "tàu", total=715, subject="tàu nhỏ đánh bắt ven bờ", location=QL),
    fig("có 7 tàu", "7", 7, "count", "tàu", subject="tàu lưới vây liên kết khai thác của Tổ đoàn kết",
        location=QL),
    fig("từ 1,5 đến 2 tấn", "1,5", 1.5, "measure", "tấn/đêm", value_max=2,
        subject="cá nục, cá trích tàu thu mỗi đêm thả lưới", location=QL),
    fig("10-12 triệu", "10", 10e6, "money", "đồng/tháng", value_max=12e6,
        subject="thu nhập mỗi lao động trên tàu", location=QL),
    fig("giá 22.000 đồng/kg", "22.000", 22000, "money", "đồng/kg", subject="giá thu mua cá nục tại bến",
        location=QL),
    fig("cá trích 15.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", subject="giá thu mua cá trích",
        location=QL),
    fig("có 38 cơ sở", "38", 38, "count", "cơ sở", subject="cơ sở chế biến", location=HM),
    fig("trên 2 triệu", "2", 2e6, "measure", "lít/năm", approx="over",
        subject="nước mắm các cơ sở sản xuất mỗi năm", location=HM),
    fig("khai thác 78.400 tấn", "78.400", 78400, "measure", "tấn", subject="hải sản khai thác toàn tỉnh",
        period=H1),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="sản lượng khai thác hải sản khu vực Bắc Trung Bộ",
        period=H1),
    fig("đạt 155.000 tấn", "155.000", 155000, "measure", "tấn", status="target",
        subject="sản lượng khai thác hải sản", period=NN),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Nghệ An): channel banner, menu, 'Nghệ An TV | 26/06/2024 17:30', sapo, 'Bình luận (0)' at the end.",
    "Distractors: 17:30, 'Tổ đoàn kết số 3', 'Bình luận (0)', 'Bắc Trung Bộ'. Headline 'hơn 4 nghìn tấn' = 4 000, over, period '6 tháng' 2024.",
    "Year-less '6 tháng đầu năm' takes 2024 from the dateline (2024-06-26); the estimate 'ước đạt' ... '; trong đó ... ước khoảng' → estimate, about.",
    "'gồm 203 tàu ... và 512 tàu' take the whole 715. Quỳnh Lưu for the district passage; the fish-sauce passage of thị xã Hoàng Mai → Hoàng Mai.",
    "'mỗi năm sản xuất trên 2 triệu lít' is a yearly rate (lít/năm). 'Toàn tỉnh Nghệ An' → Nghệ An; its rank 'đứng thứ hai khu vực' has the",
    "sentence's period. 'Năm nay ... phấn đấu' → target 2024.",
]

if __name__ == "__main__":
    write("p1254-8", TEXT, NOTES, FIGS, published="2024-06-26", location="Nghệ An")
