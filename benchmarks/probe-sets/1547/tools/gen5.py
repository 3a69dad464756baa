"""p1547-5: Party newspaper (Báo Bắc Ninh, tag (BNO)): a glass maker in thị xã Quế Võ; province's glass group."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC NINH - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN, NHÂN DÂN TỈNH BẮC NINH
Kinh tế | Công nghiệp

Kính Đông Á mở rộng sản xuất kính tiết kiệm năng lượng

Sau hơn 10 năm hoạt động tại Khu công nghiệp Quế Võ (thị xã Quế Võ), Công ty cổ phần Kính Đông Á đã trở thành một trong những doanh nghiệp sản xuất kính xây dựng lớn của tỉnh, với sản phẩm có mặt tại hơn 20 quốc gia.

(BNO) - Công ty được đầu tư với tổng vốn 2.100 tỷ đồng, vận hành một lò nấu kính nổi công suất 600 tấn/ngày và ba dây chuyền gia công kính cường lực, kính hộp. 6 tháng đầu năm 2024, công ty sản xuất 14,8 triệu m2 kính các loại, tăng 12,3% so với cùng kỳ; doanh thu đạt 845 tỷ đồng, bằng 52% kế hoạch năm. Sản phẩm xuất khẩu chiếm khoảng 45% sản lượng, chủ yếu sang Nhật Bản, Đài Loan (Trung Quốc) và Philippines.

Hiện công ty có 520 lao động, trong đó hơn 60% là lao động địa phương, thu nhập bình quân 11,5 triệu đồng/người/tháng, cao hơn khoảng 8% so với năm 2023.

Tháng 5 vừa qua, công ty khởi công dây chuyền kính phủ Low-E thứ hai với vốn đầu tư 380 tỷ đồng, công suất 3 triệu m2/năm. Theo ông Trần Quốc Hưng, Phó Tổng Giám đốc, khi dây chuyền đi vào hoạt động, tỷ lệ kính tiết kiệm năng lượng trong tổng sản lượng của công ty dự kiến tăng từ 18% hiện nay lên khoảng 30% vào năm 2026.

Theo Sở Công Thương, toàn tỉnh hiện có 9 doanh nghiệp sản xuất, gia công kính xây dựng; giá trị sản xuất công nghiệp nhóm ngành này 6 tháng ước đạt 3.650 tỷ đồng, chiếm 0,4% giá trị sản xuất công nghiệp toàn tỉnh. Năm 2024, tỉnh phấn đấu thu hút thêm ít nhất 2 dự án vật liệu xây dựng công nghệ cao.

NGUYỄN THẢO
15/07/2024

Từ khóa: kính xây dựng, KCN Quế Võ, Low-E
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1S = per("6 tháng", "2024-01-01", "2024-06-30")
Y26 = per("vào năm 2026", "2026-01-01", "2026-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
QV = "Quế Võ"

FIGS = [
    fig("hơn 10 năm", "10", 10, "measure", "năm", approx="over", subject="thời gian hoạt động của công ty",
        location=QV, optional=True),
    fig("hơn 20 quốc gia", "20", 20, "count", "quốc gia", approx="over",
        subject="quốc gia có sản phẩm của công ty", location=QV),
    fig("vốn 2.100 tỷ", "2.100", 2100e9, "money", "đồng", subject="tổng vốn đầu tư của công ty", location=QV),
    fig("một lò nấu", "một", 1, "count", "lò nấu", subject="lò nấu kính nổi công ty vận hành", location=QV),
    fig("600 tấn/ngày", "600", 600, "measure", "tấn/ngày", subject="công suất lò nấu kính nổi", location=QV),
    fig("ba dây chuyền", "ba", 3, "count", "dây chuyền",
        subject="dây chuyền gia công kính cường lực, kính hộp", location=QV),
    fig("sản xuất 14,8 triệu", "14,8", 14.8e6, "measure", "m2", change=chg("increase", 12.3, "%", "cùng kỳ"),
        subject="kính các loại công ty sản xuất", period=H1, location=QV),
    fig("đạt 845 tỷ", "845", 845e9, "money", "đồng", percent=52, subject="doanh thu của công ty",
        period=H1, location=QV),
    fig("chiếm khoảng 45%", "45", 45, "percent", "%", approx="about",
        subject="tỷ trọng sản phẩm xuất khẩu trong sản lượng", period=inh(H1), location=QV),
    fig("có 520 lao động", "520", 520, "count", "lao động", subject="lao động của công ty", location=QV),
    fig("hơn 60%", "60", 60, "percent", "%", approx="over", subject="tỷ lệ lao động địa phương", location=QV),
    fig("bình quân 11,5 triệu", "11,5", 11.5e6, "money", "đồng/người/tháng",
        change=chg("increase", 8, "%", "năm 2023", approx="about"),
        subject="thu nhập bình quân của lao động", location=QV),
    fig("đầu tư 380 tỷ", "380", 380e9, "money", "đồng", subject="vốn đầu tư dây chuyền kính phủ Low-E",
        location=QV),
    fig("3 triệu m2/năm", "3", 3e6, "measure", "m2/năm", subject="công suất dây chuyền kính phủ Low-E",
        location=QV),
    fig("từ 18%", "18", 18, "percent", "%",
        subject="tỷ lệ kính tiết kiệm năng lượng trong tổng sản lượng của công ty", location=QV),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about", status="forecast",
        subject="tỷ lệ kính tiết kiệm năng lượng trong tổng sản lượng của công ty", period=Y26, location=QV),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất, gia công kính xây dựng"),
    fig("ước đạt 3.650 tỷ", "3.650", 3650e9, "money", "đồng", status="estimate", percent=0.4,
        subject="giá trị sản xuất công nghiệp nhóm ngành kính xây dựng", period=H1S),
    fig("ít nhất 2 dự án", "2", 2, "count", "dự án", approx="at_least", status="target",
        subject="dự án vật liệu xây dựng công nghệ cao thu hút thêm", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Bắc Ninh): masthead, sapo, tag '(BNO) -', byline 'NGUYỄN THẢO' with the bare date '15/07/2024' (published), tags.",
    "Firm passage placed 'Khu công nghiệp Quế Võ (thị xã Quế Võ)': its figures are located in Quế Võ; 'Theo Sở Công Thương, toàn tỉnh' returns to Bắc Ninh.",
    "Optional: 'Sau hơn 10 năm hoạt động' (a duration that locates the firm's story in time).",
    "Number words: 'một lò nấu', 'ba dây chuyền'. Distractors: 'dây chuyền ... thứ hai' (ordinal), 'Tháng 5 vừa qua' (a date of the ground-breaking), 'Low-E', 'KCN Quế Võ' in tags.",
    "'Sản phẩm xuất khẩu chiếm khoảng 45% sản lượng' is a share with no amount: percent figure, period inherited from '6 tháng đầu năm 2024'.",
    "'trong đó hơn 60% là lao động địa phương' is a percent figure of its own; wage 'cao hơn khoảng 8% so với năm 2023' → change; 'Hiện' → no period.",
    "'dự kiến tăng từ 18% hiện nay lên khoảng 30% vào năm 2026': 18% is today's share ('hiện nay', actual, no period); 30% is the forecast for 2026.",
    "The 380 tỷ and the 3 triệu m2/năm of the new line have no period: 'Tháng 5 vừa qua' dates the ground-breaking, not the amounts.",
    "'giá trị sản xuất ... 6 tháng ước đạt 3.650 tỷ đồng, chiếm 0,4%' → estimate + percent; 'Năm 2024, tỉnh phấn đấu ... ít nhất 2 dự án' → target.",
]

if __name__ == "__main__":
    write("p1547-5", TEXT, NOTES, FIGS, published="2024-07-15", location="Bắc Ninh")
