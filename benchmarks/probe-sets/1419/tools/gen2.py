"""p1419-2: district portal (huyện Hóc Môn, TP HCM): unmanned farm-produce shops of the Farmers' Association."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HÓC MÔN - THÀNH PHỐ HỒ CHÍ MINH
Trang chủ / Tin tức / Kinh tế - Xã hội

Nhân rộng mô hình “Cửa hàng nông sản không người bán”
Ngày đăng: 23/05/2024 - 10:42

Sau gần một năm thí điểm, mô hình “Cửa hàng nông sản không người bán” do Hội Nông dân huyện phối hợp Hợp tác xã Rau an toàn Tân Thới Nhì triển khai đã được nhân rộng ra 7 xã, với tổng cộng 12 cửa hàng.

Mỗi cửa hàng rộng từ 15 đến 20 m2, bày bán khoảng 40 loại rau, củ, quả, trứng gà và nấm rơm của 26 hộ thành viên. Khách tự chọn hàng, tự cân, rồi bỏ tiền vào thùng hoặc quét mã QR dán trên kệ.

Theo thống kê của Hội Nông dân huyện, 4 tháng đầu năm 2024, doanh thu của các cửa hàng đạt hơn 1,35 tỷ đồng, bình quân mỗi cửa hàng khoảng 28 triệu đồng/tháng. Trong đó, tiền thanh toán qua mã QR chiếm 58%, tiền mặt chiếm 42%. Tỷ lệ thất thoát hàng hóa chỉ khoảng 1,5% giá trị hàng bán ra.

Ông Nguyễn Văn Tám, Chủ tịch Hội Nông dân huyện, cho biết năm nay huyện phấn đấu nâng số cửa hàng lên 20, mỗi xã có ít nhất một cửa hàng. Dự kiến, huyện sẽ hỗ trợ mỗi cửa hàng mới 15 triệu đồng để mua kệ, cân điện tử và camera giám sát.

Tin khác:
- Hóc Môn ra quân cao điểm 100 ngày đêm xây dựng nông thôn mới
- Xã Xuân Thới Thượng tổ chức Đại hội Hội Nông dân lần thứ XI

UBND HUYỆN HÓC MÔN
Địa chỉ: 01 Lý Nam Đế, thị trấn Hóc Môn, huyện Hóc Môn, TP Hồ Chí Minh
Điện thoại: (028) 3891 0256
"""

M4 = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
Y = per("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("ra 7 xã", "7", 7, "count", "xã", subject="xã nhân rộng mô hình cửa hàng nông sản không người bán"),
    fig("tổng cộng 12 cửa hàng", "12", 12, "count", "cửa hàng",
        subject="cửa hàng nông sản không người bán"),
    fig("từ 15 đến 20 m2", "15", 15, "measure", "m2", value_max=20, subject="diện tích mỗi cửa hàng"),
    fig("khoảng 40 loại", "40", 40, "count", "loại", approx="about",
        subject="loại rau, củ, quả, trứng gà và nấm rơm bày bán"),
    fig("26 hộ", "26", 26, "count", "hộ", subject="hộ thành viên có hàng bày bán"),
    fig("hơn 1,35 tỷ", "1,35", 1.35e9, "money", "đồng", approx="over",
        subject="doanh thu của các cửa hàng", period=M4),
    fig("khoảng 28 triệu", "28", 28e6, "money", "đồng/tháng", approx="about",
        subject="doanh thu bình quân mỗi cửa hàng", period=M4),
    fig("chiếm 58%", "58", 58, "percent", "%", subject="tiền thanh toán qua mã QR trong doanh thu",
        period=inh(M4)),
    fig("chiếm 42%", "42", 42, "percent", "%", subject="tiền mặt trong doanh thu", period=inh(M4)),
    fig("khoảng 1,5%", "1,5", 1.5, "percent", "%", approx="about", subject="tỷ lệ thất thoát hàng hóa"),
    fig("lên 20", "20", 20, "count", "cửa hàng", status="target", subject="số cửa hàng", period=Y),
    fig("ít nhất một cửa hàng", "một", 1, "count", "cửa hàng", approx="at_least", status="target",
        subject="cửa hàng mỗi xã", period=Y),
    fig("mới 15 triệu", "15", 15e6, "money", "đồng/cửa hàng", status="forecast",
        subject="hỗ trợ mỗi cửa hàng mới", period=inh(Y)),
]

NOTES = [
    "District portal (huyện Hóc Môn): banner, breadcrumb, 'Ngày đăng: 23/05/2024 - 10:42', 'Tin khác', footer address and phone.",
    "Distractors: 'gần một năm thí điểm' (a duration locating the figures in time: not a figure), 'Ông Nguyễn Văn Tám' (name),",
    "'100 ngày đêm', 'lần thứ XI', '01 Lý Nam Đế', phone, 10:42.",
    "'Trong đó, tiền thanh toán qua mã QR chiếm 58%, tiền mặt chiếm 42%' → two percent figures (shares of the revenue).",
    "'năm nay' = year of the dateline (2024); 'ít nhất một cửa hàng' is a number word, at_least, target.",
    "'hỗ trợ mỗi cửa hàng mới 15 triệu đồng' → unit đồng/cửa hàng; 'Dự kiến' → forecast; 'năm nay' stands in the previous sentence.",
]

if __name__ == "__main__":
    write("p1419-2", TEXT, NOTES, FIGS, published="2024-05-23", location="Hóc Môn")
