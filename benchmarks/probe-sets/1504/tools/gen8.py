"""p1504-8: radio/TV site (NTV, Đài PT-TH Nghệ An): aluminium-glass door makers in the year-end building season."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """NTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN
Thời sự | Kinh tế | Xã hội | Video | Podcast

Doanh nghiệp cửa nhôm kính tăng tốc mùa xây dựng cuối năm

Thứ Năm, 28/11/2024 - 16:45

(NTV) - Những tháng cuối năm, lượng đơn hàng cửa nhôm kính, cửa nhựa lõi thép tại Nghệ An tăng khoảng 20-25% so với các tháng giữa năm. Nhiều xưởng phải tăng ca để kịp bàn giao công trình trước Tết Nguyên đán Ất Tỵ 2025.

Tại xưởng của Công ty CP Nhôm kính Lam Hồng ở Khu công nghiệp Bắc Vinh (TP Vinh), 60 công nhân làm việc 2 ca mỗi ngày. Từ đầu tháng 10 đến nay, công ty đã thi công hơn 8.500 m2 cửa cho 46 công trình nhà ở và trường học, doanh thu khoảng 19 tỷ đồng. Giám đốc Phan Văn Long cho biết năm 2024 công ty đặt mục tiêu doanh thu 95 tỷ đồng; tính đến ngày 25/11, doanh thu lũy kế đạt 78 tỷ đồng, bằng 82% kế hoạch.

Theo Sở Xây dựng Nghệ An, 10 tháng năm 2024 toàn tỉnh cấp 3.126 giấy phép xây dựng nhà ở riêng lẻ, tăng 14% so với cùng kỳ. Tỉnh hiện có khoảng 320 cơ sở sản xuất, lắp đặt cửa nhôm kính, cửa cuốn, thu hút trên 2.000 lao động, tập trung ở TP Vinh, thị xã Cửa Lò, các huyện Nghi Lộc và Diễn Châu.

Dự báo trong tháng 12, giá kính cường lực và phụ kiện cửa có thể tăng thêm 3-5% do nhu cầu cao. Các doanh nghiệp khuyến cáo khách hàng đặt hàng sớm để kịp tiến độ.

Hoài Thu - Quang Hưng/NTV

Tin cùng chuyên mục:
- Quốc lộ 7 sạt lở, nhiều xe tải mắc kẹt
- Khởi công cầu vượt nút giao Quốc lộ 1A tại TP Vinh
"""

OCT = per("Từ đầu tháng 10 đến nay", "2024-10-01", "2024-11-28")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("tính đến ngày 25/11", None, "2024-11-25")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
D12 = per("trong tháng 12", "2024-12-01", "2024-12-31")
V = "Vinh"

FIGS = [
    fig("tăng khoảng 20-25%", "20", 20, "percent", "%", approx="about", value_max=25,
        subject="lượng đơn hàng cửa nhôm kính, cửa nhựa lõi thép"),
    fig("60 công nhân", "60", 60, "count", "công nhân", subject="công nhân xưởng Công ty CP Nhôm kính Lam Hồng",
        location=V),
    fig("việc 2 ca", "2", 2, "measure", "ca/ngày", subject="ca làm việc mỗi ngày", location=V),
    fig("hơn 8.500 m2", "8.500", 8500, "measure", "m2", approx="over", subject="cửa công ty đã thi công",
        period=OCT, location=V),
    fig("cho 46 công trình", "46", 46, "count", "công trình", subject="công trình nhà ở và trường học",
        period=OCT, location=V),
    fig("khoảng 19 tỷ", "19", 19e9, "money", "đồng", approx="about", subject="doanh thu", period=OCT, location=V),
    fig("thu 95 tỷ", "95", 95e9, "money", "đồng", status="target", subject="doanh thu của công ty",
        period=Y24, location=V),
    fig("đạt 78 tỷ", "78", 78e9, "money", "đồng", percent=82, subject="doanh thu lũy kế", period=ASOF, location=V),
    fig("cấp 3.126 giấy", "3.126", 3126, "count", "giấy phép", change=chg("increase", 14, "%", "cùng kỳ"),
        subject="giấy phép xây dựng nhà ở riêng lẻ", period=M10),
    fig("khoảng 320 cơ sở", "320", 320, "count", "cơ sở", approx="about",
        subject="cơ sở sản xuất, lắp đặt cửa nhôm kính, cửa cuốn"),
    fig("trên 2.000 lao động", "2.000", 2000, "count", "lao động", approx="over",
        subject="lao động các cơ sở thu hút"),
    fig("thêm 3-5%", "3", 3, "percent", "%", value_max=5, status="forecast",
        subject="giá kính cường lực và phụ kiện cửa", period=D12),
]

NOTES = [
    "Radio/TV site (NTV, Đài PT-TH Nghệ An): channel banner, menu, 'Thứ Năm, 28/11/2024 - 16:45', tag '(NTV) -', byline '/NTV', related links.",
    "Distractors: time 16:45, 'Tết Nguyên đán Ất Tỵ 2025', 'Quốc lộ 7', 'tính đến ngày 25/11' (a date),",
    "'Quốc lộ 1A' in a related link, 'các tháng giữa năm' as a baseline.",
    "'Những tháng cuối năm … tăng khoảng 20-25%' is a growth rate as the claim; the vague 'Những tháng cuối năm' gives no period.",
    "The Lam Hồng passage is placed in TP Vinh: location Vinh. '60 công nhân làm việc 2 ca mỗi ngày' → 2 is a rate, 'ca/ngày'.",
    "'Từ đầu tháng 10 đến nay' → 2024-10-01 to the dateline. 'đặt mục tiêu doanh thu 95 tỷ' → target; 'tính đến ngày 25/11' is an",
    "as-of date (2024 from the dateline); 'bằng 82% kế hoạch' → percent attribute of 78 tỷ (the plan number 95 tỷ stands in the",
    "previous clause, not as 'a/b', so no target attribute).",
    "revised after the first run: 95 tỷ subject 'mục tiêu doanh thu của công ty' → 'doanh thu của công ty' (the target is the status;",
    "the shared gold names the indicator for targets, e.g. 'phấn đấu đạt tối thiểu 500.000 tài khoản' → 'tài khoản ĐDĐT thu nhận …').",
    "'Dự báo trong tháng 12 … 3-5%' → forecast, December 2024.",
]

if __name__ == "__main__":
    write("p1504-8", TEXT, NOTES, FIGS, published="2024-11-28", location="Nghệ An")
