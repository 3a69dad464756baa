"""p1488-5: provincial Party newspaper (Báo Bắc Giang, tag '(BGĐT) -'): back-to-school pens and notebooks."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Thị trường

Mùa tựu trường: Giá bút, vở tăng nhẹ, hàng Việt chiếm ưu thế

Thứ Hai, 12/08/2024 - 07:15

(BGĐT) - Thị trường đồ dùng học tập trên địa bàn tỉnh những ngày này đã sôi động. Giá nhiều mặt hàng bút, vở tăng 5-8% so với năm học trước, song hàng sản xuất trong nước vẫn được phụ huynh ưa chuộng.

Tại nhà sách Xương Giang trên đường Nguyễn Văn Cừ (TP Bắc Giang), bút bi loại thông dụng có giá từ 3.500 đến 6.000 đồng/chiếc, bút máy luyện chữ từ 25.000 đến 45.000 đồng/chiếc; vở ô ly giá 9.000 đồng/quyển, tăng khoảng 1.000 đồng so với năm ngoái. Chị Nguyễn Thị Hòa, quản lý nhà sách, cho biết từ đầu tháng 7 đến nay cửa hàng đã bán hơn 12 nghìn cây bút các loại, gấp 1,5 lần cùng kỳ.

Ở huyện Lạng Giang, Công ty TNHH Bút mực Sông Thương mỗi ngày xuất xưởng khoảng 200.000 cây bút bi mang nhãn hiệu ST-07, trong đó khoảng 70% tiêu thụ tại các tỉnh phía Bắc. Công ty có 135 lao động, phần lớn là người địa phương.

Theo Sở Công Thương, từ đầu tháng 8, lực lượng quản lý thị trường đã kiểm tra 27 cơ sở kinh doanh đồ dùng học tập, trong đó 5 cơ sở vi phạm, xử phạt 42,5 triệu đồng; tạm giữ gần 3.200 sản phẩm bút, vở không rõ nguồn gốc. Dự kiến tổng sức mua đồ dùng học tập mùa tựu trường năm nay trên địa bàn tỉnh khoảng 350 tỷ đồng.

THU HƯƠNG

Tin cùng chuyên mục:
- Bắc Giang: Giá lợn hơi tăng trở lại
- Khai trương chợ phiên nông sản an toàn số 2
"""

P = "2024-08-12"
T7 = per("từ đầu tháng 7 đến nay", "2024-07-01", P)
T8 = per("từ đầu tháng 8", "2024-08-01", P)
NN = per("năm nay", "2024-01-01", "2024-12-31")
LG = "Lạng Giang"

FIGS = [
    fig("tăng 5-8%", "5", 5, "percent", "%", value_max=8, subject="giá nhiều mặt hàng bút, vở"),
    fig("từ 3.500 đến 6.000", "3.500", 3500, "money", "đồng/chiếc", value_max=6000,
        subject="giá bút bi loại thông dụng"),
    fig("từ 25.000 đến 45.000", "25.000", 25000, "money", "đồng/chiếc", value_max=45000,
        subject="giá bút máy luyện chữ"),
    fig("giá 9.000 đồng/quyển", "9.000", 9000, "money", "đồng/quyển",
        change=chg("increase", 1000, "đồng", "năm ngoái", approx="about"), subject="giá vở ô ly"),
    fig("hơn 12 nghìn", "12", 12000, "count", "cây", approx="over",
        change=chg("increase", 1.5, "lần", "cùng kỳ"), subject="bút các loại cửa hàng đã bán", period=T7),
    fig("khoảng 200.000 cây", "200.000", 200000, "measure", "cây/ngày", approx="about",
        subject="bút bi công ty xuất xưởng mỗi ngày", location=LG),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="tiêu thụ tại các tỉnh phía Bắc",
        location=LG),
    fig("có 135 lao động", "135", 135, "count", "lao động", subject="lao động của công ty", location=LG),
    fig("kiểm tra 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở kinh doanh đồ dùng học tập được kiểm tra",
        period=T8),
    fig("5 cơ sở vi phạm", "5", 5, "count", "cơ sở", total=27, subject="cơ sở vi phạm", period=T8),
    fig("phạt 42,5 triệu", "42,5", 42.5e6, "money", "đồng", subject="tiền xử phạt", period=T8),
    fig("gần 3.200 sản phẩm", "3.200", 3200, "count", "sản phẩm", approx="nearly",
        subject="sản phẩm bút, vở không rõ nguồn gốc bị tạm giữ", period=T8),
    fig("khoảng 350 tỷ", "350", 350e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng sức mua đồ dùng học tập mùa tựu trường", period=NN),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): section menu, 'Thứ Hai, 12/08/2024 - 07:15', sapo with tag '(BGĐT) -', byline, related links.",
    "Sapo 'tăng 5-8% so với năm học trước' with no base amount: a percent figure with a range; 'năm học trước' is not a dated period.",
    "Shop in TP Bắc Giang: location Bắc Giang (city = province name). Prices are money with the item as denominator (đồng/chiếc, đồng/quyển).",
    "'9.000 đồng/quyển, tăng khoảng 1.000 đồng so với năm ngoái' -> change in đồng (approx about on the change).",
    "'hơn 12 nghìn cây ..., gấp 1,5 lần cùng kỳ' -> change increase 1,5 lần; period 'từ đầu tháng 7 đến nay' ends at published.",
    "'mỗi ngày xuất xưởng khoảng 200.000 cây' -> a rate: measure, unit cây/ngày; 'trong đó khoảng 70% tiêu thụ ...' a percent figure of its own.",
    "'kiểm tra 27 cơ sở ..., trong đó 5 cơ sở vi phạm' -> total 27. 'Dự kiến ... năm nay ... khoảng 350 tỷ' -> forecast, about, 2024.",
    "Distractors: 'ST-07' (brand), 'số 2' (market name), dateline, time 07:15, 'năm học trước', 'năm ngoái' (baseline).",
]

if __name__ == "__main__":
    write("p1488-5", TEXT, NOTES, FIGS, published=P, location="Bắc Giang")
