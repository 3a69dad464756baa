"""p1299-6: national newspaper: firms leaving the market nationwide, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp

Thứ bảy, 5/10/2024, 06:00 (GMT+7)

Gần 173.000 doanh nghiệp rút khỏi thị trường sau 9 tháng

Số doanh nghiệp rút lui 9 tháng qua tăng 15,6% so với cùng kỳ, trong khi số gia nhập chỉ nhỉnh hơn một chút.

Theo Tổng cục Thống kê, 9 tháng đầu năm 2024, cả nước có 172.600 doanh nghiệp rút lui khỏi thị trường, tăng 15,6% so với cùng kỳ năm trước; bình quân mỗi tháng có 19.200 doanh nghiệp rút lui. Trong số này, 86.500 doanh nghiệp tạm ngừng kinh doanh có thời hạn, tăng 13,4%; 13.900 doanh nghiệp hoàn tất thủ tục giải thể.

Ở chiều ngược lại, 175.300 doanh nghiệp gia nhập thị trường, gồm 113.400 doanh nghiệp thành lập mới và 61.900 doanh nghiệp quay trở lại hoạt động. Như vậy, tỷ lệ rút lui so với gia nhập lên tới 98,5%. Vốn đăng ký bình quân một doanh nghiệp thành lập mới đạt 10,8 tỷ đồng, giảm 9,2% so với cùng kỳ.

TP Hồ Chí Minh có số doanh nghiệp rút lui nhiều nhất với 39.800 doanh nghiệp, chiếm 23,1% cả nước.

Theo TS. Lê Minh Khải, Viện Nghiên cứu Phát triển doanh nghiệp, khoảng 70-80% doanh nghiệp rút lui là doanh nghiệp có vốn dưới 10 tỷ đồng, sức chống chịu yếu trước chi phí vay và đơn hàng giảm.

"Nhiều doanh nghiệp chỉ tạm ngừng chứ chưa giải thể, nên khi thị trường ấm lên, họ sẽ quay lại", ông nói và dự báo số doanh nghiệp quay trở lại hoạt động trong quý IV có thể tăng 15-20% so với quý III.

Minh Sơn
"""

S9 = per("9 tháng qua", "2024-01-01", "2024-09-30")
H9 = per("sau 9 tháng", "2024-01-01", "2024-09-30")
N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q4 = per("trong quý IV", "2024-10-01", "2024-12-31")
LEAVE, ENTER = 172600, 175300

FIGS = [
    fig("Gần 173.000 doanh nghiệp", "173.000", 173000, "count", "doanh nghiệp", approx="nearly",
        subject="doanh nghiệp rút khỏi thị trường", period=H9),
    fig("qua tăng 15,6%", "15,6", 15.6, "percent", "%",
        subject="số doanh nghiệp rút lui", period=S9),
    fig("có 172.600 doanh nghiệp", "172.600", LEAVE, "count", "doanh nghiệp",
        change=chg("increase", 15.6, "%", "cùng kỳ năm trước"),
        subject="doanh nghiệp rút lui khỏi thị trường", period=N9),
    fig("có 19.200 doanh nghiệp", "19.200", 19200, "measure", "doanh nghiệp/tháng",
        subject="doanh nghiệp rút lui bình quân mỗi tháng", period=N9),
    fig("86.500 doanh nghiệp", "86.500", 86500, "count", "doanh nghiệp", total=LEAVE,
        change=chg("increase", 13.4, "%"),
        subject="doanh nghiệp tạm ngừng kinh doanh có thời hạn", period=inh(N9)),
    fig("13.900 doanh nghiệp", "13.900", 13900, "count", "doanh nghiệp", total=LEAVE,
        subject="doanh nghiệp hoàn tất thủ tục giải thể", period=inh(N9)),
    fig("175.300 doanh nghiệp", "175.300", ENTER, "count", "doanh nghiệp",
        subject="doanh nghiệp gia nhập thị trường", period=inh(N9)),
    fig("113.400 doanh nghiệp", "113.400", 113400, "count", "doanh nghiệp", total=ENTER,
        subject="doanh nghiệp thành lập mới", period=inh(N9)),
    fig("61.900 doanh nghiệp", "61.900", 61900, "count", "doanh nghiệp", total=ENTER,
        subject="doanh nghiệp quay trở lại hoạt động", period=inh(N9)),
    fig("tới 98,5%", "98,5", 98.5, "percent", "%",
        subject="tỷ lệ rút lui so với gia nhập", period=inh(N9)),
    fig("đạt 10,8 tỷ", "10,8", 10.8e9, "money", "đồng",
        change=chg("decrease", 9.2, "%", "cùng kỳ"),
        subject="vốn đăng ký bình quân một doanh nghiệp thành lập mới", period=inh(N9)),
    fig("với 39.800 doanh nghiệp", "39.800", 39800, "count", "doanh nghiệp", percent=23.1,
        subject="số doanh nghiệp rút lui", period=inh(N9), location="TP Hồ Chí Minh"),
    fig("khoảng 70-80%", "70", 70, "percent", "%", value_max=80, approx="about",
        subject="doanh nghiệp rút lui là doanh nghiệp có vốn dưới 10 tỷ đồng"),
    fig("dưới 10 tỷ", "10", 10e9, "money", "đồng", approx="under",
        subject="vốn của doanh nghiệp", optional=True),
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20, status="forecast",
        subject="số doanh nghiệp quay trở lại hoạt động", period=Q4),
]

NOTES = [
    "National newspaper: section path, 'Thứ bảy, 5/10/2024, 06:00 (GMT+7)', headline figure, sapo, expert quote, byline. National: location Việt Nam.",
    "Distractors: 06:00, (GMT+7), 'quý III' as a baseline, 'TS.' title.",
    "Sapo 'Số doanh nghiệp rút lui 9 tháng qua tăng 15,6%' is a growth rate as the claim: percent figure, no change. In the body the same 15,6%",
    "after 172.600 is that count's change. 'Trong số này' after the whole (sentence break): 86.500 and 13.900 take total 172.600.",
    "'gồm 113.400 … và 61.900' = 175.300 (total). 'bình quân mỗi tháng có 19.200 doanh nghiệp': rate, unit doanh nghiệp/tháng.",
    "'chiếm 23,1% cả nước' is the percent of TP HCM's 39.800 (location TP HCM). 'vốn dưới 10 tỷ đồng' defines a size class: optional.",
    "Expert's forecast 'trong quý IV có thể tăng 15-20% so với quý III' is a growth rate as claim (percent range, forecast, quý IV 2024).",
]

if __name__ == "__main__":
    write("p1299-6", TEXT, NOTES, FIGS, published="2024-10-05", location="Việt Nam")
