"""p1529-8: radio/TV site (Đài PT-TH Bến Tre): coconut-rib brooms for export, a cooperative in Giồng Trôm."""
from lib import fig, per, inh, chg, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BẾN TRE
Thời sự | Kinh tế | Xã hội | Video | Podcast

Chổi cọng dừa Bến Tre vào mùa xuất khẩu

Đăng lúc: 08:30 - 22/04/2025

THBT - Quý I/2025, các cơ sở làm chổi cọng dừa ở Bến Tre xuất khẩu khoảng 1,9 triệu chiếc, tăng 17% so với cùng kỳ, chủ yếu sang Hàn Quốc, Đài Loan và Trung Đông. Giá xuất khẩu bình quân đạt 0,45 USD/chiếc, tăng 5% so với năm 2024.

Tại huyện Giồng Trôm, Hợp tác xã Dừa Phước Long có 45 thành viên, thu hút thêm hơn một trăm lao động nhàn rỗi ở địa phương. Mỗi lao động vót, bó chổi được trả 1.500-2.000 đồng/chiếc, bình quân 180.000-220.000 đồng/ngày. Trong tháng 3, hợp tác xã xuất đi 4 container 40 feet, mỗi container chứa khoảng 26.000 chiếc.

Ông Lê Văn Năm, Giám đốc hợp tác xã, cho biết nhờ đầu tư 3 máy bó cán tự động với tổng kinh phí 650 triệu đồng, trong đó Nhà nước hỗ trợ 30%, năng suất tăng gấp 2,5 lần so với làm tay.

Theo Sở Công Thương, toàn tỉnh có khoảng 70 cơ sở làm chổi cọng dừa; kim ngạch xuất khẩu chổi và sản phẩm thủ công từ dừa năm 2024 đạt 11,4 triệu USD, đứng thứ hai trong nhóm hàng thủ công mỹ nghệ của tỉnh. Năm 2025, tỉnh phấn đấu kim ngạch nhóm hàng này đạt 13 triệu USD.

Phóng viên: Thanh Tâm - Hữu Phước

Video liên quan: Bản tin Thời sự 18h ngày 21/4/2025
Lượt xem: 3.415
"""

Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
MAR = per("tháng 3", "2025-03-01", "2025-03-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
GT = "Giồng Trôm"

FIGS = [
    fig("khoảng 1,9 triệu", "1,9", 1.9e6, "count", "chiếc", approx="about",
        change=chg("increase", 17, "%", "cùng kỳ"), subject="chổi cọng dừa xuất khẩu", period=Q1),
    fig("đạt 0,45 USD", "0,45", 0.45, "money", "USD/chiếc", change=chg("increase", 5, "%", "năm 2024"),
        subject="giá xuất khẩu bình quân", period=inh(Q1)),
    fig("có 45 thành viên", "45", 45, "count", "thành viên", subject="thành viên Hợp tác xã Dừa Phước Long",
        location=GT),
    fig("hơn một trăm", "một trăm", 100, "count", "lao động", approx="over",
        subject="lao động nhàn rỗi hợp tác xã thu hút thêm", location=GT),
    fig("trả 1.500-2.000", "1.500", 1500, "money", "đồng/chiếc", value_max=2000,
        subject="tiền công vót, bó chổi", location=GT),
    fig("bình quân 180.000-220.000", "180.000", 180000, "money", "đồng/ngày", value_max=220000,
        subject="thu nhập bình quân của lao động", location=GT),
    fig("xuất đi 4 container", "4", 4, "count", "container", subject="container hợp tác xã xuất đi",
        period=MAR, location=GT),
    fig("khoảng 26.000 chiếc", "26.000", 26000, "measure", "chiếc/container", approx="about",
        subject="chổi mỗi container chứa", location=GT),
    fig("đầu tư 3 máy", "3", 3, "count", "máy", subject="máy bó cán tự động hợp tác xã đầu tư", location=GT),
    fig("kinh phí 650 triệu", "650", 650e6, "money", "đồng", subject="tổng kinh phí đầu tư máy bó cán",
        location=GT),
    fig("hỗ trợ 30%", "30", 30, "percent", "%", subject="kinh phí Nhà nước hỗ trợ", location=GT),
    fig("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", subject="năng suất", location=GT),
    fig("khoảng 70 cơ sở", "70", 70, "count", "cơ sở", approx="about", subject="cơ sở làm chổi cọng dừa"),
    fig("đạt 11,4 triệu", "11,4", 11.4e6, "money", "USD",
        subject="kim ngạch xuất khẩu chổi và sản phẩm thủ công từ dừa", period=Y24),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="kim ngạch xuất khẩu chổi và sản phẩm thủ công từ dừa trong nhóm hàng thủ công mỹ nghệ",
        period=Y24),
    fig("đạt 13 triệu", "13", 13e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu nhóm hàng", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Bến Tre): menu, 'Đăng lúc: 08:30 - 22/04/2025', tag 'THBT -', reporters' line, related video, 'Lượt xem: 3.415'.",
    "Distractors: 08:30, 'container 40 feet' (container type), the name 'Lê Văn Năm' (năm = five), 'Bản tin Thời sự 18h ngày 21/4/2025', Lượt xem 3.415.",
    "The cooperative passage in huyện Giồng Trôm → location Giồng Trôm; the lead and the Sở Công Thương paragraph → Bến Tre. Hàn Quốc, Đài Loan, Trung Đông are buyers.",
    "'hơn một trăm lao động' → 100, over. 'mỗi container chứa khoảng 26.000 chiếc' is a rate: measure, chiếc/container; no period (a standing capacity).",
    "'trong đó Nhà nước hỗ trợ 30%' is its own percent figure (a share of a part of the 650 triệu). 'năng suất tăng gấp 2,5 lần so với làm tay' with no base amount: kind multiple.",
    "'đứng thứ hai' continues the 'năm 2024 đạt' clause: rank 2, period 2024. 'Năm 2025, tỉnh phấn đấu' → target. 'tháng 3' takes 2025 from 'Quý I/2025'.",
]

if __name__ == "__main__":
    write("p1529-8", TEXT, NOTES, FIGS, published="2025-04-22", location="Bến Tre")
