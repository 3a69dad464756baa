"""p1319-2: district portal (huyện Lục Ngạn, Bắc Giang): the district post office ships the 2024 litchi crop."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NGẠN - TỈNH BẮC GIANG
Trang chủ / Tin tức - Sự kiện / Kinh tế - Xã hội

Bưu điện huyện đồng hành cùng nhà vườn tiêu thụ vải thiều

02/07/2024 - 10:20

Vụ vải thiều năm 2024, Bưu điện huyện Lục Ngạn đã thu gom, đóng gói và chuyển phát gần 180 tấn vải thiều đi các tỉnh, thành phố, gấp đôi năm 2023. Trong đó, lượng vải bán qua các sàn thương mại điện tử đạt 46 tấn, chiếm khoảng 25,6%.

Để phục vụ mùa vụ, đơn vị bố trí 3 điểm thu gom tại các xã Phượng Sơn, Hồng Giang và Giáp Sơn, mở cửa từ 5 giờ đến 22 giờ hằng ngày; huy động ba chục nhân viên và 12 xe tải chuyên dụng. Giá cước chuyển phát vải thiều đi Hà Nội là 6.500 đồng/kg, đi TP Hồ Chí Minh từ 14.000 đến 16.000 đồng/kg. Các mức cước này đã giảm 10% so với giá niêm yết.

Ông Nguyễn Văn Thắng, Giám đốc Bưu điện huyện cho biết, mỗi ngày cao điểm đơn vị chuyển đi khoảng 9 tấn; thời gian giao hàng đến Hà Nội không quá 24 giờ, tỷ lệ quả hư hỏng dưới 0,5%.

Năm nay, toàn huyện có khoảng 28.000 ha vải thiều, sản lượng ước đạt 160.000 tấn. Huyện phấn đấu đến năm 2025 có ít nhất 20% sản lượng vải được tiêu thụ qua thương mại điện tử và dịch vụ bưu chính.

Nguồn: Trung tâm Văn hóa - Thông tin và Thể thao huyện

Tin khác:
- Lục Ngạn tổ chức Lễ hội vải thiều năm 2024
- Hội nghị xúc tiến tiêu thụ vải thiều lần thứ 2

UBND HUYỆN LỤC NGẠN - Địa chỉ: Số 168, đường Trần Hưng Đạo, thị trấn Chũ. Điện thoại: 0204.3882.136
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("gần 180 tấn", "180", 180, "measure", "tấn", approx="nearly",
        change=chg("increase", 2, "lần", "năm 2023"),
        subject="vải thiều Bưu điện huyện thu gom, đóng gói và chuyển phát", period=Y24),
    fig("đạt 46 tấn", "46", 46, "measure", "tấn", total=180, percent=25.6,
        subject="lượng vải bán qua các sàn thương mại điện tử", period=inh(Y24)),
    fig("bố trí 3 điểm", "3", 3, "count", "điểm thu gom", subject="điểm thu gom"),
    fig("ba chục nhân viên", "ba chục", 30, "count", "nhân viên", subject="nhân viên huy động"),
    fig("và 12 xe", "12", 12, "count", "xe tải", subject="xe tải chuyên dụng huy động"),
    fig("là 6.500 đồng", "6.500", 6500, "money", "đồng/kg",
        subject="giá cước chuyển phát vải thiều đi Hà Nội"),
    fig("từ 14.000 đến 16.000", "14.000", 14000, "money", "đồng/kg", value_max=16000,
        subject="giá cước chuyển phát vải thiều đi TP Hồ Chí Minh"),
    fig("giảm 10%", "10", 10, "percent", "%",
        subject="mức giảm cước chuyển phát vải thiều so với giá niêm yết"),
    fig("khoảng 9 tấn", "9", 9, "measure", "tấn/ngày", approx="about",
        subject="lượng vải chuyển đi mỗi ngày cao điểm"),
    fig("không quá 24 giờ", "24", 24, "measure", "giờ", approx="at_most",
        subject="thời gian giao hàng đến Hà Nội"),
    fig("dưới 0,5%", "0,5", 0.5, "percent", "%", approx="under", subject="tỷ lệ quả hư hỏng"),
    fig("khoảng 28.000 ha", "28.000", 28000, "measure", "ha", approx="about",
        subject="diện tích vải thiều", period=NOW),
    fig("ước đạt 160.000 tấn", "160.000", 160000, "measure", "tấn", status="estimate",
        subject="sản lượng vải thiều", period=NOW),
    fig("ít nhất 20%", "20", 20, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ sản lượng vải được tiêu thụ qua thương mại điện tử và dịch vụ bưu chính",
        period=T25),
]

NOTES = [
    "District portal (huyện Lục Ngạn): banner naming the district, breadcrumb, '02/07/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: '5 giờ đến 22 giờ' (opening hours), 10:20, 'năm 2024' and 'lần thứ 2' in links, 'Số 168', phone 0204.3882.136.",
    "'gấp đôi năm 2023' after 180 tấn → change increase 2 lần (number word 'đôi'). 'Trong đó ... 46 tấn, chiếm khoảng 25,6%' → total 180, percent 25.6.",
    "'ba chục nhân viên' = 30 (number words). Destinations Hà Nội / TP Hồ Chí Minh are not the figures' place: location Lục Ngạn throughout.",
    "'Các mức cước này đã giảm 10%' has no base amount in its sentence: a percent figure. 'mỗi ngày cao điểm ... khoảng 9 tấn' is a rate (tấn/ngày).",
    "'Năm nay' → 2024 (published). '28.000 ha' stands before the 'ước đạt' clause → actual.",
]

if __name__ == "__main__":
    write("p1319-2", TEXT, NOTES, FIGS, published="2024-07-02", location="Lục Ngạn")
