"""p1123-6: national newspaper - làng bún Phú Đô (quận Nam Từ Liêm, Hà Nội) raises prices; wastewater."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ sáu, 8/11/2024, 06:00 (GMT+7)

Làng bún Phú Đô tăng giá vì gạo đắt

Hơn 200 hộ ở làng bún Phú Đô (phường Phú Đô, quận Nam Từ Liêm, Hà Nội) vừa điều chỉnh giá bún bán buôn lên 13.000-14.000 đồng/kg, tăng 2.000 đồng so với đầu năm.

Anh Nguyễn Văn Hưng, 41 tuổi, chủ một lò bún ở tổ dân phố số 7, cho biết mỗi ngày lò nhà anh dùng 6 tạ gạo, làm ra 1,5 tấn bún, giao cho hơn 30 nhà hàng, quán phở trong thành phố. "Gạo tẻ làm bún giờ 18.500 đồng một kg, đắt hơn đầu năm gần 3.000 đồng. Không tăng giá thì chúng tôi lỗ", anh nói.

Theo UBND phường Phú Đô, làng hiện có 232 hộ làm bún, trong đó 165 hộ sản xuất bằng máy, mỗi ngày cung cấp ra thị trường khoảng 40 tấn bún. Nước thải từ các lò ngâm gạo, luộc bún khoảng 500 m³/ngày xả thẳng ra cống chung rồi đổ về sông Nhuệ. Kết quả quan trắc tháng 9 cho thấy hàm lượng COD tại cửa xả cao gấp 3,2 lần quy chuẩn cho phép (QCVN 40:2011/BTNMT).

Ông Lê Văn Quân, Phó chủ tịch UBND phường, cho biết quận dự kiến di dời 50 lò bún vào cụm sản xuất tập trung rộng 2,3 ha, khởi công trong năm 2025. Toàn thành phố hiện có 1.350 làng nghề và làng có nghề, trong đó 41 làng làm bún, bánh, miến.

Theo Hiệp hội Lương thực Việt Nam, giá gạo tẻ thường bán lẻ trên cả nước đã tăng 15-20% so với đầu năm.

Phạm Nga
"""

SEP = per("tháng 9", "2024-09-01", "2024-09-30")
HN = "Hà Nội"

FIGS = [
    fig("Hơn 200 hộ", "200", 200, "count", "hộ", approx="over", subject="hộ làng bún Phú Đô điều chỉnh giá bún"),
    fig("lên 13.000-14.000", "13.000", 13000, "money", "đồng/kg", value_max=14000,
        change=chg("increase", 2000, "đồng", "đầu năm"), subject="giá bún bán buôn"),
    fig("41 tuổi", "41", 41, "measure", "tuổi", optional=True, subject="tuổi anh Nguyễn Văn Hưng"),
    fig("dùng 6 tạ", "6", 6, "measure", "tạ", subject="gạo lò bún nhà anh Hưng dùng mỗi ngày"),
    fig("ra 1,5 tấn", "1,5", 1.5, "measure", "tấn", subject="bún lò nhà anh Hưng làm ra mỗi ngày"),
    fig("hơn 30 nhà hàng", "30", 30, "count", "nhà hàng, quán phở", approx="over",
        subject="nhà hàng, quán phở lò bún nhà anh Hưng giao bún"),
    fig("giờ 18.500", "18.500", 18500, "money", "đồng/kg",
        change=chg("increase", 3000, "đồng", "đầu năm", approx="nearly"),
        subject="giá gạo tẻ làm bún"),
    fig("có 232 hộ", "232", 232, "count", "hộ", subject="hộ làm bún"),
    fig("trong đó 165 hộ", "165", 165, "count", "hộ", total=232, subject="hộ làm bún sản xuất bằng máy"),
    fig("khoảng 40 tấn", "40", 40, "measure", "tấn", approx="about",
        subject="bún làng cung cấp ra thị trường mỗi ngày"),
    fig("khoảng 500 m³", "500", 500, "measure", "m³/ngày", approx="about",
        subject="nước thải từ các lò ngâm gạo, luộc bún"),
    fig("gấp 3,2 lần", "3,2", 3.2, "multiple", "lần",
        subject="hàm lượng COD tại cửa xả so với quy chuẩn cho phép", period=SEP),
    fig("di dời 50 lò", "50", 50, "count", "lò", status="forecast",
        subject="lò bún di dời vào cụm sản xuất tập trung"),
    fig("rộng 2,3 ha", "2,3", 2.3, "measure", "ha", status="forecast",
        subject="diện tích cụm sản xuất tập trung"),
    fig("có 1.350 làng nghề", "1.350", 1350, "count", "làng nghề", location=HN,
        subject="làng nghề và làng có nghề"),
    fig("trong đó 41 làng", "41", 41, "count", "làng", total=1350, location=HN,
        subject="làng làm bún, bánh, miến"),
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20, location="Việt Nam",
        subject="giá gạo tẻ thường bán lẻ trên cả nước so với đầu năm"),
]

NOTES = [
    "National newspaper: 'Thứ sáu, 8/11/2024, 06:00 (GMT+7)', byline 'Phạm Nga' at the end. Làng bún Phú Đô, quận Nam Từ Liêm, Hà Nội.",
    "Distractors: time 06:00, (GMT+7), 'tổ dân phố số 7', 'QCVN 40:2011/BTNMT', 'năm 2025' (start of works).",
    "'18.500 đồng một kg': 'một kg' is the rate's denominator (đồng/kg), not a figure. Its change 'đắt hơn đầu năm gần 3.000 đồng'.",
    "'gấp 3,2 lần quy chuẩn' is the claim: a multiple; 'tháng 9' takes 2024 from the dateline.",
    "'quận dự kiến di dời 50 lò ... rộng 2,3 ha, khởi công trong năm 2025': forecast; the year dates the start of works, not the figures (no gold period).",
    "Location: village figures Nam Từ Liêm (default); city totals Hà Nội; rice price 'trên cả nước' Việt Nam (a growth rate as the claim: percent, no change).",
]

if __name__ == "__main__":
    write("p1123-6", TEXT, NOTES, FIGS, published="2024-11-08", location="Nam Từ Liêm")
