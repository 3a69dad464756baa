"""p1146-6: national newspaper, TP Hồ Chí Minh: nightly pigs at slaughterhouses, Xuyên Á (Củ Chi), seizures and fines."""
from lib import F, P, I, C, T, write

TEXT = """Mỗi đêm TP HCM kiểm soát hơn 10.000 con heo vào lò mổ

Thứ Năm, 14/11/2024, 06:15 (GMT+7)

Ba cơ sở giết mổ tập trung của thành phố mỗi đêm tiếp nhận từ 10.000 đến 11.500 con heo, cung cấp khoảng 70% lượng thịt heo tiêu thụ trên địa bàn.

Theo Chi cục Chăn nuôi và Thú y TP HCM, 10 tháng năm 2024, các cơ sở trên địa bàn đã giết mổ hơn 3,2 triệu con heo và 41.600 con trâu, bò, tăng lần lượt 4,5% và 2,1% so với cùng kỳ. Toàn bộ thân thịt đều được đóng dấu kiểm soát giết mổ trước khi ra chợ.

Tại cơ sở giết mổ Xuyên Á ở huyện Củ Chi, mỗi đêm có 22 nhân viên thú y làm việc từ 0 giờ đến 4 giờ sáng. Ông Trần Văn Tâm, tổ trưởng tổ kiểm soát, cho biết cơ sở giết mổ bình quân 4.500 con heo mỗi đêm, dịp cao điểm cuối năm có đêm lên tới 6.000 con. Mỗi nhân viên phải khám khoảng 200 con heo/ca, vừa khám lâm sàng vừa lấy mẫu xét nghiệm.

Từ đầu năm đến nay, Chi cục đã phát hiện 215 con heo bị bơm nước, tiêm thuốc an thần, tịch thu hơn 18 tấn sản phẩm động vật không đạt yêu cầu; xử phạt 176 trường hợp với số tiền gần 1,9 tỷ đồng. Trong tháng 10, Trạm Chăn nuôi và Thú y khu vực quận 12 - Hóc Môn đã xóa 7 điểm giết mổ heo lậu tại huyện Hóc Môn, mỗi điểm giết mổ từ 15 đến 30 con/đêm.

Dịp Tết Nguyên đán Ất Tỵ, lượng heo giết mổ dự kiến tăng 20-25% so với ngày thường. Thành phố phấn đấu đến năm 2025 có 100% heo được giết mổ trên dây chuyền treo.

NGỌC AN
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-14")
OCT = P("Trong tháng 10", "2024-10-01", "2024-10-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
CC = "Củ Chi"
HM = "Hóc Môn"

FIGS = [
    F("hơn 10.000 con heo", "10.000", 10000, "measure", "con heo/đêm", approx="over",
      subject="heo được kiểm soát giết mổ mỗi đêm"),
    F("Ba cơ sở", "Ba", 3, "count", "cơ sở", subject="cơ sở giết mổ tập trung của thành phố"),
    F("từ 10.000 đến 11.500", "10.000", 10000, "measure", "con heo/đêm", value_max=11500,
      subject="heo được các cơ sở giết mổ tập trung tiếp nhận mỗi đêm"),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="lượng thịt heo tiêu thụ trên địa bàn do các cơ sở giết mổ tập trung cung cấp"),
    F("hơn 3,2 triệu", "3,2", 3200000, "count", "con heo", approx="over",
      change=C("increase", 4.5, "%", "cùng kỳ"), subject="heo được giết mổ", period=M10),
    F("41.600 con", "41.600", 41600, "count", "con trâu, bò",
      change=C("increase", 2.1, "%", "cùng kỳ"), subject="trâu, bò được giết mổ", period=M10),
    F("có 22 nhân viên", "22", 22, "count", "nhân viên",
      subject="nhân viên thú y làm việc mỗi đêm tại cơ sở giết mổ Xuyên Á", location=CC),
    F("bình quân 4.500 con", "4.500", 4500, "measure", "con heo/đêm",
      subject="heo giết mổ bình quân mỗi đêm tại cơ sở Xuyên Á", location=CC),
    F("tới 6.000 con", "6.000", 6000, "count", "con",
      subject="heo giết mổ trong đêm cao điểm cuối năm tại cơ sở Xuyên Á", location=CC),
    F("khoảng 200 con", "200", 200, "measure", "con heo/ca", approx="about",
      subject="heo mỗi nhân viên phải khám mỗi ca", location=CC),
    F("phát hiện 215 con", "215", 215, "count", "con heo",
      subject="heo bị bơm nước, tiêm thuốc an thần bị phát hiện", period=YTD),
    F("hơn 18 tấn", "18", 18, "measure", "tấn", approx="over",
      subject="sản phẩm động vật không đạt yêu cầu bị tịch thu", period=YTD),
    F("xử phạt 176 trường hợp", "176", 176, "count", "trường hợp", subject="trường hợp bị xử phạt", period=YTD),
    F("gần 1,9 tỷ", "1,9", 1900000000, "money", "đồng", approx="nearly", subject="số tiền xử phạt",
      period=YTD),
    F("xóa 7 điểm", "7", 7, "count", "điểm", subject="điểm giết mổ heo lậu bị xóa", period=OCT, location=HM),
    F("từ 15 đến 30", "15", 15, "measure", "con/đêm", value_max=30,
      subject="heo giết mổ mỗi đêm tại mỗi điểm giết mổ lậu", period=OCT, location=HM),
    F("tăng 20-25%", "20", 20, "percent", "%", value_max=25, status="forecast",
      subject="lượng heo giết mổ dịp Tết Nguyên đán Ất Tỵ"),
    F("có 100% heo", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ heo được giết mổ trên dây chuyền treo", period=TO25),
]

NOTES = [
    "National newspaper: 'Thứ Năm, 14/11/2024, 06:15 (GMT+7)', byline at the end. TP Hồ Chí Minh, with Củ Chi and Hóc Môn passages.",
    "Distractors: time 06:15, (GMT+7), '0 giờ đến 4 giờ sáng', 'quận 12' in a station's name, 'Ất Tỵ'.",
    "'tăng lần lượt 4,5% và 2,1% so với cùng kỳ' gives one change to each of the two figures before it.",
    "Xuyên Á passage: Củ Chi carried to the next sentences (tổ trưởng's statements, 'Mỗi nhân viên').",
    "'Từ đầu năm đến nay' ends at the published date. 'dự kiến tăng 20-25%' is a growth rate that is the claim: percent, forecast, no change.",
    "Headline 'hơn 10.000 con heo' per night: rate (measure).",
]

if __name__ == "__main__":
    write("p1146-6", TEXT, NOTES, FIGS, published="2024-11-14", location="TP Hồ Chí Minh")
