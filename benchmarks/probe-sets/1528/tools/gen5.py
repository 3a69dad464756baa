"""p1528-5: Party newspaper (Báo Nam Định): a honeycomb coal village in huyện Mỹ Lộc changes trade."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO NAM ĐỊNH ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Môi trường

Làng than tổ ong chuyển nghề

16/09/2024 07:45

(NĐO) - Từ hơn ba chục hộ làm than tổ ong, đến nay thôn Đồng Tâm (xã Mỹ Hà, huyện Mỹ Lộc) chỉ còn 6 hộ duy trì nghề; nhiều gia đình đã chuyển sang kinh doanh gas, sản xuất đồ gỗ.

Thời điểm cao nhất, thôn có 34 hộ làm than tổ ong, mỗi ngày xuất xưởng khoảng 30.000 viên than, cung cấp cho các hàng quán ở TP Nam Định và các huyện lân cận. Thu nhập từ nghề than từng chiếm khoảng 60% tổng thu nhập của thôn. Nhưng bụi than, khói lò khiến nhiều hộ dân xung quanh phản ánh kéo dài.

Ông Trần Văn Khải, một trong những người đóng than lâu năm nhất thôn, cho biết: "Mỗi viên than bán tại lò chỉ được 2.800 đồng, trừ chi phí còn lãi khoảng 300 đồng. Năm 2022 tôi bỏ nghề, mở đại lý gas". Hiện mỗi tháng đại lý của ông bán khoảng 350 bình gas, thu nhập 12-15 triệu đồng/tháng.

Theo UBND xã Mỹ Hà, năm 2023, thu nhập bình quân đầu người của xã đạt 62 triệu đồng, tăng 8,5% so với năm 2022. Sáu hộ còn làm nghề đã được yêu cầu lắp hệ thống phun sương, che chắn bãi nguyên liệu; xã đặt mục tiêu đến năm 2026 không còn cơ sở sản xuất than tổ ong trong khu dân cư.

Toàn huyện Mỹ Lộc hiện còn 14 cơ sở sản xuất than tổ ong, giảm 12 cơ sở so với năm 2020.

THU HÀ

Tin cùng chuyên mục:
- Mỹ Lộc: Ra quân vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới 5/6
- Xã Mỹ Hà đạt chuẩn nông thôn mới nâng cao năm 2023
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("hơn ba chục hộ", "ba chục", 30, "count", "hộ", approx="over",
        subject="hộ làm than tổ ong"),
    fig("còn 6 hộ", "6", 6, "count", "hộ", subject="hộ duy trì nghề"),
    fig("có 34 hộ", "34", 34, "count", "hộ", subject="hộ làm than tổ ong"),
    fig("khoảng 30.000 viên", "30.000", 30000, "measure", "viên than/ngày", approx="about",
        subject="viên than xuất xưởng mỗi ngày"),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="tỷ trọng thu nhập từ nghề than trong tổng thu nhập của thôn"),
    fig("được 2.800 đồng", "2.800", 2800, "money", "đồng/viên",
        subject="giá mỗi viên than bán tại lò"),
    fig("khoảng 300 đồng", "300", 300, "money", "đồng/viên", approx="about",
        subject="lãi mỗi viên than"),
    fig("khoảng 350 bình", "350", 350, "measure", "bình gas/tháng", approx="about",
        subject="bình gas đại lý bán mỗi tháng"),
    fig("thu nhập 12-15 triệu", "12", 12e6, "money", "đồng/tháng", value_max=15e6,
        subject="thu nhập từ đại lý gas"),
    fig("đạt 62 triệu", "62", 62e6, "money", "đồng",
        change=chg("increase", 8.5, "%", "năm 2022"),
        subject="thu nhập bình quân đầu người của xã", period=Y23),
    fig("Sáu hộ", "Sáu", 6, "count", "hộ", subject="hộ còn làm nghề"),
    fig("còn 14 cơ sở", "14", 14, "count", "cơ sở",
        change=chg("decrease", 12, "cơ sở", "năm 2020"),
        subject="cơ sở sản xuất than tổ ong"),
]

NOTES = [
    "Party newspaper (Báo Nam Định): menu, headline, '16/09/2024 07:45', tag '(NĐO) -', byline THU HÀ at the end, related links.",
    "Distractors: 07:45, 'Năm 2022 tôi bỏ nghề' (a year), 'TP Nam Định', 'Ngày Môi trường thế giới 5/6', 'năm 2023' in a link, 'đến năm 2026' (no number).",
    "Location: huyện Mỹ Lộc for all (a village and a commune of that district; 'TP Nam Định' is where the coal is sold).",
    "'hơn ba chục hộ' = over 30 (number word). 'mỗi ngày … 30.000 viên than', 'mỗi tháng … 350 bình gas' are rates (measure, /ngày, /tháng).",
    "'Mỗi viên than … 2.800 đồng', '… lãi khoảng 300 đồng' are prices per briquette (đồng/viên). 'thu nhập 12-15 triệu đồng/tháng' a range.",
    "'từng chiếm khoảng 60%' has no base amount: percent figure. 'Hiện', 'đến nay', 'Thời điểm cao nhất' give no period.",
    "'giảm 12 cơ sở so với năm 2020' → change in cơ sở.",
]

if __name__ == "__main__":
    write("p1528-5", TEXT, NOTES, FIGS, published="2024-09-16", location="Mỹ Lộc")
