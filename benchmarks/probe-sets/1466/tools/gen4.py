"""p1466-4: ministry site (Bộ Y tế): national oral health figures, toothpaste product declarations, 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức - Sự kiện > Tin hoạt động

Hưởng ứng Ngày Sức khỏe răng miệng thế giới 20/3: đưa nha học đường đến mọi trường tiểu học

19/03/2024 16:05

Theo kết quả Điều tra sức khỏe răng miệng toàn quốc lần thứ hai, khoảng 90% người Việt Nam mắc bệnh răng miệng; tỷ lệ sâu răng sữa ở trẻ 6-8 tuổi là 85,6%, tỷ lệ sâu răng vĩnh viễn ở trẻ 12 tuổi là 56,6%.

Cả nước hiện có khoảng 12.000 bác sĩ răng hàm mặt, bình quân 1,2 bác sĩ/1 vạn dân. Đến nay, 52/63 tỉnh, thành phố đã triển khai chương trình nha học đường với hơn 7,3 triệu học sinh được súc miệng bằng nước fluor hằng tuần.

Năm 2023, Cục Quản lý Dược cấp số tiếp nhận phiếu công bố cho 1.365 sản phẩm kem đánh răng, nước súc miệng, tăng 11% so với năm 2022, trong đó 418 sản phẩm sản xuất trong nước. Qua hậu kiểm, Cục đã đình chỉ lưu hành và thu hồi 9 lô kem đánh răng không đạt chỉ tiêu chất lượng.

Phát biểu tại lễ phát động, Thứ trưởng Bộ Y tế nhấn mạnh chi phí điều trị bệnh răng miệng cao gấp nhiều lần chi phí phòng bệnh. Theo Kế hoạch hành động quốc gia về chăm sóc sức khỏe răng miệng giai đoạn 2024-2030 (Quyết định số 612/QĐ-BYT), mục tiêu đến năm 2030 giảm tỷ lệ sâu răng ở học sinh tiểu học xuống dưới 45%; 100% tỉnh, thành phố triển khai nha học đường; ít nhất 80% học sinh tiểu học được hướng dẫn chải răng với kem có fluor hai lần mỗi ngày.

Tin liên quan:
- Hội nghị tổng kết công tác y tế năm 2023
- Bộ Y tế ban hành Thông tư số 06/2024/TT-BYT

Bộ Y tế - 138A Giảng Võ, Ba Đình, Hà Nội. Điện thoại: 024.6273.2273
"""

ASOF = per("Đến nay", None, "2024-03-19")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("khoảng 90%", "90", 90, "percent", "%", approx="about",
        subject="người Việt Nam mắc bệnh răng miệng"),
    fig("trẻ 6-8 tuổi", "6", 6, "measure", "tuổi", value_max=8, optional=True),
    fig("là 85,6%", "85,6", 85.6, "percent", "%", subject="tỷ lệ sâu răng sữa ở trẻ 6-8 tuổi"),
    fig("trẻ 12 tuổi", "12", 12, "measure", "tuổi", optional=True),
    fig("là 56,6%", "56,6", 56.6, "percent", "%", subject="tỷ lệ sâu răng vĩnh viễn ở trẻ 12 tuổi"),
    fig("khoảng 12.000", "12.000", 12000, "count", "bác sĩ", approx="about",
        subject="bác sĩ răng hàm mặt"),
    fig("1,2 bác sĩ", "1,2", 1.2, "measure", "bác sĩ/1 vạn dân", subject="bác sĩ răng hàm mặt bình quân"),
    fig("52/63", "52", 52, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố đã triển khai chương trình nha học đường", period=ASOF),
    fig("hơn 7,3 triệu", "7,3", 7.3e6, "count", "học sinh", approx="over",
        subject="học sinh được súc miệng bằng nước fluor hằng tuần", period=ASOF),
    fig("cho 1.365 sản phẩm", "1.365", 1365, "count", "sản phẩm", change=chg("increase", 11, "%", "năm 2022"),
        subject="sản phẩm kem đánh răng, nước súc miệng được cấp số tiếp nhận phiếu công bố", period=Y23),
    fig("418 sản phẩm", "418", 418, "count", "sản phẩm", total=1365,
        subject="sản phẩm sản xuất trong nước", period=Y23),
    fig("thu hồi 9 lô", "9", 9, "count", "lô", subject="lô kem đánh răng không đạt chỉ tiêu chất lượng bị đình chỉ lưu hành và thu hồi",
        period=inh(Y23)),
    fig("dưới 45%", "45", 45, "percent", "%", approx="under", status="target",
        subject="tỷ lệ sâu răng ở học sinh tiểu học", period=T30),
    fig("100% tỉnh", "100", 100, "percent", "%", status="target",
        subject="tỉnh, thành phố triển khai nha học đường", period=T30),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="học sinh tiểu học được hướng dẫn chải răng với kem có fluor", period=T30),
    fig("fluor hai lần", "hai", 2, "count", "lần", optional=True),
]

NOTES = [
    "Ministry site (Bộ Y tế): breadcrumb, date and time '19/03/2024 16:05' under the headline, related links, address and phone footer.",
    "Distractors: 'Ngày ... 20/3' (a date), 'lần thứ hai' (ordinal), 'giai đoạn 2024-2030', 'Quyết định số 612/QĐ-BYT', 'Thông tư số 06/2024/TT-BYT',",
    "'138A Giảng Võ', phone '024.6273.2273', '16:05'. 'gấp nhiều lần' has no number.",
    "National figures: location Việt Nam. Age bands '6-8 tuổi', '12 tuổi' name the indicator's group (optional, as 'dưới 5 tuổi' in the shared gold).",
    "'hai lần mỗi ngày' is the brushing norm inside the target's wording (optional).",
    "'1,2 bác sĩ/1 vạn dân' is a rate: the denominator is in the unit. '52/63' -> total 63. 'Đến nay' is an as-of phrase ending at the article's date.",
    "418 follows 'trong đó' after 1.365 sản phẩm (same thing, same year): total 1365. 'mục tiêu đến năm 2030' governs the three targets after ';'.",
]

if __name__ == "__main__":
    write("p1466-4", TEXT, NOTES, FIGS, published="2024-03-19", location="Việt Nam")
