"""p1478-1: province portal (Đồng Nai): exports of vacuum cleaners and robot vacuums, 9 months 2024; an FDI maker in Nhơn Trạch."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Đầu tư

Xuất khẩu máy hút bụi của Đồng Nai 9 tháng tăng hơn 18%

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu máy hút bụi và robot hút bụi của các doanh nghiệp trên địa bàn tỉnh Đồng Nai ước đạt 312,5 triệu USD, tăng 18,4% so với cùng kỳ năm 2023, bằng 78,1% kế hoạch năm. Trong đó, robot hút bụi lau nhà ước đạt 141,2 triệu USD, máy hút bụi cầm tay 126,8 triệu USD, còn lại là máy hút bụi công nghiệp.

Hiện toàn tỉnh có 4 doanh nghiệp FDI sản xuất máy hút bụi, tập trung tại các khu công nghiệp Nhơn Trạch 3 và Amata, sử dụng khoảng 6.800 lao động.

Lớn nhất là Công ty TNHH Điện gia dụng Kaiwa Việt Nam tại huyện Nhơn Trạch. Từ đầu năm đến nay, công ty đã xuất xưởng hơn 1,9 triệu sản phẩm, xuất khẩu sang 27 thị trường, trong đó thị trường Mỹ chiếm 42% kim ngạch. Công ty có 2.450 lao động, lao động nữ chiếm gần 70%; thu nhập bình quân 9,8 triệu đồng/người/tháng, cao hơn 6% so với năm trước. Công ty đang xây dựng nhà xưởng thứ hai với vốn đầu tư 45 triệu USD, dự kiến nâng công suất lên 3,5 triệu sản phẩm/năm và tạo việc làm cho thêm khoảng 800 lao động. Dự án dự kiến hoàn thành trong quý II/2025.

Cũng trong 9 tháng, các doanh nghiệp điện tử, điện gia dụng của tỉnh nộp ngân sách khoảng 1.050 tỷ đồng, chiếm 4,2% tổng thu nội địa.

Năm 2024, Đồng Nai phấn đấu kim ngạch xuất khẩu máy hút bụi các loại đạt 400 triệu USD; riêng quý IV dự kiến đạt khoảng 90 triệu USD.

Tin liên quan:
- Đồng Nai: Đối thoại với doanh nghiệp FDI lần thứ 3 năm 2024
- Nhơn Trạch: Khởi công đường 25B nối các khu công nghiệp
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
NINE_B = per("Cũng trong 9 tháng", "2024-01-01", "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
NT = "Nhơn Trạch"
CO = "Công ty TNHH Điện gia dụng Kaiwa Việt Nam"

FIGS = [
    fig("tăng hơn 18%", "18", 18, "percent", "%", approx="over",
        subject="xuất khẩu máy hút bụi của Đồng Nai", period=NINE_H),
    fig("ước đạt 312,5 triệu", "312,5", 312.5e6, "money", "USD", status="estimate", percent=78.1,
        change=chg("increase", 18.4, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu máy hút bụi và robot hút bụi của các doanh nghiệp trên địa bàn tỉnh", period=NINE),
    fig("ước đạt 141,2 triệu", "141,2", 141.2e6, "money", "USD", total=312.5e6, status="estimate",
        subject="kim ngạch xuất khẩu robot hút bụi lau nhà", period=inh(NINE)),
    fig("cầm tay 126,8 triệu", "126,8", 126.8e6, "money", "USD", total=312.5e6, status="estimate",
        subject="kim ngạch xuất khẩu máy hút bụi cầm tay", period=inh(NINE)),
    fig("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", subject="doanh nghiệp FDI sản xuất máy hút bụi"),
    fig("khoảng 6.800 lao động", "6.800", 6800, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp FDI sản xuất máy hút bụi sử dụng"),
    fig("hơn 1,9 triệu", "1,9", 1.9e6, "count", "sản phẩm", approx="over",
        subject=f"sản phẩm {CO} xuất xưởng", period=YTD, location=NT),
    fig("sang 27 thị trường", "27", 27, "count", "thị trường",
        subject="thị trường xuất khẩu của công ty", period=YTD, location=NT),
    fig("chiếm 42%", "42", 42, "percent", "%",
        subject="tỷ trọng thị trường Mỹ trong kim ngạch xuất khẩu của công ty", period=YTD, location=NT),
    fig("có 2.450 lao động", "2.450", 2450, "count", "lao động", subject="lao động của công ty", location=NT),
    fig("chiếm gần 70%", "70", 70, "percent", "%", approx="nearly",
        subject="tỷ lệ lao động nữ của công ty", location=NT),
    fig("bình quân 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng",
        change=chg("increase", 6, "%", "năm trước"),
        subject="thu nhập bình quân lao động của công ty", location=NT),
    fig("đầu tư 45 triệu", "45", 45e6, "money", "USD",
        subject="vốn đầu tư xây dựng nhà xưởng thứ hai", location=NT),
    fig("lên 3,5 triệu", "3,5", 3.5e6, "measure", "sản phẩm/năm", status="forecast",
        subject="công suất của công ty", location=NT),
    fig("khoảng 800 lao động", "800", 800, "count", "lao động", approx="about", status="forecast",
        subject="lao động được tạo việc làm thêm", location=NT),
    fig("khoảng 1.050 tỷ", "1.050", 1050e9, "money", "đồng", approx="about", percent=4.2,
        subject="nộp ngân sách của các doanh nghiệp điện tử, điện gia dụng của tỉnh", period=NINE_B),
    fig("đạt 400 triệu", "400", 400e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu máy hút bụi các loại", period=Y24),
    fig("khoảng 90 triệu", "90", 90e6, "money", "USD", approx="about", status="forecast",
        subject="kim ngạch xuất khẩu máy hút bụi các loại quý IV", period=Q4),
]

NOTES = [
    "Province portal (Đồng Nai): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286', related links.",
    "Distractors: 09:35, Lượt xem 1.286, KCN 'Nhơn Trạch 3', 'nhà xưởng thứ hai', 'quý II/2025' (completion date), 'lần thứ 3 năm 2024', 'đường 25B'.",
    "Headline 'tăng hơn 18%' is a growth rate as the claim: percent, over, no change; '9 tháng' takes 2024 from the dateline.",
    "'Trong đó ... ước đạt 141,2 triệu USD, máy hút bụi cầm tay 126,8 triệu USD': parts of 312,5 triệu USD (total), estimate, period inherited.",
    "The company passage in huyện Nhơn Trạch gets location Nhơn Trạch; 'Từ đầu năm đến nay' ends at the dateline 2024-10-14.",
    "'trong đó thị trường Mỹ chiếm 42% kim ngạch' and 'lao động nữ chiếm gần 70%' are percent figures of their own (no base amount in the clause).",
    "'dự kiến' governs both continuing clauses (3,5 triệu sản phẩm/năm, 800 lao động): forecast. The 45 triệu USD before it is actual.",
    "'phấn đấu ... 400 triệu USD' target (Năm 2024); 'riêng quý IV dự kiến ... khoảng 90 triệu USD' forecast, quý IV 2024.",
]

if __name__ == "__main__":
    write("p1478-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Đồng Nai")
