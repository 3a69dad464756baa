"""p1209-8: provincial newspaper online (Báo Quảng Nam, '(QNO) -'): casuarina planting, compensatory planting by a resort, fires."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn

Trồng gần 180 ha rừng phi lao chắn cát ven biển

Thứ Hai, 07/10/2024 | 15:05

(QNO) - Từ đầu năm đến nay, các địa phương ven biển Quảng Nam đã trồng 178 ha rừng phi lao, keo lá tràm chắn cát, đạt 89% kế hoạch năm; trong đó huyện Thăng Bình 64 ha, Duy Xuyên 41 ha, Núi Thành 38 ha.

Quảng Nam hiện có hơn 4.100 ha rừng phòng hộ ven biển trên chiều dài 125 km bờ biển. Mức khoán bảo vệ rừng phòng hộ ven biển năm nay được nâng từ 300.000 lên 400.000 đồng/ha/năm.

Tại xã Bình Minh (huyện Thăng Bình), một dự án khu du lịch sinh thái ven biển đã chuyển mục đích sử dụng 18,6 ha rừng phi lao. Chủ đầu tư đã nộp 2,35 tỷ đồng để trồng rừng thay thế, tương đương khoảng 126 triệu đồng/ha. Dự án nằm cạnh tuyến ĐT 613, cách trung tâm xã khoảng 3 km.

Theo ông Trần Văn Minh, Phó Chi cục trưởng Chi cục Kiểm lâm tỉnh, trong quý III, toàn tỉnh xảy ra 2 vụ cháy rừng phi lao, diện tích thiệt hại 3,4 ha, giảm 5 vụ so với cùng kỳ. Nguyên nhân chủ yếu do người dân đốt rác, thực bì gần bìa rừng.

Trong quý IV, tỉnh dự kiến trồng thêm ít nhất 22 ha, nâng tổng diện tích trồng mới năm 2024 lên khoảng 200 ha. Chi cục cũng đề nghị bố trí 1,5 tỷ đồng để sửa chữa 12 chòi canh lửa và mua sắm dụng cụ chữa cháy.

VĂN CÔNG
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
Q3 = per("trong quý III", "2024-07-01", "2024-09-30")
Q4 = per("Trong quý IV", "2024-10-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
NAY = per("năm nay", "2024-01-01", "2024-12-31")
TB = "Thăng Bình"
PLANT = "rừng phi lao, keo lá tràm chắn cát trồng mới"

FIGS = [
    fig("gần 180 ha", "180", 180, "measure", "ha", approx="nearly", subject="rừng phi lao chắn cát ven biển trồng"),
    fig("trồng 178 ha", "178", 178, "measure", "ha", percent=89, subject=PLANT, period=YTD),
    fig("Thăng Bình 64 ha", "64", 64, "measure", "ha", total=178, subject=PLANT, period=YTD, location=TB),
    fig("Duy Xuyên 41 ha", "41", 41, "measure", "ha", total=178, subject=PLANT, period=YTD, location="Duy Xuyên"),
    fig("Núi Thành 38 ha", "38", 38, "measure", "ha", total=178, subject=PLANT, period=YTD, location="Núi Thành"),
    fig("hơn 4.100 ha", "4.100", 4100, "measure", "ha", approx="over", subject="rừng phòng hộ ven biển"),
    fig("dài 125 km", "125", 125, "measure", "km", subject="chiều dài bờ biển"),
    fig("từ 300.000 lên", "300.000", 300000, "money", "đồng/ha/năm", optional=True,
        subject="mức khoán bảo vệ rừng phòng hộ ven biển trước đây"),
    fig("lên 400.000", "400.000", 400000, "money", "đồng/ha/năm",
        subject="mức khoán bảo vệ rừng phòng hộ ven biển", period=NAY),
    fig("dụng 18,6 ha", "18,6", 18.6, "measure", "ha", subject="rừng phi lao chuyển mục đích sử dụng",
        location=TB),
    fig("nộp 2,35 tỷ", "2,35", 2350000000, "money", "đồng", subject="tiền trồng rừng thay thế chủ đầu tư đã nộp",
        location=TB),
    fig("khoảng 126 triệu", "126", 126000000, "money", "đồng/ha", approx="about",
        subject="tiền trồng rừng thay thế trên mỗi ha", location=TB),
    fig("khoảng 3 km", "3", 3, "measure", "km", approx="about", optional=True,
        subject="khoảng cách từ dự án đến trung tâm xã", location=TB),
    fig("ra 2 vụ", "2", 2, "count", "vụ cháy rừng phi lao", change=chg("decrease", 5, "vụ", "cùng kỳ"),
        subject="vụ cháy rừng phi lao", period=Q3),
    fig("hại 3,4 ha", "3,4", 3.4, "measure", "ha", subject="diện tích thiệt hại do cháy rừng phi lao", period=Q3),
    fig("ít nhất 22 ha", "22", 22, "measure", "ha", approx="at_least", status="forecast",
        subject="rừng trồng thêm", period=Q4),
    fig("khoảng 200 ha", "200", 200, "measure", "ha", approx="about", status="forecast",
        subject="tổng diện tích trồng mới", period=Y24),
    fig("trí 1,5 tỷ", "1,5", 1500000000, "money", "đồng",
        subject="kinh phí đề nghị bố trí để sửa chữa chòi canh lửa và mua sắm dụng cụ chữa cháy"),
    fig("chữa 12 chòi", "12", 12, "count", "chòi canh lửa", subject="chòi canh lửa cần sửa chữa"),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Nam): '(QNO) -' tag, 'Thứ Hai, 07/10/2024 | 15:05' (published), byline at the end.",
    "'Từ đầu năm đến nay' ends at the published date; 'quý III', 'quý IV', 'năm nay' take 2024.",
    "178 ha 'đạt 89% kế hoạch năm; trong đó' three districts: total 178 across ';' with locations.",
    "'nâng từ 300.000 lên 400.000 đồng/ha/năm': not a range; 400.000 is the current rate (figure), 300.000 the former (optional).",
    "Bình Minh resort passage located in huyện Thăng Bình; 'khoảng 3 km' to the commune centre is a location detail (optional).",
    "'2 vụ …, diện tích thiệt hại 3,4 ha, giảm 5 vụ so với cùng kỳ': the change belongs to 2 vụ (unit vụ) across the clause.",
    "'dự kiến' in the quý IV sentence governs both 22 ha and 200 ha (forecast). 'đề nghị bố trí 1,5 tỷ' is a request (actual).",
    "Distractors: '15:05', '(QNO)', 'ĐT 613', byline VĂN CÔNG.",
]

if __name__ == "__main__":
    write("p1209-8", TEXT, NOTES, FIGS, published="2024-10-07", location="Quảng Nam")
