"""p1492-1: province portal (Hà Nam): exports of bags, backpacks, suitcases, 9 months 2024; a factory in Duy Tiên."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Xuất khẩu túi xách, ba lô, vali 9 tháng tăng gần 15%
Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.286

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu túi xách, ba lô, vali của các doanh nghiệp trên địa bàn tỉnh Hà Nam ước đạt 186,4 triệu USD, tăng 14,7% so với cùng kỳ năm 2023, bằng 78,2% kế hoạch năm. Trong đó, ba lô đạt 92,3 triệu USD, vali và túi du lịch 61,5 triệu USD, túi xách các loại 32,6 triệu USD.

Toàn tỉnh hiện có 11 doanh nghiệp sản xuất túi xách, ba lô, vali (trong đó 8 doanh nghiệp có vốn đầu tư nước ngoài), sử dụng gần 9.600 lao động, thu nhập bình quân 8,7 triệu đồng/người/tháng. Riêng quý III, sản lượng ba lô đạt khoảng 4,2 triệu chiếc, tăng 21% so với quý II.

Tại Khu công nghiệp Đồng Văn III, thị xã Duy Tiên, Công ty TNHH Túi xách Hoàng Phong đã đưa vào vận hành thêm hai xưởng may với tổng diện tích 12.000 m2, nâng công suất lên 6 triệu sản phẩm/năm. Từ đầu năm đến nay, công ty tuyển dụng thêm 850 lao động; đơn hàng đã kín đến hết quý I/2025.

Các thị trường xuất khẩu chính gồm Hoa Kỳ (chiếm 41%), EU (24%) và Nhật Bản (13%).

Quý IV, Sở Công Thương phấn đấu kim ngạch xuất khẩu nhóm hàng này đạt trên 62 triệu USD, đưa cả năm lên khoảng 248 triệu USD, vượt 3,3% kế hoạch. Dự kiến năm 2025 có thêm 2 dự án sản xuất vali với tổng vốn đăng ký 35 triệu USD đi vào hoạt động.

Tin liên quan:
- Hà Nam: Hội nghị đối thoại với doanh nghiệp FDI năm 2024
- Thu hút đầu tư vào Khu công nghiệp Thanh Liêm giai đoạn 2
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
DT = "Duy Tiên"
EXP = 186.4e6

FIGS = [
    fig("tăng gần 15%", "15", 15, "percent", "%", approx="nearly",
        subject="xuất khẩu túi xách, ba lô, vali", period=NINE_H),
    fig("ước đạt 186,4 triệu", "186,4", EXP, "money", "USD", status="estimate", percent=78.2,
        change=chg("increase", 14.7, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu túi xách, ba lô, vali của các doanh nghiệp trên địa bàn tỉnh", period=NINE),
    fig("ba lô đạt 92,3 triệu", "92,3", 92.3e6, "money", "USD", total=EXP, status="estimate",
        subject="kim ngạch xuất khẩu ba lô", period=inh(NINE)),
    fig("túi du lịch 61,5 triệu", "61,5", 61.5e6, "money", "USD", total=EXP, status="estimate",
        subject="kim ngạch xuất khẩu vali và túi du lịch", period=inh(NINE)),
    fig("các loại 32,6 triệu", "32,6", 32.6e6, "money", "USD", total=EXP, status="estimate",
        subject="kim ngạch xuất khẩu túi xách các loại", period=inh(NINE)),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất túi xách, ba lô, vali"),
    fig("trong đó 8 doanh nghiệp", "8", 8, "count", "doanh nghiệp", total=11,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("gần 9.600 lao động", "9.600", 9600, "count", "lao động", approx="nearly",
        subject="lao động các doanh nghiệp sản xuất túi xách, ba lô, vali sử dụng"),
    fig("bình quân 8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("khoảng 4,2 triệu chiếc", "4,2", 4.2e6, "count", "chiếc", approx="about",
        change=chg("increase", 21, "%", "quý II"), subject="sản lượng ba lô", period=Q3),
    fig("thêm hai xưởng may", "hai", 2, "count", "xưởng may",
        subject="xưởng may Công ty TNHH Túi xách Hoàng Phong đưa vào vận hành thêm", location=DT),
    fig("diện tích 12.000 m2", "12.000", 12000, "measure", "m2",
        subject="tổng diện tích hai xưởng may", location=DT),
    fig("lên 6 triệu sản phẩm/năm", "6", 6e6, "measure", "sản phẩm/năm",
        subject="công suất của Công ty TNHH Túi xách Hoàng Phong", location=DT),
    fig("thêm 850 lao động", "850", 850, "count", "lao động",
        subject="lao động công ty tuyển dụng thêm", period=YTD, location=DT),
    fig("Hoa Kỳ (chiếm 41%)", "41", 41, "percent", "%",
        subject="thị trường xuất khẩu chính Hoa Kỳ", period=inh(NINE)),
    fig("EU (24%)", "24", 24, "percent", "%",
        subject="thị trường xuất khẩu chính EU", period=inh(NINE)),
    fig("Nhật Bản (13%)", "13", 13, "percent", "%",
        subject="thị trường xuất khẩu chính Nhật Bản", period=inh(NINE)),
    fig("trên 62 triệu USD", "62", 62e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu nhóm hàng túi xách, ba lô, vali", period=Q4),
    fig("khoảng 248 triệu USD", "248", 248e6, "money", "USD", approx="about", status="target",
        change=chg("increase", 3.3, "%", "kế hoạch"),
        subject="kim ngạch xuất khẩu nhóm hàng túi xách, ba lô, vali cả năm", period=YEAR),
    fig("thêm 2 dự án", "2", 2, "count", "dự án", status="forecast",
        subject="dự án sản xuất vali đi vào hoạt động", period=Y25),
    fig("đăng ký 35 triệu USD", "35", 35e6, "money", "USD", status="forecast",
        subject="tổng vốn đăng ký của dự án sản xuất vali", period=Y25),
]

NOTES = [
    "Province portal (Hà Nam): breadcrumb, 'Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.286', related links.",
    "Distractors: 08:35, 'Lượt xem: 1.286', 'Đồng Văn III', 'quý I/2025' (a date), 'năm 2024' and 'giai đoạn 2' in link titles.",
    "Headline 'tăng gần 15%' is a growth rate as the claim: percent, nearly, no change; year-less '9 tháng' takes 2024 (published).",
    "'bằng 78,2% kế hoạch năm' → percent attribute; the 'Trong đó' parts after a sentence break take total 186,4 triệu and the",
    "estimate status of the whole; their period is inherited. 'vượt 3,3% kế hoạch' → change with baseline kế hoạch (spec: gap to a plan).",
    "Market shares are percent figures; the partner stays in the subject, location stays Hà Nam (spec: trade partner not a place).",
    "The Hoàng Phong passage (thị xã Duy Tiên) gets location Duy Tiên. 'Từ đầu năm đến nay' ends at the dateline 2024-10-14.",
    "'Quý IV ... phấn đấu' governs both clauses (target). 'Dự kiến năm 2025' → forecast for both figures.",
]

if __name__ == "__main__":
    write("p1492-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hà Nam")
