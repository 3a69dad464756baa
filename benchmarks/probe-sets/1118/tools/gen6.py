"""p1118-6: national newspaper: Dao Tiền indigo village Phja Thắp (Nguyên Bình, Cao Bằng) and community tourism."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Du lịch | Điểm đến
Thứ bảy, 18/5/2024, 10:05 (GMT+7)

Bản Dao Tiền ở Cao Bằng hút khách nhờ nghề nhuộm chàm

Phja Thắp, bản của người Dao Tiền thuộc xã Thành Công, huyện Nguyên Bình, mỗi năm đón hơn 3.000 lượt khách, phần lớn là khách nước ngoài đến học nhuộm chàm, in sáp ong.

Bản có 28 hộ với 142 nhân khẩu. Hiện 9 hộ làm homestay với tổng cộng 120 chỗ nghỉ, giá từ 150.000 đến 200.000 đồng/người/đêm. Một buổi trải nghiệm nhuộm chàm kéo dài khoảng 3 giờ, khách trả 250.000 đồng. Bà Triệu Thị Mai, chủ homestay đầu tiên trong bản, cho biết năm ngoái gia đình thu khoảng 300 triệu đồng, gấp 4 lần khi chỉ làm nương.

Vải chàm Phja Thắp được nhuộm tới 7 lần trong 2 tuần để lên màu xanh đen bền. Sản phẩm chàm của bản được chứng nhận OCOP 3 sao năm 2021, bán qua 2 cửa hàng ở TP Cao Bằng và trên mạng, mỗi năm tiêu thụ khoảng 1.000 sản phẩm.

Theo Sở Văn hóa, Thể thao và Du lịch Cao Bằng, năm 2023 tỉnh đón khoảng 2,1 triệu lượt khách, tăng 23% so với năm 2022; doanh thu du lịch đạt 1.850 tỷ đồng. Tỉnh có 14 điểm du lịch cộng đồng, trong đó 5 điểm gắn với nghề dệt, nhuộm chàm truyền thống của người Dao, Nùng, Tày.

Theo đề án phát triển du lịch đến năm 2030, Cao Bằng phấn đấu đón 3,5 triệu lượt khách mỗi năm, trong đó khách quốc tế chiếm 15%.

Ngọc Thành
"""

LY = per("năm ngoái", "2023-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
NB = "Nguyên Bình"

FIGS = [
    fig("hơn 3.000 lượt", "3.000", 3000, "count", "lượt khách", approx="over",
        subject="lượt khách đến bản Phja Thắp mỗi năm", location=NB),
    fig("có 28 hộ", "28", 28, "count", "hộ", subject="hộ của bản Phja Thắp", location=NB),
    fig("142 nhân khẩu", "142", 142, "count", "nhân khẩu", subject="nhân khẩu của bản Phja Thắp", location=NB),
    fig("Hiện 9 hộ", "9", 9, "count", "hộ", subject="hộ làm homestay", location=NB),
    fig("120 chỗ nghỉ", "120", 120, "count", "chỗ nghỉ", subject="chỗ nghỉ homestay", location=NB),
    fig("từ 150.000 đến 200.000", "150.000", 150000, "money", "đồng/người/đêm", value_max=200000,
        subject="giá homestay", location=NB),
    fig("khoảng 3 giờ", "3", 3, "measure", "giờ", approx="about",
        subject="thời gian một buổi trải nghiệm nhuộm chàm", location=NB),
    fig("trả 250.000 đồng", "250.000", 250000, "money", "đồng",
        subject="giá một buổi trải nghiệm nhuộm chàm", location=NB),
    fig("khoảng 300 triệu", "300", 300e6, "money", "đồng", approx="about",
        change=chg("increase", 4, "lần", "khi chỉ làm nương"), subject="thu của gia đình bà Triệu Thị Mai",
        period=LY, location=NB),
    fig("tới 7 lần", "7", 7, "count", "lần", subject="số lần nhuộm vải chàm Phja Thắp", location=NB),
    fig("trong 2 tuần", "2", 2, "measure", "tuần", optional=True, subject="thời gian nhuộm vải chàm", location=NB),
    fig("qua 2 cửa hàng", "2", 2, "count", "cửa hàng", subject="cửa hàng bán sản phẩm chàm của bản"),
    fig("khoảng 1.000 sản phẩm", "1.000", 1000, "count", "sản phẩm", approx="about",
        subject="sản phẩm chàm của bản tiêu thụ mỗi năm", location=NB),
    fig("khoảng 2,1 triệu", "2,1", 2.1e6, "count", "lượt khách", approx="about",
        change=chg("increase", 23, "%", "năm 2022"), subject="lượt khách tỉnh đón", period=Y23),
    fig("đạt 1.850 tỷ", "1.850", 1850e9, "money", "đồng", subject="doanh thu du lịch", period=Y23),
    fig("có 14 điểm", "14", 14, "count", "điểm du lịch cộng đồng", subject="điểm du lịch cộng đồng"),
    fig("5 điểm", "5", 5, "count", "điểm", total=14,
        subject="điểm du lịch cộng đồng gắn với nghề dệt, nhuộm chàm truyền thống"),
    fig("đón 3,5 triệu", "3,5", 3.5e6, "count", "lượt khách", status="target",
        subject="lượt khách Cao Bằng đón mỗi năm", period=T30),
    fig("chiếm 15%", "15", 15, "percent", "%", status="target", subject="tỷ lệ khách quốc tế", period=T30),
]

NOTES = [
    "National newspaper: 'Thứ bảy, 18/5/2024, 10:05 (GMT+7)', byline at the end. Default location Cao Bằng; the Phja Thắp passage",
    "(xã Thành Công, huyện Nguyên Bình) has location Nguyên Bình; the 2 shops stand in TP Cao Bằng (→ Cao Bằng).",
    "'năm ngoái' (last year) in an article of 2024 = 2023 (a relative year, not in the spec's table, read as the year before published).",
    "'gấp 4 lần khi chỉ làm nương' after 300 triệu = change increase 4 lần. 'tới 7 lần' is a count of dye baths (the claim);",
    "'trong 2 tuần' (duration of the process) optional. 'khách quốc tế chiếm 15%' after 'trong đó' is a percent figure of its own (target).",
    "Distractors: time 10:05, (GMT+7), 'OCOP 3 sao năm 2021' (a rating and a year), 'Dao Tiền' (Tiền is a name, not money).",
]

if __name__ == "__main__":
    build("p1118-6", TEXT, NOTES, FIGS, published="2024-05-18", location="Cao Bằng")
