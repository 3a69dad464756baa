"""p1289-6: national newspaper: vitamin prices double, premix makers' costs rise."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 15/8/2024, 06:00 (GMT+7)

Giá vitamin tăng gấp đôi, doanh nghiệp premix lo chi phí

Giá vitamin A, E nhập khẩu tăng mạnh từ tháng 7 sau sự cố tại một nhà máy hóa chất ở châu Âu, khiến chi phí sản xuất premix trong nước tăng 15-20%.

Theo khảo sát của Hiệp hội Thức ăn chăn nuôi Việt Nam, giá vitamin A 1000 hiện ở mức khoảng 36 USD/kg, gấp hơn 2 lần so với đầu tháng 7; vitamin E 50 tăng từ 7,5 USD lên khoảng 14 USD/kg. Nhập khẩu vitamin 7 tháng đầu năm đạt khoảng 158 triệu USD, tăng 6,2% so với cùng kỳ năm 2023. Một số doanh nghiệp cho biết lượng vitamin dự trữ chỉ đủ dùng trong 2-3 tháng.

Ông Phạm Văn Tâm, Giám đốc Công ty TNHH Premix Sao Mai (TP Thủ Đức), cho biết vitamin chiếm 35-40% giá thành một tấn premix cho heo. "Mỗi tháng chúng tôi cần khoảng 12 tấn vitamin các loại, chi phí tăng thêm gần 1,5 tỷ đồng", ông nói. Từ ngày 1/8, công ty đã nâng giá bán premix lên khoảng 95.000 đồng/kg, tăng 8% so với tháng 7.

Theo hiệp hội, mỗi năm cả nước tiêu thụ khoảng 250.000 tấn premix, nhưng khoảng 70% premix vitamin trên thị trường vẫn do doanh nghiệp FDI cung cấp. Hiệp hội dự báo nếu giá vitamin neo ở mức cao đến cuối năm, giá thức ăn hỗn hợp sẽ tăng thêm 200-300 đồng/kg, gây áp lực lên người chăn nuôi vốn đang có lãi mỏng.

"Doanh nghiệp trong nước cần liên kết nhập khẩu chung để có giá tốt hơn", ông Tâm đề xuất.

Thanh Hà
"""

M7 = per("7 tháng đầu năm", "2024-01-01", "2024-07-31")
TD = "Thủ Đức"

FIGS = [
    fig("tăng gấp đôi", "đôi", 2, "multiple", "lần", subject="giá vitamin"),
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20, subject="chi phí sản xuất premix trong nước"),
    fig("khoảng 36 USD/kg", "36", 36, "money", "USD/kg", approx="about",
        change=chg("increase", 2, "lần", "đầu tháng 7", approx="over"), subject="giá vitamin A 1000"),
    fig("từ 7,5 USD", "7,5", 7.5, "money", "USD/kg", subject="giá vitamin E 50", optional=True),
    fig("khoảng 14 USD/kg", "14", 14, "money", "USD/kg", approx="about", subject="giá vitamin E 50"),
    fig("khoảng 158 triệu", "158", 158e6, "money", "USD", approx="about",
        change=chg("increase", 6.2, "%", "cùng kỳ năm 2023"), subject="nhập khẩu vitamin", period=M7),
    fig("trong 2-3 tháng", "2", 2, "measure", "tháng", value_max=3, subject="lượng vitamin dự trữ đủ dùng"),
    fig("chiếm 35-40%", "35", 35, "percent", "%", value_max=40,
        subject="tỷ trọng vitamin trong giá thành một tấn premix cho heo", location=TD),
    fig("khoảng 12 tấn", "12", 12, "measure", "tấn/tháng", approx="about",
        subject="vitamin các loại công ty cần", location=TD),
    fig("gần 1,5 tỷ", "1,5", 1.5e9, "money", "đồng/tháng", approx="nearly", subject="chi phí tăng thêm",
        location=TD),
    fig("khoảng 95.000 đồng/kg", "95.000", 95000.0, "money", "đồng/kg", approx="about",
        change=chg("increase", 8, "%", "tháng 7"), subject="giá bán premix của công ty", location=TD),
    fig("khoảng 250.000 tấn", "250.000", 250000.0, "measure", "tấn/năm", approx="about",
        subject="premix cả nước tiêu thụ"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="premix vitamin trên thị trường do doanh nghiệp FDI cung cấp"),
    fig("thêm 200-300", "200", 200, "money", "đồng/kg", value_max=300, status="forecast",
        subject="giá thức ăn hỗn hợp tăng thêm"),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 15/8/2024, 06:00 (GMT+7)' (published), headline, sapo, quotes, byline at the end.",
    "Location Việt Nam (national market, association's figures); the Sao Mai company passage is located in Thủ Đức.",
    "Headline 'Giá vitamin tăng gấp đôi' is a multiple standing alone as the claim: kind multiple, value 2 ('đôi' = 2), unit lần.",
    "'gấp hơn 2 lần so với đầu tháng 7' after a price is the price's change (unit lần, approx over).",
    "'tăng từ 7,5 USD lên khoảng 14 USD/kg': 14 is the figure; the old price 7,5 is optional.",
    "'vitamin A 1000', 'vitamin E 50' are product grades (names), not figures.",
    "Growth rates as the claim ('chi phí ... tăng 15-20%') are percent figures without change. 'vitamin chiếm 35-40% giá thành'",
    "follows no amount: a percent figure of its own. 'Mỗi tháng' / 'mỗi năm' make rates (tấn/tháng, đồng/tháng, tấn/năm).",
    "'7 tháng đầu năm' takes 2024 from the dateline. 'Hiệp hội dự báo ... sẽ tăng thêm 200-300 đồng/kg' → forecast, money range.",
    "Distractors: '(GMT+7)', '06:00', 'tháng 7', 'ngày 1/8', 'vitamin A 1000', 'vitamin E 50'.",
]

if __name__ == "__main__":
    write("p1289-6", TEXT, NOTES, FIGS, published="2024-08-15", location="Việt Nam")
