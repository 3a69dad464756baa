"""p1542-6: national newspaper: Vietnam's bottled-water market, shares, a foreign acquisition, forecast to 2028."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh > Doanh nghiệp
Thứ ba, 9/7/2024, 06:00 (GMT+7)

Thị trường nước đóng chai tỷ USD hút nhà đầu tư ngoại

Người Việt mỗi năm chi khoảng 1,1 tỷ USD cho nước uống đóng chai, nhưng mức tiêu thụ bình quân đầu người vẫn thấp hơn nhiều nước trong khu vực.

Theo báo cáo của Công ty nghiên cứu thị trường VietData công bố cuối tháng 6, quy mô thị trường nước uống đóng chai Việt Nam năm 2023 ước đạt 27.500 tỷ đồng, tăng 7,8% so với năm 2022. Sản lượng tiêu thụ khoảng 3,2 tỷ lít, tương đương 32 lít/người/năm.

Thị trường tập trung vào ba doanh nghiệp dẫn đầu là Suối Ngàn (23,5% thị phần), Mây Trắng (18,2%) và Thạch Bích (11,7%). Phần còn lại chia cho hơn 2.000 cơ sở vừa và nhỏ, chủ yếu cung cấp nước đóng bình trong phạm vi nội tỉnh.

Mới đây, tập đoàn đồ uống Nhật Bản Kaisui Holdings đã mua lại 65% cổ phần của Thạch Bích với giá khoảng 48 triệu USD. Kaisui dự kiến rót thêm 30 triệu USD xây nhà máy thứ ba tại Long An, công suất 250 triệu lít/năm, nâng tổng công suất của Thạch Bích lên 600 triệu lít/năm vào năm 2026.

"Người tiêu dùng ngày càng chuộng nước đóng chai có nguồn gốc rõ ràng, nhất là ở đô thị", ông Phạm Quốc Thắng, chuyên gia của VietData nhận định. Ông dự báo giai đoạn 2024-2028 thị trường sẽ tăng trưởng bình quân 6-7% mỗi năm, đạt khoảng 1,5 tỷ USD vào năm 2028.

Hiện Việt Nam đứng thứ 6 ASEAN về mức tiêu thụ nước đóng chai bình quân đầu người, do thói quen đun sôi nước máy và dùng máy lọc gia đình còn phổ biến.

Minh Châu

Chia sẻ | 15 bình luận
"""

Y2023 = per("năm 2023", "2023-01-01", "2023-12-31")
Y2026 = per("vào năm 2026", "2026-01-01", "2026-12-31")
P2428 = per("giai đoạn 2024-2028", "2024-01-01", "2028-12-31")
Y2028 = per("vào năm 2028", "2028-01-01", "2028-12-31")
LA = "Long An"

FIGS = [
    fig("khoảng 1,1 tỷ", "1,1", 1.1e9, "money", "USD/năm", approx="about",
        subject="chi tiêu của người Việt cho nước uống đóng chai"),
    fig("ước đạt 27.500 tỷ", "27.500", 27500e9, "money", "đồng", status="estimate",
        change=chg("increase", 7.8, "%", "năm 2022"),
        subject="quy mô thị trường nước uống đóng chai Việt Nam", period=Y2023),
    fig("khoảng 3,2 tỷ", "3,2", 3.2e9, "measure", "lít", approx="about",
        subject="sản lượng tiêu thụ", period=inh(Y2023)),
    fig("tương đương 32 lít", "32", 32, "measure", "lít/người/năm",
        subject="sản lượng tiêu thụ bình quân", period=inh(Y2023)),
    fig("ba doanh nghiệp", "ba", 3, "count", "doanh nghiệp", optional=True,
        subject="doanh nghiệp dẫn đầu thị trường"),
    fig("Suối Ngàn (23,5%", "23,5", 23.5, "percent", "%", subject="thị phần của Suối Ngàn"),
    fig("Mây Trắng (18,2%)", "18,2", 18.2, "percent", "%", subject="thị phần của Mây Trắng"),
    fig("Thạch Bích (11,7%)", "11,7", 11.7, "percent", "%", subject="thị phần của Thạch Bích"),
    fig("hơn 2.000 cơ sở", "2.000", 2000, "count", "cơ sở", approx="over",
        subject="cơ sở vừa và nhỏ"),
    fig("lại 65% cổ phần", "65", 65, "percent", "%",
        subject="cổ phần của Thạch Bích Kaisui Holdings mua lại"),
    fig("khoảng 48 triệu", "48", 48e6, "money", "USD", approx="about",
        subject="giá mua lại cổ phần của Thạch Bích"),
    fig("thêm 30 triệu", "30", 30e6, "money", "USD", status="forecast",
        subject="vốn Kaisui rót thêm xây nhà máy", location=LA),
    fig("công suất 250 triệu", "250", 250e6, "measure", "lít/năm", status="forecast",
        subject="công suất nhà máy thứ ba", location=LA),
    fig("lên 600 triệu", "600", 600e6, "measure", "lít/năm", status="forecast",
        subject="tổng công suất của Thạch Bích", period=Y2026),
    fig("bình quân 6-7%", "6", 6, "percent", "%", value_max=7, status="forecast",
        subject="tăng trưởng bình quân của thị trường", period=P2428),
    fig("khoảng 1,5 tỷ", "1,5", 1.5e9, "money", "USD", approx="about", status="forecast",
        subject="quy mô thị trường", period=Y2028),
    fig("đứng thứ 6", "6", 6, "rank", "hạng",
        subject="mức tiêu thụ nước đóng chai bình quân đầu người"),
]

NOTES = [
    "National newspaper: section path, 'Thứ ba, 9/7/2024, 06:00 (GMT+7)', sapo, quote, byline 'Minh Châu', 'Chia sẻ | 15 bình luận'.",
    "Distractors: '(GMT+7)', 06:00, 'cuối tháng 6' (report date), 'nhà máy thứ ba' (an ordinal that names a plant), '15 bình luận', headline 'tỷ USD' without number.",
    "National market: location Việt Nam; companies and the Japanese buyer are not places. The Long An plant's investment and capacity: Long An.",
    "Sapo 'mỗi năm chi khoảng 1,1 tỷ USD': money with a per-year unit (USD/năm). 'tương đương 32 lít/người/năm' restates a per-capita rate: own figure.",
    "'Sản lượng tiêu thụ khoảng 3,2 tỷ lít' is a new sentence: 'ước đạt' of the previous one does not reach it (actual); year inherited.",
    "'ba doanh nghiệp dẫn đầu' names the group (optional); the shares list: subject = 'thị phần của <company>'.",
    "'vào năm 2026' stands at the end and dates only the 600 triệu lít/năm clause; 30 triệu USD and 250 triệu lít/năm get no period. 'dự kiến', 'dự báo' → forecast.",
]

if __name__ == "__main__":
    write("p1542-6", TEXT, NOTES, FIGS, published="2024-07-09", location="Việt Nam")
