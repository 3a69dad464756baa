from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 18/9/2024, 06:15 (GMT+7)

Giá vịt giống tăng gấp 2 lần, lò ấp chạy hết công suất

Giá vịt giống tại Tiền Giang lên 14.000-16.000 đồng/con, cao hơn 7.000 đồng so với tháng 6, do nhu cầu tái đàn sau đợt mưa lũ.

Ông Trần Minh Tâm, chủ lò ấp ở huyện Cái Bè (Tiền Giang), cho biết lò có 24 máy ấp, mỗi mẻ ấp khoảng 96.000 trứng, tỷ lệ nở đạt 80-85%. Từ đầu tháng 8 đến nay, lò xuất bình quân 12.000 con giống mỗi ngày, tăng 40% so với cùng kỳ năm ngoái. "Đơn đặt hàng đã kín đến giữa tháng 10", ông Tâm nói. Theo Chi cục Chăn nuôi và Thú y Tiền Giang, tỉnh hiện có 65 lò ấp vịt với tổng công suất khoảng 2,3 triệu trứng/mẻ.

Theo Cục Chăn nuôi, 8 tháng năm 2024, cả nước sản xuất khoảng 420 triệu con vịt giống, tăng 5,8% so với cùng kỳ. Giá trứng vịt giống cũng lên 5.500 đồng/quả. Mức này gấp 1,5 lần giá trứng thương phẩm.

Tại Long An, giá vịt thịt xuất chuồng ở mức 52.000 đồng/kg, cao nhất từ đầu năm. Anh Võ Văn Hai, chủ trại vịt 5.000 con ở xã Mỹ Lệ, huyện Cần Đước, ước tính mỗi lứa lãi gần 60 triệu đồng.

Cục Chăn nuôi dự báo nhu cầu con giống quý IV sẽ tăng 10-15% so với quý III, giá vịt giống duy trì ở mức cao đến cuối năm. Cơ quan này khuyến cáo người nuôi chỉ mua giống ở cơ sở có giấy chứng nhận, tránh mua vịt trôi nổi dọc Quốc lộ 1A.

Hoàng Nam
"""

F8 = P("Từ đầu tháng 8 đến nay", "2024-08-01", "2024-09-18")
M8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    F("tăng gấp 2 lần", "2", 2, "multiple", "lần", "giá vịt giống", location="Tiền Giang"),
    F("14.000-16.000 đồng/con", "14.000", 14000, "money", "đồng/con", "giá vịt giống", value_max=16000,
      change=CH("increase", 7000, "đồng", baseline="tháng 6"), location="Tiền Giang"),
    F("có 24 máy ấp", "24", 24, "count", "máy ấp", "máy ấp của lò ông Trần Minh Tâm", location="Cái Bè"),
    F("khoảng 96.000 trứng", "96.000", 96000, "count", "trứng", "trứng mỗi mẻ ấp", approx="about",
      location="Cái Bè"),
    F("đạt 80-85%", "80", 80, "percent", "%", "tỷ lệ nở", value_max=85, location="Cái Bè"),
    F("bình quân 12.000 con", "12.000", 12000, "count", "con giống", "con giống lò xuất mỗi ngày", F8,
      change=CH("increase", 40, baseline="cùng kỳ năm ngoái"), location="Cái Bè"),
    F("có 65 lò ấp", "65", 65, "count", "lò ấp", "lò ấp vịt", location="Tiền Giang"),
    F("khoảng 2,3 triệu trứng/mẻ", "2,3", 2300000, "measure", "trứng/mẻ", "tổng công suất lò ấp vịt", approx="about",
      location="Tiền Giang"),
    F("khoảng 420 triệu con", "420", 420000000, "count", "con", "vịt giống sản xuất", M8, approx="about",
      change=CH("increase", 5.8, baseline="cùng kỳ"), location="Việt Nam"),
    F("lên 5.500 đồng/quả", "5.500", 5500, "money", "đồng/quả", "giá trứng vịt giống", location="Việt Nam"),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "giá trứng vịt giống so với giá trứng thương phẩm",
      location="Việt Nam"),
    F("mức 52.000 đồng/kg", "52.000", 52000, "money", "đồng/kg", "giá vịt thịt xuất chuồng", location="Long An"),
    F("trại vịt 5.000 con", "5.000", 5000, "count", "con", "trại vịt của anh Võ Văn Hai", location="Cần Đước"),
    F("lãi gần 60 triệu đồng", "60", 60000000, "money", "đồng", "lãi mỗi lứa", approx="nearly", status="estimate",
      location="Cần Đước"),
    F("tăng 10-15%", "10", 10, "percent", "%", "nhu cầu con giống quý IV so với quý III", Q4, value_max=15,
      status="forecast", location="Việt Nam"),
]

COMMENTS = [
    "National press ('Thứ tư, 18/9/2024, 06:15 (GMT+7)', byline at the end): giá vịt giống, lò ấp ở Cái Bè, cả nước 8 tháng 2024, Long An.",
    "No article-level location: the lead and headline are Tiền Giang, Cục Chăn nuôi figures national (Việt Nam), a hatchery in",
    "'huyện Cái Bè (Tiền Giang)' is Cái Bè, a farm in 'huyện Cần Đước' is Cần Đước; the headline multiple takes the lead's place.",
    "'gấp 2 lần' in the headline stands alone: multiple. 'Mức này gấp 1,5 lần giá trứng thương phẩm' stands alone (own sentence): multiple.",
    "'Từ đầu tháng 8 đến nay' ends at the dateline. 'nhu cầu ... sẽ tăng 10-15%' is a rate as the claim: percent, forecast ('dự báo').",
    "'ước tính mỗi lứa lãi' = estimate. Distractors: (GMT+7), 'giữa tháng 10', 'Quốc lộ 1A', name 'Võ Văn Hai'.",
]

if __name__ == "__main__":
    emit("p745-6", TEXT, COMMENTS, FIGS, published="2024-09-18")
