"""p1459-2: district portal (huyện Yên Mỹ, Hưng Yên): a lens factory in KCN Yên Mỹ II."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN MỸ - TỈNH HƯNG YÊN
Trang chủ | Tin tức - Sự kiện | Kinh tế | Doanh nghiệp

Nhà máy tròng kính tại Khu công nghiệp Yên Mỹ II mở rộng sản xuất
20/05/2024 - 10:30

Đi vào hoạt động từ năm 2020, Nhà máy tròng kính của Công ty TNHH Quang học Tân Việt tại Khu công nghiệp Yên Mỹ II hiện vận hành ba dây chuyền đúc tròng kính nhựa và hai dây chuyền phủ lớp chống lóa, công suất thiết kế 18 triệu tròng/năm.

Năm 2023, công ty sản xuất 14,6 triệu tròng kính, tăng 21% so với năm 2022; doanh thu đạt 612 tỷ đồng, vượt 2% kế hoạch; sản phẩm xuất khẩu sang Nhật Bản, Hàn Quốc và EU chiếm khoảng 70% sản lượng. Bốn tháng đầu năm 2024, nhà máy sản xuất 5,3 triệu tròng, bằng 33% kế hoạch năm; trong đó dòng tròng siêu mỏng HiVue 167 và tròng đổi màu chiếm 41%.

Công ty hiện sử dụng 1.240 lao động, trong đó có hơn ba chục kỹ sư người Nhật Bản; thu nhập bình quân 9,8 triệu đồng/người/tháng. Thời gian tới, công ty dự kiến xây dựng nhà xưởng thứ hai với vốn đầu tư khoảng 25 triệu USD, nâng công suất lên 30 triệu tròng/năm và tuyển thêm từ 300 đến 350 lao động.

Hiện trên địa bàn huyện có 9 doanh nghiệp sản xuất, gia công gọng kính và tròng kính, gồm 3 doanh nghiệp FDI và 6 doanh nghiệp trong nước, giải quyết việc làm cho gần 2.900 lao động.

Nguồn: Phòng Kinh tế và Hạ tầng huyện Yên Mỹ

Tin khác:
- Yên Mỹ: Hội nghị đối thoại với doanh nghiệp năm 2024
- Khánh thành Nhà máy bao bì số 2 tại Khu công nghiệp Thăng Long II

Địa chỉ: Thị trấn Yên Mỹ, huyện Yên Mỹ, tỉnh Hưng Yên. Điện thoại: 0221.3967.215
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M4 = per("Bốn tháng đầu năm 2024", "2024-01-01", "2024-04-30")

FIGS = [
    fig("ba dây chuyền", "ba", 3, "count", "dây chuyền", subject="dây chuyền đúc tròng kính nhựa"),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền phủ lớp chống lóa"),
    fig("18 triệu tròng/năm", "18", 18e6, "measure", "tròng/năm",
        subject="công suất thiết kế nhà máy tròng kính"),
    fig("sản xuất 14,6 triệu", "14,6", 14.6e6, "count", "tròng kính",
        change=chg("increase", 21, "%", "năm 2022"),
        subject="tròng kính công ty sản xuất", period=Y23),
    fig("đạt 612 tỷ", "612", 612e9, "money", "đồng",
        change=chg("increase", 2, "%", "kế hoạch"),
        subject="doanh thu", period=Y23),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="sản phẩm xuất khẩu sang Nhật Bản, Hàn Quốc và EU trong sản lượng", period=Y23),
    fig("sản xuất 5,3 triệu", "5,3", 5.3e6, "count", "tròng", percent=33,
        subject="tròng kính nhà máy sản xuất", period=M4),
    fig("chiếm 41%", "41", 41, "percent", "%",
        subject="dòng tròng siêu mỏng và tròng đổi màu", period=M4),
    fig("sử dụng 1.240 lao động", "1.240", 1240, "count", "lao động", subject="lao động công ty sử dụng"),
    fig("hơn ba chục kỹ sư", "ba chục", 30, "count", "kỹ sư", approx="over", total=1240,
        subject="kỹ sư người Nhật Bản"),
    fig("bình quân 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("khoảng 25 triệu USD", "25", 25e6, "money", "USD", approx="about", status="forecast",
        subject="vốn đầu tư nhà xưởng thứ hai"),
    fig("lên 30 triệu", "30", 30e6, "measure", "tròng/năm", status="forecast",
        subject="công suất"),
    fig("từ 300 đến 350", "300", 300, "count", "lao động", value_max=350, status="forecast",
        subject="lao động tuyển thêm"),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất, gia công gọng kính và tròng kính"),
    fig("gồm 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=9, subject="doanh nghiệp FDI"),
    fig("và 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", total=9, subject="doanh nghiệp trong nước"),
    fig("gần 2.900 lao động", "2.900", 2900, "count", "lao động", approx="nearly",
        subject="lao động được giải quyết việc làm"),
]

NOTES = [
    "District portal (huyện Yên Mỹ, Hưng Yên): banner, menu, '20/05/2024 - 10:30' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Location: the factory and the district's firms stand in huyện Yên Mỹ → default 'Yên Mỹ'. Nhật Bản, Hàn Quốc, EU are markets, not places.",
    "Distractors: 'Yên Mỹ II', 'Thăng Long II', 'Nhà máy bao bì số 2', 'nhà xưởng thứ hai', product 'HiVue 167', 'năm 2020', 'năm 2022', phone, time.",
    "Number words: 'ba dây chuyền', 'hai dây chuyền', 'hơn ba chục kỹ sư' (= 30, over; 'trong đó' → total 1 240).",
    "'vượt 2% kế hoạch' is a change (increase 2%, baseline kế hoạch); 'bằng 33% kế hoạch năm' is the percent attribute.",
    "'sản phẩm xuất khẩu ... chiếm khoảng 70% sản lượng' and 'trong đó ... chiếm 41%' are percent figures of their own.",
    "Capacity '18 triệu tròng/năm' is a measure (rate); output '14,6 triệu tròng kính' a count. 'Thời gian tới ... dự kiến' → forecast for its three clauses, no period.",
]

if __name__ == "__main__":
    write("p1459-2", TEXT, NOTES, FIGS, published="2024-05-20", location="Yên Mỹ")
