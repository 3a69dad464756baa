"""p1262-1: province portal (Bình Thuận): water-saving irrigation area to end of 9/2024, dragon fruit, a cooperative in Hàm Thuận Nam."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Bình Thuận: Hơn 12.000 ha cây trồng được tưới tiết kiệm nước

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến hết tháng 9/2024, toàn tỉnh Bình Thuận có 12.460 ha cây trồng cạn được áp dụng tưới tiết kiệm nước, tăng 1.130 ha so với cuối năm trước, đạt 89% kế hoạch năm. Trong đó, tưới phun mưa 7.820 ha, tưới nhỏ giọt 3.950 ha, còn lại là tưới phun sương và tưới gốc.

Cây thanh long có diện tích áp dụng lớn nhất với khoảng 9.700 ha, tập trung tại các huyện Hàm Thuận Nam, Hàm Thuận Bắc và Bắc Bình. So với tưới thủ công bằng vòi, hệ thống tưới phun mưa giúp tiết kiệm 30-40% lượng nước, giảm khoảng 50% công lao động; năng suất thanh long tăng bình quân 10-15%.

Chi phí đầu tư hệ thống tưới phun mưa từ 40 đến 50 triệu đồng/ha, tưới nhỏ giọt khoảng 60 triệu đồng/ha. 9 tháng đầu năm, tỉnh đã hỗ trợ 215 hộ dân lắp đặt hệ thống tưới với tổng kinh phí hơn 3,2 tỷ đồng theo Nghị quyết số 09/2021/NQ-HĐND của HĐND tỉnh.

Tại huyện Hàm Thuận Nam, Hợp tác xã Thanh long Hàm Minh Xanh có 56 thành viên với 120 ha thanh long, 100% diện tích đã chuyển sang tưới phun mưa gốc. Nhờ chủ động nước tưới, năm 2023 hợp tác xã làm thêm được hai vụ thanh long trái vụ, năng suất bình quân đạt 35 tấn/ha.

Mục tiêu đến năm 2025, diện tích tưới tiết kiệm nước toàn tỉnh đạt 16.000 ha, trong đó thanh long chiếm khoảng 75%.

Tin liên quan:
- Hàm Thuận Bắc: Ứng dụng công nghệ 4.0 trong canh tác thanh long
- Bình Thuận chủ động phòng, chống hạn hán mùa khô 2024-2025
"""

ASOF = per("tính đến hết tháng 9/2024", None, "2024-09-30")
M9 = per("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
HTN = "Hàm Thuận Nam"

FIGS = [
    fig("Hơn 12.000 ha", "12.000", 12000, "measure", "ha", approx="over",
        subject="cây trồng được tưới tiết kiệm nước"),
    fig("có 12.460 ha", "12.460", 12460, "measure", "ha", percent=89,
        change=chg("increase", 1130, "ha", "cuối năm trước"),
        subject="cây trồng cạn được áp dụng tưới tiết kiệm nước", period=ASOF),
    fig("phun mưa 7.820 ha", "7.820", 7820, "measure", "ha", total=12460,
        subject="diện tích tưới phun mưa", period=inh(ASOF)),
    fig("nhỏ giọt 3.950 ha", "3.950", 3950, "measure", "ha", total=12460,
        subject="diện tích tưới nhỏ giọt", period=inh(ASOF)),
    fig("khoảng 9.700 ha", "9.700", 9700, "measure", "ha", approx="about",
        subject="diện tích áp dụng tưới tiết kiệm nước của cây thanh long"),
    fig("tiết kiệm 30-40%", "30", 30, "percent", "%", value_max=40,
        subject="lượng nước hệ thống tưới phun mưa giúp tiết kiệm"),
    fig("khoảng 50% công", "50", 50, "percent", "%", approx="about",
        subject="công lao động giảm"),
    fig("bình quân 10-15%", "10", 10, "percent", "%", value_max=15,
        subject="năng suất thanh long tăng"),
    fig("từ 40 đến 50 triệu", "40", 40e6, "money", "đồng/ha", value_max=50e6,
        subject="chi phí đầu tư hệ thống tưới phun mưa"),
    fig("khoảng 60 triệu", "60", 60e6, "money", "đồng/ha", approx="about",
        subject="chi phí đầu tư hệ thống tưới nhỏ giọt"),
    fig("hỗ trợ 215 hộ", "215", 215, "count", "hộ",
        subject="hộ dân được hỗ trợ lắp đặt hệ thống tưới", period=M9),
    fig("hơn 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", approx="over",
        subject="tổng kinh phí hỗ trợ lắp đặt hệ thống tưới", period=M9),
    fig("có 56 thành viên", "56", 56, "count", "thành viên",
        subject="thành viên hợp tác xã thanh long", location=HTN),
    fig("với 120 ha", "120", 120, "measure", "ha",
        subject="diện tích thanh long của hợp tác xã", location=HTN),
    fig("100% diện tích", "100", 100, "percent", "%",
        subject="diện tích đã chuyển sang tưới phun mưa gốc", location=HTN),
    fig("được hai vụ", "hai", 2, "count", "vụ",
        subject="vụ thanh long trái vụ hợp tác xã làm thêm", period=Y23, location=HTN),
    fig("đạt 35 tấn/ha", "35", 35, "measure", "tấn/ha",
        subject="năng suất bình quân thanh long", period=Y23, location=HTN),
    fig("đạt 16.000 ha", "16.000", 16000, "measure", "ha", status="target",
        subject="diện tích tưới tiết kiệm nước toàn tỉnh", period=T25),
    fig("khoảng 75%", "75", 75, "percent", "%", approx="about", status="target",
        subject="thanh long trong diện tích tưới tiết kiệm nước", period=T25),
]

NOTES = [
    "Province portal (Bình Thuận): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, Nghị quyết số 09/2021/NQ-HĐND, 'công nghệ 4.0', 'mùa khô 2024-2025' (a season, not a range).",
    "'tính đến hết tháng 9/2024' is an as-of date (start null). 'Trong đó' parts in the next sentence: total 12.460, period inherited.",
    "'tăng 1.130 ha so với cuối năm trước' is the change (in ha); 'đạt 89% kế hoạch năm' the percent. Year-less '9 tháng đầu năm' → 2024.",
    "Savings / yield rates with no base amount ('tiết kiệm 30-40%', 'giảm khoảng 50%', 'tăng bình quân 10-15%') are percent figures, no change.",
    "The cooperative in huyện Hàm Thuận Nam gives that location to its figures. 'hai vụ' is a number word (count, vụ).",
    "'Mục tiêu đến năm 2025' governs both clauses (target); 'trong đó thanh long chiếm khoảng 75%' is a percent figure of its own.",
]

if __name__ == "__main__":
    write("p1262-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bình Thuận")
