"""p1431-1: province portal (Quảng Ngãi): planted-forest timber harvest 9 months 2024, acacia price, Ba Tơ."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NGÃI
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

9 tháng, Quảng Ngãi khai thác gần 1,9 triệu m3 gỗ rừng trồng

Cập nhật: 05/10/2024 09:45 | Lượt xem: 1.862

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, toàn tỉnh khai thác 1,86 triệu m3 gỗ rừng trồng, tăng 7,3% so với cùng kỳ năm 2023, bằng 78,5% kế hoạch năm. Trong đó, gỗ keo 1.620.000 m3, gỗ bạch đàn 185.000 m3, gỗ các loại khác 55.000 m3.

Cũng trong 9 tháng, toàn tỉnh trồng mới 6.420 ha rừng tập trung, đạt 91,7% kế hoạch. Diện tích rừng trồng được khai thác khoảng 15.800 ha, năng suất bình quân 118 m3/ha.

Giá gỗ keo nguyên liệu tại các nhà máy dăm dọc Quốc lộ 24 dao động từ 1,25 đến 1,35 triệu đồng/tấn, tăng khoảng 150.000 đồng/tấn so với đầu năm.

Tại huyện Ba Tơ, người dân đã trồng hơn 2.100 ha keo lai bằng các giống BV16, AH7; mỗi ha keo 5 năm tuổi cho thu nhập từ 120 đến 150 triệu đồng.

Từ đầu năm đến nay, lực lượng kiểm lâm phát hiện 37 vụ vi phạm, tịch thu 42,6 m3 gỗ, nộp ngân sách hơn 820 triệu đồng.

Dự kiến cả năm 2024, sản lượng gỗ rừng trồng khai thác đạt khoảng 2,4 triệu m3, vượt 1,3% kế hoạch.

Tin liên quan:
- Hội thảo phát triển rừng gỗ lớn lần thứ 3
- Quyết định số 1250/QĐ-UBND phê duyệt phương án quản lý rừng bền vững
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
HEAD = per("9 tháng", "2024-01-01", "2024-09-30")
NINE_B = per("Cũng trong 9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-05")
YEAR = per("cả năm 2024", "2024-01-01", "2024-12-31")
BT = "Ba Tơ"

FIGS = [
    fig("gần 1,9 triệu", "1,9", 1.9e6, "measure", "m3", approx="nearly",
        subject="gỗ rừng trồng khai thác", period=HEAD),
    fig("khai thác 1,86 triệu", "1,86", 1.86e6, "measure", "m3", percent=78.5,
        change=chg("increase", 7.3, "%", "cùng kỳ năm 2023"),
        subject="gỗ rừng trồng toàn tỉnh khai thác", period=NINE),
    fig("gỗ keo 1.620.000", "1.620.000", 1620000, "measure", "m3", total=1.86e6,
        subject="gỗ keo khai thác", period=inh(NINE)),
    fig("bạch đàn 185.000", "185.000", 185000, "measure", "m3", total=1.86e6,
        subject="gỗ bạch đàn khai thác", period=inh(NINE)),
    fig("khác 55.000", "55.000", 55000, "measure", "m3", total=1.86e6,
        subject="gỗ các loại khác khai thác", period=inh(NINE)),
    fig("mới 6.420 ha", "6.420", 6420, "measure", "ha", percent=91.7,
        subject="diện tích rừng tập trung trồng mới", period=NINE_B),
    fig("khoảng 15.800 ha", "15.800", 15800, "measure", "ha", approx="about",
        subject="diện tích rừng trồng được khai thác", period=inh(NINE_B)),
    fig("bình quân 118 m3/ha", "118", 118, "measure", "m3/ha",
        subject="năng suất bình quân rừng trồng khai thác", period=inh(NINE_B)),
    fig("từ 1,25 đến 1,35", "1,25", 1.25e6, "money", "đồng/tấn", value_max=1.35e6,
        change=chg("increase", 150000, "đồng/tấn", "đầu năm", approx="about"),
        subject="giá gỗ keo nguyên liệu tại các nhà máy dăm"),
    fig("hơn 2.100 ha", "2.100", 2100, "measure", "ha", approx="over",
        subject="diện tích keo lai người dân đã trồng", location=BT),
    fig("keo 5 năm tuổi", "5", 5, "measure", "năm tuổi",
        subject="tuổi rừng keo khai thác", location=BT, optional=True),
    fig("từ 120 đến 150", "120", 120e6, "money", "đồng/ha", value_max=150e6,
        subject="thu nhập mỗi ha keo", location=BT),
    fig("37 vụ", "37", 37, "count", "vụ", subject="vụ vi phạm lực lượng kiểm lâm phát hiện", period=YTD),
    fig("tịch thu 42,6 m3", "42,6", 42.6, "measure", "m3", subject="gỗ tịch thu", period=YTD),
    fig("hơn 820 triệu", "820", 820e6, "money", "đồng", approx="over",
        subject="nộp ngân sách của lực lượng kiểm lâm", period=YTD),
    fig("khoảng 2,4 triệu", "2,4", 2.4e6, "measure", "m3", approx="about", status="forecast",
        change=chg("increase", 1.3, "%", "kế hoạch"),
        subject="sản lượng gỗ rừng trồng khai thác", period=YEAR),
]

NOTES = [
    "Province portal (Quảng Ngãi): planted-forest timber harvest 9 months 2024; breadcrumb, 'Cập nhật: 05/10/2024 09:45 | Lượt xem: 1.862', related links.",
    "Distractors: 09:45, Lượt xem 1.862, Quốc lộ 24, clone names BV16 and AH7, 'lần thứ 3', Quyết định số 1250/QĐ-UBND.",
    "Headline 'gần 1,9 triệu m3' is its own figure; year-less '9 tháng' takes 2024 from the dateline.",
    "'Trong đó' parts after a sentence break take total 1,86 triệu m3; their period stands in the previous sentence (inherited).",
    "Price range with 'tăng khoảng 150.000 đồng/tấn so với đầu năm' → change in đồng/tấn; standing price, no period.",
    "'keo 5 năm tuổi' is the age of the stand that gives the income: optional (a qualifier of the income figure, not a claim of its own).",
    "'mỗi ha ... cho thu nhập từ 120 đến 150 triệu đồng' → money per ha (đồng/ha).",
    "'vượt 1,3% kế hoạch' after a forecast → change, baseline 'kế hoạch' (FIGURES.md: a gap to a plan is a change).",
]

if __name__ == "__main__":
    write("p1431-1", TEXT, NOTES, FIGS, published="2024-10-05", location="Quảng Ngãi")
