"""p1293-7: news agency (TTXVN): raw material prices up, Q1/2024 shrimp-salt output down; a Trảng Bàng maker; 2024 plan."""
from lib import fig, per, inh, chg, write

TEXT = """TTXVN | Kinh tế | Thị trường

Tây Ninh: Giá nguyên liệu tăng, cơ sở muối tôm gặp khó

02/04/2024 10:25 GMT+7

Tây Ninh (TTXVN) - Giá ớt và tôm khô tăng mạnh khiến chi phí sản xuất của các cơ sở muối tôm tại Tây Ninh tăng 8-10% so với cuối năm 2023, trong khi giá bán gần như không đổi.

Theo Sở Công Thương Tây Ninh, quý I/2024, sản lượng muối tôm toàn tỉnh ước đạt khoảng 1.480 tấn, giảm 3,5% so với cùng kỳ năm 2023, trong đó xuất khẩu 62 tấn. Riêng tháng 3, sản lượng đạt 455 tấn, giảm 12% so với tháng trước do nhu cầu sau Tết chững lại.

Hiện giá ớt tươi tại các chợ đầu mối ở mức 55.000-60.000 đồng/kg, tăng gần 40% so với cuối năm 2023; tôm khô loại 2 có giá khoảng 450.000 đồng/kg. Toàn tỉnh hiện có hơn 300 cơ sở sản xuất muối tôm, mỗi năm cần khoảng 1.000 tấn ớt tươi, phần lớn mua từ các tỉnh miền Tây.

Ông Trần Văn Lực, chủ cơ sở Muối tôm Sáu Lực ở xã An Tịnh, thị xã Trảng Bàng cho biết, mỗi tháng cơ sở dùng khoảng 2 tấn ớt và khoảng 800 kg tôm khô; chi phí nguyên liệu mỗi tháng tăng thêm gần 60 triệu đồng. "Nếu tăng giá bán, khách quen sẽ chuyển sang mua hàng giá rẻ không rõ nguồn gốc", ông Lực nói.

Năm 2024, tỉnh phấn đấu sản lượng muối tôm đạt 6.200 tấn. Dự kiến trong quý II, Sở Công Thương sẽ kết nối tiêu thụ cho khoảng 50 cơ sở tại Hội chợ hàng Việt lần thứ 15; đồng thời hướng dẫn các cơ sở đăng ký mã số vùng nguyên liệu ớt.

Thanh Tân (TTXVN)

Từ khóa: muối tôm, Tây Ninh, giá ớt
"""

Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
M3 = per("tháng 3", "2024-03-01", "2024-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
TB = "Trảng Bàng"

FIGS = [
    fig("tăng 8-10%", "8", 8, "percent", "%", value_max=10,
        subject="chi phí sản xuất của các cơ sở muối tôm"),
    fig("khoảng 1.480 tấn", "1.480", 1480, "measure", "tấn", approx="about", status="estimate",
        change=chg("decrease", 3.5, "%", "cùng kỳ năm 2023"), subject="sản lượng muối tôm toàn tỉnh", period=Q1),
    fig("xuất khẩu 62 tấn", "62", 62, "measure", "tấn", total=1480, status="estimate",
        subject="muối tôm xuất khẩu", period=Q1),
    fig("hơn 300 cơ sở", "300", 300, "count", "cơ sở", approx="over", subject="cơ sở sản xuất muối tôm"),
    fig("khoảng 1.000 tấn", "1.000", 1000, "measure", "tấn/năm", approx="about",
        subject="ớt tươi các cơ sở cần mỗi năm"),
    fig("đạt 455 tấn", "455", 455, "measure", "tấn", change=chg("decrease", 12, "%", "tháng trước"),
        subject="sản lượng", period=M3),
    fig("mức 55.000-60.000", "55.000", 55000, "money", "đồng/kg", value_max=60000,
        change=chg("increase", 40, "%", "cuối năm 2023", approx="nearly"), subject="giá ớt tươi tại các chợ đầu mối"),
    fig("khoảng 450.000", "450.000", 450000, "money", "đồng/kg", approx="about", subject="giá tôm khô loại 2"),
    fig("khoảng 2 tấn", "2", 2, "measure", "tấn/tháng", approx="about", subject="ớt cơ sở dùng mỗi tháng",
        location=TB),
    fig("khoảng 800 kg", "800", 800, "measure", "kg/tháng", approx="about", subject="tôm khô cơ sở dùng mỗi tháng",
        location=TB),
    fig("gần 60 triệu", "60", 60e6, "money", "đồng/tháng", approx="nearly",
        subject="chi phí nguyên liệu tăng thêm mỗi tháng", location=TB),
    fig("đạt 6.200 tấn", "6.200", 6200, "measure", "tấn", status="target", subject="sản lượng muối tôm",
        period=Y24),
    fig("khoảng 50 cơ sở", "50", 50, "count", "cơ sở", approx="about", status="forecast",
        subject="cơ sở được kết nối tiêu thụ tại Hội chợ hàng Việt", period=Q2),
]

NOTES = [
    "News agency (TTXVN): '02/04/2024 10:25 GMT+7', 'Tây Ninh (TTXVN) -', byline 'Thanh Tân (TTXVN)', keyword tags.",
    "Distractors: 10:25, 'quý I/2024' as a period, 'tôm khô loại 2' (a grade), the name 'Sáu Lực', 'lần thứ 15', 'mã số vùng nguyên liệu'.",
    "The sapo 'tăng 8-10% so với cuối năm 2023' is a growth rate as the claim (range): percent figure, no change, no period stated.",
    "'trong đó xuất khẩu 62 tấn' is a part of the Q1 output (same thing, same period): total 1.480, status estimate, period quý I/2024 (same sentence).",
    "'Riêng tháng 3' takes 2024 from 'quý I/2024'; it has its own verb 'đạt', so it is actual.",
    "'tăng gần 40% so với cuối năm 2023' is the change of the chili price range (approx of the change is not scored). 'Hiện' prices: no period.",
    "The Sáu Lực workshop (xã An Tịnh, thị xã Trảng Bàng): its three figures are located in Trảng Bàng; 'mỗi tháng' makes rates.",
    "'Dự kiến trong quý II' = Q2 2024 (year from 'Năm 2024' before it), forecast.",
]

if __name__ == "__main__":
    write("p1293-7", TEXT, NOTES, FIGS, published="2024-04-02", location="Tây Ninh")
