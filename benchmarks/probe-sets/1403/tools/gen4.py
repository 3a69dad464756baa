"""p1403-4: provincial Party newspaper (Báo Bình Thuận): Katê 2023 in Bình Thuận, Cham population, Pô Sah Inư visitors."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BÌNH THUẬN ĐIỆN TỬ
Trang chủ | Chính trị | Kinh tế | Văn hóa - Văn nghệ | Du lịch

Rộn ràng Katê trên quê hương Bình Thuận

Thứ Hai, 16/10/2023 | 08:30

Những ngày này, đồng bào Chăm ở các huyện Bắc Bình, Tuy Phong, Hàm Thuận Bắc nô nức đón Lễ hội Katê. Năm nay, tỉnh hỗ trợ hơn 300 triệu đồng cho các làng Chăm tổ chức lễ hội.

(BTO) - Theo Ban Dân tộc tỉnh, Bình Thuận hiện có 37.520 người Chăm, sinh sống tập trung tại 31 thôn, làng thuộc 9 xã, thị trấn của 4 huyện. Trong đó, huyện Bắc Bình có 21.350 người, chiếm 56,9%; huyện Tuy Phong 11.200 người.

Lễ hội năm nay được tổ chức tại tháp Pô Sah Inư (TP Phan Thiết), đền thờ Pô Klong Mư Nai (xã Phan Thanh, huyện Bắc Bình) và 18 làng có đồng bào Chăm theo đạo Bàlamôn. Riêng lễ rước y phục tại đền Pô Klong Mư Nai thu hút khoảng 2.000 người dân và du khách.

Theo Ban quản lý di tích tháp Pô Sah Inư, từ ngày 13 đến 15/10, khu di tích đón hơn 8.500 lượt khách, trong đó khoảng 1.200 lượt khách nước ngoài. Từ đầu năm đến nay, tháp Pô Sah Inư đón 96.400 lượt khách, tăng 14,3% so với cùng kỳ năm 2022.

Hiện tỷ lệ hộ nghèo trong đồng bào Chăm của tỉnh còn 3,2%, giảm 1,1 điểm phần trăm so với cuối năm 2022. Năm nay, mỗi làng được hỗ trợ từ 8 đến 12 triệu đồng tùy quy mô; huyện Bắc Bình trích thêm 150 triệu đồng từ ngân sách huyện.

"Katê là dịp để bà con sum họp, tưởng nhớ tổ tiên", ông Thông Văn Thành, cả sư làng Tịnh Mỹ, chia sẻ.

NGUYỄN THANH - ĐỨC NHẬT

Tags: Katê, đồng bào Chăm, tháp Pô Sah Inư
"""

NN = per("Năm nay", "2023-01-01", "2023-12-31")
NN2 = per("năm nay", "2023-01-01", "2023-12-31")
FEST = per("từ ngày 13 đến 15/10", "2023-10-13", "2023-10-15")
YTD = per("Từ đầu năm đến nay", "2023-01-01", "2023-10-16")
NN3 = per("Năm nay", "2023-01-01", "2023-12-31")
PT, BB, TP = "Phan Thiết", "Bắc Bình", "Tuy Phong"

FIGS = [
    fig("hơn 300 triệu", "300", 300e6, "money", "đồng", approx="over",
        subject="kinh phí tỉnh hỗ trợ các làng Chăm tổ chức lễ hội", period=NN),
    fig("có 37.520 người", "37.520", 37520, "count", "người Chăm", subject="người Chăm"),
    fig("tại 31 thôn", "31", 31, "count", "thôn, làng", subject="thôn, làng người Chăm sinh sống tập trung"),
    fig("thuộc 9 xã", "9", 9, "count", "xã, thị trấn", subject="xã, thị trấn có người Chăm sinh sống tập trung"),
    fig("của 4 huyện", "4", 4, "count", "huyện", subject="huyện có người Chăm sinh sống tập trung"),
    fig("có 21.350 người", "21.350", 21350, "count", "người", total=37520, percent=56.9,
        subject="người Chăm", location=BB),
    fig("Tuy Phong 11.200", "11.200", 11200, "count", "người", total=37520, subject="người Chăm", location=TP),
    fig("và 18 làng", "18", 18, "count", "làng", subject="làng có đồng bào Chăm theo đạo Bàlamôn tổ chức lễ hội",
        period=NN2),
    fig("khoảng 2.000 người", "2.000", 2000, "count", "người dân và du khách", approx="about",
        subject="người dân và du khách lễ rước y phục thu hút", period=inh(NN2), location=BB),
    fig("hơn 8.500 lượt", "8.500", 8500, "count", "lượt khách", approx="over",
        subject="lượt khách khu di tích tháp Pô Sah Inư đón", period=FEST, location=PT),
    fig("khoảng 1.200 lượt", "1.200", 1200, "count", "lượt khách nước ngoài", approx="about", total=8500,
        subject="lượt khách nước ngoài", period=FEST, location=PT),
    fig("đón 96.400 lượt", "96.400", 96400, "count", "lượt khách",
        change=chg("increase", 14.3, "%", "cùng kỳ năm 2022"),
        subject="lượt khách tháp Pô Sah Inư đón", period=YTD, location=PT),
    fig("còn 3,2%", "3,2", 3.2, "percent", "%",
        change=chg("decrease", 1.1, "điểm phần trăm", "cuối năm 2022"),
        subject="tỷ lệ hộ nghèo trong đồng bào Chăm"),
    fig("từ 8 đến 12 triệu", "8", 8e6, "money", "đồng", value_max=12e6,
        subject="mức hỗ trợ mỗi làng", period=NN3),
    fig("thêm 150 triệu", "150", 150e6, "money", "đồng",
        subject="kinh phí huyện Bắc Bình trích thêm từ ngân sách huyện", period=NN3, location=BB),
]

NOTES = [
    "Provincial Party newspaper (Báo Bình Thuận): menu, headline, 'Thứ Hai, 16/10/2023 | 08:30', sapo, tag '(BTO) -', quote, byline, tags.",
    "Distractors: 08:30, 'từ ngày 13 đến 15/10' and 'cuối năm 2022' (period/baseline), place names; no page counters here.",
    "'Năm nay' = 2023 (published). 'từ ngày 13 đến 15/10' takes 2023 from the dateline. 'Từ đầu năm đến nay' ends at 2023-10-16.",
    "'Trong đó, huyện Bắc Bình có 21.350 người, chiếm 56,9%; huyện Tuy Phong 11.200 người' → total 37.520; districts → location.",
    "'hơn 8.500 lượt khách, trong đó khoảng 1.200 lượt khách nước ngoài' → total 8.500; tower in TP Phan Thiết → location Phan Thiết.",
    "'còn 3,2%, giảm 1,1 điểm phần trăm so với cuối năm 2022' → a level with a change in điểm phần trăm.",
    "'mỗi làng được hỗ trợ từ 8 đến 12 triệu đồng' → range, unit đồng (per village, the word-prefix rule also accepts đồng/làng).",
]

if __name__ == "__main__":
    write("p1403-4", TEXT, NOTES, FIGS, published="2023-10-16", location="Bình Thuận")
