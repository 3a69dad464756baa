"""p1366-6: national newspaper: cattle traders in Tây Ninh in the year-end peak, Dec 2024."""
from lib import fig, per, chg, write

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 16/12/2024, 06:00 (GMT+7)

Thương lái bò tất bật mùa cao điểm cuối năm

Giá bò hơi tăng 5-7% so với giữa năm, nhiều thương lái ở Tây Ninh mỗi ngày xuất đi 200-300 con bò cho các lò mổ tại TP HCM.

Hơn 4h sáng, bãi tập kết bò của ông Trần Văn Lực ở xã Thanh Điền, huyện Châu Thành đã sáng đèn. Ba chiếc xe tải chở gần 60 con bò vừa được cân xong, chuẩn bị xuất phát.

Ông Lực có gần 30 năm buôn bò. Mỗi tháng, ông thu mua khoảng 1.200 con bò từ các hộ chăn nuôi trong tỉnh và từ Campuchia, bán lại cho hơn 10 lò mổ quen. "Trừ chi phí vận chuyển khoảng 250.000 đồng/con, mỗi con bò tôi lời 400.000-600.000 đồng", ông nói. Năm nay, ông dự kiến xuất bán khoảng 14.000 con bò.

Theo Chi cục Chăn nuôi và Thú y Tây Ninh, 11 tháng năm 2024, các trạm kiểm dịch trên địa bàn tỉnh đã kiểm dịch 86.400 con bò vận chuyển đi tiêu thụ, tăng 14% so với cùng kỳ; trong đó khoảng 70% đưa về TP HCM. Giá bò hơi loại đẹp hiện dao động 85.000-90.000 đồng/kg, bò thịt nhập từ Campuchia thấp hơn khoảng 8.000 đồng/kg.

Theo Cục Chăn nuôi, mức tiêu thụ thịt bò bình quân của người Việt hiện khoảng 4,5 kg/người/năm. Riêng TP HCM mỗi ngày tiêu thụ khoảng 600-700 con bò, trong đó hơn 60% được cung cấp từ các tỉnh Tây Nguyên và Đông Nam Bộ.

Bà Nguyễn Thị Hạnh, chủ một lò mổ ở quận 8, cho biết lò của bà hiện mổ 40-50 con bò mỗi đêm, gấp rưỡi so với tháng 9.

Hoàng Nam
"""

M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
NN = per("Năm nay", "2024-01-01", "2024-12-31")
CT = "Châu Thành"
HCM = "TP Hồ Chí Minh"

FIGS = [
    fig("tăng 5-7%", "5", 5, "percent", "%", value_max=7, subject="giá bò hơi"),
    fig("xuất đi 200-300", "200", 200, "measure", "con/ngày", value_max=300,
        subject="bò thương lái ở Tây Ninh xuất đi mỗi ngày"),
    fig("Ba chiếc", "Ba", 3, "count", "chiếc xe tải", subject="xe tải chở bò", location=CT),
    fig("gần 60 con", "60", 60, "count", "con bò", approx="nearly", subject="bò xe tải chở", location=CT),
    fig("gần 30 năm", "30", 30, "measure", "năm", approx="nearly", subject="thời gian ông Lực buôn bò",
        location=CT, optional=True),
    fig("khoảng 1.200 con", "1.200", 1200, "measure", "con/tháng", approx="about",
        subject="bò ông Lực thu mua mỗi tháng", location=CT),
    fig("hơn 10 lò", "10", 10, "count", "lò mổ", approx="over", subject="lò mổ ông Lực bán lại", location=CT),
    fig("khoảng 250.000", "250.000", 250000, "money", "đồng/con", approx="about",
        subject="chi phí vận chuyển", location=CT),
    fig("lời 400.000-600.000", "400.000", 400000, "money", "đồng/con", value_max=600000,
        subject="lời mỗi con bò", location=CT),
    fig("khoảng 14.000", "14.000", 14000, "count", "con bò", approx="about", status="forecast",
        subject="bò ông Lực xuất bán", period=NN, location=CT),
    fig("dịch 86.400 con", "86.400", 86400, "count", "con bò", change=chg("increase", 14, "%", "cùng kỳ"),
        subject="bò vận chuyển đi tiêu thụ được kiểm dịch", period=M11),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="tỷ lệ bò kiểm dịch đưa về TP HCM",
        period=M11),
    fig("dao động 85.000-90.000", "85.000", 85000, "money", "đồng/kg", value_max=90000,
        subject="giá bò hơi loại đẹp"),
    fig("khoảng 8.000", "8.000", 8000, "money", "đồng/kg", approx="about",
        subject="mức giá bò thịt nhập từ Campuchia thấp hơn bò hơi loại đẹp"),
    fig("khoảng 4,5 kg", "4,5", 4.5, "measure", "kg/người/năm", approx="about",
        subject="mức tiêu thụ thịt bò bình quân của người Việt", location="Việt Nam"),
    fig("khoảng 600-700", "600", 600, "measure", "con/ngày", approx="about", value_max=700,
        subject="bò TP HCM tiêu thụ mỗi ngày", location=HCM),
    fig("hơn 60%", "60", 60, "percent", "%", approx="over",
        subject="tỷ lệ bò được cung cấp từ các tỉnh Tây Nguyên và Đông Nam Bộ", location=HCM),
    fig("mổ 40-50 con", "40", 40, "measure", "con/đêm", value_max=50,
        change=chg("increase", 1.5, "lần", "tháng 9"),
        subject="bò lò của bà Nguyễn Thị Hạnh mổ mỗi đêm", location="Quận 8"),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 16/12/2024, 06:00 (GMT+7)', headline, sapo, quotes, byline at the end.",
    "Distractors: 06:00, (GMT+7), 'Hơn 4h sáng' (a time with 'hơn'), '8' in 'quận 8' (a name), 'tháng 9' (a baseline), 'mỗi con bò' (denominator).",
    "Default location Tây Ninh (the sapo and the province's figures); ông Lực's yard in huyện Châu Thành → Châu Thành;",
    "Campuchia is a source market, not a place; 'khoảng 70% đưa về TP HCM' stays Tây Ninh (destination, not place of the figure);",
    "'Riêng TP HCM ...' → TP Hồ Chí Minh; the national consumption rate → Việt Nam.",
    "revised after the first run: the slaughterhouse 'ở quận 8' → location 'Quận 8' (was TP Hồ Chí Minh; a district is a location).",
    "Sapo 'Giá bò hơi tăng 5-7% so với giữa năm' → growth rate as the claim: percent range, no change.",
    "'mỗi ngày', 'Mỗi tháng', 'mỗi đêm' → rates (con/ngày, con/tháng, con/đêm), kind measure.",
    "'gần 30 năm buôn bò' (a career length) is optional. 'Năm nay ... dự kiến' → forecast, year of the dateline.",
    "'bò thịt nhập từ Campuchia thấp hơn khoảng 8.000 đồng/kg' has no amount of its own before it → a money figure (the gap as claim).",
    "'gấp rưỡi so với tháng 9' → change 1,5 lần of the 40-50 con/đêm range.",
]

if __name__ == "__main__":
    write("p1366-6", TEXT, NOTES, FIGS, published="2024-12-16", location="Tây Ninh")
