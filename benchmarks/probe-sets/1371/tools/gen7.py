"""p1371-7: news agency (TTXVN): e-invoices at petrol stations nationwide, provinces list, inspections, daily invoices."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TTXVN | Kinh tế | Tài chính

Hơn 98% cửa hàng xăng dầu đã xuất hóa đơn điện tử từng lần bán

18/06/2024 16:25

Hà Nội, 18/6 (TTXVN) - Theo Tổng cục Thuế, tính đến ngày 15/6/2024, cả nước có 16.742/17.025 cửa hàng bán lẻ xăng dầu đã thực hiện xuất hóa đơn điện tử theo từng lần bán hàng, đạt 98,3%, tăng 2.361 cửa hàng so với cuối tháng 3/2024.

Trong đó, 52/63 tỉnh, thành phố đã có 100% cửa hàng thực hiện. Một số địa phương còn tỷ lệ thấp là Sóc Trăng (86,5%), Kiên Giang (89,2%) và Hà Giang (91,7%).

Từ đầu năm đến nay, cơ quan thuế đã phối hợp với lực lượng quản lý thị trường kiểm tra 1.315 cửa hàng, xử phạt 274 trường hợp với tổng số tiền hơn 9,6 tỷ đồng; đề nghị thu hồi giấy xác nhận đủ điều kiện bán lẻ xăng dầu của 6 cửa hàng.

Theo Tổng cục Thuế, bình quân mỗi ngày có khoảng 6,1 triệu hóa đơn điện tử được lập từ hoạt động bán lẻ xăng dầu, gấp gần 4 lần so với tháng 1/2024.

Ông Lê Minh Tuấn, Phó Vụ trưởng Vụ Quản lý thuế doanh nghiệp nhỏ và vừa và hộ kinh doanh, cá nhân (Tổng cục Thuế), cho biết mục tiêu đến ngày 30/6/2024 là 100% cửa hàng bán lẻ xăng dầu trên cả nước thực hiện hóa đơn điện tử theo từng lần bán hàng. Các trường hợp cố tình vi phạm sẽ bị xử lý theo Nghị định 125/2020/NĐ-CP và Thông tư 78/2021/TT-BTC.

Thu Trang (TTXVN)

Tin liên quan:
- Bộ Tài chính yêu cầu 63 cục thuế rà soát cửa hàng xăng dầu
- Xăng dầu: Lắp thiết bị kết nối hóa đơn điện tử trước ngày 30/6
"""

ASOF = per("tính đến ngày 15/6/2024", end="2024-06-15")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-18")
GOAL = per("đến ngày 30/6/2024", end="2024-06-30")
RATE = "tỷ lệ cửa hàng bán lẻ xăng dầu xuất hóa đơn điện tử theo từng lần bán hàng"

FIGS = [
    fig("Hơn 98%", "98", 98, "percent", "%", approx="over",
        subject="cửa hàng xăng dầu đã xuất hóa đơn điện tử từng lần bán"),
    fig("16.742/17.025", "16.742", 16742, "count", "cửa hàng", total=17025, percent=98.3,
        change=chg("increase", 2361, "cửa hàng", "cuối tháng 3/2024"),
        subject="cửa hàng bán lẻ xăng dầu đã thực hiện xuất hóa đơn điện tử theo từng lần bán hàng",
        period=ASOF),
    fig("52/63 tỉnh", "52", 52, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố đã có 100% cửa hàng thực hiện", period=inh(ASOF)),
    fig("có 100% cửa hàng thực hiện.", "100", 100, "percent", "%", optional=True,
        subject="cửa hàng thực hiện", period=inh(ASOF)),
    fig("Sóc Trăng (86,5%)", "86,5", 86.5, "percent", "%", subject=RATE, period=inh(ASOF),
        location="Sóc Trăng"),
    fig("Kiên Giang (89,2%)", "89,2", 89.2, "percent", "%", subject=RATE, period=inh(ASOF),
        location="Kiên Giang"),
    fig("Hà Giang (91,7%)", "91,7", 91.7, "percent", "%", subject=RATE, period=inh(ASOF),
        location="Hà Giang"),
    fig("kiểm tra 1.315 cửa hàng", "1.315", 1315, "count", "cửa hàng", subject="cửa hàng được kiểm tra",
        period=YTD),
    fig("xử phạt 274 trường hợp", "274", 274, "count", "trường hợp", subject="trường hợp bị xử phạt",
        period=YTD),
    fig("hơn 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", approx="over", subject="tổng số tiền xử phạt",
        period=YTD),
    fig("của 6 cửa hàng", "6", 6, "count", "cửa hàng",
        subject="cửa hàng bị đề nghị thu hồi giấy xác nhận đủ điều kiện bán lẻ xăng dầu", period=YTD),
    fig("khoảng 6,1 triệu", "6,1", 6.1e6, "measure", "hóa đơn/ngày", approx="about",
        change=chg("increase", 4, "lần", "tháng 1/2024", approx="nearly"),
        subject="hóa đơn điện tử được lập từ hoạt động bán lẻ xăng dầu mỗi ngày"),
    fig("là 100% cửa hàng", "100", 100, "percent", "%", status="target",
        subject="cửa hàng bán lẻ xăng dầu thực hiện hóa đơn điện tử theo từng lần bán hàng", period=GOAL),
]

NOTES = [
    "News agency (TTXVN): section line, headline figure, '18/06/2024 16:25', lead 'Hà Nội, 18/6 (TTXVN) -', byline, related links.",
    "Distractors: 16:25, 'Hà Nội, 18/6', Nghị định 125/2020/NĐ-CP, Thông tư 78/2021/TT-BTC, '63 cục thuế' and 'trước ngày 30/6' in link titles, 'tháng 3/2024' and 'tháng 1/2024' as baselines.",
    "16.742/17.025 → total 17.025, percent 98,3, change +2.361 cửa hàng; 'Trong đó, 52/63 tỉnh, thành phố' counts provinces, not stores: total 63 from the slash only.",
    "'đã có 100% cửa hàng thực hiện' is the criterion inside the subject of 52/63 (like 'tối thiểu 1 nền tảng số' in the shared gold): optional.",
    "List 'Sóc Trăng (86,5%), Kiên Giang (89,2%) và Hà Giang (91,7%)': each item a percent figure, place → location; period inherited from the as-of date.",
    "'gấp gần 4 lần so với tháng 1/2024' → change of the 6,1 million invoices a day (increase, 4 lần, approx nearly). Unit hóa đơn/ngày (mỗi ngày).",
    "'mục tiêu đến ngày 30/6/2024 là 100% cửa hàng' → target percent, as-of 2024-06-30. Location Việt Nam by default (cả nước).",
]

if __name__ == "__main__":
    write("p1371-7", TEXT, NOTES, FIGS, published="2024-06-18", location="Việt Nam")
