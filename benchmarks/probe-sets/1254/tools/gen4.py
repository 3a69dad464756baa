"""p1254-4: provincial newspaper (Báo Quảng Ngãi): Sa Huỳnh purse seiners, cá nục catches, port throughput, Đức Phổ and province."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO QUẢNG NGÃI ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn

Ngư dân Sa Huỳnh trúng đậm cá nục

Thứ Ba, 05/03/2024 - 06:15

Những chuyến biển đầu năm, các tàu lưới vây ở phường Phổ Thạnh (thị xã Đức Phổ) liên tục trúng đậm cá nục, có tàu thu về hơn nửa tỷ đồng sau mỗi chuyến.

(Baoquangngai.vn)- Sáng sớm, cảng cá Sa Huỳnh nhộn nhịp tàu thuyền cập bến. Vừa đưa tàu QNg 90726 TS về bến sau 7 ngày bám biển, ngư dân Phạm Văn Thành cho biết chuyến này tàu đánh bắt được gần 15 tấn cá nục, bán được khoảng 420 triệu đồng. “Cá nục năm nay về sớm và nhiều. Trừ hết chi phí, 12 bạn thuyền mỗi người được chia hơn 15 triệu đồng”, ông Thành phấn khởi nói.

Theo Ban Quản lý cảng cá Sa Huỳnh, từ đầu năm đến nay có hơn 1.600 lượt tàu cập cảng, bốc dỡ khoảng 9.800 tấn hải sản, tăng 22% so với cùng kỳ năm 2023; trong đó cá nục chiếm hơn 60%. Giá cá nục thu mua tại cảng dao động 28.000-35.000 đồng/kg tùy loại.

Thị xã Đức Phổ hiện có 1.037 tàu cá với khoảng 8.500 lao động, đứng thứ hai toàn tỉnh sau huyện Bình Sơn về số lượng tàu. Hai tháng đầu năm 2024, sản lượng khai thác hải sản của thị xã đạt 12.450 tấn, bằng 16,2% kế hoạch năm.

Toàn tỉnh, 2 tháng đầu năm, tổng sản lượng khai thác thủy sản đạt 41.300 tấn, tăng 4,1% so với cùng kỳ. Ngành nông nghiệp dự báo sản lượng cá nục, cá trích trong quý II sẽ tiếp tục tăng do đang vào vụ cá Nam.

MINH THƯ
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-03-05")
M2 = per("Hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")
M2S = per("2 tháng đầu năm", "2024-01-01", "2024-02-29")
DP = "Đức Phổ"

FIGS = [
    fig("hơn nửa tỷ", "nửa", 0.5e9, "money", "đồng/chuyến", approx="over",
        subject="tiền tàu lưới vây thu về sau mỗi chuyến", location=DP),
    fig("sau 7 ngày", "7", 7, "measure", "ngày", subject="thời gian bám biển", location=DP, optional=True),
    fig("gần 15 tấn", "15", 15, "measure", "tấn", approx="nearly",
        subject="cá nục tàu đánh bắt được chuyến này", location=DP),
    fig("khoảng 420 triệu", "420", 420e6, "money", "đồng", approx="about",
        subject="tiền bán cá nục chuyến này", location=DP),
    fig("12 bạn thuyền", "12", 12, "count", "bạn thuyền", subject="bạn thuyền", location=DP),
    fig("hơn 15 triệu", "15", 15e6, "money", "đồng/người", approx="over",
        subject="tiền mỗi bạn thuyền được chia", location=DP),
    fig("hơn 1.600 lượt", "1.600", 1600, "count", "lượt tàu", approx="over",
        subject="lượt tàu cập cảng cá Sa Huỳnh", period=YTD, location=DP),
    fig("khoảng 9.800 tấn", "9.800", 9800, "measure", "tấn", approx="about",
        change=chg("increase", 22, "%", "cùng kỳ năm 2023"),
        subject="hải sản bốc dỡ qua cảng cá Sa Huỳnh", period=YTD, location=DP),
    fig("chiếm hơn 60%", "60", 60, "percent", "%", approx="over",
        subject="cá nục trong hải sản bốc dỡ qua cảng", period=YTD, location=DP),
    fig("28.000-35.000", "28.000", 28000, "money", "đồng/kg", value_max=35000,
        subject="giá cá nục thu mua tại cảng", location=DP),
    fig("có 1.037 tàu", "1.037", 1037, "count", "tàu cá", subject="tàu cá", location=DP),
    fig("khoảng 8.500 lao động", "8.500", 8500, "count", "lao động", approx="about",
        subject="lao động trên tàu cá", location=DP),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="số lượng tàu", location=DP),
    fig("đạt 12.450 tấn", "12.450", 12450, "measure", "tấn", percent=16.2,
        subject="sản lượng khai thác hải sản của thị xã", period=M2, location=DP),
    fig("đạt 41.300 tấn", "41.300", 41300, "measure", "tấn", change=chg("increase", 4.1, "%", "cùng kỳ"),
        subject="tổng sản lượng khai thác thủy sản toàn tỉnh", period=M2S),
]

NOTES = [
    "Provincial newspaper (Báo Quảng Ngãi): headline, 'Thứ Ba, 05/03/2024 - 06:15', sapo, tag '(Baoquangngai.vn)-', byline at the end.",
    "Distractors: vessel number 'QNg 90726 TS', 06:15, 'Hai tháng đầu năm 2024' (number word inside a period), 'quý II', 'Bình Sơn'.",
    "Sapo 'hơn nửa tỷ đồng sau mỗi chuyến': number word 'nửa' × tỷ = 500 000 000, over; unit keeps the per-trip denominator.",
    "'sau 7 ngày bám biển' is a trip duration that locates the catch in time: optional. The quote's figures carry no period.",
    "'từ đầu năm đến nay' ends at the dateline 2024-03-05; 'trong đó cá nục chiếm hơn 60%' is a percent figure of its own (no total).",
    "'đứng thứ hai toàn tỉnh ... về số lượng tàu' is a rank of thị xã Đức Phổ. 'Hai tháng đầu năm 2024' ends 2024-02-29 (leap year).",
    "'Toàn tỉnh, 2 tháng đầu năm' → Quảng Ngãi (default), year 2024 from the earlier period. The forecast sentence has no number.",
]

if __name__ == "__main__":
    write("p1254-4", TEXT, NOTES, FIGS, published="2024-03-05", location="Quảng Ngãi")
